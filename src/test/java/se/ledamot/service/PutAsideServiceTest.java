package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.cli.AppProcess;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.SavedBy;

/**
 * Choices put aside ("Välj senare", issue 16.5) kept in a data folder: per form and row, replaced whole, forgotten
 * once chosen, and still there after the program was killed (SIGKILL, as a crash or a flat battery stops it) right
 * after it kept one: what she typed is never lost.
 */
class PutAsideServiceTest {
    private static final String MINE = "Kommunfullmäktige beslutar att bifalla motionen i sin helhet.";

    @TempDir
    Path folder;

    private static final SavedBy KARIN = SavedBy.person("Karin Dahl", "S", Instant.parse("2026-11-30T13:32:00Z"));

    static PutAside wording(String key, String mine) {
        return new PutAside("minutes.wording", key, "§ 5 Motion om simhallen", null,
                List.of(new PutAside.Field("decision_text", "", mine)), KARIN);
    }

    @Test
    void keptPerFormAndRowReplacedWholeAndForgotten() {
        try (Ledamot services = Ledamot.open(folder)) {
            PutAsideService kept = services.putAside();
            kept.keep(wording("5", "Första"));
            kept.keep(wording("5", MINE));
            kept.keep(new PutAside("minutes.wording", "6", "§ 6 Motion om badet", null,
                    List.of(new PutAside.Field("decision_text", "", "Annan")), SavedBy.youElsewhere(KARIN.at())));
            kept.keep(new PutAside("meetings.texts", "5", "Punkt 5", null,
                    List.of(new PutAside.Field("item_text", "a", "b"), new PutAside.Field("proposal", "c", "d")),
                    SavedBy.anotherWindow(null)));

            assertThat(kept.waiting("minutes.wording")).extracting(PutAside::key).containsExactly("5", "6");
            PutAside five = kept.waiting("minutes.wording").getFirst();
            assertThat(five.fields()).containsExactly(new PutAside.Field("decision_text", "", MINE));
            assertThat(five.title()).isEqualTo("§ 5 Motion om simhallen");
            assertThat(five.at()).isNotNull();
            assertThat(kept.waiting()).hasSize(3);
            assertThat(kept.waiting("meetings.texts").getFirst().fields()).hasSize(2);
            assertThat(five.savedBy()).as("who saved the other side, asked again after a restart").isEqualTo(KARIN);
            assertThat(kept.waiting("meetings.texts").getFirst().savedBy()).isEqualTo(SavedBy.anotherWindow(null));
            assertThat(kept.waiting("minutes.wording").getLast().savedBy()).as("her own save on another computer")
                    .isEqualTo(SavedBy.youElsewhere(KARIN.at()));

            kept.forget("minutes.wording", "5");
            assertThat(kept.waiting("minutes.wording")).extracting(PutAside::key).containsExactly("6");
            assertThat(kept.waiting("meetings.texts")).hasSize(1);
        }
    }

    @Test
    void whatWasKeptIsThereAfterTheProgramWasKilledRightAfterKeepingIt() throws Exception {
        try (Ledamot services = Ledamot.open(folder)) {
            assertThat(services.putAside().waiting()).isEmpty();
        }
        Process p = new ProcessBuilder(AppProcess.command(KeepsAndWaits.class.getName(),
                List.of(folder.toString(), MINE))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            line = out.readLine();
            p.destroyForcibly();
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(line).isEqualTo("kept");

        // Opened again without a clean close (the folder's lock and the database were never let go of).
        try (Ledamot services = Ledamot.open(folder)) {
            assertThat(services.putAside().waiting("minutes.wording")).singleElement()
                    .satisfies(a -> assertThat(a.fields().getFirst().mine()).isEqualTo(MINE));
        }
    }

    /** The child program: keeps a wording put aside in the folder, says so, and waits to be killed. */
    public static final class KeepsAndWaits {
        public static void main(String[] args) throws Exception {
            Ledamot services = Ledamot.open(Path.of(args[0]));
            services.putAside().keep(wording("5", args[1]));
            System.out.println("kept");
            System.out.flush();
            Thread.sleep(120_000);
            services.close();
        }
    }
}

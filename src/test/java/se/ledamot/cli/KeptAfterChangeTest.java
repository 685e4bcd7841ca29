package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.service.KeptSplice;
import se.ledamot.service.Ledamot;
import se.ledamot.service.OutputCache;

/**
 * A change to matters only carries the kept {@code list --json} and {@code overdue --json} answers forward, entry by
 * entry, in the program that made it (issue 15): the next call prints them without the database, and they are the
 * same bytes a full reading prints; a meeting planned carries the entries of the interpellations and questions
 * awaiting their answer (their deadlines follow the meetings). A change to anything else (a paper setting) leaves them
 * to be made again, as does any change to a call that is not an array of entries (the plain {@code list}). Isolated:
 * the command line's writers are registered for this JVM while it runs.
 */
@Isolated
class KeptAfterChangeTest {
    private static final List<List<String>> SPLICED = List.of(List.of("list", "--json"),
            List.of("list", "--json", "--kind", "interpellation"), List.of("overdue", "--json", "--today", "2031-06-01"));

    @TempDir
    Path data;

    @BeforeEach
    void samplesAndSomeMattersAsked() {
        KeptSplice.writeWith(new KeptEntries());
        assertThat(cli("samples")).isZero();
        for (int i = 1; i <= 4; i++) {
            assertThat(cli("add", "--kind", i % 2 == 0 ? "motion" : "interpellation", "--title", "Ärende " + i,
                    "--submitted", "2026-0" + i + "-1" + i, "--author", "Anna Berg (C)")).isZero();
        }
        SPLICED.forEach(this::run);
        run(List.of("list"));
    }

    @AfterEach
    void noWriters() {
        KeptSplice.writeWith(null);
    }

    @Test
    void anAddedMatterIsInTheKeptAnswersInItsPlace() throws IOException {
        assertThat(cli("add", "--kind", "interpellation", "--title", "Interpellation om \"cykelbanor\" \\ Åre",
                "--submitted", "2026-03-12", "--to", "Karin Ek (S)")).isZero();

        assertCarriedAsAFullReadingPrintsThem();
        assertThat(kept(List.of("list"))).as("the plain list is made again").isFalse();
    }

    @Test
    void aMatterRenamedRedatedClosedOrTrashedMovesOrLeavesTheKeptAnswers() throws IOException {
        change(app -> {
            List<Matter> all = app.matters().list();
            Matter first = all.stream().filter(m -> m.title().equals("Ärende 1")).findFirst().orElseThrow();
            app.matters().save(first.toBuilder().title("Aaa först").submitted(LocalDate.of(2019, 1, 2)).build());
            Matter third = all.stream().filter(m -> m.title().equals("Ärende 3")).findFirst().orElseThrow();
            app.matters().save(third.toBuilder().status(Status.WITHDRAWN).build());
            Matter second = all.stream().filter(m -> m.title().equals("Ärende 2")).findFirst().orElseThrow();
            app.trash().trash(second.id());
            Matter interpellation = all.stream().filter(m -> m.kind() == MatterKind.INTERPELLATION
                    && !m.title().startsWith("Ärende")).findFirst().orElseThrow();
            app.matters().save(interpellation.toBuilder().title("Ärende 1").build()); // a tie in title
        });

        assertCarriedAsAFullReadingPrintsThem();
    }

    @Test
    void aPlannedMeetingMovesTheDeadlinesOfAnswersAwaitedInTheKeptAnswers() throws IOException {
        assertThat(cli("add", "--kind", "interpellation", "--title", "Interpellation efter alla sammanträden",
                "--submitted", "2027-02-01", "--to", "Karin Ek (S)")).isZero();
        List<String> before = SPLICED.stream().map(this::run).toList();

        assertThat(cli("meeting", "add", "--body", "KF", "--date", "2027-02-15")).isZero();

        assertCarriedAsAFullReadingPrintsThem();
        assertThat(run(SPLICED.getFirst())).as("an interpellation's answer now due at the meeting planned")
                .isNotEqualTo(before.getFirst());
        assertThat(kept(List.of("list"))).as("the plain list is made again").isFalse();
    }

    @Test
    void aMatterPutOnAnAgendaWithTheGroupsPositionLeavesTheKeptAnswersCurrent() throws IOException {
        long meeting = Long.parseLong(run(List.of("meeting", "add", "--body", "KF", "--date", "2031-06-15")).strip());
        long motion = Long.parseLong(run(List.of("add", "--kind", "motion", "--title", "Motion om cykelvägar",
                "--submitted", "2026-05-02")).strip());
        List<String> before = SPLICED.stream().map(this::run).toList();

        assertThat(cli("agenda", "add", String.valueOf(meeting), String.valueOf(motion))).isZero();
        assertThat(cli("position", String.valueOf(meeting), String.valueOf(motion), "--group", "S", "--stance",
                "support", "--speaker", "Bo Berg")).isZero();

        assertCarriedAsAFullReadingPrintsThem();
        assertThat(SPLICED.stream().map(this::run).toList()).isEqualTo(before);
        assertThat(kept(List.of("list"))).as("the plain list is made again").isFalse();
    }

    @Test
    void aChangeToAnythingElseLeavesThemToBeMadeAgain() {
        assertThat(cli("papers", "--council", "Testkommun")).isZero();

        SPLICED.forEach(call -> assertThat(kept(call)).as(String.join(" ", call)).isFalse());
    }

    private void assertCarriedAsAFullReadingPrintsThem() throws IOException {
        List<String> carried = new ArrayList<>();
        for (List<String> call : SPLICED) {
            assertThat(kept(call)).as(String.join(" ", call) + " carried").isTrue();
            carried.add(run(call));
        }
        try (var files = Files.list(data.resolve(OutputCache.FOLDER))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        for (int i = 0; i < SPLICED.size(); i++) {
            assertThat(carried.get(i)).as(String.join(" ", SPLICED.get(i))).isEqualTo(run(SPLICED.get(i)));
        }
    }

    private void change(Consumer<Ledamot> work) {
        try (Ledamot app = Ledamot.open(data)) {
            work.accept(app);
        }
    }

    private String[] onData(List<String> args) {
        String[] all = new String[args.size() + 2];
        all[0] = "--data";
        all[1] = data.toString();
        for (int i = 0; i < args.size(); i++) {
            all[i + 2] = args.get(i);
        }
        return all;
    }

    private int cli(String... args) {
        return Cli.create(folder -> { }, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()))
                .execute(onData(List.of(args)));
    }

    /** The call as the program runs it: the kept output if current, else the command, kept. */
    private String run(List<String> call) {
        String[] all = onData(call);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!KeptCalls.printed(out, all)) {
            StringWriter err = new StringWriter();
            assertThat(Cli.run((folder, server, named) -> { }, out, new PrintWriter(err, true), all))
                    .as(err.toString()).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private boolean kept(List<String> call) {
        return KeptCalls.of(onData(call)).orElseThrow().isCurrent();
    }
}

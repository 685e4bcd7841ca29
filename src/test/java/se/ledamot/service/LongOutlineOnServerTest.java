package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.store.WideText;

/**
 * A matter with every outline column as long as the fields allow, in letters that take two bytes each and do not
 * compress, is stored and synced to a real PostgreSQL server. PostgreSQL refuses an index entry over about 2.7 kB; V28
 * puts the outline in one index on H2, V28_1 keeps it out of the server's.
 */
class LongOutlineOnServerTest {
    private static final String LOGIN = "svc_longrow";

    @TempDir
    Path folder;

    @RegisterExtension
    final JoinedLaptop laptop = new JoinedLaptop(() -> folder, LOGIN);

    @Test
    void theLongestOutlineIsStoredAndSynced() {
        Random random = new Random(28);
        Matter wide = Matter.newMatter(MatterKind.INTERPELLATION, WideText.letters(random, 500))
                .number("KS " + WideText.letters(random, 90)).place(WideText.letters(random, 200))
                .addressee(new Addressee(WideText.letters(random, 200), "S", WideText.letters(random, 300)))
                .responsibleBody(WideText.letters(random, 300)).submitted(LocalDate.parse("2026-11-02"))
                .authors(List.of(Person.parse("Jan Alexandersson (V)"))).status(Status.SUBMITTED).build();
        int bytes = (wide.title() + wide.number() + wide.place() + wide.addressee().name() + wide.addressee().role()
                + wide.responsibleBody()).getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).as("more than a PostgreSQL index entry takes").isGreaterThan(2704);
        Matter stored = laptop.app().matters().add(wide);

        SyncService.Summary summary = laptop.sync();

        assertThat(summary.refused()).isZero();
        assertThat(summary.complete()).isTrue();
        List<Matter> onServer = laptop.mattersOnServer();
        assertThat(onServer).hasSize(1);
        Matter there = onServer.getFirst();
        assertThat(there.title()).isEqualTo(stored.title());
        assertThat(there.place()).isEqualTo(stored.place());
        assertThat(there.addressee()).isEqualTo(stored.addressee());
        assertThat(there.responsibleBody()).isEqualTo(stored.responsibleBody());
    }
}

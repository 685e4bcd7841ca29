package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.BodyStore;
import se.ledamot.store.Engine;
import se.ledamot.store.PaperSettingsStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for the papers' settings, two council secretaries with the same settings on screen: on one real
 * PostgreSQL server and on one H2 data folder. Different fields both win, the same field is a conflict and the
 * other's value stands.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StalePaperSettingsTest {
    @Parameter
    Engine engine;

    private TwoLogins logins;
    private PaperSettingsStore first;
    private PaperSettingsStore second;
    private Body council;

    @BeforeEach
    void twoSecretaries(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "stalepapers_karin", "stalepapers_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        first = new PaperSettingsStore(logins.first.dsl(), Clock.systemUTC());
        second = new PaperSettingsStore(logins.second.dsl(), Clock.systemUTC());
        council = new BodyStore(logins.first.dsl()).body("KF").orElseThrow();
        first.save(PaperSettings.empty());
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void theOldSaveOfAStaleCopyOverwroteTheOthersField() {
        PaperSettings copy = first.load();
        second.save(copy, copy.withArchive("Kommunhusets anslagstavla", null), council);
        first.save(copy.withArchive(copy.noticeBoard(), "Stadshuset"));
        assertThat(second.load().noticeBoard()).isNull();
    }

    @Test
    void differentFieldsBothWinAndTheSameFieldIsAConflict() {
        PaperSettings copy = first.load();
        assertThat(second.save(copy, copy.withArchive("Kommunhusets anslagstavla", null)
                .withBody(copy.of(council).withSecretary("Lars")), council).conflicts()).isEmpty();
        PaperSettings mine = copy.withArchive(copy.noticeBoard(), "Stadshuset")
                .withBody(copy.of(council).withSecretary("Karin").withChair(new Person("Åsa Öst", "S")));
        RowMerge<PaperSettings> stale = first.save(copy, mine, council);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("secretary");
        // Who saved the other side (issue 16.5): by login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(stale.savedBy().name()).isEqualTo("stalepapers_lars");
        } else {
            assertThat(stale.savedBy().otherWindow()).isTrue();
            assertThat(stale.savedBy().at()).isNotNull();
        }
        PaperSettings stored = second.load();
        assertThat(stored.minutesKept()).isEqualTo("Stadshuset");
        assertThat(stored.noticeBoard()).isEqualTo("Kommunhusets anslagstavla");
        assertThat(stored.of(council).secretary()).isEqualTo("Lars");
        assertThat(stored.of(council).chair()).isEqualTo(new Person("Åsa Öst", "S"));
    }
}

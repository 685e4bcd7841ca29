package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.store.Engine;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5: a stale save says who saved the other side and when. On a real PostgreSQL server Karin Dahl of group S
 * saves a motion's text (and the group's position) while Anna has the old copy open; Anna's save of the same field
 * is a conflict naming Karin by her enrolled name and party, at the time of her save. On one H2 data folder, two
 * windows: the other side was saved in another window, at the time the row says it was changed.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class WhoSavedTheirsTest {
    private static final String ANNA = "whosaved_anna";
    private static final String KARIN = "whosaved_karin";

    @Parameter
    Engine engine;

    private TwoLogins logins;
    private long matter;

    @BeforeEach
    void twoWritersOfOneGroup(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, ANNA, KARIN, "S", ServerRole.MEMBER);
        try (OpenDatabase admin = logins.admin()) {
            matter = new MatterStore(admin.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").body("Första stycket.").build())
                    .id();
            if (engine == Engine.POSTGRESQL) {
                admin.dsl().execute("UPDATE app_user SET name = 'Karin Dahl' WHERE login = '" + KARIN + "'");
            }
        }
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void aStaleSaveOfTheSameTextSaysWhoSavedItAndWhen() {
        MatterStore byAnna = new MatterStore(logins.first.dsl(), Clock.systemUTC());
        MatterStore byKarin = new MatterStore(logins.second.dsl(), Clock.systemUTC());
        Matter annasCopy = byAnna.find(matter).orElseThrow();
        Matter karinsCopy = byKarin.find(matter).orElseThrow();

        Instant before = Instant.now().minusSeconds(5);
        MatterMerge karins = byKarin.save(karinsCopy, karinsCopy.toBuilder().body("Karins stycke.").build());
        Instant after = Instant.now().plusSeconds(5);
        MatterMerge annas = byAnna.save(annasCopy, annasCopy.toBuilder().body("Annas stycke.").build());

        assertThat(karins.conflicts()).isEmpty();
        assertThat(karins.savedBy()).isEqualTo(SavedBy.UNKNOWN);
        assertThat(annas.conflicts()).hasSize(1);
        assertSaidByKarin(annas.savedBy(), before, after);
        assertThat(annas.shown(annasCopy, annasCopy.toBuilder().body("Annas stycke.").build()).getFirst().savedBy())
                .isEqualTo(annas.savedBy());
    }

    @Test
    void aStaleSaveOfTheGroupsPositionSaysWhoSavedIt() {
        long item = logins.itemOnAnAgenda("Motion om badhuset");
        PositionStore byAnna = new PositionStore(logins.first.dsl(), Clock.systemUTC(), "S");
        PositionStore byKarin = new PositionStore(logins.second.dsl(), Clock.systemUTC(), "S");
        byKarin.save(byKarin.get(item), byKarin.get(item).withArguments("Vi stöder."));
        Position annasCopy = byAnna.get(item);
        Position karinsCopy = byKarin.get(item);

        Instant before = Instant.now().minusSeconds(5);
        byKarin.save(karinsCopy, karinsCopy.withArguments("Vi stöder med tillägg."));
        Instant after = Instant.now().plusSeconds(5);
        RowMerge<Position> annas = byAnna.save(annasCopy, annasCopy.withArguments("Vi avslår."));

        assertThat(annas.conflicts()).hasSize(1);
        assertSaidByKarin(annas.savedBy(), before, after);
    }

    private void assertSaidByKarin(SavedBy by, Instant before, Instant after) {
        if (engine == Engine.POSTGRESQL) {
            assertThat(by.name()).isEqualTo("Karin Dahl");
            assertThat(by.party()).isEqualTo("S");
            assertThat(by.otherWindow()).isFalse();
        } else {
            assertThat(by.otherWindow()).isTrue();
            assertThat(by.named()).isFalse();
        }
        assertThat(by.at()).isBetween(before, after);
    }
}

package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for a group's positions, two members of group S signed in to one real PostgreSQL server: both open the
 * group's position on one item, then save from their copies. Different fields both win; the same field changed by
 * both is not overwritten by the later save but handed back as a conflict; two first positions on an item at the
 * same moment, or two saves at once, cannot miss each other.
 */
class StalePositionTest {
    private static final String ANNA = "stalepos_anna";
    private static final String BO = "stalepos_bo";

    private TwoLogins logins;
    private OpenDatabase bo;
    private PositionStore byAnna;
    private PositionStore byBo;
    private long item;

    @BeforeEach
    void twoMembersOfOneGroup() {
        logins = new TwoLogins(ANNA, BO, "S", ServerRole.MEMBER);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        bo = logins.second;
        byAnna = new PositionStore(logins.first.dsl(), Clock.systemUTC(), "S");
        byBo = new PositionStore(bo.dsl(), Clock.systemUTC(), "S");
        byAnna.save(Position.undecided(item, "S")
                .withArguments("Första argumentet.\nAndra argumentet.\nTredje argumentet.")
                .withNotes("Ring kansliet."));
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void theOldSaveOfAStaleCopyOverwroteTheOthersField() {
        // What the group meeting did before: the whole position saved, so Anna's stale copy undid Bo's speaker.
        Position annas = byAnna.get(item);
        Position bos = byBo.get(item);
        byBo.save(bos.withSpeaker("Bo Ek"));
        byAnna.save(annas.withStance(Stance.SUPPORT));
        assertThat(byBo.get(item).speaker()).isNull();
    }

    @Test
    void differentFieldsOfOnePositionBothWin() {
        Position annas = byAnna.get(item);
        Position bos = byBo.get(item);

        RowMerge<Position> first = byBo.save(bos, bos.withSpeaker("Bo Ek"));
        RowMerge<Position> second = byAnna.save(annas, annas.withStance(Stance.SUPPORT));

        assertThat(first.conflicts()).isEmpty();
        assertThat(second.conflicts()).isEmpty();
        Position stored = byBo.get(item);
        assertThat(stored.speaker()).isEqualTo("Bo Ek");
        assertThat(stored.stance()).isEqualTo(Stance.SUPPORT);
        assertThat(second.merged()).isEqualTo(stored);
    }

    @Test
    void theSameFieldSavedFromAStaleCopyIsAConflictNotAnOverwrite() {
        Position annas = byAnna.get(item);
        Position bos = byBo.get(item);
        byBo.save(bos, bos.withArguments("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet."));

        Position mine = annas.withArguments("Första argumentet.\nAndra argumentet.\nTredje argumentet, Annas.")
                .withSpeaker("Anna");
        RowMerge<Position> stale = byAnna.save(annas, mine);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("arguments");
        Conflict conflict = stale.shown("position", "S/" + item, "Motion om simhallen", annas, mine).getFirst();
        assertThat(conflict.kind()).isEqualTo(ConflictKind.SAVED_MEANWHILE);
        assertThat(conflict.theirs()).isEqualTo("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet.");
        assertThat(conflict.mine()).isEqualTo("Första argumentet.\nAndra argumentet.\nTredje argumentet, Annas.");
        assertThat(conflict.longText()).isTrue();
        assertThat(conflict.merged().text()).isEqualTo(
                "Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet, Annas.");
        Position stored = byBo.get(item);
        // Bo's text stands, Anna's other field is stored, the notes neither touched are as they were.
        assertThat(stored.arguments()).isEqualTo("Första argumentet, Bos.\nAndra argumentet.\nTredje argumentet.");
        assertThat(stored.speaker()).isEqualTo("Anna");
        assertThat(stored.notes()).isEqualTo("Ring kansliet.");
        // Going on from the next copy, Anna's choice of her own text is written without a second conflict.
        Position next = stale.nextBase(annas);
        assertThat(byAnna.save(stale.conflicts().getFirst().take().apply(next, stale.theirs()), mine).conflicts())
                .isEmpty();
        assertThat(byBo.get(item).arguments()).isEqualTo(
                "Första argumentet.\nAndra argumentet.\nTredje argumentet, Annas.");
    }

    @Test
    void twoFirstPositionsOnAnItemCannotMissEachOther() {
        byAnna.remove(item);
        Position none = Position.undecided(item, "S");
        assertThat(byBo.save(none, none.withNotes("Bos anteckning")).conflicts()).isEmpty();
        RowMerge<Position> second = byAnna.save(none, none.withNotes("Annas anteckning").withStance(Stance.REJECT));

        assertThat(second.conflicts()).extracting(RowField::code).containsExactly("notes");
        assertThat(byBo.get(item).notes()).isEqualTo("Bos anteckning");
        assertThat(byBo.get(item).stance()).isEqualTo(Stance.REJECT);
    }

    @Test
    void twoSavesAtOnceCannotBothMissEachOther() throws Exception {
        Position copy = byAnna.get(item);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Bo's save holds the row (its transaction open) while Anna saves the same field.
        CompletableFuture<Void> bosSave = CompletableFuture.runAsync(() -> bo.dsl().transaction(tx -> {
            new PositionStore(tx.dsl(), Clock.systemUTC(), "S").save(copy, copy.withNotes("Bos anteckning"));
            held.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        }));
        HeldRow.awaitHeld(held, bosSave);
        CompletableFuture<RowMerge<Position>> annasSave = CompletableFuture.supplyAsync(() -> byAnna.save(copy,
                copy.withNotes("Annas anteckning")));
        release.countDown();
        bosSave.get(30, TimeUnit.SECONDS);

        assertThat(annasSave.get(30, TimeUnit.SECONDS).conflicts()).extracting(RowField::code)
                .containsExactly("notes");
        assertThat(byAnna.get(item).notes()).isEqualTo("Bos anteckning");
    }
}

package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.Engine;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for the minutes of one agenda item, two secretaries with the same item's record on screen: two council
 * secretaries on one real PostgreSQL server, and two windows on one H2 data folder. Lines added on both sides (motions,
 * reservations, notes) all stay, a field only one changed is written, the same field changed by both (the vote, the
 * proposal found carried) is a conflict and the other's value stands until chosen.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleItemMinutesTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final Person BO = new Person("Bo Ek", "M");
    private static final MovedMotion ANNAS = MovedMotion.of(ANNA, MotionType.APPROVE_PROPOSAL);
    private static final MovedMotion BOS = new MovedMotion(BO, MotionType.REJECT, null, List.of());

    @Parameter
    Engine engine;

    private TwoLogins logins;
    private MinutesStore first;
    private MinutesStore second;
    private long item;

    @BeforeEach
    void twoSecretariesWithOneItem(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "staleitem_karin", "staleitem_lars", null, ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        first = new MinutesStore(logins.first.dsl(), Clock.systemUTC());
        second = new MinutesStore(logins.second.dsl(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private ItemMinutes stored() {
        return second.itemMinutes(List.of(item)).get(item);
    }

    @Test
    void theOldSaveOfAStaleRecordOverwroteTheOthersMotion() {
        ItemMinutes copy = ItemMinutes.empty(item);
        second.save(copy.withMotion(BOS));
        first.save(copy.withMotion(ANNAS));
        assertThat(stored().motions()).containsExactly(ANNAS);
    }

    @Test
    void linesAddedOnBothSidesAllStayAndTheCarriedProposalFollowsItsMotion() {
        ItemMinutes copy = ItemMinutes.empty(item);
        // Two first saves of the item: the row is made once, and compared.
        assertThat(second.save(copy, copy.withMotion(BOS).withOrder(null, 1)
                .withNote(new MinutesNote(List.of(BO), "Bos anteckning"))).conflicts()).isEmpty();
        RowMerge<ItemMinutes> stale = first.save(copy, copy.withMotion(ANNAS)
                .withReservation(Reservation.of(ANNA)).withNote(new MinutesNote(List.of(ANNA), "Annas anteckning")));

        assertThat(stale.conflicts()).isEmpty();
        ItemMinutes now = stored();
        assertThat(now.motions()).containsExactlyInAnyOrder(ANNAS, BOS);
        assertThat(now.carriedMotion()).isEqualTo(BOS);
        assertThat(now.reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(now.notes()).extracting(MinutesNote::text).containsExactlyInAnyOrder("Bos anteckning",
                "Annas anteckning");
        assertThat(stale.merged()).isEqualTo(now);
    }

    @Test
    void theSameVoteAndTheSameCarriedProposalChangedByBothAreConflictsAndTheOthersStand() {
        ItemMinutes copy = ItemMinutes.empty(item).withMotion(BOS);
        first.save(copy);
        Vote theirs = new Vote("bifall till förslaget", "avslag", List.of(new Ballot(ANNA, Choice.YES)), null);
        Vote mine = new Vote("bifall till förslaget", "avslag", List.of(new Ballot(ANNA, Choice.NO)), null);
        second.save(copy, copy.withVote(theirs).withOrder(null, 0));
        ItemMinutes minesNext = copy.withVote(mine).withOrder(null, 1).withNote(new MinutesNote(List.of(ANNA), "Ja"));
        RowMerge<ItemMinutes> stale = first.save(copy, minesNext);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("item_carried", "item_vote");
        // Who saved the other side (issue 16.5): by login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(stale.savedBy().name()).isEqualTo("staleitem_lars");
        } else {
            assertThat(stale.savedBy().otherWindow()).isTrue();
            assertThat(stale.savedBy().at()).isNotNull();
        }
        assertThat(stored().vote()).isEqualTo(theirs);
        assertThat(stored().carried()).isZero();
        assertThat(stored().notes()).extracting(MinutesNote::text).containsExactly("Ja");
        // Her choice of her own values goes through from the next copy, with no second conflict.
        ItemMinutes next = stale.nextBase(copy);
        for (RowField<ItemMinutes> f : stale.conflicts()) {
            next = f.take().apply(next, stale.theirs());
        }
        assertThat(first.save(next, minesNext).conflicts()).isEmpty();
        assertThat(stored().vote()).isEqualTo(mine);
        assertThat(stored().carriedMotion()).isEqualTo(BOS);
    }

    @Test
    void aMotionTakenOffThatTheOtherFoundCarriedIsAConflictNotALoss() {
        ItemMinutes copy = ItemMinutes.empty(item).withMotion(BOS);
        first.save(copy);
        second.save(copy, copy.withOrder(null, 1));
        RowMerge<ItemMinutes> stale = first.save(copy, copy.withoutMotion(0));

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("item_motions");
        assertThat(stored().motions()).containsExactly(BOS);
        assertThat(stored().carriedMotion()).isEqualTo(BOS);
    }
}

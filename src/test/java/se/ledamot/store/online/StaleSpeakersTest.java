package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.store.DebateStore;
import se.ledamot.store.Engine;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for a group's list of speakers, two writers with the same list on screen: on one real PostgreSQL server
 * (two members of group S) and on one H2 data folder (two windows). Speakers added on both sides both stay, a speaker
 * both changed, or a reorder against a reorder, is a conflict and the stored list stands.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleSpeakersTest {
    static final Speaker ANNA = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker BO = new Speaker(new Person("Bo Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker CLARA = new Speaker(new Person("Clara Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker DAVID = new Speaker(new Person("David Ek", "S"), SpeechKind.REPLY, 1, "");

    TwoLogins logins;
    DebateStore first;
    DebateStore second;
    long item;

    @Parameter
    Engine engine;

    @BeforeEach
    void twoWritersWithOneList(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "stalespk_anna", "stalespk_bo", "S", ServerRole.MEMBER);
        TwoLogins two = logins;
        item = two.itemOnAnAgenda("Motion om simhallen");
        first = new DebateStore(two.first.dsl(), Clock.systemUTC());
        second = new DebateStore(two.second.dsl(), Clock.systemUTC());
        first.saveSpeakers(item, first.open(item).speakers().add(ANNA).add(BO));
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private SpeakerList with(DebateStore store, List<Speaker> speakers) {
        SpeakerList list = store.open(item).speakers();
        return new SpeakerList(list.matter(), list.limits(), speakers);
    }

    private List<Speaker> stored() {
        return second.open(item).speakers().speakers();
    }

    @Test
    void theOldWholeListSaveOfAStaleCopyDroppedTheOthersSpeaker() {
        List<Speaker> copy = first.open(item).speakers().speakers();
        second.saveSpeakers(item, copy, with(second, List.of(ANNA, BO, CLARA)));
        first.saveSpeakers(item, with(first, List.of(ANNA, BO, DAVID)));
        assertThat(stored()).doesNotContain(CLARA);
    }

    @Test
    void speakersAddedOnBothSidesBothStay() {
        List<Speaker> copy = first.open(item).speakers().speakers();
        assertThat(second.saveSpeakers(item, copy, with(second, List.of(ANNA, BO, CLARA))).conflict()).isFalse();
        ListMerge<Speaker> stale = first.saveSpeakers(item, copy, with(first, List.of(DAVID, ANNA, BO)));

        assertThat(stale.conflict()).isFalse();
        assertThat(stored()).containsExactly(DAVID, ANNA, BO, CLARA);
        assertThat(stale.merged()).isEqualTo(stored());
    }

    @Test
    void oneSpeakersNotesChangedOnBothSidesIsAConflictAndTheStoredListStands() {
        List<Speaker> copy = first.open(item).speakers().speakers();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        second.saveSpeakers(item, copy, with(second, List.of(ANNA.withText("Bos anteckning"), BO)));
        Instant after = Instant.now();
        ListMerge<Speaker> stale = first.saveSpeakers(item, copy,
                with(first, List.of(ANNA.withText("Annas anteckning"), BO, CLARA)));

        assertThat(stale.conflict()).isTrue();
        assertThat(stale.merged()).containsExactly(ANNA.withText("Bos anteckning"), BO);
        // Who saved the other side (issue 16.5): by login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(stale.savedBy().name()).isEqualTo("stalespk_bo");
        } else {
            assertThat(stale.savedBy().otherWindow()).isTrue();
        }
        // And when: on one data folder from the list's own rows (V43), on a server from its change sequence.
        assertThat(stale.savedBy().at()).isBetween(before, after);
        assertThat(stored()).containsExactly(ANNA.withText("Bos anteckning"), BO);
        // Choosing her own list, she saves it from the stored one: it goes through.
        assertThat(first.saveSpeakers(item, stale.merged(), with(first,
                List.of(ANNA.withText("Annas anteckning"), BO, CLARA))).conflict()).isFalse();
        assertThat(stored()).containsExactly(ANNA.withText("Annas anteckning"), BO, CLARA);
    }

    @Test
    void aReorderAgainstAReorderIsAConflict() {
        first.saveSpeakers(item, first.open(item).speakers().add(CLARA));
        List<Speaker> copy = first.open(item).speakers().speakers();
        second.saveSpeakers(item, copy, with(second, List.of(CLARA, ANNA, BO)));
        ListMerge<Speaker> stale = first.saveSpeakers(item, copy, with(first, List.of(BO, ANNA, CLARA)));

        assertThat(stale.conflict()).isTrue();
        assertThat(stored()).containsExactly(CLARA, ANNA, BO);
    }

    @Test
    void twoFirstListsAtOnceBothStay() {
        first.saveSpeakers(item, with(first, List.of()));
        assertThat(second.saveSpeakers(item, List.of(), with(second, List.of(BO))).conflict()).isFalse();
        assertThat(first.saveSpeakers(item, List.of(), with(first, List.of(ANNA))).conflict()).isFalse();
        assertThat(stored()).containsExactlyInAnyOrder(ANNA, BO);
    }

    @Test
    void twoSavesAtOnceCannotBothMissEachOther() throws Exception {
        List<Speaker> copy = first.open(item).speakers().speakers();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The second writer's save holds the list (its transaction open) while the first adds a speaker.
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> logins.second.dsl().transaction(tx -> {
            DebateStore inTx = new DebateStore(tx.dsl(), Clock.systemUTC());
            inTx.saveSpeakers(item, copy, with(inTx, List.of(ANNA, BO, CLARA)));
            held.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
        }));
        HeldRow.awaitHeld(held, holding);
        CompletableFuture<ListMerge<Speaker>> other = CompletableFuture.supplyAsync(() -> first.saveSpeakers(item,
                copy, with(first, List.of(ANNA, BO, DAVID))));
        release.countDown();
        holding.get(30, TimeUnit.SECONDS);

        assertThat(other.get(30, TimeUnit.SECONDS).conflict()).isFalse();
        assertThat(stored()).containsExactly(ANNA, BO, DAVID, CLARA);
    }

}

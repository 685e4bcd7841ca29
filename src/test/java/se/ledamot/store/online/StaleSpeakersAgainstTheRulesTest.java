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
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.DebateStore;
import se.ledamot.store.Engine;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5: two members' lists of speakers that each keep the council's speaking rules (KF: first speech 5 min,
 * later 3, reply 2) but would break them once merged are not merged: the server keeps the other's list and the
 * save comes back as a conflict for the group to choose. On one real PostgreSQL server and on one H2 data folder.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleSpeakersAgainstTheRulesTest {
    static final Speaker ANNA = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 5, "");
    static final Speaker BO = new Speaker(new Person("Bo Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker DAVID_REPLIES = new Speaker(new Person("David Ek", "S"), SpeechKind.REPLY, 2, "");

    @Parameter
    Engine engine;

    private TwoLogins logins;
    private DebateStore first;
    private DebateStore second;
    private long item;

    @BeforeEach
    void twoMembersUnderTheCouncilsSpeakingTimes(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "spkrules_anna", "spkrules_bo", "S", ServerRole.MEMBER);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        try (OpenDatabase secretariat = logins.admin()) {
            CouncilRulesStore rules = new CouncilRulesStore(secretariat.dsl());
            rules.save(rules.load().withBody(rules.load().rulesOf("KF").withSpeakingTimes(5, 3, 2)));
        }
        first = new DebateStore(logins.first.dsl(), Clock.systemUTC());
        second = new DebateStore(logins.second.dsl(), Clock.systemUTC());
        first.saveSpeakers(item, first.open(item).speakers().add(ANNA));
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void aReplyWhoseSpeechTheOtherRemovedIsAConflictNotAStoredListAgainstTheRules() {
        List<Speaker> copy = stored();
        assertThat(second.saveSpeakers(item, copy, second.open(item).speakers().remove(0)).conflict()).isFalse();
        SpeakerList mine = annasScreen(copy).add(DAVID_REPLIES);

        ListMerge<Speaker> stale = first.saveSpeakers(item, copy, mine);

        assertThat(mine.brokenTogether(copy, List.of())).get().extracting(DomainException::key)
                .isEqualTo("debate.reply.nothingToReplyTo");
        assertThat(stale.conflict()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void theSameSpeakerAddedByBothWithDifferentMinutesWouldBeASecondSpeechOverTheLimit() {
        List<Speaker> copy = stored();
        Speaker bo4 = new Speaker(BO.person(), SpeechKind.SPEECH, 4, "");
        assertThat(second.saveSpeakers(item, copy, second.open(item).speakers().add(bo4)).conflict()).isFalse();

        Speaker bo5 = new Speaker(BO.person(), SpeechKind.SPEECH, 5, "");
        ListMerge<Speaker> stale = first.saveSpeakers(item, copy, annasScreen(copy).add(bo5));

        assertThat(stale.conflict()).isTrue();
        assertThat(stored()).containsExactly(ANNA, bo4);
    }

    @Test
    void listsThatKeepTheRulesTogetherAreStillMerged() {
        List<Speaker> copy = stored();
        assertThat(second.saveSpeakers(item, copy, second.open(item).speakers().add(BO)).conflict()).isFalse();

        ListMerge<Speaker> stale = first.saveSpeakers(item, copy, annasScreen(copy).add(DAVID_REPLIES));

        assertThat(stale.conflict()).isFalse();
        assertThat(stored()).containsExactly(ANNA, DAVID_REPLIES, BO);
    }

    /** The list as Anna's screen still shows it: the copy she read, under the body's limits. */
    private SpeakerList annasScreen(List<Speaker> copy) {
        SpeakerList now = first.open(item).speakers();
        return new SpeakerList(now.matter(), now.limits(), copy);
    }

    private List<Speaker> stored() {
        return second.open(item).speakers().speakers();
    }
}

package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.meeting.Position;
import se.ledamot.store.DebateStore;
import se.ledamot.store.PositionStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;

/**
 * The scene of the window tests where two members of group S work on one item on the server: the first login in this
 * program's window, the second (Bo) on another client, saving from his own copy straight to the server. Made in a
 * test's {@code @BeforeEach} from its {@link OnlineWindow}.
 */
final class OtherMember {
    final TwoLogins logins;
    final long item;

    /** @param title the motion on the agenda whose item both work on */
    OtherMember(OnlineWindow online, String first, String bo, String title) {
        logins = online.logins(first, bo, "S", ServerRole.MEMBER);
        item = logins.itemOnAnAgenda(title);
    }

    /** Bo saves the group's position on the item from his own copy. */
    void savesPosition(UnaryOperator<Position> change) {
        PositionStore store = new PositionStore(logins.second.dsl(), Clock.systemUTC(), "S");
        Position copy = store.get(item);
        assertThat(store.save(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    /** The group's position as the server has it. */
    Position storedPosition() {
        return new PositionStore(logins.second.dsl(), Clock.systemUTC(), "S").get(item);
    }

    /** Bo saves the item's list of speakers from his own copy. */
    void savesSpeakers(UnaryOperator<List<Speaker>> change) {
        DebateStore store = new DebateStore(logins.second.dsl(), Clock.systemUTC());
        SpeakerList copy = store.open(item).speakers();
        assertThat(store.saveSpeakers(item, copy.speakers(), new SpeakerList(copy.matter(), copy.limits(),
                change.apply(copy.speakers()))).conflict()).isFalse();
    }

    /** The item's speakers as the server has them. */
    List<Speaker> storedSpeakers() {
        return new DebateStore(logins.second.dsl(), Clock.systemUTC()).open(item).speakers().speakers();
    }
}

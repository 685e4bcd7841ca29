package se.ledamot.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;

/** What a {@link TurnFollower} reads of the database before its file is closed: a connection of its own. */
public final class TurnReads {
    private final DSLContext dsl;
    private final Clock clock;

    TurnReads(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The outlines of these matters not in the trash (without body and answer), by id. */
    public List<Matter> outlines(Set<Long> ids) {
        List<Matter> out = new ArrayList<>();
        new MatterSubsets(dsl, new MatterStore(dsl, clock)).eachOutline(
                ids.stream().mapToLong(Long::longValue).sorted().toArray(), out::add);
        return out;
    }

    /**
     * The outlines of the matters not in the trash whose deadlines follow the meetings
     * ({@link MeetingCalendar#deadlinesFollowMeetings}), through the index of kinds and statuses.
     */
    public List<Matter> followingMeetings() {
        return OpenMatters.outlines(dsl, (life, status) -> MeetingCalendar.AWAITING_ANSWER.contains(status),
                "kind IN " + OverdueCandidates.codes(MatterKind::hasAddressee) + " AND submitted IS NOT NULL")
                .stream().filter(MeetingCalendar::deadlinesFollowMeetings).toList();
    }

    /** The council's rules as stored. */
    public CouncilRules councilRules() {
        return new CouncilRulesStore(dsl).load();
    }

    /** Every meeting as stored. */
    public List<Meeting> meetings() {
        return new MeetingStore(dsl, clock).list();
    }
}

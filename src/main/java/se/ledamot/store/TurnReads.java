package se.ledamot.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import se.ledamot.domain.Lifecycle;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;

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

    /** These matters' ids and those of every open matter not in the trash. */
    public Set<Long> withOpenMatters(Set<Long> ids) {
        Set<Long> all = new HashSet<>(ids);
        all.addAll(OpenMatters.ids(dsl, Lifecycle::isOpen, null));
        return all;
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

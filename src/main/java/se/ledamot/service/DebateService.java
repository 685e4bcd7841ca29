package se.ledamot.service;

import java.util.List;
import java.util.Optional;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Debate;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Decided;
import se.ledamot.domain.debate.DecidedMeanwhile;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.store.DebateStore;

/**
 * The debate on agenda items and the decisions taken: the list of speakers, kept to the domain's rules and the
 * body's time limits, and the decision, which moves the matter's status and lands in its timeline.
 */
public final class DebateService {
    private final DebateStore debates;
    private final MeetingService meetings;
    private final PaperService papers;
    private final AnswerService answers;

    DebateService(DebateStore debates, MeetingService meetings, PaperService papers, AnswerService answers) {
        this.debates = debates;
        this.meetings = meetings;
        this.papers = papers;
        this.answers = answers;
    }

    /** Every meeting, the latest first. */
    public List<Meeting> meetings() {
        return meetings.list().reversed();
    }

    /**
     * The items of a meeting's agenda that are about a matter (the ones that can be debated), in the papers' order and
     * named as Protokoll's list and the protokoll name them ({@link Kallelse#name}): the meeting's agenda read once.
     */
    public List<DebateItem> items(long meetingId) {
        MeetingPapers p = papers.papers(meetingId);
        return p.entries().stream().filter(e -> e.item() != null && e.matter() != null)
                .map(e -> new DebateItem(e.item(), Kallelse.name(p, e), e.matter())).toList();
    }

    /**
     * The people seated in a body (its ledamöter and ersättare, as the papers' settings name them): a speaker typed on
     * Debatt is one of them whatever the case she typed. None for a body with no seats set.
     */
    public List<Person> seated(String body) {
        String code = Body.normalize(body);
        return papers.settings().bodies().stream().filter(b -> b.body().equals(code))
                .flatMap(b -> b.seats().stream()).map(Seat::person).toList();
    }

    /** The debate on an item about a matter; a free-text item has none. */
    public Debate open(long itemId) {
        return debates.open(itemId);
    }

    /** An agenda item as stored now; empty when it is no longer on an agenda. */
    public Optional<AgendaItem> item(long itemId) {
        return meetings.item(itemId);
    }

    /** Replaces the list of speakers, as checked by the domain. */
    public void saveSpeakers(long itemId, SpeakerList speakers) {
        debates.saveSpeakers(itemId, speakers);
    }

    /** Stores the list changed from the copy {@code base}, met with the stored one (issue 16.5, {@link ListMerge}). */
    public ListMerge<Speaker> saveSpeakers(long itemId, List<Speaker> base, SpeakerList mine) {
        return debates.saveSpeakers(itemId, base, mine);
    }

    /**
     * Records the decision on an item; the matter gets it and the status it leads to. The wording, typed over the
     * copy {@code base}, is met with the stored one (issue 16.5, {@link Decided}). A refusal changes nothing.
     */
    public Decided decide(AgendaItem base, DebateDecision decision, String wording) {
        return debates.decide(base, decision, wording);
    }

    /**
     * Whether the matter just decided has an answer draft in Svar that was never put into it: the decision closes the
     * matter, the draft stays in Svar, and Debatt says so.
     */
    public boolean draftNotEntered(Matter decided) {
        return answers.hasDraftNotEntered(decided);
    }

    /**
     * After {@link #decide} was refused as decided meanwhile: the decision recorded, and the wording typed over
     * {@code base} met with the stored one and who stored it ({@link DecidedMeanwhile}). Writes nothing.
     */
    public DecidedMeanwhile decidedMeanwhile(AgendaItem base, String wording) {
        return debates.decidedMeanwhile(base, wording);
    }

    /**
     * Records, changes or clears (null) the decision on an item as the minutes record it, by the rule {@link #decide}
     * follows: the matter moves, its deadlines stop, its timeline says so; a decision changed or cleared is taken back
     * first. Refused once the minutes are justerade.
     */
    public Matter record(long itemId, Decision decision) {
        return debates.record(itemId, decision == null ? null : DebateDecision.of(decision));
    }

    /** Stores the decision's wording chosen after a {@link Decided} conflict, against the item as stored then. */
    public RowMerge<AgendaItem> saveWording(AgendaItem base, AgendaItem mine) {
        return meetings.saveItem(base, mine);
    }
}

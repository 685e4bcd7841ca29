package se.ledamot.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.AgendaSuggestion;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingFile;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.domain.sync.ListMerge;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MatterSubsets;
import se.ledamot.store.MeetingFileStore;
import se.ledamot.store.MeetingStore;

/**
 * Meetings and their agendas: planning, moving and deleting meetings, putting matters and free-text items on an
 * agenda, ordering it, and the suggestion of what is due. Each change that moves when a matter is handled lands in
 * the matter's timeline.
 */
public final class MeetingService {
    private final MeetingStore meetings;
    private final AgendaStore agendas;
    private final MatterStore matters;
    private final MatterSubsets subsets;
    private final DeadlineService deadlines;
    private final MeetingFileStore files;

    MeetingService(MeetingStore meetings, AgendaStore agendas, MatterStore matters, MatterSubsets subsets,
            DeadlineService deadlines, MeetingFileStore files) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.matters = matters;
        this.subsets = subsets;
        this.deadlines = deadlines;
        this.files = files;
    }

    /** The kallelse the meeting was imported from, if it was. */
    public Optional<MeetingFile> kallelse(long meetingId) {
        return files.of(meetingId);
    }

    /** The kept kallelse file's bytes. */
    public byte[] kallelseContent(long meetingId) {
        return files.content(meetingId);
    }

    /** Every meeting, earliest first. */
    public List<Meeting> list() {
        return meetings.list();
    }

    /**
     * The planned meetings from {@code today} on, earliest first: those Partigrupp chooses from, opening on the first,
     * and the meeting `agenda` shows when none is named.
     */
    public List<Meeting> upcoming(LocalDate today) {
        return meetings.list().stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED && !m.date().isBefore(today)).toList();
    }

    public Optional<Meeting> find(long id) {
        return meetings.find(id);
    }

    /** The meeting, or a refusal that names the id. */
    public Meeting require(long id) {
        return meetings.require(id);
    }

    /** Plans a meeting of a known body; returns it with its id. */
    public Meeting add(Meeting meeting) {
        return meetings.add(meeting.postedBeforeItsDay());
    }

    /** Stores a changed meeting; a new date reaches the timeline of every matter on its agenda. */
    public void save(Meeting meeting) {
        meetings.save(meeting.postedBeforeItsDay());
    }

    /**
     * Stores the changes made in the copy {@code base} of a meeting, met with what is stored now: a field someone
     * else saved meanwhile is kept, and one both changed comes back as a conflict (issue 16.5).
     */
    public RowMerge<Meeting> save(Meeting base, Meeting mine) {
        return meetings.save(base, mine.postedBeforeItsDay());
    }

    /** Deletes a meeting and its agenda; each matter on it gets a timeline entry saying it was taken off. */
    public void delete(long id) {
        meetings.delete(id);
    }

    /** The items of a meeting's agenda, in order. */
    public List<AgendaItem> agenda(long meetingId) {
        return agendas.agenda(meetingId);
    }

    /**
     * The agenda with each item's matter, nearest deadline and lateness against this meeting's submission rules, and
     * the pending matters not on it.
     */
    public Agenda agendaOf(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        MeetingCalendar calendar = deadlines.calendar();
        Deadlines rules = deadlines.rules(calendar);
        List<AgendaItem> items = agendas.agenda(meetingId);
        // A matter moved to the trash after it was put on the agenda is still the item's matter.
        Map<Long, Matter> byId = matters.findAll(items.stream().map(AgendaItem::matterId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(Matter::id, Function.identity()));
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaItem item : items) {
            Optional<Matter> matter = Optional.ofNullable(item.matterId()).map(byId::get);
            entries.add(new AgendaEntry(item, matter, matter.flatMap(rules::nearest),
                    matter.map(m -> calendar.isLate(m, meeting)).orElse(false)));
        }
        Set<Long> onAgenda = entries.stream().flatMap(e -> e.matter().stream()).map(Matter::id)
                .collect(Collectors.toSet());
        List<Matter> pending = subsets.pendingOutlines().stream().filter(m -> !onAgenda.contains(m.id())).toList();
        return new Agenda(meeting, calendar, rules, entries, pending);
    }

    public Optional<AgendaItem> item(long itemId) {
        return agendas.item(itemId);
    }

    /** The item about a matter on a meeting's agenda, or a refusal saying it is not on it. */
    public AgendaItem itemFor(long meetingId, long matterId) {
        Meeting meeting = meetings.require(meetingId);
        return agendas.itemFor(meetingId, matterId).orElseThrow(
                () -> new DomainException("agenda.matter.notOnAgenda", matterId, meeting));
    }

    /** Appends matters to an agenda in the order given; nothing is added if one of them cannot be. */
    public List<AgendaItem> addMatters(long meetingId, List<Long> matterIds) {
        return agendas.addMatters(meetingId, matterIds);
    }

    /**
     * Of these matters, those already on the agenda of another meeting still planned, with the earliest such meeting:
     * said when they are put on this one, since a matter on two planned agendas could be decided twice.
     */
    public Map<Long, Meeting> plannedElsewhere(long meetingId, List<Long> matterIds) {
        Map<Long, Meeting> out = new java.util.LinkedHashMap<>();
        agendas.plannedElsewhere(meetingId, matterIds).forEach((matter, other) -> out.put(matter,
                meetings.require(other)));
        return out;
    }

    /**
     * Of these matters, those whose deadline for being dealt with (a remiss's reply date, a motion's year, the meeting
     * an interpellation is to be answered at) passes before the meeting's day, with that deadline: said when they are
     * put on its agenda. A written answer is due before the meeting that answers it, by its rule: not counted.
     */
    public Map<Long, Deadline> dueBefore(long meetingId, List<Long> matterIds) {
        LocalDate day = meetings.require(meetingId).date();
        Deadlines rules = deadlines.rules();
        Map<Long, Deadline> out = new java.util.LinkedHashMap<>();
        for (Matter m : matters.findAll(matterIds)) {
            rules.all(m).stream().filter(d -> d.type() != DeadlineType.WRITTEN_ANSWER && d.date().isBefore(day))
                    .min(java.util.Comparator.comparing(Deadline::date)).ifPresent(d -> out.put(m.id(), d));
        }
        return out;
    }

    /** Appends a free-text item such as "Val av justerare". */
    public AgendaItem addText(long meetingId, String text) {
        return agendas.addText(meetingId, text);
    }

    /** Puts the items in the order {@code mine}, arranged from {@code base}, compared (issue 16.5, ListMerge). */
    public ListMerge<Long> arrange(long meetingId, List<Long> base, List<Long> mine) {
        return agendas.arrange(meetingId, base, mine);
    }

    /** Takes an item off its agenda; the others close up. */

    public void remove(long itemId) {
        agendas.remove(itemId);
    }

    /**
     * Stores an item's text, prepared proposal, motions moved and decision. A new wording of the decision is refused
     * once the meeting's minutes are justerade (kommunallagen 5 kap. 69 §: the protokoll announced is the one
     * justerat), here as in the window.
     */
    public void saveItem(AgendaItem item) {
        agendas.saveItem(item);
    }

    /**
     * Stores an item changed from the copy {@code base}, met with the item as stored (issue 16.5); a new wording of
     * the decision is refused once the minutes are justerade, as by {@link #saveItem(AgendaItem)}.
     */
    public RowMerge<AgendaItem> saveItem(AgendaItem base, AgendaItem mine) {
        return agendas.saveItem(base, mine);
    }

    /** What to put on a meeting's agenda: everything due at it that is not planned yet. */
    public List<AgendaSuggestion.Suggestion> suggest(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        return AgendaSuggestion.forMeeting(meeting, deadlines.calendar(), subsets.pendingOutlines(),
                agendas.plannedMatterIds(meetingId));
    }
}

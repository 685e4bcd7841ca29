package se.ledamot.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.brief.doc.AnswerBrief;
import se.ledamot.brief.doc.DebateBrief;
import se.ledamot.brief.doc.MatterBrief;
import se.ledamot.brief.doc.UnfinishedReport;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.debate.DebateMaterial;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.MatterHistory;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.UnfinishedMotions;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.BodyStore;
import se.ledamot.store.DebateStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MatterSubsets;
import se.ledamot.store.MeetingStore;

/**
 * The briefs, assembled in one place for the window and the command line: a debate brief for a meeting (and a party
 * group), a matter brief, an answer to read aloud, and the report of unfinished motions (5 kap. 35 § kommunallagen).
 * Each comes back as a laid-out {@link Document} for the caller to preview, save or print; its deadlines are the
 * {@link DeadlineService}'s and its dates the program's clock.
 */
public final class BriefService {
    private final MatterStore matters;
    private final MatterSubsets subsets;
    private final MeetingStore meetings;
    private final AgendaStore agendas;
    private final BodyStore bodies;
    private final DebateStore debates;
    private final PositionService positions;
    private final AnswerService answers;
    private final DeadlineService deadlines;
    private final SettingsService settings;
    private final PaperService papers;
    private final Clock clock;

    BriefService(MatterStore matters, MatterSubsets subsets, MeetingStore meetings, AgendaStore agendas,
            BodyStore bodies, DebateStore debates, PositionService positions, AnswerService answers,
            DeadlineService deadlines, SettingsService settings, PaperService papers, Clock clock) {
        this.matters = matters;
        this.subsets = subsets;
        this.meetings = meetings;
        this.agendas = agendas;
        this.bodies = bodies;
        this.debates = debates;
        this.positions = positions;
        this.answers = answers;
        this.deadlines = deadlines;
        this.settings = settings;
        this.papers = papers;
        this.clock = clock;
    }

    /**
     * The debate brief of a meeting, with a party group's positions when a group is named.
     *
     * @param group   the party group, or null (or blank) for a brief without positions
     * @param council the municipality or council named on the cover; null (or blank) for the one in the settings
     */
    public Document debate(long meetingId, String group, String council) {
        return DebateBrief.of(debateMaterial(meetingId, group), councilOr(council), deadlines.rules(), today(),
                now(), clock.getZone());
    }

    /** Everything about one matter. */
    public Document matter(long matterId) {
        Matter m = require(matterId);
        return MatterBrief.of(m, matters.timeline(m.id()), deadlines.rules(), today(), now(), clock.getZone());
    }

    /**
     * An interpellation's or question's answer, ready to read aloud; other kinds have no answer to print. It prints
     * what the councillor sees in Svar: the draft saved while writing when it differs from the answer put into the
     * matter, and then the brief says that it is the draft, saved when.
     */
    public Document answer(long matterId) {
        Matter m = require(matterId);
        if (!m.kind().hasAddressee()) {
            throw new DomainException("brief.error.noAnswer", m.id(), m.kind());
        }
        Optional<AnswerDraft> draft = answers.draft(matterId)
                .filter(d -> !d.text().isBlank() && !d.text().strip().equals(m.answer().strip()));
        if (draft.isPresent()) {
            return AnswerBrief.of(m.toBuilder().answer(draft.get().text()).build(),
                    LocalDateTime.ofInstant(draft.get().savedAt(), clock.getZone()), today(), now());
        }
        return AnswerBrief.of(m, null, today(), now());
    }

    /**
     * The report of the motions and citizen proposals not decided within a year, as of a day (5 kap. 35 § KL).
     *
     * @param council the council named in the heading; null (or blank) for the one in the settings
     */
    public Document unfinished(LocalDate day, String council) {
        return UnfinishedReport.of(unfinishedReport(day), councilOr(council), now());
    }

    /**
     * The matters a brief is offered for: those still open, as outlines, and {@code chosen} (the one chosen in the
     * register; null: none) whatever its status. Not every matter: at 100 000 the list was 6.6 s to read and 159 MiB of
     * the window's heap, and a list no one scrolls.
     */
    public List<Matter> matterChoices(Long chosen) {
        List<Matter> open = subsets.openOutlines();
        if (chosen == null || open.stream().anyMatch(m -> m.id().equals(chosen))) {
            return open;
        }
        return matters.findNotTrashed(chosen)
                .map(m -> java.util.stream.Stream.concat(java.util.stream.Stream.of(m), open.stream()).toList())
                .orElse(open);
    }

    /**
     * The motions and citizen proposals whose year ends before the council's next report, as of a day, each with its
     * preparation as on record (referrals from its timeline, its meetings from the agendas) and, where the council's
     * rules say so, the proposal to strike it off.
     */
    public UnfinishedMotions.Report unfinishedReport(LocalDate day) {
        MeetingCalendar calendar = deadlines.calendar();
        List<Matter> all = subsets.pendingOutlines();
        List<Long> listed = UnfinishedMotions.report(day, calendar, all, Map.of()).entries().stream()
                .map(e -> e.matter().id()).toList();
        Map<Long, List<MatterChange>> timelines = matters.timelines(listed);
        Map<Long, List<AgendaStore.Scheduled>> schedules = agendas.schedules(listed);
        Map<Long, MatterHistory> histories = new HashMap<>();
        for (Long id : listed) {
            histories.put(id, new MatterHistory(timelines.getOrDefault(id, List.of()),
                    schedules.getOrDefault(id, List.of()).stream()
                            .map(s -> new MatterHistory.Appearance(s.meeting(), s.item())).toList(), null));
        }
        return UnfinishedMotions.report(day, calendar, all, histories);
    }

    /**
     * What a debate brief shows, read with the same few queries however long the agenda: the meeting and its body,
     * the agenda, its matters and their timelines, the speakers and the group's positions, each in one read.
     *
     * @throws DomainException when the meeting does not exist
     */
    public DebateMaterial debateMaterial(long meetingId, String group) {
        String g = blankToNull(group);
        Meeting meeting = meetings.require(meetingId);
        Body body = bodies.body(meeting.body())
                .orElseGet(() -> new Body(meeting.body(), meeting.body(), false, 0, 0, 0));
        List<AgendaItem> agenda = agendas.agenda(meetingId);
        List<Long> matterIds = agenda.stream().map(AgendaItem::matterId).filter(Objects::nonNull).toList();
        Map<Long, Matter> byId = matters.findAll(matterIds).stream()
                .collect(Collectors.toMap(Matter::id, Function.identity()));
        Map<Long, List<MatterChange>> timelines = matters.timelines(matterIds);
        Map<Long, Position> byItem = g == null ? Map.of() : positions.ofMeeting(meetingId, g);
        Map<Long, List<Speaker>> speakers = debates.speakers(agenda.stream()
                .filter(i -> i.matterId() != null).map(AgendaItem::id).toList());
        List<NoticeAgenda.Slot> notice = papers.noticeAgenda(meeting, agenda);
        Map<Long, Integer> numbers = new HashMap<>();
        notice.stream().filter(slot -> slot.item() != null)
                .forEach(slot -> numbers.put(slot.item().id(), slot.number()));
        List<DebateMaterial.Item> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            Optional<Matter> matter = Optional.ofNullable(item.matterId()).map(byId::get);
            items.add(new DebateMaterial.Item(item, matter,
                    matter.map(m -> timelines.getOrDefault(m.id(), List.of())).orElse(List.of()),
                    Optional.ofNullable(byItem.get(item.id())),
                    matter.isEmpty() ? List.of() : speakers.getOrDefault(item.id(), List.of()),
                    numbers.getOrDefault(item.id(), item.number())));
        }
        return new DebateMaterial(meeting, body, g, items, notice.size());
    }

    private Matter require(long id) {
        return matters.find(id).orElseThrow(() -> new DomainException("store.matter.missing", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }

    /** The council named on a brief: the one given, else the one under Inställningar (as on every paper); null when none. */
    private String councilOr(String given) {
        String c = blankToNull(given);
        return c != null ? c : blankToNull(settings.councilName());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

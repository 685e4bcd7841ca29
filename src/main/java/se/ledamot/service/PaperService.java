package se.ledamot.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.ledamot.brief.doc.Handlingar;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.brief.doc.Protokoll;
import se.ledamot.brief.doc.Utdrag;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.answer.AnswerRecorded;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.minutes.Announcement;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.ApprovedNumbering;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.ItemPapers;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.BodyStore;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.DebateStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MatterSubsets;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.PaperSettingsStore;

/**
 * The secretary's papers of a meeting: the settings they are made with, the minutes as the secretary records them
 * (attendance, justering, and per item the motions moved, the vote, the reservations and the notes), and the papers
 * themselves, the kallelse, the handlingar, the protokoll and a protokollsutdrag, as laid-out {@link Document}s. The
 * decision on an item is recorded through the {@link DebateService}, as in the debate.
 */
public final class PaperService {
    private final PaperSettingsStore settings;
    private final CouncilRulesStore council;
    private final MinutesStore minutes;
    private final MeetingStore meetings;
    private final AgendaStore agendas;
    private final BodyStore bodies;
    private final MatterStore matters;
    private final MatterSubsets subsets;
    private final DebateStore debates;
    private final Enclosures enclosures;
    private final PaperNumbering numbering;
    private final Clock clock;

    PaperService(PaperSettingsStore settings, CouncilRulesStore council, MinutesStore minutes, MeetingStore meetings,
            AgendaStore agendas, BodyStore bodies, MatterStore matters, MatterSubsets subsets, DebateStore debates,
            AttachmentStore attachments, Clock clock) {
        this.settings = settings;
        this.council = council;
        this.minutes = minutes;
        this.meetings = meetings;
        this.agendas = agendas;
        this.bodies = bodies;
        this.matters = matters;
        this.subsets = subsets;
        this.debates = debates;
        this.enclosures = new Enclosures(attachments);
        this.numbering = new PaperNumbering(settings, minutes, meetings, agendas, this::body);
        this.clock = clock;
    }

    public PaperSettings settings() {
        return settings.load();
    }

    /** Stores every setting at once; a refusal (an unknown body) stores nothing. */
    public void saveSettings(PaperSettings s) {
        settings.save(s);
    }

    /** Stores the settings changed from the copy {@code base}, met with the stored ones (issue 16.5). */
    public RowMerge<PaperSettings> saveSettings(PaperSettings base, PaperSettings mine, Body body) {
        return settings.save(base, mine, body);
    }

    /** The minutes of a meeting; blank ones, chaired by the body's chair, when nothing is recorded yet. */
    public Minutes minutes(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        Minutes m = minutes.minutes(meetingId);
        if (m.chair() == null && m.secretary() == null && m.attendance().attendees().isEmpty()) {
            m = settings.load().of(body(meeting)).signing(m);
        }
        return m;
    }

    /** Whether the meeting's protokoll is begun (justerat or not): a delete of the meeting takes it too. */
    public boolean minutesBegun(long meetingId) {
        return minutes.begun(meetingId);
    }

    /** The meetings whose minutes are begun and not justerade yet, the latest meeting first. */
    public List<Long> minutesBeingWritten() {
        return minutes.beingWritten();
    }

    /** The minutes as stored, without the body's chair and secretary put in ({@link #minutes}): what a save meets. */
    public Minutes storedMinutes(long meetingId) {
        meetings.require(meetingId);
        return minutes.minutes(meetingId);
    }

    /**
     * Stores the minutes of a meeting as a whole; the meeting must exist. A new justering day is refused when it is
     * to come or before the meeting ({@link Announcement#checkAdjusted}).
     */
    public void saveMinutes(Minutes m) {
        checkAdjusted(minutes.minutes(meetings.require(m.meetingId()).id()), m);
        minutes.save(m);
        numbering.fix(m.meetingId());
    }

    /**
     * Stores the minutes changed from the copy {@code base}, met with the stored ones (issue 16.5); a justering day
     * changed from {@code base} is checked as by {@link #saveMinutes(Minutes)}.
     */
    public RowMerge<Minutes> saveMinutes(Minutes base, Minutes mine) {
        meetings.require(mine.meetingId());
        checkAdjusted(base, mine);
        RowMerge<Minutes> merge = minutes.save(base, mine);
        numbering.fix(mine.meetingId());
        return merge;
    }

    /**
     * A day planned for the justering set or changed from {@code before}'s: not before the meeting's day ({@link
     * Minutes#checkAdjustDay}). A justering day set or changed: not after today, not before the meeting's day, signed by
     * those the protokoll prints (the meeting's, else the body's: 5 kap. 69 §, {@link BodyPapers#signing},
     * {@link Minutes#checkSigners}), and with the attendance recorded (5 kap. 67 §, {@link Minutes#checkAttendance}).
     */
    private void checkAdjusted(Minutes before, Minutes m) {
        if (m.adjustDay() != null && !m.adjustDay().equals(before.adjustDay())) {
            m.checkAdjustDay(meetings.require(m.meetingId()).date());
        }
        if (m.adjusted() != null && !m.adjusted().equals(before.adjusted())) {
            Meeting meeting = meetings.require(m.meetingId());
            Announcement.checkAdjusted(m.adjusted(), meeting.date(), LocalDate.now(clock));
            settings.load().of(body(meeting)).signing(m).checkSigners();
            m.checkAttendance();
        }
    }

    /** What the minutes record of an agenda item; empty when nothing is. */
    public ItemMinutes itemMinutes(long itemId) {
        return minutes.itemMinutes(List.of(itemId)).get(itemId);
    }

    /**
     * Stores what the minutes record of an item, refused when a vote or a reservation names someone the meeting's
     * attendance does not list as deciding (4 kap. 27 § kommunallagen: only those taking part in a decision can
     * enter a reservation against it), and when it adds a motion, a vote or a reservation to an interpellation's or
     * a question's item (5 kap. 59–64 §§: no decision on them; {@link ItemMinutes#checkAnsweredOnly}).
     */
    public void saveItemMinutes(ItemMinutes m) {
        check(Objects.requireNonNullElse(itemMinutes(m.itemId()), ItemMinutes.empty(m.itemId())), m);
        minutes.save(m);
    }

    /**
     * Stores the item's minutes changed from the copy {@code base}, met with the stored ones (issue 16.5), after the
     * same checks as {@link #saveItemMinutes(ItemMinutes)}, what is new counted against {@code base}.
     */
    public RowMerge<ItemMinutes> saveItemMinutes(ItemMinutes base, ItemMinutes mine) {
        check(base, mine);
        return minutes.save(base, mine);
    }

    private void check(ItemMinutes before, ItemMinutes m) {
        AgendaItem item = agendas.item(m.itemId())
                .orElseThrow(() -> new DomainException("store.agenda.item.missing", m.itemId()));
        if (item.matterId() != null) {
            matters.find(item.matterId()).ifPresent(matter -> m.checkAnsweredOnly(matter.kind(), before));
        }
        Minutes whole = minutes.minutes(item.meetingId());
        if (!whole.attendance().attendees().isEmpty()) {
            m.check(whole.attendance());
        }
    }

    public ItemPapers itemPapers(long itemId) {
        return minutes.itemPapers(List.of(itemId)).get(itemId);
    }

    public void saveItemPapers(ItemPapers p) {
        minutes.save(p);
    }

    /** The notice of the meeting with its föredragningslista, issued today. */
    public Document kallelse(long meetingId) {
        return Kallelse.of(papers(meetingId), clock.instant());
    }

    /** The notice followed by every item's documents, as one paper with bookmarks per item. */
    public Document handlingar(long meetingId) {
        return Handlingar.of(papers(meetingId), clock.instant());
    }

    public Document protokoll(long meetingId) {
        return Protokoll.of(papers(meetingId), clock.instant());
    }

    /** Who is to sign the meeting's protokoll and has no name on it yet (its lines print "Namnförtydligande"). */
    public List<MeetingPapers.Signer> unsigned(long meetingId) {
        return papers(meetingId).unsigned();
    }

    /** The justering day, done or planned, when later than 14 days after the meeting allow (5 kap. 69 §); else empty. */
    public Optional<LocalDate> lateJustering(long meetingId) {
        return minutes(meetingId).lateJustering(meeting(meetingId).date());
    }

    /** The justering's anslag when it went up later than the second day after the justering (8 kap. 12 §). */
    public Optional<Announcement> latePosting(long meetingId) {
        return minutes.minutes(meetingId).announcement().filter(a -> !a.inTime());
    }

    /** The extract of one item (by its number on the föredragningslista) for those the decision is sent to. */
    public Document utdrag(long meetingId, int number) {
        MeetingPapers p = papers(meetingId);
        if (p.entry(number).isEmpty()) {
            throw new DomainException("papers.item.missing", number, p.entries().size());
        }
        return Utdrag.of(p, number, clock.instant());
    }

    /**
     * Everything the papers of a meeting show, in a handful of reads: the meeting, its body, the council's name (the
     * one under Inställningar, as every screen and brief reads it) and the settings, the numbered items with their
     * matters, texts, minutes, original files and who spoke on them, the submissions to announce, the minutes, and
     * the first § of the meeting counted through the body's year.
     */
    public MeetingPapers papers(long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        Body body = body(meeting);
        PaperSettings s = settings.load();
        List<AgendaItem> agenda = agendas.agenda(meetingId);
        List<Long> itemIds = agenda.stream().map(AgendaItem::id).toList();
        Map<Long, ItemMinutes> itemMinutes = minutes.itemMinutes(itemIds);
        Map<Long, ItemPapers> itemPapers = minutes.itemPapers(itemIds);
        Map<Long, List<Speaker>> speakers = debates.speakers(itemIds);
        Map<Long, Matter> byId = matters.findAll(agenda.stream().map(AgendaItem::matterId).filter(Objects::nonNull)
                .toList()).stream().collect(Collectors.toMap(Matter::id, Function.identity()));
        List<MeetingPapers.Entry> entries = new ArrayList<>();
        ApprovedNumbering approved = numbering.approved(meetingId);
        MeetingCalendar calendar = new MeetingCalendar(council.load(), meetings.list());
        Map<Long, List<MatterChange>> timelines = matters.timelines(byId.values().stream()
                .filter(x -> !x.answer().isBlank()).map(Matter::id).toList());
        for (NoticeAgenda.Slot slot : NoticeAgenda.plan(s.of(body), agenda, approved)) {
            AgendaItem item = slot.item();
            Matter matter = item == null || item.matterId() == null ? null : byId.get(item.matterId());
            LocalDate answered = matter == null ? null : AnswerRecorded.of(matter,
                    timelines.getOrDefault(matter.id(), List.of()), clock.getZone()).orElse(null);
            entries.add(new MeetingPapers.Entry(slot.number(), item, slot.standard(), matter,
                    item == null ? null : itemPapers.get(item.id()), item == null ? null : itemMinutes.get(item.id()),
                    matter == null ? List.of() : enclosures.of(matter), matter != null
                            && askedHere(calendar, matter, meeting), answered,
                    item == null ? List.of() : SpeakerList.debaters(speakers.getOrDefault(item.id(), List.of()))));
        }
        Minutes m = minutes(meetingId);
        int first = approved != null ? approved.firstParagraph()
                : m.firstParagraph() != null ? m.firstParagraph() : numbering.firstParagraph(meeting, s);
        LocalDate issued = council.notice().kallelseDay(meeting.date(), meeting.postedOn(), LocalDate.now(clock));
        List<Matter> news = body.council() ? NewSubmissions.of(meeting, byId.values(), calendar, agendas, subsets)
                : List.of(); // only a council (fullmäktige) receives them
        return new MeetingPapers(meeting, body, s, council.councilName(), issued, entries, news, m, first,
                council.notice());
    }

    /**
     * Whether an interpellation or question is asked at this meeting and answered at a later one: the first meeting
     * it was handed in in time for, under a rule that answers it at the next (5 kap. 59–63 §§ kommunallagen and the
     * arbetsordning, {@link MeetingCalendar#answerSchedule}).
     */
    private static boolean askedHere(MeetingCalendar calendar, Matter matter, Meeting meeting) {
        return matter.kind().hasAddressee() && calendar.answerSchedule(matter)
                .filter(s -> s.askedAt().id().equals(meeting.id()))
                .filter(s -> s.answerAt().map(at -> !at.id().equals(meeting.id())).orElse(true)).isPresent();
    }

    /** The meetings of a year, earliest first, for the archive. */
    public List<Meeting> meetingsOf(int year) {
        return meetings.list().stream().filter(m -> m.date().getYear() == year).toList();
    }

    public Meeting meeting(long meetingId) {
        return meetings.require(meetingId);
    }

    /**
     * The föredragningslista as the kallelse prints it (the body's standard items counted): each agenda item's number
     * there is what the chair calls it at the meeting, for the other papers to name it alike.
     */
    public List<NoticeAgenda.Slot> noticeAgenda(Meeting meeting, List<AgendaItem> agenda) {
        return numbering.noticeAgenda(meeting, agenda);
    }

    /** The föredragningslista of an agenda as read: what the kallelse prints, as screens and command line show it. */
    public List<AgendaPlace> noticeAgenda(Agenda agenda) {
        return AgendaPlace.of(agenda, noticeAgenda(agenda.meeting(), agenda.entries().stream().map(AgendaEntry::item)
                .toList()));
    }

    /** Each item's number on the kallelse, by item id (the body's standard items come first). */
    public Map<Long, Integer> noticeNumbers(Agenda agenda) {
        return noticeNumbers(agenda.meeting(), agenda.entries().stream().map(AgendaEntry::item).toList());
    }

    /** Each item's number on the kallelse, by item id. */
    public Map<Long, Integer> noticeNumbers(Meeting meeting, List<AgendaItem> agenda) {
        return NoticeAgenda.numbers(noticeAgenda(meeting, agenda));
    }

    /**
     * Puts the standard item numbered {@code number} on the föredragningslista ("Upprop") on the meeting's agenda,
     * where the list has it, so that the minutes record it as any item; the item that is it, when it is on already.
     * It is stored by its Swedish heading, the words that name it on an agenda whatever the window's language.
     */
    public AgendaItem putOnAgenda(long meetingId, int number) {
        Meeting meeting = meetings.require(meetingId);
        List<NoticeAgenda.Slot> list = noticeAgenda(meeting, agendas.agenda(meetingId));
        NoticeAgenda.Slot slot = list.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new DomainException("papers.item.missing", number, list.size()));
        if (slot.item() != null) {
            return slot.item(); // a place without an agenda item is a standard item's
        }
        StandardItem s = slot.standard();
        return agendas.putStandard(meetingId, settings.load().of(body(meeting)), s, s.title() != null ? s.title()
                : Localization.swedish("papers.standard." + s.kind().code()));
    }

    private Body body(Meeting meeting) {
        return bodies.body(meeting.body())
                .orElseGet(() -> new Body(meeting.body(), meeting.body(), false, 0, 0, 0));
    }
}

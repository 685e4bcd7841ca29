package se.ledamot.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.minutes.ParagraphNumbers;
import se.ledamot.domain.papers.ApprovedNumbering;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.PaperSettingsStore;

/**
 * The numbers the secretary's papers give a meeting's items: their places on the föredragningslista, the § they
 * have in the protokoll counted through the body's year, and the numbering kept as it was at the justering.
 */
final class PaperNumbering {
    private final PaperSettingsStore settings;
    private final MinutesStore minutes;
    private final MeetingStore meetings;
    private final AgendaStore agendas;
    private final Function<Meeting, Body> bodyOf;

    PaperNumbering(PaperSettingsStore settings, MinutesStore minutes, MeetingStore meetings, AgendaStore agendas,
            Function<Meeting, Body> bodyOf) {
        this.settings = settings;
        this.minutes = minutes;
        this.meetings = meetings;
        this.agendas = agendas;
        this.bodyOf = bodyOf;
    }

    /**
     * The protokoll prints as it was approved: at the justering its numbered list and first § are kept, and it is
     * printed from them on (an item added or moved later renumbers nothing); an approval taken back counts them again.
     * A save that carried no first § (a form filled before the justering) gets the kept one back.
     */
    void fix(long meetingId) {
        Minutes m = minutes.minutes(meetingId);
        Optional<ApprovedNumbering> kept = minutes.approvedNumbering(meetingId);
        if (m.adjusted() == null) {
            if (kept.isPresent()) {
                minutes.fixNumbering(meetingId, null);
            }
            return;
        }
        ApprovedNumbering fixed = kept.orElseGet(() -> {
            Meeting meeting = meetings.require(meetingId);
            PaperSettings s = settings.load();
            int first = m.firstParagraph() != null ? m.firstParagraph() : firstParagraph(meeting, s);
            return ApprovedNumbering.of(first, NoticeAgenda.plan(s.of(bodyOf.apply(meeting)),
                    agendas.agenda(meetingId)));
        });
        if (kept.isEmpty() || !Objects.equals(m.firstParagraph(), fixed.firstParagraph())) {
            minutes.fixNumbering(meetingId, fixed);
        }
    }

    /** The list as the meeting's minutes were approved; null while they are not (its numbers are then counted). */
    ApprovedNumbering approved(Long meetingId) {
        if (meetingId == null || minutes.minutes(meetingId).adjusted() == null) {
            return null;
        }
        return minutes.approvedNumbering(meetingId).orElse(null);
    }

    /** The first § of a meeting: the body's meetings earlier in the year count their items (papers numbering). */
    int firstParagraph(Meeting meeting, PaperSettings s) {
        List<Meeting> ofBody = meetings.list().stream().filter(o -> o.body().equals(meeting.body()))
                .filter(o -> o.date().getYear() == meeting.date().getYear()).toList();
        Map<Long, Integer> fixed = minutes.fixedFirstParagraphs(ofBody.stream().map(Meeting::id).toList());
        Body body = bodyOf.apply(meeting);
        List<ParagraphNumbers.Counted> counted = new ArrayList<>();
        for (Meeting o : ofBody) {
            int items = o.id().equals(meeting.id()) ? 0 : NoticeAgenda.plan(s.of(body), agendas.agenda(o.id()),
                    approved(o.id())).stream().mapToInt(NoticeAgenda.Slot::number).max().orElse(0);
            counted.add(new ParagraphNumbers.Counted(o, items, fixed.get(o.id())));
        }
        return ParagraphNumbers.first(meeting, counted);
    }

    /** The föredragningslista as the kallelse prints it, the body's standard items counted. */
    List<NoticeAgenda.Slot> noticeAgenda(Meeting meeting, List<AgendaItem> agenda) {
        return NoticeAgenda.plan(settings.load().of(bodyOf.apply(meeting)), agenda, approved(meeting.id()));
    }
}

package se.ledamot.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MatterSubsets;

/**
 * The motions, interpellations, questions and citizen proposals a council meeting announces under its standard item
 * for them (5 kap. 22 and 59 §§ kommunallagen): those handed in in time for it and not for the meeting before
 * ({@link MeetingCalendar#announcedAt}: an interpellation or question where it is asked, a motion at the first
 * meeting its submission rule lets it reach). One with no Inlämnad date is announced at the first meeting of the body
 * whose agenda has it (walk30: a motion put on the agenda to be referred was missing from the kallelse's list when
 * its date was left empty); the day it was registered is not used, since an archive read in today would come in
 * whole.
 */
final class NewSubmissions {
    private static final Predicate<MatterKind> ANNOUNCED = k -> k == MatterKind.MOTION
            || k == MatterKind.INTERPELLATION || k == MatterKind.QUESTION || k == MatterKind.CITIZEN_PROPOSAL;

    private NewSubmissions() {
    }

    /** For a council's meeting; {@code onAgenda} are the matters on its agenda. Dated first, by their date. */
    static List<Matter> of(Meeting meeting, Collection<Matter> onAgenda, MeetingCalendar calendar,
            AgendaStore agendas, MatterSubsets subsets) {
        List<LocalDate> before = calendar.meetingsOf(meeting.body()).stream().map(Meeting::date)
                .filter(d -> d.isBefore(meeting.date())).sorted(Comparator.reverseOrder()).toList();
        // Read from the meeting before the last one: a matter too late for the last is announced at this one.
        LocalDate since = before.size() > 1 ? before.get(1)
                : (before.isEmpty() ? meeting.date() : before.getFirst()).withDayOfYear(1).minusDays(1);
        List<Matter> dated = subsets.submittedBetween(ANNOUNCED, since, meeting.date()).stream()
                .filter(m -> calendar.announcedAt(m).filter(at -> Objects.equals(at.id(), meeting.id())).isPresent())
                .sorted(Comparator.comparing(Matter::submitted)).toList();
        List<Matter> undated = onAgenda.stream().filter(m -> m.submitted() == null && ANNOUNCED.test(m.kind()))
                .sorted(Comparator.comparing(Matter::id)).toList();
        Map<Long, List<AgendaStore.Scheduled>> schedules = agendas.schedules(undated.stream().map(Matter::id).toList());
        return Stream.concat(dated.stream(), undated.stream().filter(m -> schedules.getOrDefault(m.id(), List.of())
                .stream().map(AgendaStore.Scheduled::meeting).noneMatch(o -> o.body().equals(meeting.body())
                        && o.date().isBefore(meeting.date())))).toList();
    }
}

package se.ledamot.domain.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/** A council with the rules of a typical arbetsordning, and matters to put before it. */
final class Fixtures {
    static final Body KF = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);
    static final Body KS = new Body("KS", "Kommunstyrelsen", false, 0, 0, 0);
    static final List<SubmissionRule> KF_RULES = List.of(
            SubmissionRule.weekdayBefore(SubmissionKind.INTERPELLATION, DayOfWeek.MONDAY, 2, LocalTime.of(8, 0)),
            SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1, LocalTime.NOON),
            SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, null),
            SubmissionRule.daysBefore(SubmissionKind.WRITTEN_ANSWER, 1, LocalTime.NOON));
    private static final AtomicLong IDS = new AtomicLong(100);

    private Fixtures() {
    }

    static Meeting meeting(String body, String date) {
        return new Meeting(IDS.incrementAndGet(), body, LocalDate.parse(date), null, null, MeetingStatus.PLANNED);
    }

    static MeetingCalendar calendar(Meeting... meetings) {
        return new MeetingCalendar(List.of(KF, KS), Arrays.asList(meetings), Map.of("KF", KF_RULES));
    }

    static Matter matter(MatterKind kind, String submitted, Status status) {
        return Matter.newMatter(kind, kind.code() + " " + submitted).id(IDS.incrementAndGet())
                .submitted(submitted == null ? null : LocalDate.parse(submitted)).status(status).build();
    }
}

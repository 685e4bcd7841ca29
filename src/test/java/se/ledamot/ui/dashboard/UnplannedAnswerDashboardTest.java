package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.ui.dashboard.AttentionItem.Reason;

/**
 * The councillor's walk: an interpellation answered at a council meeting not in the calendar yet said nothing on the
 * dashboard, while the editor said "Besvaras vid sammanträdet: inte inplanerat ännu".
 */
class UnplannedAnswerDashboardTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LocalDate ONLY_MEETING = LocalDate.parse("2026-11-30");
    /** KF's one planned meeting: what is asked there is answered at the next, which is not planned. */
    private static final MeetingCalendar CALENDAR = new MeetingCalendar(
            List.of(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1)),
            List.of(Meeting.planned("KF", ONLY_MEETING).withId(1L)), Map.of());

    private static final Matter ASKED_AT_THE_NEXT = DashboardViewModelTest.interpellation("Interpellation om skolan",
            "2026-11-20", new Addressee("Anna Ek", "S", "kommunstyrelsens ordförande"), Status.SUBMITTED);
    private static final Matter NOT_ASKED_YET = DashboardViewModelTest.interpellation("Interpellation om bussen",
            "2026-12-01", new Addressee("Bo Ström", "M", null), Status.SUBMITTED);

    private static List<AttentionItem> attention(String me) {
        return DashboardFigures.of(List.of(ASKED_AT_THE_NEXT, NOT_ASKED_YET), TODAY, Optional.of(ONLY_MEETING),
                CALENDAR.deadlines(), me, "").attention();
    }

    @Test
    void anInterpellationAskedAtTheNextMeetingSaysItsAnswerMeetingIsNotPlanned() {
        assertThat(attention("")).extracting(a -> a.matter().title(), AttentionItem::reason, AttentionItem::detail)
                .containsExactly(tuple("Interpellation om skolan", Reason.DUE_AT_NEXT_MEETING,
                        "Ställs måndag 30 november · Besvaras vid sammanträdet: inte inplanerat ännu"));
    }

    @Test
    void myAnswerToWriteSaysItsMeetingIsNotPlannedRatherThanNothing() {
        assertThat(attention("Bo Ström")).filteredOn(a -> a.reason() == Reason.MY_ANSWER)
                .extracting(a -> a.matter().title(), AttentionItem::detail)
                .containsExactly(tuple("Interpellation om bussen", "Besvaras vid sammanträdet: inte inplanerat ännu"));
    }
}

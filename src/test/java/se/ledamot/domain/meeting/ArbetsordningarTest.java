package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.domain.meeting.Fixtures.matter;
import static se.ledamot.domain.meeting.Fixtures.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

class ArbetsordningarTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-14");
    private static final LocalDate THURSDAY = LocalDate.parse("2026-12-17");

    private static BodyRules kf(String preset) {
        return Arbetsordningar.find(preset).orElseThrow().rules().rulesOf("KF");
    }

    private static LocalDateTime deadline(String preset, SubmissionKind kind, LocalDate meeting) {
        return kf(preset).submission(kind).orElseThrow().deadline(meeting);
    }

    @Test
    void atLeastThreeRealArbetsordningarEachForTheCouncilAndTheBoard() {
        assertThat(Arbetsordningar.all()).extracting(Arbetsordningar.Preset::id)
                .containsExactly("ten_days", "seven_days", "monday_two_weeks", "thursday_noon");
        assertThat(Arbetsordningar.all()).allSatisfy(p -> {
            assertThat(p.rules().councilCode()).isEqualTo("KF");
            assertThat(p.rules().body("KS")).isPresent();
            assertThat(p.rules().rulesOf("KF").interpellationAnswer()).isEqualTo(AnswerRule.NEXT_MEETING);
        });
    }

    @Test
    void tenDaysBeforeWithTheAnswerTheDayBefore() {
        assertThat(deadline("ten_days", SubmissionKind.INTERPELLATION, MONDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-04T23:59"));
        assertThat(deadline("ten_days", SubmissionKind.WRITTEN_ANSWER, MONDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-13T23:59"));
        assertThat(kf("ten_days").body().firstSpeechMinutes()).isEqualTo(5);
        assertThat(kf("ten_days").body().laterSpeechMinutes()).isEqualTo(3);
    }

    @Test
    void eightOnTheMondayTwoWeeksBeforeAndForQuestionsTheThursdayTheWeekBefore() {
        assertThat(deadline("monday_two_weeks", SubmissionKind.INTERPELLATION, THURSDAY))
                .isEqualTo(LocalDateTime.parse("2026-11-30T08:00"));
        assertThat(deadline("monday_two_weeks", SubmissionKind.QUESTION, MONDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-10T08:00"));
        assertThat(deadline("monday_two_weeks", SubmissionKind.QUESTION, THURSDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-10T08:00"));
        assertThat(kf("monday_two_weeks").questionAnswer()).isEqualTo(AnswerRule.SAME_MEETING);
    }

    @Test
    void noonOnTheThursdayBeforeWithTheAnswerByEightOnTheLastWeekdayBefore() {
        assertThat(deadline("thursday_noon", SubmissionKind.INTERPELLATION, MONDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-10T12:00"));
        assertThat(deadline("thursday_noon", SubmissionKind.WRITTEN_ANSWER, MONDAY))
                .isEqualTo(LocalDateTime.parse("2026-12-11T08:00"));
        // Easter Monday 2027-03-29: the last weekday before is Maundy Thursday.
        assertThat(deadline("thursday_noon", SubmissionKind.WRITTEN_ANSWER, LocalDate.parse("2027-03-30")))
                .isEqualTo(LocalDateTime.parse("2027-03-25T08:00"));
    }

    @Test
    void aCouncilCopiesAPresetAndAdjustsItAndTheDeadlinesMove() {
        CouncilRules preset = Arbetsordningar.find("ten_days").orElseThrow().rules();
        CouncilRules ours = preset.withCouncilName("Stenungsunds kommun")
                .withBody(preset.rulesOf("KF").withAnswerRule(MatterKind.INTERPELLATION, AnswerRule.SAME_MEETING));
        assertThat(preset.rulesOf("KF").interpellationAnswer()).isEqualTo(AnswerRule.NEXT_MEETING);
        assertThat(preset.councilName()).isEmpty();
        assertThat(ours.councilName()).isEqualTo("Stenungsunds kommun");

        List<Meeting> meetings = List.of(meeting("KF", "2026-11-16"), meeting("KF", "2026-12-14"));
        Matter interpellation = matter(MatterKind.INTERPELLATION, "2026-11-05", Status.SUBMITTED);
        assertThat(new MeetingCalendar(preset, meetings).dueMeeting(interpellation).orElseThrow().date())
                .isEqualTo("2026-12-14");
        assertThat(new MeetingCalendar(ours, meetings).dueMeeting(interpellation).orElseThrow().date())
                .isEqualTo("2026-11-16");
    }

    @Test
    void aPresetCopiedOntoABodyReplacesItsRulesAndKeepsItsNameAndItsOwnSpeakingTimesUnlessItNamesSome() {
        BodyRules ours = BodyRules.lawDefaults(new Body("KF", "Kommunfullmäktige i Orust", true, 4, 2, 1))
                .withSubmission(SubmissionRule.daysBefore(SubmissionKind.MOTION, 3, null))
                .withAnswerRule(MatterKind.INTERPELLATION, AnswerRule.SAME_MEETING);

        BodyRules mariestad = Arbetsordningar.find("monday_two_weeks").orElseThrow().applyTo(ours);
        assertThat(mariestad.body()).isEqualTo(ours.body());
        assertThat(mariestad.submissions()).extracting(SubmissionRule::kind)
                .containsExactly(SubmissionKind.INTERPELLATION, SubmissionKind.QUESTION);
        assertThat(mariestad.interpellationAnswer()).isEqualTo(AnswerRule.NEXT_MEETING);

        BodyRules bollnas = Arbetsordningar.find("ten_days").orElseThrow().applyTo(ours);
        assertThat(bollnas.body().name()).isEqualTo("Kommunfullmäktige i Orust");
        assertThat(bollnas.body().firstSpeechMinutes()).isEqualTo(5);
        assertThat(bollnas.body().laterSpeechMinutes()).isEqualTo(3);
        assertThat(bollnas.body().replyMinutes()).isZero();
    }
}

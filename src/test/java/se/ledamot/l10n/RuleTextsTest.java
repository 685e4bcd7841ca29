package se.ledamot.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.DeadlineRule;
import se.ledamot.domain.DeadlineType;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.PreparationStep;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;

/** Every deadline explains itself, and every rule reads as an arbetsordning would say it. */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class RuleTextsTest {
    private static final Body KF = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);

    @AfterEach
    void backToSwedish() {
        Localization.setLocale(Localization.SWEDISH);
    }

    private static Matter interpellation(String submitted) {
        return Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolan").id(1L)
                .submitted(LocalDate.parse(submitted)).status(Status.SUBMITTED).build();
    }

    private static List<Meeting> meetings(String... dates) {
        return java.util.Arrays.stream(dates).map(d -> Meeting.planned("KF", LocalDate.parse(d))).toList();
    }

    @Test
    void anInterpellationsDeadlinesExplainBothMomentsAndTheWrittenAnswer() {
        MeetingCalendar cal = new MeetingCalendar(CouncilRules.lawDefaults(List.of(KF)),
                meetings("2026-11-16", "2026-12-14"));
        List<Deadline> all = cal.deadlines().all(interpellation("2026-11-10"));
        assertThat(all).extracting(Deadline::type)
                .containsExactly(DeadlineType.WRITTEN_ANSWER, DeadlineType.ANSWER_AT_MEETING);
        assertThat(all).allSatisfy(d -> assertThat(DeadlineText.explain(d)).isEqualTo(
                "Ställd den 16 november 2026 (KF), besvaras senast vid nästa sammanträde den 14 december 2026 "
                        + "enligt arbetsordningen (KL 5 kap. 59–63 §§); "
                        + "skriftligt svar senast den 13 december 2026."));
    }

    @Test
    void aLocalRuleShowsItsHourAndTheSubmissionItWasInTimeFor() {
        BodyRules kf = BodyRules.lawDefaults(KF)
                .withSubmission(SubmissionRule.weekdayInWeekBefore(SubmissionKind.INTERPELLATION, DayOfWeek.MONDAY,
                        2, LocalTime.of(8, 0)))
                .withWrittenAnswer(BodyRules.LAST_WEEKDAY_BEFORE_0800)
                .withAnswerRule(MatterKind.INTERPELLATION, AnswerRule.SAME_MEETING);
        MeetingCalendar cal = new MeetingCalendar(CouncilRules.lawDefaults(List.of(KF)).withBody(kf),
                meetings("2026-12-14"));
        Deadline d = cal.deadlines().nearest(interpellation("2026-11-30")).orElseThrow();
        assertThat(DeadlineText.explain(d)).isEqualTo("Ställd den 14 december 2026 (KF), besvaras vid samma "
                + "sammanträde enligt arbetsordningen; skriftligt svar senast den 11 december 2026 kl. 08.00. "
                + "Inlämnad den 30 november 2026, i tid till sammanträdet den 14 december 2026 "
                + "(sista tid den 30 november 2026 kl. 08.00).");
    }

    @Test
    void withTheNextMeetingUnplannedItSaysSo() {
        MeetingCalendar cal = new MeetingCalendar(CouncilRules.lawDefaults(List.of(KF)), meetings("2026-12-14"));
        Matter question = interpellation("2026-12-01").toBuilder().kind(MatterKind.QUESTION).build();
        var schedule = cal.answerSchedule(question).orElseThrow();
        assertThat(DeadlineText.explain(new Deadline(LocalDate.parse("2026-12-14"), DeadlineType.ANSWER_AT_MEETING,
                schedule))).isEqualTo("Ställd den 14 december 2026 (KF), besvaras vid samma sammanträde enligt "
                + "arbetsordningen.");
        var unplanned = cal.answerSchedule(interpellation("2026-12-01")).orElseThrow();
        assertThat(DeadlineText.explain(new Deadline(LocalDate.parse("2026-12-14"), DeadlineType.ANSWER_AT_MEETING,
                unplanned))).isEqualTo("Ställd den 14 december 2026 (KF), besvaras senast vid nästa sammanträde "
                + "enligt arbetsordningen (KL 5 kap. 59–63 §§); det är inte inplanerat ännu.");
    }

    @Test
    void theOneYearLimitNamesItsLawAndWhyItMoved() {
        Matter motion = Matter.newMatter(MatterKind.MOTION, "Motion").submitted(LocalDate.parse("2024-12-31"))
                .status(Status.REFERRED).build();
        assertThat(DeadlineText.explain(Deadlines.standard().nearest(motion).orElseThrow())).isEqualTo(
                "Motionen väcktes den 31 december 2024 och bör beredas så att fullmäktige kan besluta inom ett år, "
                        + "senast den 2 januari 2026 (5 kap. 35 § kommunallagen). Ettårsdagen den 31 december 2025 är "
                        + "en lördag, söndag eller helgdag, så tiden går ut nästa vardag (lag 1930:173 om beräkning av "
                        + "lagstadgad tid).");
        Matter proposal = motion.toBuilder().kind(MatterKind.CITIZEN_PROPOSAL).submitted(LocalDate.parse("2026-03-02"))
                .build();
        assertThat(DeadlineText.explain(DeadlineRule.oneYear(k -> "BUN").deadlineOf(proposal).orElseThrow()))
                .isEqualTo("Medborgarförslaget väcktes den 2 mars 2026 och bör beredas så att BUN kan besluta inom "
                        + "ett år, senast den 2 mars 2027 (8 kap. kommunallagen).");
        assertThat(Localization.get("deadline." + DeadlineType.CITIZEN_PROPOSAL_ONE_YEAR.code()))
                .isEqualTo("Ettårsgränsen för medborgarförslag");
    }

    @Test
    void rulesReadAsAnArbetsordningSaysThem() {
        assertThat(RuleText.describe(SubmissionRule.weekdayInWeekBefore(SubmissionKind.INTERPELLATION,
                DayOfWeek.MONDAY, 2, LocalTime.of(8, 0)))).isEqualTo("Senast kl. 08.00 måndagen två veckor före "
                + "sammanträdet; infaller dagen på en lördag, söndag eller helgdag gäller nästa vardag (lag 1930:173)");
        assertThat(RuleText.describe(SubmissionRule.weekdayBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1,
                LocalTime.NOON).withShift(HolidayShift.PREVIOUS_WORKING_DAY))).isEqualTo("Senast kl. 12.00 "
                + "torsdagen före sammanträdet; infaller dagen på en lördag, söndag eller helgdag gäller närmast "
                + "föregående vardag");
        assertThat(RuleText.describe(BodyRules.DAY_BEFORE))
                .isEqualTo("Senast dagen före sammanträdet, även en lördag, söndag eller helgdag");
        assertThat(RuleText.describe(SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, null)))
                .startsWith("Senast 10 dagar före sammanträdet;");
        // The arbetsordning's words, not the law's: the law leaves the answer's timing to it.
        assertThat(RuleText.describe(AnswerRule.NEXT_MEETING)).contains("närmast efter").doesNotContain("KL");
        assertThat(Arbetsordningar.all()).extracting(RuleText::name).doesNotContainNull().doesNotHaveDuplicates();
        Localization.setLocale(Localization.ENGLISH);
        assertThat(RuleText.describe(SubmissionRule.weekdayInWeekBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY,
                1, LocalTime.of(8, 0)))).startsWith("By 08:00 on the Thursday of the week before the meeting");
        // english26b: the settings read "By 08.00 on the 2th Monday" (a Swedish clock, no English ordinal).
        assertThat(java.util.stream.IntStream.of(2, 3, 4, 11, 12, 21, 22, 33, 60).mapToObj(n -> RuleText.describe(
                SubmissionRule.weekdayBefore(SubmissionKind.INTERPELLATION, DayOfWeek.MONDAY, n, LocalTime.of(8, 0)))
                .replaceAll(" Monday before.*", "")).toList()).containsExactly("By 08:00 on the 2nd",
                "By 08:00 on the 3rd", "By 08:00 on the 4th", "By 08:00 on the 11th", "By 08:00 on the 12th",
                "By 08:00 on the 21st", "By 08:00 on the 22nd", "By 08:00 on the 33rd", "By 08:00 on the 60th");
        // And "By 10 days before the meeting"; with an hour, "By 12:00 on 10 days before the meeting".
        assertThat(RuleText.describe(SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, null)))
                .startsWith("No later than 10 days before the meeting;");
        assertThat(RuleText.describe(SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, LocalTime.NOON)))
                .startsWith("By 12:00 on the day 10 days before the meeting;");
        assertThat(RuleText.describe(SubmissionRule.daysBefore(SubmissionKind.MOTION, 1, LocalTime.NOON)))
                .startsWith("By 12:00 on the day before the meeting;");
        Localization.setLocale(Localization.SWEDISH);
        assertThat(RuleText.describe(SubmissionRule.daysBefore(SubmissionKind.MOTION, 10, LocalTime.NOON)))
                .startsWith("Senast kl. 12.00 10 dagar före sammanträdet;");
    }

    @Test
    void preparationStepsReadAsARegisterWouldListThem() {
        assertThat(PreparationText.of(new PreparationStep(LocalDate.parse("2025-09-22"),
                PreparationStep.Event.REFERRED, "Kommunstyrelsen", null, null, "")))
                .isEqualTo("2025-09-22 Remitterad till Kommunstyrelsen");
        assertThat(PreparationText.of(new PreparationStep(LocalDate.parse("2026-02-10"),
                PreparationStep.Event.HANDLED, "BUN", 4, Decision.APPROVED, "Yttrande enligt förvaltningens förslag.")))
                .isEqualTo("2026-02-10 Behandlad i BUN § 4: Bifall – Yttrande enligt förvaltningens förslag.");
    }
}

package se.ledamot.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.calendar.HolidayShift;

class CouncilRulesTest {
    private final CouncilRules law = CouncilRules.lawDefaults(List.of(Fixtures.KF, Fixtures.KS));

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.key();
        }
        return null;
    }

    @Test
    void withoutSettingsTheLawsRulesApply() {
        BodyRules kf = law.rulesOf("kf");
        assertThat(kf.submissions()).isEmpty();
        assertThat(kf.answerRule(MatterKind.INTERPELLATION)).isEqualTo(AnswerRule.NEXT_MEETING);
        assertThat(kf.answerRule(MatterKind.QUESTION)).isEqualTo(AnswerRule.SAME_MEETING);
        assertThat(kf.writtenAnswer()).isEqualTo(BodyRules.DAY_BEFORE);
        assertThat(kf.writtenAnswer().shift()).isEqualTo(HolidayShift.NONE);
        assertThat(law.reportMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.OCTOBER);
        assertThat(law.citizenProposals()).isEqualTo(CitizenProposals.decidedBy("KF"));
        assertThat(law.strikeOffAfter()).isEmpty();
        assertThat(law.notice()).isEqualTo(NoticeRule.LAW);
        assertThat(law.notice().latestDay(java.time.LocalDate.of(2026, 12, 14))).hasToString("2026-12-07");
        // A body nobody has set up, say a nämnd with meetings only, has the law's rules too.
        assertThat(law.rulesOf("BUN").body().name()).isEqualTo("BUN");
    }

    @Test
    void theStoresRulesKeepTheirWrittenAnswerApart() {
        CouncilRules stored = CouncilRules.fromStored("Stenungsunds kommun", List.of(Fixtures.KF, Fixtures.KS),
                Map.of("KF", Fixtures.KF_RULES));
        BodyRules kf = stored.rulesOf("KF");
        assertThat(kf.submissions()).extracting(SubmissionRule::kind).containsExactly(SubmissionKind.INTERPELLATION,
                SubmissionKind.QUESTION, SubmissionKind.MOTION);
        assertThat(kf.writtenAnswer()).isEqualTo(Fixtures.KF_RULES.getLast());
        assertThat(kf.allRules()).containsExactlyInAnyOrderElementsOf(Fixtures.KF_RULES);
        assertThat(stored.councilName()).isEqualTo("Stenungsunds kommun");
    }

    @Test
    void medborgarforslagMayBeLeftToANamndOrNotAllowedAtAll() {
        CouncilRules toBoard = law.withBody(BodyRules.lawDefaults(new Body("BUN", "Barn- och utbildningsnämnden",
                false, 0, 0, 0))).withCitizenProposals(CitizenProposals.decidedBy("bun"));
        assertThat(toBoard.citizenProposals().decidingBody()).isEqualTo("BUN");
        assertThat(new MeetingCalendar(toBoard, List.of()).oneYearRule().deadlineOf(
                Fixtures.matter(MatterKind.CITIZEN_PROPOSAL, "2026-03-02", se.ledamot.domain.Status.SUBMITTED))
                .orElseThrow().basis()).isInstanceOfSatisfying(se.ledamot.domain.OneYearBasis.class,
                        b -> assertThat(b.decidingBody()).isEqualTo("BUN"));
        assertThat(key(() -> CitizenProposals.notAllowed("KF").checkAllowed()))
                .isEqualTo("rules.citizenProposals.notAllowed");
        CitizenProposals.decidedBy("KF").checkAllowed();
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        assertThat(key(() -> law.withReportMonths(Set.of()))).isEqualTo("rules.reportMonths.missing");
        assertThat(key(() -> law.withStrikeOffAfterMonths(-1))).isEqualTo("rules.strikeOff.negative");
        // Only a body of the council can decide its citizen proposals.
        assertThat(key(() -> law.withCitizenProposals(CitizenProposals.decidedBy("BUN"))))
                .isEqualTo("rules.citizenProposals.body");
        assertThat(key(() -> new CouncilRules("", List.of(BodyRules.lawDefaults(Fixtures.KF),
                BodyRules.lawDefaults(Fixtures.KF)), Set.of(Month.APRIL), null, null, null)))
                .isEqualTo("rules.body.twice");
        // An arbetsordning may ask for more days than 5 kap. 11 §, never fewer.
        assertThat(key(() -> law.withNotice(new NoticeRule(6)))).isEqualTo("rules.notice.fewerThanLaw");
        assertThat(law.withNotice(new NoticeRule(10)).notice().latestDay(java.time.LocalDate.of(2026, 12, 14)))
                .hasToString("2026-12-04");
        assertThat(key(() -> new BodyRules(Fixtures.KF, List.of(Fixtures.KF_RULES.getFirst(),
                Fixtures.KF_RULES.getFirst()), null, null, null))).isEqualTo("rules.submission.twice");
        assertThat(key(() -> BodyRules.lawDefaults(Fixtures.KF).withWrittenAnswer(Fixtures.KF_RULES.getFirst())))
                .isEqualTo("rules.writtenAnswer.kind");
    }

    @Test
    void adjustingOneBodyLeavesTheOthersAndTheOriginalAlone() {
        BodyRules faster = law.rulesOf("KF").withSpeakingTimes(4, 2, 1)
                .withSubmission(SubmissionRule.daysBefore(SubmissionKind.QUESTION, 3, null))
                .withoutSubmission(SubmissionKind.QUESTION)
                .withSubmission(SubmissionRule.daysBefore(SubmissionKind.QUESTION, 2, null));
        CouncilRules adjusted = law.withBody(faster);
        assertThat(adjusted.rulesOf("KF").body().firstSpeechMinutes()).isEqualTo(4);
        assertThat(adjusted.rulesOf("KF").submission(SubmissionKind.QUESTION)).hasValueSatisfying(
                r -> assertThat(r.amount()).isEqualTo(2));
        assertThat(adjusted.rulesOf("KS")).isEqualTo(law.rulesOf("KS"));
        assertThat(law.rulesOf("KF").submissions()).isEmpty();
        assertThat(adjusted.bodies()).hasSize(2);
    }
}

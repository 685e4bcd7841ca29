package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.BodyRules;
import se.ledamot.domain.meeting.CitizenProposals;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.NoticeRule;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;

@OnBothEngines
class CouncilRulesStoreTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    private OpenDatabase db;
    private CouncilRulesStore store;

    @BeforeEach
    void open() {
        db = TestDatabases.open(engine, folder);
        store = new CouncilRulesStore(db.dsl());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseRunsOnTheRulesV3StoredAndTheLawsDefaults() {
        CouncilRules rules = store.load();
        assertThat(rules.councilName()).isEmpty();
        assertThat(rules.bodyList()).extracting(Body::code).containsExactly("KF", "KS");
        BodyRules kf = rules.rulesOf("KF");
        // V3's rules had no direction: a submission moves forward, the written answer to the working day before.
        assertThat(kf.submission(SubmissionKind.INTERPELLATION).orElseThrow().shift())
                .isEqualTo(HolidayShift.NEXT_WORKING_DAY);
        assertThat(kf.writtenAnswer().shift()).isEqualTo(HolidayShift.PREVIOUS_WORKING_DAY);
        assertThat(kf.writtenAnswer().time()).isEqualTo(LocalTime.NOON);
        assertThat(kf.answerRule(MatterKind.INTERPELLATION)).isEqualTo(AnswerRule.NEXT_MEETING);
        assertThat(kf.answerRule(MatterKind.QUESTION)).isEqualTo(AnswerRule.SAME_MEETING);
        assertThat(rules.reportMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.OCTOBER);
        assertThat(rules.citizenProposals()).isEqualTo(CitizenProposals.decidedBy("KF"));
        assertThat(rules.strikeOffAfter()).isEmpty();
    }

    @Test
    void everySettingComesBackAsSaved() {
        Body bun = new Body("BUN", "Barn- och utbildningsnämnden", false, 0, 0, 0);
        BodyRules kf = store.load().rulesOf("KF")
                .withSubmission(SubmissionRule.weekdayInWeekBefore(SubmissionKind.QUESTION, DayOfWeek.THURSDAY, 1,
                        LocalTime.of(8, 0)).withShift(HolidayShift.PREVIOUS_WORKING_DAY))
                .withoutSubmission(SubmissionKind.MOTION)
                .withAnswerRule(MatterKind.INTERPELLATION, AnswerRule.SAME_MEETING)
                .withAnswerRule(MatterKind.QUESTION, AnswerRule.NEXT_MEETING)
                .withWrittenAnswer(BodyRules.LAST_WEEKDAY_BEFORE_0800)
                .withSpeakingTimes(4, 2, 1);
        CouncilRules rules = store.load().withCouncilName("Stenungsunds kommun").withBody(kf)
                .withBody(BodyRules.lawDefaults(bun))
                .withReportMonths(Set.of(Month.MARCH, Month.SEPTEMBER))
                .withCitizenProposals(CitizenProposals.decidedBy("BUN"))
                .withStrikeOffAfterMonths(18).withNotice(new NoticeRule(10));
        assertThat(store.load().notice()).isEqualTo(NoticeRule.LAW);
        store.save(rules);

        CouncilRules back = store.load();
        assertThat(back.councilName()).isEqualTo("Stenungsunds kommun");
        assertThat(back.rulesOf("KF")).isEqualTo(kf);
        assertThat(back.rulesOf("BUN")).isEqualTo(BodyRules.lawDefaults(bun));
        assertThat(back.reportMonths()).containsExactlyInAnyOrder(Month.MARCH, Month.SEPTEMBER);
        assertThat(back.citizenProposals()).isEqualTo(CitizenProposals.decidedBy("BUN"));
        assertThat(back.strikeOffAfter()).hasValue(18);
        assertThat(back.notice().daysBefore()).isEqualTo(10);
        assertThat(store.councilName()).isEqualTo("Stenungsunds kommun");

        store.save(back.withCitizenProposals(CitizenProposals.notAllowed("KF")).withStrikeOffAfterMonths(null));
        assertThat(store.load().citizenProposals().allowed()).isFalse();
        assertThat(store.load().strikeOffAfter()).isEmpty();
    }

    @Test
    void aPresetCopiedOntoTheCouncilIsStoredWholeAndTheOtherBodiesKeepTheirs() {
        CouncilRules before = store.load();
        BodyRules mariestad = Arbetsordningar.find("monday_two_weeks").orElseThrow().applyTo(before.rulesOf("KF"));
        store.save(before.withBody(mariestad));
        assertThat(store.load().rulesOf("KF")).isEqualTo(mariestad);
        assertThat(store.load().rulesOf("KF").submission(SubmissionKind.MOTION)).isEmpty();
        assertThat(store.load().rulesOf("KS")).isEqualTo(before.rulesOf("KS"));
    }

    @Test
    void aSettingOfOnesOwnIsKeptBesideTheRules() {
        CouncilSettingStore settings = new CouncilSettingStore(db.dsl());
        settings.put("notice_board", "stenungsund.se/anslagstavla");
        store.save(store.load().withCouncilName("Orusts kommun"));
        assertThat(settings.get("notice_board")).hasValue("stenungsund.se/anslagstavla");
        assertThat(settings.all()).containsEntry(CouncilRulesStore.COUNCIL_NAME, "Orusts kommun");
        settings.put("notice_board", " ");
        assertThat(settings.get("notice_board")).isEmpty();
    }

    @Test
    void aDecidingBodyThatIsGoneFallsBackToTheCouncil() {
        new CouncilSettingStore(db.dsl()).put(CouncilRulesStore.CITIZEN_PROPOSALS_BODY, "SBN");
        assertThat(store.load().citizenProposals().decidingBody()).isEqualTo("KF");
        assertThat(List.of(store.load().citizenProposals().allowed())).containsExactly(true);
    }
}

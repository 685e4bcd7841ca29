package se.ledamot.ui.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingCalendar;
import se.ledamot.domain.meeting.SubmissionKind;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.l10n.Dates;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;

/**
 * The councillor's walk: Svar showed questions, words and speaking time but not when the written answer is due
 * (the arbetsordning's "12.00 the working day before"); she had to go to Ärenden and scroll.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerDueViewModelTest {
    @TempDir
    Path folder;
    private LocalDate answeredAt;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    /** Asked at a KF meeting in ten days, answered at the next one in forty. */
    private void seed(Ledamot app) {
        LocalDate today = app.today();
        answeredAt = today.plusDays(40);
        app.meetings().add(Meeting.planned("KF", today.plusDays(10)));
        app.meetings().add(Meeting.planned("KF", answeredAt));
        app.matters().add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om integrationsenheten")
                .submitted(today.minusDays(30)).status(Status.SUBMITTED).build());
    }

    @Test
    void svarSaysWhenTheWrittenAnswerIsDueAndWhereItIsGiven(FxRobot robot) {
        robot.interact(() -> window.shell().show(AnswerScreen.ID));
        waitUntil(() -> !robot.lookup("#answerMatters").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#answerMatters").<ListView<Matter>>queryListView()
                .getSelectionModel().select(0));
        waitUntil(() -> !robot.lookup("#answerDue").queryAs(Label.class).getText().isEmpty());
        String due = robot.lookup("#answerDue").queryAs(Label.class).getText();
        assertThat(due).matches("Skriftligt svar till frågeställaren: \\d{1,2} [a-z]+ \\d{4} kl\\. \\d{2}\\.\\d{2} "
                + "\\(om \\d+ dagar\\) · Besvaras vid sammanträdet: " + Dates.date(answeredAt)
                + " \\(om \\d+ dagar\\)");
    }

    /** The text alone: the hour comes from the council's written-answer rule, here 08.00 the day before (a Tuesday meeting: Monday). */
    @Test
    void theWrittenAnswerTakesItsHourFromTheRule() {
        LocalDate first = LocalDate.parse("2026-11-16");
        LocalDate next = LocalDate.parse("2026-12-15");
        MeetingCalendar calendar = new MeetingCalendar(List.of(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1)),
                List.of(Meeting.planned("KF", first).withId(1L), Meeting.planned("KF", next).withId(2L)),
                Map.of("KF", List.of(SubmissionRule.daysBefore(SubmissionKind.WRITTEN_ANSWER, 1,
                        java.time.LocalTime.of(8, 0)))));
        Matter m = Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolan").id(1L)
                .submitted(LocalDate.parse("2026-11-01")).status(Status.SUBMITTED).build();
        assertThat(AnswerDueViewModel.of(m, calendar, LocalDate.parse("2026-12-01"))).isEqualTo(
                "Skriftligt svar till frågeställaren: 14 december 2026 kl. 08.00 (om 13 dagar)"
                        + " · Besvaras vid sammanträdet: 15 december 2026 (om 14 dagar)");
        // Svar klart (the sample's status): the answer is written and must still reach the asker in time.
        Matter ready = Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om skolan").id(2L)
                .submitted(LocalDate.parse("2026-11-01")).status(Status.ANSWER_READY).build();
        assertThat(AnswerDueViewModel.of(ready, calendar, LocalDate.parse("2026-12-01")))
                .startsWith("Skriftligt svar till frågeställaren: 14 december 2026 kl. 08.00 (om 13 dagar) · ");
    }

    /**
     * Decided in Debatt ("Anses besvarad") while a draft waits in Svar: it went on saying "Skriftligt svar … (om 14
     * dagar)" of a matter answered, and nothing of why the matter's answer is not the text shown.
     */
    @Test
    void anAnsweredMatterHasNoDeadlineAndSaysHowItsDraftGetsIn() {
        MeetingCalendar calendar = new MeetingCalendar(List.of(new Body("KF", "Kommunfullmäktige", true, 5, 3, 1)),
                List.of(Meeting.planned("KF", LocalDate.parse("2026-11-16")).withId(1L),
                        Meeting.planned("KF", LocalDate.parse("2026-12-21")).withId(2L)), Map.of());
        Matter answered = Matter.newMatter(MatterKind.INTERPELLATION, "Integrationsenhet").id(3L)
                .submitted(LocalDate.parse("2026-10-26")).status(Status.ANSWERED).build();
        assertThat(AnswerDueViewModel.of(answered, calendar, LocalDate.parse("2026-12-04"))).isEqualTo(
                "Besvarad: ingen tidsgräns löper. Det som står här förs in i ärendet först när du väljer För in svaret.");
    }
}

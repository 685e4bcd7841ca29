package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.brief.BriefExportViewModel;
import se.ledamot.ui.minutes.EntryRow;

/**
 * The secretary's story on a new data folder's sample meeting, in the real window at 1280×800 (session 18): the
 * kallelse sent, the debate brief printed, and after the meeting the protokoll written — who was present noted under
 * Upprop, the justerare under Val av justerare — kept across a restart, printed, and justerat. The papers and
 * pictures are kept in target/ as walk18-*.pdf and walk18-*.png to look at.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SecretarySampleWalkTest {
    private static final String PRESENT = "Upprop förrättas. 43 ledamöter och 2 tjänstgörande ersättare är närvarande; "
            + "Per Holm (M) kom kl. 18.20 under § 5.";
    private static final String CHOSEN = "Lena Ek (S) och Östen Müller (M) utses att tillsammans med ordföranden "
            + "justera protokollet.";

    @TempDir
    Path folder;

    private Clock clock = TestContext.CLOCK;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"))
            .openedBy((f, c) -> Ledamot.open(f, clock));

    @Test
    void theSecretaryNotesWhoWasPresentAndTheJusterareAndTheProtokollPrintsThem(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        Meeting meeting = window.plannedMeeting().orElseThrow();
        window.minutesOf(robot, meeting.id());
        items(robot);
        window.snapshot(robot, "walk18-protokoll-items");
        entriesApart(robot);

        window.dialogs.saveTo = folder.resolve("kallelse.pdf");
        robot.clickOn("#exportKallelse");
        String kallelse = window.saved(folder.resolve("kallelse.pdf"));
        keep("kallelse.pdf");
        assertThat(kallelse).contains("KALLELSE", "Upprop", "Val av justerare");
        String brief = window.print(robot, BriefExportViewModel.Kind.DEBATE, "#brief-meeting",
                (Meeting m) -> m.id() == meeting.id(), "");
        Files.write(Path.of("target", "walk18-debatt.pdf"), window.dialogs.printed.getLast().pdf().bytes());
        assertThat(brief).isNotBlank();

        // Three days after the meeting: the protokoll is written.
        window.close(robot);
        clock = Clock.fixed(meeting.date().plusDays(3).atTime(10, 0).atZone(ZoneId.of("Europe/Stockholm"))
                .toInstant(), ZoneId.of("Europe/Stockholm"));
        window.open(robot);
        window.minutesOf(robot, meeting.id());
        WindowDriver.clickShown(robot, "#minutesOpened").write("18.00");
        WindowDriver.clickShown(robot, "#minutesClosed").write("20.15");
        // The sample council's ordförande and sekreterare are there already (round 22): nothing to type.
        assertThat(robot.lookup("#minutesChair").queryTextInputControl().getText()).isEqualTo("Anders Nilsson (S)");
        assertThat(robot.lookup("#minutesSecretary").queryTextInputControl().getText()).isEqualTo("Karin Wester");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Lena Ek (S), Östen Müller (M)");
        WindowDriver.clickShown(robot, "#minutesAdjustPlace").write("Kommunkansliet");
        // The sample council's ledamöter and ersättare fetched as present (5 kap. 67 §).
        WindowDriver.clickShown(robot, "#fillAttendance");
        waitUntil(() -> robot.lookup("#attendees").queryTableView().getItems().size() == 49);
        robot.clickOn("#saveMinutes");
        window.settled();
        window.snapshot(robot, "walk18-protokoll-meeting");

        write(robot, "Upprop", PRESENT);
        write(robot, "Val av justerare", CHOSEN);
        window.snapshot(robot, "walk18-protokoll-upprop-noted");

        window.close(robot);
        window.open(robot);
        window.minutesOf(robot, meeting.id());
        items(robot);
        choose(robot, "Upprop");
        waitUntil(() -> robot.lookup("#decisionText").queryTextInputControl().getText().equals(PRESENT));
        window.snapshot(robot, "walk18-protokoll-after-restart");

        window.dialogs.saveTo = folder.resolve("protokoll.pdf");
        robot.clickOn("#exportProtokoll");
        String protokoll = window.saved(folder.resolve("protokoll.pdf"));
        keep("protokoll.pdf");
        assertThat(protokoll).containsSubsequence("Upprop", PRESENT, "Val av justerare", CHOSEN);

        meetingTab(robot);
        WindowDriver.clickShown(robot, "#minutesAdjusted").write(meeting.date().plusDays(3).toString()).type(KeyCode.ENTER);
        robot.clickOn("#saveMinutes");
        window.settled();
        window.dialogs.saveTo = folder.resolve("protokoll-justerat.pdf");
        robot.clickOn("#exportProtokoll");
        String justerat = window.saved(folder.resolve("protokoll-justerat.pdf"));
        keep("protokoll-justerat.pdf");
        window.snapshot(robot, "walk18-protokoll-justerat");
        assertThat(window.dialogs.errors).isEmpty();
        assertThat(justerat).contains(PRESENT, CHOSEN);
    }

    /**
     * Round 21: on the sample's held meeting Hämta ledamöter och ersättare found nobody, and a protokoll without who
     * took part is not justerat (5 kap. 67 §): she had to type every one. The sample council's 31 ledamöter and 18
     * ersättare are fetched, and the protokoll is justerat once it is signed.
     */
    @Test
    void theSamplesHeldMeetingIsJusteratAfterFetchingItsCouncil(FxRobot robot) throws Exception {
        window.open(robot);
        waitUntil(() -> window.plannedMeeting().isPresent());
        var services = window.shell().context().services();
        Meeting held = services.meetings().list().stream().filter(m -> m.status() == MeetingStatus.HELD)
                .filter(m -> !services.meetings().agendaOf(m.id()).entries().isEmpty()).findFirst().orElseThrow();
        window.minutesOf(robot, held.id());
        meetingTab(robot);
        WindowDriver.clickShown(robot, "#fillAttendance");
        waitUntil(() -> robot.lookup("#attendees").queryTableView().getItems().size() == 49);
        window.settled();
        window.snapshot(robot, "walk21-sample-held-fetched");
        // The sample council's ordförande and sekreterare are there already (round 22): nothing to type.
        assertThat(robot.lookup("#minutesChair").queryTextInputControl().getText()).isEqualTo("Anders Nilsson (S)");
        assertThat(robot.lookup("#minutesSecretary").queryTextInputControl().getText()).isEqualTo("Karin Wester");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Lena Ek (S), Östen Müller (M)");
        LocalDate today = LocalDate.now(clock);
        WindowDriver.clickShown(robot, "#minutesAdjusted").write(today.toString()).type(KeyCode.ENTER);
        WindowDriver.clickShown(robot, "#saveMinutes");
        window.settled();
        Label error = robot.lookup("#minutesError").queryAs(Label.class);
        waitUntil(() -> today.equals(services.papers().storedMinutes(held.id()).adjusted()), error::getText);
        window.snapshot(robot, "walk21-sample-held-justerat");
        assertThat(services.papers().storedMinutes(held.id()).attendance().deciding()).hasSize(31);
        assertThat(window.dialogs.errors).isEmpty();
    }

    /**
     * Each § in Protokoll's list reads as its own entry: "§ 15 Anmälan av nya motioner, interpellationer och frågor"
     * wrapped on two lines ran into "§ 16 Motion från …" below it, with no space between (session 18's walk).
     */
    private static void entriesApart(FxRobot robot) {
        List<Bounds> titles = robot.lookup("#minutesItems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.isVisible() && c.getGraphic() != null)
                .map(c -> c.getGraphic() instanceof Text t ? t : (Text) c.getGraphic().lookup("Text"))
                .map(t -> t.localToScene(t.getBoundsInLocal())).sorted(Comparator.comparingDouble(Bounds::getMinY))
                .toList();
        assertThat(titles).hasSizeGreaterThan(5);
        for (int i = 0; i + 1 < titles.size(); i++) {
            assertThat(titles.get(i + 1).getMinY() - titles.get(i).getMaxY()).as("space above entry %d", i + 2)
                    .isGreaterThanOrEqualTo(6);
        }
    }

    private void items(FxRobot robot) {
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabItems".equals(t.getId())).findFirst().orElseThrow()));
        window.settled();
    }

    private void meetingTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "minutesTabMeeting".equals(t.getId())).findFirst().orElseThrow()));
        window.settled();
    }

    /** Chooses the item whose title begins with {@code title} in Protokoll's list, as a person clicks it. */
    private void choose(FxRobot robot, String title) {
        ListView<EntryRow> list = robot.lookup("#minutesItems").queryListView();
        EntryRow row = list.getItems().stream().filter(r -> r.name().startsWith("§ " + r.paragraph() + "  " + title))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            list.scrollTo(row);
            list.getSelectionModel().select(row);
        });
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().number() == row.number()
                && list.getSelectionModel().getSelectedItem().item() != null);
        window.settled();
    }

    /** Writes the paragraph's text (what the minutes say under the item) and saves it. */
    private void write(FxRobot robot, String item, String text) {
        items(robot);
        choose(robot, item);
        WindowDriver.clickShown(robot, "#decisionText").write(text);
        WindowDriver.clickShown(robot, "#saveDecision");
        window.settled();
    }


    private void keep(String name) throws java.io.IOException {
        Files.copy(folder.resolve(name), Path.of("target", "walk18-" + name), StandardCopyOption.REPLACE_EXISTING);
    }
}

package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.reveal;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.ui.WindowDriver;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.StoryWindow;

/**
 * The secretary's story in the real window: a held council meeting, its kallelse saved as PDF, the protokoll written
 * (attendance, justerare, motions moved, a vote decided by the chair's casting vote, a reservation, a refused
 * reservation, the decision's wording) and the protokoll saved as PDF with all of it in its text.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MinutesFlowTest {
    @TempDir
    Path folder;

    private long meetingId;
    private long itemId;

    @RegisterExtension
    final StoryWindow window = new StoryWindow(() -> folder.resolve("data"), this::seed)
            .withScreens(MinutesScreen::install);

    /** A motion on cykelvägar, on the agenda of KF on 16 November 2026 at 18.00 in Kommunhuset. */
    static Matter motionOnCycleLanes(Ledamot app) {
        return app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-03-01")).authors(List.of(Person.parse("Jan Alexandersson (V)")))
                .proposals(List.of("kommunen bygger cykelvägar")).status(Status.PREPARED).build());
    }

    static Meeting councilOn16November(Ledamot app) {
        return app.meetings().add(new Meeting(null, "KF", LocalDate.parse("2026-11-16"), LocalTime.of(18, 0),
                "Kommunhuset", MeetingStatus.PLANNED));
    }

    private void seed(Ledamot app) {
        Matter motion = motionOnCycleLanes(app);
        Meeting kf = councilOn16November(app);
        meetingId = kf.id();
        itemId = app.meetings().addMatters(kf.id(), List.of(motion.id())).getFirst().id();
        Body council = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        app.settings().saveCouncilName("Stenungsunds kommun");
        app.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)
                .withChair(Person.parse("Åsa Öst (S)")).withSecretary("Anna Berg").withSeats(List.of(
                        Seat.member("Åsa Öst (S)"), Seat.member("Jan Alexandersson (V)"),
                        Seat.member("Östen Müller (M)"), Seat.substitute("Emma Ramhult (V)")))));
    }

    /** Clicks a field after scrolling it into view: with the theme's spacing, the tabs scroll at 1280x800. */

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSecretaryWritesTheKallelseAndTheProtokoll(FxRobot robot) throws Exception {
        Ledamot app = window.open(robot).context().services();
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        Label error = robot.lookup("#minutesError").queryAs(Label.class);

        // The settings: the meeting is sent on the web.
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        // Read in the background: in a warm JVM (after another test) the tab may come before them.
        waitUntil(() -> robot.lookup("#settingsMembers").queryTextInputControl().getText()
                .equals("Åsa Öst (S)\nJan Alexandersson (V)\nÖsten Müller (M)"));
        WindowDriver.clickShown(robot, "#settingsWebcast").write("stenungsund.se/webbtv");
        WindowDriver.clickShown(robot, "#settingsSave");
        waitUntil(() -> robot.lookup("#settingsStatus").queryLabeled().getText().equals("Inställningarna är sparade."));
        window.snapshot(robot, "minutes-settings");
        robot.interact(() -> tabs.getSelectionModel().select(0));

        // The kallelse, written off the FX thread.
        Path kallelse = folder.resolve("kallelse.pdf");
        window.dialogs.saveTo = kallelse;
        WindowDriver.clickShown(robot, "#exportKallelse");
        waitUntil(() -> status.getText().contains("kallelse.pdf"));
        assertThat(text(kallelse)).containsSubsequence("Stenungsunds kommun", "KALLELSE", "Kommunfullmäktige",
                "måndagen den 16 november 2026 kl. 18.00", "Kommunhuset", "stenungsund.se/webbtv", "Föredragningslista", "Upprop", "om cykelvägar");

        // Who was there: the seats fetched, Östen Müller taken off; justerare and times.
        WindowDriver.clickShown(robot, "#fillAttendance");
        TableView<?> attendees = robot.lookup("#attendees").queryTableView();
        waitUntil(() -> attendees.getItems().size() == 4 && robot.lookup("Östen Müller (M)").tryQuery().isPresent());
        WindowDriver.clickShown(robot, "Östen Müller (M)").type(KeyCode.DELETE);
        waitUntil(() -> attendees.getItems().size() == 3);
        WindowDriver.clickShown(robot, "#minutesOpened").write("18.00");
        WindowDriver.clickShown(robot, "#minutesClosed").write("19.30");
        WindowDriver.clickShown(robot, "#minutesAdjusters").write("Jan Alexandersson (V)");
        WindowDriver.clickShown(robot, "#saveMinutes");
        // Stored in the background: the status already said "sparat" for the attendance, so wait for the times.
        waitUntil(() -> app.papers().minutes(meetingId).closed() != null);
        waitUntil(() -> status.getText().equals("Protokollet är sparat."));
        assertThat(error.getText()).isEmpty();

        window.snapshot(robot, "minutes-meeting");

        // The item: two motions moved from the keyboard.
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> items = robot.lookup("#minutesItems").queryListView();
        assertThat(items.getItems()).extracting(Object::toString).startsWith("§ 1  Upprop",
                "§ 2  Val av justerare och tid för justering");
        robot.interact(() -> items.getSelectionModel().select(4));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("cykelvägar"));
        WindowDriver.clickShown(robot, "#motionBy").write("Jan Alexandersson (V)");
        robot.interact(() -> robot.lookup("#motionType").query().requestFocus());
        robot.type(KeyCode.M).type(KeyCode.ENTER);
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();
        waitUntil(() -> motions.getItems().size() == 1);
        WindowDriver.clickShown(robot, "#motionBy").write("Åsa Öst (S)").type(KeyCode.ENTER);
        waitUntil(() -> motions.getItems().size() == 2);
        ComboBox<?> carried = robot.lookup("#carried").queryAs(ComboBox.class);
        robot.interact(() -> carried.getSelectionModel().select(0));
        waitUntil(() -> app.papers().itemMinutes(itemId).carried() != null);

        // The vote: J and N on the two deciding members; the tie waits for the chair's casting vote.
        assertThat(robot.lookup("#voteNo").queryTextInputControl().getText())
                .isEqualTo("bifall till Jan Alexanderssons (V) yrkande");
        TableView<?> voters = robot.lookup("#voters").queryTableView();
        assertThat(voters.getItems()).hasSize(2);
        // Reached with nothing chosen in it (by Tab), the table takes the first key typed for its first row.
        robot.interact(() -> {
            voters.getSelectionModel().clearSelection();
            voters.requestFocus();
        });
        robot.type(KeyCode.J).type(KeyCode.N);
        Label tally = robot.lookup("#voteTally").queryAs(Label.class);
        waitUntil(() -> tally.getText().equals("Ja 1, nej 1, avstår 0, ej röstat 0"));
        // walk26: a key past the last member changes no vote (it cast the last one's again); back on the last row,
        // by the arrows, a key changes it.
        robot.type(KeyCode.A);
        assertThat(tally.getText()).as("the tally after a key past the last member")
                .isEqualTo("Ja 1, nej 1, avstår 0, ej röstat 0");
        robot.type(KeyCode.UP).type(KeyCode.DOWN).type(KeyCode.A);
        waitUntil(() -> tally.getText().equals("Ja 1, nej 0, avstår 1, ej röstat 0"));
        robot.type(KeyCode.UP).type(KeyCode.DOWN).type(KeyCode.N);
        waitUntil(() -> tally.getText().equals("Ja 1, nej 1, avstår 0, ej röstat 0"));
        assertThat(error.getText()).isEqualTo("Omröstningen slutade 1 mot 1. Ange ordförandens utslagsröst.");
        ChoiceBox<Choice> casting = robot.lookup("#casting").queryAs(ChoiceBox.class);
        robot.interact(() -> casting.setValue(Choice.YES));
        WindowDriver.clickShown(robot, "#saveVote");
        waitUntil(() -> error.getText().isEmpty());

        // A reservation by someone not deciding is refused; Jan's is kept.
        WindowDriver.clickShown(robot, "#reserveBy").write("Östen Müller (M)").type(KeyCode.ENTER);
        waitUntil(() -> error.getText().startsWith("Östen Müller (M) deltog inte i beslutet"));
        WindowDriver.clickShown(robot, "#reserveBy").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Jan Alexandersson (V)");
        WindowDriver.clickShown(robot, "#reserveFavour").write("eget yrkande").type(KeyCode.ENTER);
        ListView<?> reservations = robot.lookup("#minutesReservations").queryListView();
        waitUntil(() -> reservations.getItems().size() == 1);
        WindowDriver.clickShown(robot, "#decisionText").write("Kommunfullmäktige bifaller kommunstyrelsens förslag.");
        WindowDriver.clickShown(robot, "#saveDecision");

        ItemMinutes stored = app.papers().itemMinutes(itemId);
        assertThat(carried.getSelectionModel().getSelectedIndex()).as("still marked after later changes").isZero();
        assertThat(stored.motions()).hasSize(2);
        assertThat(stored.vote().outcome()).contains(Choice.YES);
        assertThat(stored.reservations()).singleElement().satisfies(r -> assertThat(r.by())
                .containsExactly(Person.parse("Jan Alexandersson (V)")));
        window.snapshot(robot, "minutes-item");

        // The protokoll, with all of it.
        Path protokoll = folder.resolve("protokoll.pdf");
        window.dialogs.saveTo = protokoll;
        WindowDriver.clickShown(robot, "#exportProtokoll");
        waitUntil(() -> status.getText().contains("protokoll.pdf"));
        assertThat(text(protokoll)).containsSubsequence("PROTOKOLL", "måndagen den 16 november 2026 kl. 18.00–19.30",
                "Jan Alexandersson (V)", "Närvarolista", "Åsa Öst (S)", "om cykelvägar",
                "Kommunfullmäktige bifaller kommunstyrelsens förslag.", "Yrkanden", "Jan Alexandersson (V) yrkar",
                "Omröstning", "Jan Alexandersson (V)", "Reservation", "Jan Alexandersson (V) reserverar sig");

        // The whole meeting for the archive, in one click.
        Path archive = folder.resolve("arkiv");
        window.dialogs.chosenFolder = archive;
        WindowDriver.clickShown(robot, "#exportMeeting");
        waitUntil(() -> status.getText().startsWith("Skrev 3 filer"));
        assertThat(archive.resolve("2026-11-16 KF Protokoll.pdf")).isRegularFile();
        assertThat(archive.resolve("manifest.csv")).isRegularFile();
        assertThat(app.papers().minutes(meetingId).adjusters()).containsExactly(
                Person.parse("Jan Alexandersson (V)"));
    }

    /**
     * Walked (walk15): the secretary types the decision's wording and then presses Spara, or writes the protokoll,
     * without the wording's own button below the fold; both said done, and the protokoll printed "Motionen bifalls"
     * instead of what she typed.
     */
    @Test
    void theWordingJustTypedIsStoredBySaveAndPrintedInTheProtokoll(FxRobot robot) throws Exception {
        Ledamot app = window.open(robot).context().services();
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        Label status = robot.lookup("#minutesStatus").queryAs(Label.class);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<?> items = robot.lookup("#minutesItems").queryListView();
        robot.interact(() -> items.getSelectionModel().select(4));
        waitUntil(() -> robot.lookup("#minutesItemTitle").queryAs(Label.class).getText().contains("cykelvägar"));

        WindowDriver.clickShown(robot, "#decisionText").write("Kommunfullmäktige bifaller motionen.");
        WindowDriver.clickShown(robot, "#saveMinutes");
        waitUntil(() -> app.meetings().item(itemId).orElseThrow().decisionText()
                .equals("Kommunfullmäktige bifaller motionen."));

        WindowDriver.clickShown(robot, "#decisionText").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write(" Kommunstyrelsen får i uppdrag att bygga.");
        Path protokoll = folder.resolve("protokoll.pdf");
        window.dialogs.saveTo = protokoll;
        WindowDriver.clickShown(robot, "#exportProtokoll");
        waitUntil(() -> status.getText().contains("protokoll.pdf"));
        assertThat(text(protokoll)).contains(
                "Kommunfullmäktige bifaller motionen. Kommunstyrelsen får i uppdrag att bygga.");
    }
}

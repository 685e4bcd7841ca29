package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.DesktopWindow;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.shell.MainWindow;

/**
 * The walk of round 21: Sammanträden listed a council meeting's agenda as the items stored for it ("Punkt 5, 6"),
 * while its kallelse printed Upprop, Val av justerare … before them. The screen shows the föredragningslista the
 * kallelse prints, the same items under the same numbers in the same order; the body's standard items are there but
 * are not moved or taken off like a matter; adding, moving and removing an item numbers the list as the kallelse
 * would, and so it is after a restart.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AgendaAsTheKallelseWindowTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final DesktopWindow window = new DesktopWindow(() -> folder, this::seed);

    private long meetingId;

    private void seed(Ledamot app) {
        long benches = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om fler bänkar längs Ågatan")
                .submitted(LocalDate.parse("2026-10-01")).status(Status.PREPARED).build()).id();
        long pool = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen")
                .submitted(LocalDate.parse("2026-10-05")).status(Status.PREPARED).build()).id();
        meetingId = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                .withPlace("Kommunhuset")).id();
        app.meetings().addMatters(meetingId, List.of(benches, pool));
    }

    @Test
    void theAgendaOnScreenIsTheKallelsesListAsItIsChanged(FxRobot robot) throws Exception {
        ListView<AgendaRow> agenda = openTheAgenda(robot, window.shell());
        assertThat(lines(agenda)).containsExactly("Punkt 1  Upprop", "Punkt 2  Val av justerare och tid för justering",
                "Punkt 3  Godkännande av kungörelse", "Punkt 4  Anmälan av nya motioner, interpellationer och frågor",
                "Punkt 5  Motion om fler bänkar längs Ågatan", "Punkt 6  Motion om simhallen",
                "Punkt 7  Meddelanden");
        assertSameAsTheKallelse(agenda);
        WindowDriver.screenshot(robot, window.shell().stage().getScene(), "agenda-as-kallelse.png");

        // A standard item is the body's: neither moved nor taken off.
        choose(robot, agenda, 0);
        assertThat(onFx(() -> List.of(button(robot, "#agenda-up"), button(robot, "#agenda-down"),
                button(robot, "#agenda-remove")).stream().allMatch(Button::isDisabled))).isTrue();

        // A free-text item added comes before the closing item; the pool moved up; the benches taken off.
        robot.clickOn("#agenda-text").write("Information från revisorerna");
        robot.clickOn("#agenda-text-add");
        waitUntil(() -> agenda.getItems().size() == 8, () -> "agenda: " + lines(agenda));
        assertThat(onFx(() -> shown(agenda.getItems().get(6)))).isEqualTo("Punkt 7  Information från revisorerna");
        assertSameAsTheKallelse(agenda);

        choose(robot, agenda, 5);
        robot.clickOn("#agenda-up");
        waitUntil(() -> onFx(() -> shown(agenda.getItems().get(4))).equals("Punkt 5  Motion om simhallen"),
                () -> "agenda: " + lines(agenda));
        assertThat(onFx(() -> agenda.getSelectionModel().getSelectedItem().heading()))
                .as("the item moved stays chosen").isEqualTo("Motion om simhallen");
        // The first matter does not go above the standard items: they open the list whatever the order stored.
        robot.clickOn("#agenda-up");
        waitUntil(() -> window.shell().context().tasks().isIdle());
        assertThat(onFx(() -> shown(agenda.getItems().get(4)))).isEqualTo("Punkt 5  Motion om simhallen");
        assertSameAsTheKallelse(agenda);

        choose(robot, agenda, 5);
        assertThat(onFx(() -> agenda.getItems().get(5).heading())).isEqualTo("Motion om fler bänkar längs Ågatan");
        robot.clickOn("#agenda-remove");
        waitUntil(() -> agenda.getItems().size() == 7, () -> "agenda: " + lines(agenda));
        assertThat(lines(agenda)).containsExactly("Punkt 1  Upprop", "Punkt 2  Val av justerare och tid för justering",
                "Punkt 3  Godkännande av kungörelse", "Punkt 4  Anmälan av nya motioner, interpellationer och frågor",
                "Punkt 5  Motion om simhallen", "Punkt 6  Information från revisorerna", "Punkt 7  Meddelanden");
        assertSameAsTheKallelse(agenda);

        // After a restart: the same list.
        List<String> before = lines(agenda);
        MainWindow reopened = window.restart();
        ListView<AgendaRow> again = openTheAgenda(robot, reopened);
        assertThat(lines(again)).isEqualTo(before);
    }

    /** Each row's number and heading are a row of the kallelse's föredragningslista, in its order and no more. */
    private void assertSameAsTheKallelse(ListView<AgendaRow> agenda) throws Exception {
        waitUntil(() -> window.shell().context().tasks().isIdle());
        Ledamot app = window.shell().context().services();
        String kallelse = text(app);
        List<String> printed = onFx(() -> agenda.getItems().stream().map(r -> r.number() + " " + r.heading()).toList());
        assertThat(kallelse).containsSubsequence(printed);
        Meeting m = app.meetings().list().stream().filter(x -> x.id() == meetingId).findFirst().orElseThrow();
        assertThat(onFx(() -> agenda.getItems().stream().map(AgendaRow::number).toList()))
                .isEqualTo(app.papers().noticeAgenda(m, app.meetings().agenda(meetingId)).stream()
                        .map(s -> s.number()).toList());
    }

    private String text(Ledamot app) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(app.papers().kallelse(meetingId), out, PdfWriter.Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\u00AD\\s*", "").replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static List<String> lines(ListView<AgendaRow> agenda) {
        return onFx(() -> agenda.getItems().stream().map(AgendaAsTheKallelseWindowTest::shown).toList());
    }

    /** A row as it reads, without its deadline: "Punkt 5  Motion om simhallen". */
    private static String shown(AgendaRow row) {
        return row.label() + "  " + row.heading();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    private ListView<AgendaRow> openTheAgenda(FxRobot robot, MainWindow shell) {
        robot.interact(() -> shell.show(MeetingsScreen.ID));
        @SuppressWarnings("unchecked")
        TableView<Meeting> meetings = (TableView<Meeting>) shell.stage().getScene().lookup("#meetings-table");
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<AgendaRow> agenda = (ListView<AgendaRow>) shell.stage().getScene().lookup("#agenda-list");
        waitUntil(() -> agenda.getItems().size() >= 2 && shell.context().tasks().isIdle());
        return agenda;
    }

    private static void choose(FxRobot robot, ListView<AgendaRow> agenda, int index) {
        robot.interact(() -> agenda.getSelectionModel().clearAndSelect(index));
        waitUntil(() -> agenda.getSelectionModel().getSelectedIndex() == index);
    }
}

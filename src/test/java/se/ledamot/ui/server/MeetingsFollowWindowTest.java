package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.meetings.AgendaRow;
import se.ledamot.ui.meetings.MeetingsScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16 in Sammanträden on a real PostgreSQL server: Karin has a meeting open while Lars, another council secretary
 * on another client, changes it and its agenda's order. His changes come into her form and agenda within the window's
 * poll without her doing anything, the meeting stays chosen, and a field she typed and has not saved keeps what she
 * typed; saving it meets his change of that field in the conflict view.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class MeetingsFollowWindowTest {
    private static final String KARIN = "meetfollow_karin";
    private static final String LARS = "meetfollow_lars";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;
    private List<AgendaItem> agenda;

    @BeforeEach
    void aMeetingWithTwoMotions() {
        logins = online.logins(KARIN, LARS, null, ServerRole.COUNCIL_SECRETARY);
        agenda = logins.motionsOnAnAgenda("Motion om simhallen", "Motion om parkbänkar");
    }

    @Test
    void larsChangesComeInAndHerTypedTimeStaysAndMeetsHis(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, KARIN, MeetingsScreen.ID);
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        ListView<AgendaRow> rows = robot.lookup("#agenda-list").queryListView();
        // The two motions on the kallelse's list, among the body's standard items (not on the agenda).
        waitUntil(() -> onAgenda(rows).size() == 2);
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        TextField time = robot.lookup("#meeting-time").queryAs(TextField.class);

        // Nothing typed: his place and his order of the agenda come in, the meeting still chosen.
        larsSaves(m -> m.withPlace("Stadshuset"));
        long first = agenda.get(0).id();
        long second = agenda.get(1).id();
        new AgendaStore(logins.second.dsl(), Clock.systemUTC()).arrange(meeting().id(), List.of(first, second),
                List.of(second, first));
        waitUntil(() -> "Stadshuset".equals(place.getText()));
        waitUntil(() -> onAgenda(rows).getFirst().item().id() == second);
        assertThat(meetings.getSelectionModel().getSelectedIndex()).isZero();

        // Karin types a time; Lars changes the time and the place: his place comes in, her time stays.
        robot.interact(() -> time.setText("19.00"));
        larsSaves(m -> new Meeting(m.id(), m.body(), m.date(), LocalTime.of(18, 30), "Folkets hus", m.status(),
                m.postedOn()));
        waitUntil(() -> "Folkets hus".equals(place.getText()));
        assertThat(time.getText()).isEqualTo("19.00");
        assertThat(meetings.getSelectionModel().getSelectedIndex()).isZero();
        // The table says what is stored (his time), not the copy her typed time started from nor her typing.
        assertThat(meetings.getItems().getFirst().time()).isEqualTo(LocalTime.of(18, 30));
        // The cells follow the items at the table's next layout pass, so wait for it rather than read before it.
        waitUntil(() -> tableCells(robot).contains("18.30"));
        assertThat(tableCells(robot)).doesNotContain("19.00");
        OnlineWindow.snapshot(robot, shell.stage(), "meetings-follow-others");

        robot.clickOn("#meeting-save");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(meeting().time()).isEqualTo(LocalTime.of(18, 30));
    }

    /**
     * Meetings31: Karin types a place, Lars puts the meeting in Folkets hus and it comes in (her typing stays), and
     * she presses Nytt sammanträde without Spara. Her place is stored with the meeting as she leaves it, but Lars's
     * stands, and that is said (it was "är sparat", hers gone without a word).
     */
    @Test
    void herPlaceLeftForANewMeetingMeetsHisAndIsSaid(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, KARIN, MeetingsScreen.ID);
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        TextField place = robot.lookup("#meeting-place").queryAs(TextField.class);
        robot.interact(() -> place.setText("Biblioteket"));
        larsSaves(m -> m.withPlace("Folkets hus"));
        waitUntil(() -> "Folkets hus".equals(WindowDriver.onFx(() -> meetings.getItems().getFirst().place())));
        assertThat(place.getText()).isEqualTo("Biblioteket");

        robot.clickOn("#meeting-new");
        String said = ": fältet Plats ändrades av någon annan medan du skrev. ”Folkets hus” står kvar; ditt"
                + " ”Biblioteket” sparades inte.";
        waitUntil(() -> notices(robot).stream().anyMatch(l -> l.startsWith("Sammanträdet ") && l.endsWith(said)),
                () -> "notices: " + notices(robot));
        OnlineWindow.snapshot(robot, shell.stage(), "meetings31-his-place-stands");
        assertThat(meeting().place()).isEqualTo("Folkets hus");
    }

    /** The lines of the notification bar, read on the FX thread (a lookup elsewhere may meet a list changing). */
    private static List<String> notices(FxRobot robot) {
        return WindowDriver.onFx(() -> robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText() != null).flatMap(l -> l.getText().lines()).toList());
    }

    private static List<String> tableCells(FxRobot robot) {
        return robot.lookup("#meetings-table .table-cell").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private Meeting meeting() {
        return new MeetingStore(logins.second.dsl(), Clock.systemUTC()).list().getFirst();
    }

    private void larsSaves(UnaryOperator<Meeting> change) {
        Meeting copy = meeting();
        assertThat(new MeetingStore(logins.second.dsl(), Clock.systemUTC()).save(copy, change.apply(copy))
                .conflicts()).isEmpty();
    }

    /** The rows of the items on the agenda. */
    private static List<AgendaRow> onAgenda(ListView<AgendaRow> rows) {
        return WindowDriver.onFx(() -> rows.getItems().stream().filter(r -> r.item() != null).toList());
    }
}

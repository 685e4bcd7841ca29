package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Protokoll's record of one item in the window tests on the server, shared by the test where the window follows
 * another secretary's saves (issue 16) and the one where a save meets them (16.5): Karin and Lars, two council
 * secretaries, the item "Motion om simhallen" with a wording, and Lars writing its minutes and wording from his own
 * copy on another client. Made in a test's {@code @BeforeEach} from its {@link OnlineWindow}.
 */
final class MinutesItemOnServer {
    final TwoLogins logins;
    final long item;
    private final String karin;
    private final String wording;

    /** @param wording the decision's wording Lars stores on the item first */
    MinutesItemOnServer(OnlineWindow online, String karin, String lars, String wording) {
        this.karin = karin;
        this.wording = wording;
        logins = online.logins(karin, lars, null, ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        words(i -> i.withDecision(null, wording));
    }

    /** Karin's window on Protokoll's items, the item open and its wording shown. */
    MainWindow openInTheWindow(FxRobot robot, OnlineWindow online) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, karin, MinutesScreen.ID);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.item() != null && r.item().id() == item));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == item).findFirst().orElseThrow()));
        TextArea text = robot.lookup("#decisionText").queryAs(TextArea.class);
        waitUntil(() -> wording.equals(text.getText()));
        return shell;
    }

    /** Lars writes the item's minutes from his own copy. */
    void records(UnaryOperator<ItemMinutes> change) {
        ItemMinutes copy = stored();
        assertThat(new MinutesStore(logins.second.dsl(), Clock.systemUTC()).save(copy, change.apply(copy))
                .conflicts()).isEmpty();
    }

    /** Lars stores the item's texts (its wording) from his own copy. */
    void words(UnaryOperator<AgendaItem> change) {
        AgendaItem copy = storedItem();
        assertThat(new AgendaStore(logins.second.dsl(), Clock.systemUTC()).saveItem(copy, change.apply(copy))
                .conflicts()).isEmpty();
    }

    /** The item's minutes as the server has them. */
    ItemMinutes stored() {
        return new MinutesStore(logins.second.dsl(), Clock.systemUTC()).itemMinutes(List.of(item)).get(item);
    }

    /** The item as the server has it. */
    AgendaItem storedItem() {
        return new AgendaStore(logins.second.dsl(), Clock.systemUTC()).item(item).orElseThrow();
    }
}

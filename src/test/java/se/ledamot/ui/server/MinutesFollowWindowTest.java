package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.MinutesStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.WindowDriver;
import se.ledamot.ui.minutes.EntryRow;
import se.ledamot.ui.minutes.MinutesScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16 in Protokoll on a real PostgreSQL server: Karin has an item's minutes open while Lars, another council
 * secretary on another client, records motions and changes the decision's wording. His motions come into her item
 * within the window's poll without her doing anything, the item stays chosen, and the wording she typed and has not
 * saved stays; saving it meets his wording in the conflict view.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MinutesFollowWindowTest {
    private static final String KARIN = "minfollow_karin";
    private static final String LARS = "minfollow_lars";
    private static final String WORDING = "Kommunfullmäktige beslutar\natt bifalla motionen.";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;
    private long item;

    @BeforeEach
    void serverWithAnItemAndItsWording() {
        logins = online.logins(KARIN, LARS, null, ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        larsWords(i -> i.withDecision(null, WORDING));
    }

    @Test
    void larsMotionsComeInAndHerTypedWordingStaysAndMeetsHis(FxRobot robot) throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, KARIN, MinutesScreen.ID);
        waitUntil(() -> robot.lookup("#minutesMeeting").queryComboBox().getValue() != null);
        TabPane tabs = robot.lookup("#minutesTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ListView<EntryRow> items = robot.lookup("#minutesItems").queryListView();
        waitUntil(() -> items.getItems().stream().anyMatch(r -> r.item() != null && r.item().id() == item));
        robot.interact(() -> items.getSelectionModel().select(items.getItems().stream()
                .filter(r -> r.item() != null && r.item().id() == item).findFirst().orElseThrow()));
        TextArea wording = robot.lookup("#decisionText").queryAs(TextArea.class);
        waitUntil(() -> WORDING.equals(wording.getText()));
        ListView<?> motions = robot.lookup("#minutesMotions").queryListView();

        larsRecords(m -> m.withMotion(motion("Bo Ek", "M")));
        waitUntil(() -> motions.getItems().size() == 1);

        // Karin types the wording; Lars changes it and records another motion: his motion comes in, her text stays.
        robot.interact(() -> wording.setText(WORDING.replace("motionen.", "motionen i sin helhet.")));
        larsWords(i -> i.withDecision(null, WORDING.replace("motionen.", "motionen genast.")));
        larsRecords(m -> m.withMotion(motion("Cia Ek", "V")));
        waitUntil(() -> motions.getItems().size() == 2);
        assertThat(wording.getText()).contains("i sin helhet");
        assertThat(items.getSelectionModel().getSelectedItem().item().id()).isEqualTo(item);
        OnlineWindow.snapshot(robot, shell.stage(), "minutes-follow-others");

        WindowDriver.reveal(robot, robot.lookup("#saveDecision").query());
        robot.clickOn("#saveDecision");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().filter(n -> n.getScene().getWindow()
                .isShowing()).isPresent());
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).contains("genast");
        assertThat(storedItem().decisionText()).contains("genast");
    }

    private static MovedMotion motion(String name, String party) {
        return new MovedMotion(new Person(name, party), MotionType.REJECT, null, List.of());
    }

    private void larsRecords(UnaryOperator<ItemMinutes> change) {
        MinutesStore store = new MinutesStore(logins.second.dsl(), Clock.systemUTC());
        ItemMinutes copy = store.itemMinutes(List.of(item)).get(item);
        assertThat(store.save(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private void larsWords(UnaryOperator<AgendaItem> change) {
        AgendaStore store = new AgendaStore(logins.second.dsl(), Clock.systemUTC());
        AgendaItem copy = store.item(item).orElseThrow();
        assertThat(store.saveItem(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private AgendaItem storedItem() {
        return new AgendaStore(logins.second.dsl(), Clock.systemUTC()).item(item).orElseThrow();
    }
}

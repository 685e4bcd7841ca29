package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.onFx;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.MatterStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.find.FindRow;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * A member's window on the shared server searches as a laptop's does (it found nothing and said "Sökningen behöver
 * en datamapp; på en delad server finns ingen än." at every start): the register's search field by word forms and
 * compounds, and Ctrl+K leading to a matter the secretariat added while the window was open.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class SearchOnServerWindowTest {
    private static final String MEMBER = "find_anna";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    @Test
    void theRegistersSearchAndCtrlKFindWhatTheSecretariatWroteOnTheServer(FxRobot robot) throws Exception {
        TwoLogins logins = online.loginAndAdmin(MEMBER, "S", ServerRole.MEMBER);
        MatterStore secretariat = new MatterStore(logins.second.dsl(), Clock.systemUTC());
        long plan = secretariat.add(Matter.newMatter(MatterKind.MOTION, "Motion om integrationsplanen").build()).id();
        secretariat.add(Matter.newMatter(MatterKind.MOTION, "Motion om nattbussar").build());
        MainWindow shell = online.connectShowing(robot, logins, MEMBER, RegisterScreen.ID);
        TableView<MatterRow> table = robot.lookup("#register-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn("#search").write("plan för integration");
        waitUntil(() -> ids(table).equals(List.of(plan)));

        long cycling = secretariat.add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om cykelvägarna")
                .build()).id();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        waitUntil(field::isFocused);
        robot.write("cykelvägen");
        ListView<FindRow> results = robot.lookup("#find-results").queryListView();
        // The hits of what was typed: a heading and the one matter (a search of half the word could show others).
        waitUntil(() -> hits(results).equals(List.of("Interpellation om cykelvägarna")));
        OnlineWindow.snapshot(robot, shell.stage(), "server-find");
        robot.type(KeyCode.ENTER);
        RegisterScreen register = (RegisterScreen) onFx(() -> shell.currentScreen().orElseThrow());
        waitUntil(() -> Long.valueOf(cycling).equals(register.editorViewModel().matterIdProperty().get()));
    }

    private static List<String> hits(ListView<FindRow> results) {
        return onFx(() -> results.getItems().stream().filter(r -> !r.isHeading()).map(r -> r.hit().label()).toList());
    }

    private static List<Long> ids(TableView<MatterRow> table) {
        return onFx(() -> table.getItems().stream().map(MatterRow::id).toList());
    }
}

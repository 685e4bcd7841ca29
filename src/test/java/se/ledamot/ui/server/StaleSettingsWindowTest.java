package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.store.CouncilRulesStore;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.settings.SettingsScreen;
import se.ledamot.ui.shell.MainWindow;

/**
 * Issue 16.5 for the council's rules in the real window (1280×800) on a real PostgreSQL server: Karin, a council
 * secretary, has Inställningar open while Lars, another secretary on another client, changes the same rules. Her
 * change of another setting and his both stay, and his comes into her screen; when both change when the report
 * proposes striking off, the conflict view says both in words, the server keeps Lars's until she chooses, and her
 * choice is what it keeps.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class StaleSettingsWindowTest {
    private static final String KARIN = "stalesetwin_karin";
    private static final String LARS = "stalesetwin_lars";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;

    @BeforeEach
    void serverWithNamedRules() {
        logins = online.logins(KARIN, LARS, null, ServerRole.COUNCIL_SECRETARY);
        larsSaves(r -> r.withCouncilName("Stenungsunds kommun"));
    }

    @Test
    void anotherSettingStaysTheSameSettingGetsTheConflictViewInWordsAndTheChoiceIsStored(FxRobot robot)
            throws Exception {
        MainWindow shell = online.connectShowing(robot, logins, KARIN, SettingsScreen.ID);
        TextField name = robot.lookup("#council-name").queryAs(TextField.class);
        TextField strikeOff = robot.lookup("#strike-off").queryAs(TextField.class);
        waitUntil(() -> "Stenungsunds kommun".equals(name.getText()));

        // Lars sets KF's speaking times and the strike-off; Karin renames the council from her stale screen.
        larsSaves(r -> r.withStrikeOffAfterMonths(18).withBody(r.rulesOf("KF").withSpeakingTimes(5, 3, 2)));
        robot.interact(() -> name.setText("Stenungsund"));
        waitForStore(() -> stored().councilName().equals("Stenungsund"));
        assertThat(stored().strikeOffAfter()).contains(18);
        assertThat(stored().rulesOf("KF").body().firstSpeechMinutes()).isEqualTo(5);
        waitUntil(() -> "18".equals(strikeOff.getText()));

        // Both change the strike-off: Lars's stands, the view asks in words.
        larsSaves(r -> r.withStrikeOffAfterMonths(24));
        robot.interact(() -> strikeOff.setText("12"));
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText())
                .contains("Föreslå avskrivning efter");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("24 månader");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).isEqualTo("12 månader");
        assertThat(stored().strikeOffAfter()).contains(24);
        assertThat(strikeOff.getText()).isEqualTo("12");
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText()).contains("samma inställning");
        OnlineWindow.snapshot(robot, shell.stage(), "stale-settings-window");
        Window view = robot.lookup("#conflict-choose-mine").query().getScene().getWindow();
        OnlineWindow.snapshot(robot, view, "stale-settings-conflict");

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());
        waitForStore(() -> stored().strikeOffAfter().orElse(0) == 12);
        CouncilRules after = stored();
        assertThat(after.councilName()).isEqualTo("Stenungsund");
        assertThat(after.rulesOf("KF").body().firstSpeechMinutes()).isEqualTo(5);
    }

    /** Lars, another council secretary on another client, saves the rules from his own copy. */
    private void larsSaves(UnaryOperator<CouncilRules> change) {
        CouncilRulesStore store = new CouncilRulesStore(logins.second.dsl());
        CouncilRules copy = store.load();
        assertThat(store.save(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private CouncilRules stored() {
        return new CouncilRulesStore(logins.second.dsl()).load();
    }
}

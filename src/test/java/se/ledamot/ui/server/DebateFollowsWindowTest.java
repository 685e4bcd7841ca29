package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitUntil;
import static se.ledamot.ui.server.DebateOnServer.ANNA_EK;
import static se.ledamot.ui.server.DebateOnServer.BO_EK;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.ui.debate.DebateScreen;

/**
 * Issue 16 in Debatt on a real PostgreSQL server: Anna has an item's speakers open while Bo, another member of group
 * S on another client, saves the list. His change comes in within the window's poll without her doing anything, the
 * speaker she chose stays chosen, and notes she is typing stay; stored as her typing pauses, they meet Bo's notes
 * for the same speaker in the conflict view.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class DebateFollowsWindowTest {
    private static final String ANNA = "debfollow_anna";
    private static final String BO = "debfollow_bo";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private OtherMember bo;

    @BeforeEach
    void serverWithAnItemAndAnnaOnTheList() {
        bo = DebateOnServer.boWithAnnaOnTheList(online, ANNA, BO);
    }

    @Test
    void anotherMembersSpeakersComeInAndTypedNotesStayAndMeetHisInTheConflictView(FxRobot robot) throws Exception {
        online.connectShowing(robot, bo.logins, ANNA, DebateScreen.ID);
        TableView<Speaker> speakers = DebateOnServer.openTheOnlyItem(robot);
        robot.interact(() -> speakers.getSelectionModel().select(0));
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);

        // Nothing typed: Bo's notes come into the list and the field, Anna Ek still chosen.
        bo.savesSpeakers(list -> List.of(ANNA_EK.withText("Bos anteckning")));
        waitUntil(() -> "Bos anteckning".equals(notes.getText()));
        assertThat(speakers.getSelectionModel().getSelectedIndex()).isZero();

        // Typed as Bo saves: her notes stay in the field and, stored once her typing pauses, meet his notes for the
        // same speaker in the conflict view, not over them (whichever comes first, his list or her pause).
        robot.interact(() -> notes.setText("Annas anteckning"));
        bo.savesSpeakers(list -> List.of(ANNA_EK.withText("Bos andra anteckning"), BO_EK));
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        assertThat(notes.getText()).isEqualTo("Annas anteckning");
        assertThat(speakers.getSelectionModel().getSelectedItem().person().name()).isEqualTo("Anna Ek");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).contains("Bos andra anteckning");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText()).contains("Annas anteckning");
        assertThat(bo.storedSpeakers().getFirst().text()).isEqualTo("Bos andra anteckning");
        OnlineWindow.snapshot(robot, online.stage(), "debate-follows-others");

        // Hers kept: stored, and Bo's new speaker with it.
        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> bo.storedSpeakers().getFirst().text().equals("Annas anteckning"));
        assertThat(bo.storedSpeakers()).extracting(s -> s.person().name()).containsExactly("Anna Ek", "Bo Ek");
    }
}

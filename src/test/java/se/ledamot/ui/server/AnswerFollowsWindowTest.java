package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import se.ledamot.WindowRobot;
import se.ledamot.WindowTest;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.store.AnswerStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;
import se.ledamot.store.online.TwoLogins;
import se.ledamot.ui.answer.AnswerScreen;

/**
 * Issue 16 in Svar on a real PostgreSQL server: Anna has the group's answer to an interpellation open while Bo, another
 * writer of group S on another client, saves it. His text comes into her editor within the window's poll without her
 * doing anything; what she types and has not stored is never replaced by his, and his is never overwritten by it. A
 * question the secretariat registers comes into the list beside it, her answer still chosen and her typing kept.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class AnswerFollowsWindowTest {
    private static final String ANNA = "ansfollow_anna";
    private static final String BO = "ansfollow_bo";
    private static final String TEXT = "Första stycket.\nAndra stycket.";

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private TwoLogins logins;
    private Matter matter;
    private AnswerStore byBo;

    @BeforeEach
    void anInterpellationWhoseAnswerBoBegan() {
        logins = online.logins(ANNA, BO, "S", ServerRole.MEMBER);
        try (OpenDatabase secretariat = logins.admin()) {
            matter = new MatterStore(secretariat.dsl(), Clock.systemUTC()).add(Matter.newMatter(
                    MatterKind.INTERPELLATION, "Interpellation om simhallen").questions(List.of("När öppnar den?"))
                    .build());
        }
        byBo = new AnswerStore(logins.second.dsl(), Clock.systemUTC(), VersionPolicy.standard());
        byBo.autosave(matter.id(), TEXT, Set.of());
    }

    @Test
    void bosTextComesInAndHersTypedStaysBesideHis(FxRobot robot) throws Exception {
        ListView<Matter> matters = openTheAnswer(robot);
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);

        bosSaves(TEXT + "\nBos stycke.");
        waitUntil(() -> (TEXT + "\nBos stycke.").equals(text.getText()));
        assertThat(matters.getSelectionModel().getSelectedIndex()).isZero();
        OnlineWindow.snapshot(robot, online.stage(), "answer-follows-others");

        // Anna types at the end as Bo changes the end too: hers stays in the editor, his on the server.
        robot.interact(() -> {
            text.appendText("\nAnnas stycke.");
            bosSaves(TEXT + "\nBos andra stycke.");
        });
        waitForStore(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent()
                || text.getText().contains("Bos andra stycke."));
        assertThat(text.getText()).contains("Annas stycke.");
        assertThat(byBo.draft(matter.id()).orElseThrow().text()).contains("Bos andra stycke.");
    }

    @Test
    void aQuestionTheSecretariatRegistersComesIntoTheListAndHerTypingStays(FxRobot robot) throws Exception {
        ListView<Matter> matters = openTheAnswer(robot);
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);

        robot.interact(() -> text.appendText("\nAnnas stycke."));
        try (OpenDatabase secretariat = logins.admin()) {
            new MatterStore(secretariat.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION,
                    "Fråga om badplatsen").questions(List.of("När städas den?")).build());
        }
        waitUntil(() -> matters.getItems().size() == 2);
        assertThat(matters.getSelectionModel().getSelectedItem().id()).isEqualTo(matter.id());
        assertThat(text.getText()).isEqualTo(TEXT + "\nAnnas stycke.");
        OnlineWindow.snapshot(robot, online.stage(), "answer-list-follows-others");
    }

    /** Anna's window on Svar with the interpellation's answer open, as Bo began it; returns the list beside it. */
    private ListView<Matter> openTheAnswer(FxRobot robot) throws Exception {
        online.connectShowing(robot, logins, ANNA, AnswerScreen.ID);
        ListView<Matter> matters = robot.lookup("#answerMatters").queryListView();
        waitUntil(() -> matters.getItems().size() == 1);
        robot.interact(() -> matters.getSelectionModel().select(0));
        TextArea text = robot.lookup("#answerText").queryAs(TextArea.class);
        waitUntil(() -> TEXT.equals(text.getText()));
        return matters;
    }

    private void bosSaves(String newText) {
        AnswerDraft copy = byBo.open(matter);
        assertThat(byBo.autosave(copy, copy.withText(newText, Instant.now())).conflicts()).isEmpty();
    }
}

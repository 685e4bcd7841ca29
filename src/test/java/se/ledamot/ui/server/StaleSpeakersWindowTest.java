package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.SYNC_CHANGE;
import static se.ledamot.ui.WindowDriver.waitForStore;
import static se.ledamot.ui.WindowDriver.waitUntil;
import static se.ledamot.ui.server.DebateOnServer.ANNA_EK;
import static se.ledamot.ui.server.DebateOnServer.BO_EK;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.store.OpenDatabase;
import se.ledamot.ui.debate.DebateScreen;
import se.ledamot.ui.debate.DebateViewModel;

/**
 * Issue 16.5 for a group's list of speakers in the real window (1280×800) on a real PostgreSQL server: Anna has the
 * debate of an item open while Bo, another member of group S on another client, changes the same list. Her new
 * speaker and Bo's both stay, and Bo's change comes into her list; when both change the same speaker's notes, the
 * conflict view opens with both lists, the server keeps Bo's until she chooses, and her choice is what it keeps.
 */
@WindowTest
@ExtendWith(WindowRobot.class)
class StaleSpeakersWindowTest {
    private static final String ANNA = "stalespkwin_anna";
    private static final String BO = "stalespkwin_bo";
    private static final Speaker CLARA_EK = new Speaker(new Person("Clara Ek", "S"), SpeechKind.SPEECH, 5, "");

    @RegisterExtension
    final OnlineWindow online = new OnlineWindow();

    private OtherMember bo;

    @BeforeEach
    void serverWithAnItemAndAnnaOnTheList() {
        bo = DebateOnServer.boWithAnnaOnTheList(online, ANNA, BO);
        try (OpenDatabase admin = bo.logins.admin()) {
            admin.dsl().execute("UPDATE app_user SET name = 'Bo Ek' WHERE login = '" + BO + "'");
        }
    }

    @Test
    void bothNewSpeakersStayAndTheSameSpeakersNotesGetTheConflictViewAndTheChoiceIsStored(FxRobot robot)
            throws Exception {
        TableView<Speaker> speakers = openTheItem(robot);

        // Bo adds himself and notes for Anna Ek; Anna adds Clara Ek from her stale list: both stay. In one go on the
        // FX thread, so that the window's following of others' saves cannot come between.
        TextField name = robot.lookup("#speakerName").queryAs(TextField.class);
        Button add = robot.lookup("#addSpeaker").queryButton();
        robot.interact(() -> {
            bo.savesSpeakers(list -> List.of(ANNA_EK.withText("Bos anteckning"), BO_EK));
            name.setText("Clara Ek (S)");
            add.fire();
        });
        List<Speaker> merged = List.of(ANNA_EK.withText("Bos anteckning"), CLARA_EK, BO_EK);
        waitForStore(() -> bo.storedSpeakers().equals(merged));
        waitUntil(() -> speakers.getItems().equals(merged));

        // Both change Anna Ek's notes: not written; the conflict view shows both lists.
        TextArea notes = robot.lookup("#speechText").queryAs(TextArea.class);
        robot.interact(() -> {
            bo.savesSpeakers(list -> List.of(ANNA_EK.withText("Bos andra anteckning"), CLARA_EK, BO_EK));
            speakers.getSelectionModel().select(0);
            notes.setText("Annas anteckning");
        });
        robot.clickOn("#saveSpeechText");
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent());
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).contains("Talarlistan");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText())
                .startsWith("Anna Ek (S) – Anförande, 3 min: Bos andra anteckning\nClara Ek (S)");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText())
                .startsWith("Anna Ek (S) – Anförande, 3 min: Annas anteckning\nClara Ek (S)");
        assertThat(bo.storedSpeakers().getFirst().text()).isEqualTo("Bos andra anteckning");
        // Who saved the other list and when (issue 16.5), as for a matter's text.
        assertThat(robot.lookup("#conflict-theirs-label").queryAs(Label.class).getText())
                .isEqualTo("Sparat av Bo Ek (S) i dag kl. " + DateTimeFormatter.ofPattern("HH.mm").format(bosSave()));
        OnlineWindow.snapshot(robot, online.stage(), "stale-speakers-window");
        Window view = robot.lookup("#conflict-choose-mine").query().getScene().getWindow();
        OnlineWindow.snapshot(robot, view, "stale-speakers-conflict");

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());
        List<Speaker> chosen = List.of(ANNA_EK.withText("Annas anteckning"), CLARA_EK, BO_EK);
        waitForStore(() -> bo.storedSpeakers().equals(chosen));
        assertThat(speakers.getItems()).isEqualTo(chosen);
    }

    /**
     * Anna adds David Ek's reply to Anna Ek's speech while Bo takes that speech off: each list keeps the rules, the two
     * merged would not (a reply to nobody). Nothing is written; the conflict view shows both lists and says which rule
     * they break together; her choice is what the server keeps.
     */
    @Test
    void listsThatBreakTheRulesOnlyTogetherGetTheConflictViewWithTheRule(FxRobot robot) throws Exception {
        TableView<Speaker> speakers = openTheItem(robot);
        Speaker davidReplies = new Speaker(new Person("David Ek", "S"), SpeechKind.REPLY, 1, "");

        ComboBox<SpeechKind> kind = robot.lookup("#speechKind").queryComboBox();
        javafx.scene.control.Spinner<Integer> minutes = robot.lookup("#speechMinutes").query();
        TextField name = robot.lookup("#speakerName").queryAs(TextField.class);
        Button add = robot.lookup("#addSpeaker").queryButton();
        // In one go on the FX thread: the window's following of Bo's save cannot come before her stale change.
        robot.interact(() -> {
            bo.savesSpeakers(list -> List.of());
            name.setText("David Ek (S)");
            kind.setValue(SpeechKind.REPLY);
            minutes.getValueFactory().setValue(1);
            add.fire();
        });
        Label error = robot.lookup("#debateError").queryAs(Label.class);
        waitUntil(() -> robot.lookup("#conflict-choose-mine").tryQuery().isPresent() || !error.getText().isEmpty());
        assertThat(error.getText()).isEmpty();
        assertThat(robot.lookup("#conflict-why").queryAs(Label.class).getText())
                .contains("var för sig arbetsordningen")
                .contains("David Ek (S) kan inte ha en replik här");
        assertThat(robot.lookup("#conflict-theirs").queryAs(TextArea.class).getText()).isEqualTo("(tomt)");
        assertThat(robot.lookup("#conflict-mine").queryAs(TextArea.class).getText())
                .isEqualTo("Anna Ek (S) – Anförande, 3 min\nDavid Ek (S) – Replik, 1 min");
        assertThat(bo.storedSpeakers()).isEmpty();
        Window view = robot.lookup("#conflict-choose-mine").query().getScene().getWindow();
        OnlineWindow.snapshot(robot, view, "stale-speakers-rules-conflict");

        robot.clickOn("#conflict-choose-mine");
        waitUntil(() -> !view.isShowing());
        waitForStore(() -> bo.storedSpeakers().equals(List.of(ANNA_EK, davidReplies)));
        assertThat(speakers.getItems()).containsExactly(ANNA_EK, davidReplies);
    }

    /** When the server noted Bo's last save of the list, in the computer's zone. */
    private ZonedDateTime bosSave() {
        try (OpenDatabase admin = bo.logins.admin()) {
            return admin.dsl().select(SYNC_CHANGE.CHANGED_AT).from(SYNC_CHANGE).join(AGENDA_ITEM)
                    .on(AGENDA_ITEM.UID.eq(SYNC_CHANGE.ENTITY_KEY)).where(SYNC_CHANGE.ENTITY.eq("speakers"))
                    .and(AGENDA_ITEM.ID.eq(bo.item)).fetchSingle().value1().atZoneSameInstant(ZoneId.systemDefault());
        }
    }

    private TableView<Speaker> openTheItem(FxRobot robot) throws Exception {
        online.connectShowing(robot, bo.logins, ANNA, DebateScreen.ID);
        return DebateOnServer.openTheOnlyItem(robot);
    }

}

package se.ledamot.ui.server;

import static se.ledamot.ui.WindowDriver.waitUntil;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import se.ledamot.domain.Person;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.service.DebateItem;

/**
 * Debatt in the window tests on the server, shared by those where the window follows others' saves and those where a
 * save meets them (issues 16 and 16.5): Anna Ek and Bo Ek of group S as speakers, and the steps that choose the
 * meeting and open an item in the window shown.
 */
final class DebateOnServer {
    static final Speaker ANNA_EK = new Speaker(new Person("Anna Ek", "S"), SpeechKind.SPEECH, 3, "");
    static final Speaker BO_EK = new Speaker(new Person("Bo Ek", "S"), SpeechKind.SPEECH, 3, "");

    private DebateOnServer() {
    }

    /** Bo on another client, and the item "Motion om simhallen" with Anna Ek on its list of speakers. */
    static OtherMember boWithAnnaOnTheList(OnlineWindow online, String anna, String bo) {
        OtherMember other = new OtherMember(online, anna, bo, "Motion om simhallen");
        other.savesSpeakers(list -> List.of(ANNA_EK));
        return other;
    }

    /** Chooses the only meeting and waits until its {@code count} items are listed. */
    static ListView<DebateItem> items(FxRobot robot, int count) {
        ComboBox<Meeting> meetings = robot.lookup("#debateMeetings").queryComboBox();
        waitUntil(() -> meetings.getItems().size() == 1);
        robot.interact(() -> meetings.setValue(meetings.getItems().getFirst()));
        ListView<DebateItem> items = robot.lookup("#debateItems").queryListView();
        waitUntil(() -> items.getItems().size() == count);
        return items;
    }

    /** Opens the meeting's only item and waits until its list shows Anna Ek alone. */
    static TableView<Speaker> openTheOnlyItem(FxRobot robot) {
        ListView<DebateItem> items = items(robot, 1);
        robot.interact(() -> items.getSelectionModel().select(0));
        TableView<Speaker> speakers = robot.lookup("#speakers").queryTableView();
        waitUntil(() -> speakers.getItems().equals(List.of(ANNA_EK)));
        return speakers;
    }

    /** Opens the item {@code index}, whose id is {@code id}, and waits until its debate's form is shown. */
    static void open(FxRobot robot, ListView<DebateItem> items, int index, long id) {
        robot.interact(() -> items.getSelectionModel().select(index));
        ComboBox<?> decision = robot.lookup("#decision").queryComboBox();
        waitUntil(() -> robot.lookup(".screen-title").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains(items.getItems().get(index).matter()
                        .title())) && decision.getItems().size() > 0 && id == items.getSelectionModel()
                        .getSelectedItem().item().id());
    }
}

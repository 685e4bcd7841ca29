package se.ledamot.ui.meetings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputControl;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;

/** The Partigrupp screen's columns, cells and fields, made the same way each time. */
final class GroupTableCells {
    private GroupTableCells() {
    }

    /**
     * Puts a position's text into a field unless it holds it already: a field set anew puts the caret at its
     * beginning, and the next key typed went before the text (a sync's rows read while she typed notes).
     */
    static void show(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    static ListCell<Meeting> meetingCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Meeting m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : MeetingText.withPlace(m));
            }
        };
    }

    /**
     * Genomgången shows a check mark: its header is one too, the word in its tooltip, so the column is as wide as the
     * mark, not the word (walk22: "Genomgången" took the room Ärende and Hållning wrapped for).
     */
    static void checkMarkHeader(TableColumn<GroupRow, String> column) {
        Label mark = new Label("✓");
        mark.setTooltip(new javafx.scene.control.Tooltip(column.getText()));
        mark.setAccessibleText(column.getText());
        column.setText("");
        column.setGraphic(mark);
        // The rows come in the agenda's order, the filter finds those not yet decided: no sort arrow's room either.
        column.setSortable(false);
    }

    static TableColumn<GroupRow, String> column(String key, Function<GroupRow, String> value) {
        TableColumn<GroupRow, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

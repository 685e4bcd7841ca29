package se.ledamot.ui.shell;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.MeetingText;

/**
 * A narrow chooser of meetings (Debatt's column): the meeting chosen reads "KF 14 dec. 2026 kl. 18.00", which fits, and
 * the list to choose from adds the place, so that two meetings of a body on one day at one time differ. Only where the
 * chooser's width is set by its column: elsewhere the list's longer texts would widen the chooser itself.
 */
public final class MeetingChooser {
    private MeetingChooser() {
    }

    public static void texts(ComboBox<Meeting> chooser) {
        chooser.setConverter(ShownAs.text(MeetingText::of));
        chooser.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Meeting m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : MeetingText.withPlace(m));
            }
        });
        ChooserWidth.fromTheFirstRows(chooser);
    }
}

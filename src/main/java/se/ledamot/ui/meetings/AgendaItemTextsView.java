package se.ledamot.ui.meetings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.WarningLine;

/**
 * Under the agenda: the chosen item's heading (a free-text item's own; a matter's item is headed by the matter's
 * title, shown but changed in the matter) and its förslag till beslut, with a button that stores them.
 */
final class AgendaItemTextsView extends VBox {
    AgendaItemTextsView(AgendaItemTextsViewModel vm) {
        super(4);
        Label title = new Label(Localization.get("meeting.ui.item.title"));
        title.getStyleClass().add("section-title");
        TextField heading = FieldLimits.watch(new TextField(), Limit.AGENDA_TEXT);
        heading.setId("agenda-item-heading");
        heading.textProperty().bindBidirectional(vm.heading());
        heading.editableProperty().bind(vm.freeText());
        Label headingLabel = new Label(Localization.get("meeting.ui.item.heading"));
        headingLabel.setLabelFor(heading);
        // In a small window the field gives way, never the label.
        headingLabel.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(AgendaView.FIELD_MIN_WIDTH);
        Label matterNote = new Label(Localization.get("meeting.ui.item.heading.matter"));
        matterNote.setWrapText(true);
        // Its lines stay whole when the agenda above takes the room (a wrapped label is squeezed to one line).
        matterNote.setMinHeight(Region.USE_PREF_SIZE);
        matterNote.visibleProperty().bind(vm.chosen().and(vm.freeText().not()));
        matterNote.managedProperty().bind(matterNote.visibleProperty());
        TextArea proposal = new TextArea();
        proposal.setId("agenda-item-proposal");
        proposal.setWrapText(true);
        proposal.setPrefRowCount(3);
        // Three lines of the proposal stay in view; the agenda above gives way (it scrolls).
        proposal.setMinHeight(Region.USE_PREF_SIZE);
        proposal.promptTextProperty().bind(vm.proposalPrompt());
        proposal.textProperty().bindBidirectional(vm.proposal());
        Label proposalLabel = new Label(Localization.get("meeting.ui.item.proposal"));
        proposalLabel.setLabelFor(proposal);
        Button save = new Button(Localization.get("meeting.ui.item.save"));
        save.setId("agenda-item-save");
        save.setOnAction(e -> vm.save());
        // On a line of its own under the button: a long message (a choice put aside, a failed save) was cut beside
        // the button, and squeezed the button to '...'.
        Label error = WarningLine.of(vm.error());
        error.setId("agenda-item-error");
        HBox headingRow = new HBox(8, headingLabel, heading);
        headingRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Label hint = new Label();
        hint.setId("agenda-item-hint");
        hint.textProperty().bind(vm.hint());
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(vm.chosen().not());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox form = new VBox(4, headingRow, matterNote, proposalLabel, proposal, save, error);
        form.disableProperty().bind(vm.chosen().not());
        getChildren().addAll(title, hint, form);
    }
}

package se.ledamot.ui.editor;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.WarningLine;

/**
 * A date typed as ÅÅÅÅ-MM-DD with, under it, why the text typed is no date: where she is looking, not at the top of
 * the form (out of sight when scrolled; its coming moved the whole form 32 px, and a click aimed at Rubrik cleared
 * Diarienummer). The refusal comes as the field is left, often by a click elsewhere: it is shown once the button is
 * released, so no field moves between the press and the release of that click.
 */
final class DateField {
    private DateField() {
    }

    /** The picker (id {@code field}) and its message line (id {@code field-problem}) under it. */
    static VBox of(EditorViewModel vm, String field, ObjectProperty<LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.setId(field);
        picker.setPromptText(Localization.get("ui.editor.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String typed) {
                Optional<Optional<LocalDate>> read = vm.parseDate(field, typed, picker.getValue() != null);
                if (read.isEmpty()) {
                    // Enter and leaving the field write the kept date's text over it after this ("31/12" typed in
                    // an empty field was emptied): what she typed is put back, to be typed right, as IsoDates does.
                    Platform.runLater(() -> picker.getEditor().setText(typed));
                }
                return read.map(d -> d.orElse(null)).orElse(picker.getValue());
            }
        });
        picker.valueProperty().bindBidirectional(property);
        // A bad date's text stays in the field while it is said wrong; another matter shows its own date.
        vm.matterIdProperty().addListener((o, was, now) -> picker.getEditor().setText(
                picker.getConverter().toString(picker.getValue())));
        StringProperty shown = new SimpleStringProperty("");
        boolean[] pressed = {false};
        Runnable show = () -> shown.set(vm.badDateProperty(field).get());
        vm.badDateProperty(field).addListener((o, was, now) -> {
            if (!pressed[0]) {
                show.run();
            }
        });
        // Watched in the scene the field is in (left, the screen is out of the scene; back, in it again).
        javafx.event.EventHandler<MouseEvent> down = e -> pressed[0] = true;
        javafx.event.EventHandler<MouseEvent> up = e -> {
            pressed[0] = false;
            show.run();
        };
        picker.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(MouseEvent.MOUSE_PRESSED, down);
                was.removeEventFilter(MouseEvent.MOUSE_RELEASED, up);
            }
            if (now != null) {
                now.addEventFilter(MouseEvent.MOUSE_PRESSED, down);
                now.addEventFilter(MouseEvent.MOUSE_RELEASED, up);
            }
        });
        Label problem = WarningLine.of(shown);
        problem.setId(field + "-problem");
        return new VBox(4, picker, problem);
    }
}

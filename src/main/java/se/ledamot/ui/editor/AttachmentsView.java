package se.ledamot.ui.editor;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.l10n.Localization;

/** The matter's original files, one line each with "Öppna" and "Spara som…"; a short note when there are none. */
final class AttachmentsView extends VBox {
    private final AttachmentsViewModel vm;

    AttachmentsView(AttachmentsViewModel vm) {
        this.vm = vm;
        setId("attachments");
        setSpacing(4);
        vm.files().subscribe(this::rebuild);
        rebuild();
    }

    private void rebuild() {
        if (vm.files().isEmpty()) {
            Label none = new Label(Localization.get("ui.attachments.none"));
            none.getStyleClass().add("placeholder");
            getChildren().setAll(none);
            return;
        }
        getChildren().setAll(vm.files().stream().map(this::row).toList());
    }

    private HBox row(AttachmentRow a) {
        Label name = new Label(a.text());
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Button open = new Button(Localization.get("ui.attachments.open"));
        open.setOnAction(e -> vm.open(a));
        Button save = new Button(Localization.get("ui.attachments.saveAs"));
        save.setOnAction(e -> vm.saveAs(a));
        HBox row = new HBox(8, name, open, save);
        row.getStyleClass().add("attachment");
        return row;
    }
}

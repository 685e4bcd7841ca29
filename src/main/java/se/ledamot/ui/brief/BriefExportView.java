package se.ledamot.ui.brief;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.shell.ChooserWidth;
import se.ledamot.ui.shell.ShownAs;

/** The export dialog's content: what to make on top, the page preview in the middle, progress and status below. */
final class BriefExportView extends BorderPane {

    /** @param close hides the export window (its Stäng button, and Escape) */
    BriefExportView(BriefExportViewModel vm, Runnable close) {
        ChoiceBox<BriefExportViewModel.Kind> kind = new ChoiceBox<>();
        kind.setId("brief-kind");
        kind.getItems().setAll(BriefExportViewModel.Kind.values());
        kind.setConverter(ShownAs.text(BriefExportViewModel.Kind::label));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ComboBox<Matter> matter = new ComboBox<>(vm.matters());
        matter.setId("brief-matter");
        matter.setPromptText(Localization.get("brief.ui.matter.prompt"));
        matter.setMaxWidth(Double.MAX_VALUE);
        ChooserWidth.fromTheFirstRows(matter);
        matter.setConverter(ShownAs.text(m -> (m.number() == null ? "" : m.number() + "  ") + m.title()));
        matter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Matter m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : matter.getConverter().toString(m));
            }
        });
        matter.valueProperty().bindBidirectional(vm.matterProperty());

        ComboBox<Meeting> meeting = new ComboBox<>(vm.meetings());
        meeting.setId("brief-meeting");
        meeting.setMaxWidth(Double.MAX_VALUE);
        ChooserWidth.fromTheFirstRows(meeting);
        meeting.setConverter(ShownAs.text(MeetingText::withPlace));
        meeting.valueProperty().bindBidirectional(vm.meetingProperty());

        TextField group = new TextField();
        group.setId("brief-group");
        group.setPromptText(Localization.get("brief.ui.group.prompt"));
        group.textProperty().bindBidirectional(vm.groupProperty());
        TextField council = new TextField();
        council.setPromptText(Localization.get("brief.ui.council.prompt"));
        council.textProperty().bindBidirectional(vm.councilProperty());

        var isDebate = vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.DEBATE);
        var isPaper = vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.KALLELSE)
                .or(vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.HANDLINGAR))
                .or(vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.PROTOKOLL));
        var isMatter = vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.MATTER)
                .or(vm.kindProperty().isEqualTo(BriefExportViewModel.Kind.ANSWER));
        GridPane form = new GridPane(10, 6);
        form.setPadding(new Insets(12));
        form.addRow(0, new Label(Localization.get("brief.ui.kind")), kind);
        Label matterLabel = new Label(Localization.get("brief.ui.matter"));
        form.addRow(1, matterLabel, matter);
        Label meetingLabel = new Label(Localization.get("brief.ui.meeting"));
        form.addRow(2, meetingLabel, meeting);
        Label groupLabel = new Label(Localization.get("brief.ui.group"));
        form.addRow(3, groupLabel, group);
        Label councilLabel = new Label(Localization.get("brief.ui.council"));
        form.addRow(4, councilLabel, council);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        for (var node : new javafx.scene.Node[] {matterLabel, matter}) {
            node.visibleProperty().bind(isMatter);
            node.managedProperty().bind(isMatter);
        }
        for (var node : new javafx.scene.Node[] {groupLabel, group}) {
            node.visibleProperty().bind(isDebate);
            node.managedProperty().bind(isDebate);
        }
        // The secretary's papers are of a meeting too; their council's name comes from the papers' settings.
        for (var node : new javafx.scene.Node[] {meetingLabel, meeting}) {
            node.visibleProperty().bind(isDebate.or(isPaper));
            node.managedProperty().bind(isDebate.or(isPaper));
        }
        for (var node : new javafx.scene.Node[] {councilLabel, council}) {
            node.visibleProperty().bind(isPaper.not());
            node.managedProperty().bind(isPaper.not());
        }

        Button preview = button("brief-preview", "brief.ui.preview", vm::preview);
        Button save = button("brief-save", "brief.ui.save", vm::save);
        Button print = button("brief-print", "brief.ui.print", vm::print);
        preview.setDefaultButton(true);
        for (Button b : new Button[] {preview, save, print}) {
            b.disableProperty().bind(vm.readyProperty().not());
        }
        Button closeButton = button("brief-close", "brief.ui.close", close);
        closeButton.setCancelButton(true);
        Region apart = new Region();
        HBox.setHgrow(apart, Priority.ALWAYS);
        HBox actions = new HBox(8, preview, save, print, apart, closeButton);
        actions.setPadding(new Insets(0, 12, 12, 12));
        setTop(new javafx.scene.layout.VBox(form, actions));

        ImageView page = new ImageView();
        page.setId("brief-page");
        page.setPreserveRatio(true);
        vm.pageImageProperty().addListener((o, was, now) -> page.setImage(now == null ? null : toFx(now)));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("brief-preview");
        paper.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        Label empty = new Label(Localization.get("brief.ui.noPreview"));
        empty.visibleProperty().bind(vm.pdfProperty().isNull());
        setCenter(new StackPane(scroll, empty));

        Button previous = button("brief-previous", "brief.ui.previousPage",
                () -> vm.pageProperty().set(vm.pageProperty().get() - 1));
        Button next = button("brief-next", "brief.ui.nextPage",
                () -> vm.pageProperty().set(vm.pageProperty().get() + 1));
        Label pageLabel = new Label();
        pageLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.pdfProperty().get() == null ? ""
                : Localization.get("brief.footer", vm.pageProperty().get() + 1, vm.pdfProperty().get().pages()),
                vm.pdfProperty(), vm.pageProperty()));
        previous.disableProperty().bind(vm.pdfProperty().isNull().or(vm.pageProperty().lessThanOrEqualTo(0)));
        next.disableProperty().bind(vm.pdfProperty().isNull().or(Bindings.createBooleanBinding(
                () -> vm.pdfProperty().get() == null || vm.pageProperty().get() >= vm.pdfProperty().get().pages() - 1,
                vm.pdfProperty(), vm.pageProperty())));

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(180);
        Button cancel = button("brief-cancel", "brief.ui.cancel", vm::cancel);
        vm.taskProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });
        progress.visibleProperty().bind(vm.busyProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("brief-status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, previous, pageLabel, next, gap, status, progress, cancel);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 12, 8, 12));
        setBottom(bottom);
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Localization.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A rendered page as a JavaFX image, copied pixel by pixel (no javafx.swing needed). */
    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}

package se.ledamot.ui.editor;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import se.ledamot.domain.Deadline;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.UndatedDeadline;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.FollowFocus;
import se.ledamot.ui.sync.ConflictView;
import se.ledamot.ui.shell.ShownAs;

/** The form for every field of a matter, and its timeline. Thin: all state and rules are in the view model. */
public final class EditorView extends StackPane {
    private static final PseudoClass NOT_ALLOWED = PseudoClass.getPseudoClass("not-allowed");

    private final EditorViewModel vm;
    private final GridPane form = new GridPane();
    private final TextField title = new TextField();
    private final ObjectProperty<Deadline> deadline = new SimpleObjectProperty<>();
    private final ObjectProperty<UndatedDeadline> undated = new SimpleObjectProperty<>();
    private int row;
    private final ScrollPane scroll;

    public EditorView(EditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("editor");
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        // While another matter waits for this one's saves, the form is held still; only after a moment, so that a
        // normal disk shows no flicker (what is typed meanwhile is saved before the other matter is shown).
        PauseTransition holdStill = new PauseTransition(Duration.millis(300));
        holdStill.setOnFinished(e -> form.setDisable(true));
        vm.switchingProperty().addListener((o, was, now) -> {
            holdStill.stop();
            if (now) {
                holdStill.playFromStart();
            } else {
                form.setDisable(false);
            }
        });
        // The labels' column as wide as its longest label (each is never narrower than its words): a fixed 120 px,
        // sized for Swedish, cut the English "Registration number" to "Registration nu…" (walk26).
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);

        // A save that met another window's change of the same field (on a shared server) is settled side by side.
        ConflictView[] conflicts = new ConflictView[1];
        vm.setOnConflicts(list -> {
            if (conflicts[0] == null) {
                conflicts[0] = new ConflictView(getScene().getWindow(), new ConflictView.Chooser() {
                    @Override
                    public void choose(Conflict c, Resolution choice, String text, Runnable after, Runnable failed) {
                        vm.choose(c, choice, text, after, failed);
                    }

                    @Override
                    public void later() {
                        vm.later();
                    }
                });
            }
            conflicts[0].show(list);
        });

        Label problem = new Label();
        problem.setId("problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        form.add(problem, 0, row++, 2, 1);

        ComboBox<MatterKind> kind = new ComboBox<>();
        kind.getItems().setAll(MatterKind.values());
        kind.setConverter(ShownAs.text(Localization::kind));
        kind.setValue(vm.kindProperty().get());
        vm.kindProperty().addListener((o, was, now) -> kind.setValue(now));
        kind.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.kindProperty().get() && !vm.requestKind(now)) {
                // Refused (a citizen proposal where the council takes none): the reason is in a notification.
                Platform.runLater(() -> kind.setValue(vm.kindProperty().get()));
            }
        });
        add("ui.field.kind", kind, "kind");

        add("ui.field.number", FieldLimits.watch(text(vm.numberProperty()), Limit.NUMBER), "number");
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.getStyleClass().add("title-field");
        FieldLimits.watch(title, Limit.TITLE);
        add("ui.field.title", title, "title");
        add("ui.field.submitted", DateField.of(vm, "submitted", vm.submittedProperty()), null);
        add("ui.field.place", FieldLimits.watch(text(vm.placeProperty()), Limit.PLACE), "place");
        TextField authors = text(vm.authorsProperty());
        authors.setPromptText(Localization.get("ui.editor.authors.prompt"));
        add("ui.field.authors", authors, "authors");

        TextField addresseeName = FieldLimits.watch(text(vm.addresseeNameProperty()), Limit.NAME);
        addresseeName.setId("addressee-name");
        addresseeName.setPromptText(Localization.get("ui.editor.addressee.name"));
        TextField addresseeParty = FieldLimits.watch(text(vm.addresseePartyProperty()), Limit.PARTY);
        addresseeParty.setId("addressee-party");
        addresseeParty.setPromptText(Localization.get("ui.editor.addressee.party"));
        addresseeParty.setPrefColumnCount(5);
        // The party is a short word, but never so short that the field shrinks to a sliver beside the name.
        addresseeParty.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField addresseeRole = FieldLimits.watch(text(vm.addresseeRoleProperty()), Limit.ROLE);
        addresseeRole.setId("addressee-role");
        addresseeRole.setPromptText(Localization.get("ui.editor.addressee.role"));
        HBox addressee = new HBox(8, addresseeName, addresseeParty, addresseeRole);
        HBox.setHgrow(addresseeName, Priority.ALWAYS);
        HBox.setHgrow(addresseeRole, Priority.ALWAYS);
        add("ui.field.addressee", addressee, null);

        add("ui.field.responsible_body", FieldLimits.watch(text(vm.responsibleBodyProperty()),
                Limit.RESPONSIBLE_BODY), "responsible-body");
        add("ui.field.status", statusBox(), null);
        add("ui.editor.deadline", deadlineBox(), null);

        ComboBox<Decision> decision = new ComboBox<>(vm.decisionChoices());
        StringConverter<Decision> decisionName = ShownAs.text(Localization::decision,
                Localization.get("ui.editor.none"));
        decision.setConverter(decisionName);
        // The choices change with the matter's kind; the box's own cell then kept showing nothing for the value.
        ListCell<Decision> shown = new ListCell<>() {
            @Override
            protected void updateItem(Decision item, boolean empty) {
                super.updateItem(item, empty);
                setText(decisionName.toString(decision.getValue()));
            }
        };
        decision.setButtonCell(shown);
        decision.valueProperty().addListener((o, was, now) -> shown.setText(decisionName.toString(now)));
        decision.valueProperty().bindBidirectional(vm.decisionProperty());
        add("ui.field.decision", decision, "decision");

        add("ui.field.reply_by", DateField.of(vm, "reply-by", vm.replyByProperty()), null);
        TextField tags = text(vm.tagsProperty());
        tags.setPromptText(Localization.get("ui.editor.tags.prompt"));
        add("ui.field.tags", tags, "tags");
        add("ui.field.body", area(vm.bodyProperty(), 8), "body");
        // Only the lists the kind has (an interpellation asks questions), and any list that holds something.
        shownWhen(vm.showsProposals(), add("ui.field.proposals", new ItemListView(vm.proposals(), "proposals"),
                "proposals"));
        shownWhen(vm.showsQuestions(), add("ui.field.questions", new ItemListView(vm.questions(), "questions"),
                "questions"));
        add("ui.field.answer", area(vm.answerProperty(), 6), "answer");

        ListView<TimelineEntry> timeline = new ListView<>(vm.timeline());
        timeline.setId("timeline");
        timeline.setPrefHeight(150);
        timeline.setFocusTraversable(false);
        timeline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.when() + "   " + entry.what());
            }
        });
        add("ui.editor.timeline", timeline, null);
        add("ui.attachments.title", new AttachmentsView(vm.attachments()), null);

        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        FollowFocus.follow(scroll);
        Label empty = new Label(Localization.get("ui.editor.nothingSelected"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        var editing = vm.matterIdProperty().isNotNull();
        scroll.visibleProperty().bind(editing);
        empty.visibleProperty().bind(editing.not());
        getChildren().addAll(empty, scroll);
    }

    /**
     * Puts the cursor in the title, with the title selected so a new matter's title can be typed over. While the
     * title cannot take the keys (the form held still while the matter before is saved, or not shown yet), it takes
     * them as soon as it can: asked then, the keys stayed where they were (in the navigation, say).
     */
    public void focusTitle() {
        if (titleCanTakeKeys()) {
            title.requestFocus();
            title.selectAll();
            return;
        }
        InvalidationListener[] once = {null};
        once[0] = o -> {
            if (titleCanTakeKeys()) {
                title.disabledProperty().removeListener(once[0]);
                scroll.visibleProperty().removeListener(once[0]);
                title.sceneProperty().removeListener(once[0]);
                focusTitle();
            }
        };
        title.disabledProperty().addListener(once[0]);
        scroll.visibleProperty().addListener(once[0]);
        title.sceneProperty().addListener(once[0]);
    }

    private boolean titleCanTakeKeys() {
        return title.getScene() != null && !title.isDisabled() && scroll.isVisible();
    }

    private static void shownWhen(javafx.beans.binding.BooleanBinding shown, Node... row) {
        for (Node n : row) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    /** Adds a labelled row to the form; returns its label and field. */
    private Node[] add(String labelKey, Node field, String id) {
        Label label = new Label(Localization.get(labelKey));
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        // Never narrower than its words, whatever the language: the column is as wide as the widest.
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (id != null) {
            field.setId(id);
        }
        GridPane.setFillWidth(field, true);
        GridPane.setValignment(label, VPos.TOP);
        // Level with the first line of the field beside it (Primer's fields are 32 px high).
        label.setPadding(new Insets(8, 0, 0, 0));
        form.addRow(row++, label, field);
        return new Node[] {label, field};
    }

    private static TextField text(StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    /** The matter's nearest deadline and, under it, the rule and the dates it was computed from. */
    private VBox deadlineBox() {
        Label when = new Label();
        when.setId("deadline");
        when.setWrapText(true); // "Besvaras vid sammanträdet: 4 januari 2027" is wider than the editor's field column
        Label why = new Label();
        why.setId("deadline-rule");
        why.setWrapText(true);
        why.getStyleClass().add("hint");
        Runnable show = () -> {
            Deadline d = deadline.get();
            UndatedDeadline u = undated.get();
            when.setText(d != null ? DeadlineText.when(d) : u != null ? DeadlineText.when(u) : Localization.get("ui.editor.noDeadline"));
            why.setText(d != null ? DeadlineText.explain(d) : u != null ? DeadlineText.explain(u) : "");
        };
        deadline.addListener((o, was, d) -> show.run());
        undated.addListener((o, was, u) -> show.run());
        show.run();
        when.setPadding(new Insets(4, 0, 0, 0));
        return new VBox(2, when, why);
    }

    /**
     * The deadline the editor shows: the one the register shows for the matter (the register binds it), so the two
     * never differ.
     */
    public ObjectProperty<Deadline> deadlineProperty() {
        return deadline;
    }

    /** Shown when there is no deadline: a clock that runs without a date yet; bound as the deadline is. */
    public ObjectProperty<UndatedDeadline> undatedProperty() {
        return undated;
    }

    private VBox statusBox() {
        ComboBox<Status> status = new ComboBox<>(vm.statusChoices());
        status.setConverter(ShownAs.text(s -> Localization.status(vm.kindProperty().get(), s)));
        status.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Status s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Localization.status(vm.kindProperty().get(), s));
                pseudoClassStateChanged(NOT_ALLOWED, !empty && s != null && s != vm.statusProperty().get()
                        && !vm.allowedStatuses().contains(s));
            }
        });
        status.setId("status");
        status.setValue(vm.statusProperty().get());
        vm.statusProperty().addListener((o, was, now) -> status.setValue(now));
        vm.statusChoices().addListener((javafx.collections.ListChangeListener<Status>) c ->
                status.setValue(vm.statusProperty().get()));
        status.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.statusProperty().get() && !vm.requestStatus(now)) {
                // Refused: the reason is in a notification; show the status the matter still has.
                Platform.runLater(() -> status.setValue(vm.statusProperty().get()));
            }
        });
        Label hint = new Label(Localization.get("ui.editor.status.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(4, status, hint);
    }
}

package se.ledamot.ui.importer;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.OcrFigure;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;

/** The import preview: the files on the left, the selected file's fields on the right, unsure ones marked. */
final class ImportView extends BorderPane {
    private final ImportViewModel vm;
    private final GridPane form = new GridPane();
    private final Label warnings = new Label();
    private final java.util.Map<MatterField, Label> labels = new java.util.EnumMap<>(MatterField.class);
    private final java.util.Map<MatterField, Label> ocrLabels = new java.util.EnumMap<>(MatterField.class);
    private static final double MEETING_DIVIDER = 0.3;
    private boolean filling;
    private SplitPane split;

    ImportView(ImportViewModel vm, Runnable chooseFiles, Runnable chooseFolder) {
        this.vm = vm;
        Button files = button("import-files", "importer.ui.chooseFiles", chooseFiles);
        Button folder = button("import-folder", "importer.ui.chooseFolder", chooseFolder);
        Button store = button("import-store", "importer.ui.store", vm::storeIncluded);
        Button cancel = button("import-cancel", "importer.ui.cancel", vm::cancel);
        ProgressBar progress = new ProgressBar(0);
        progress.setId("import-progress");
        progress.setPrefWidth(200);
        vm.taskProperty().addListener((o, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });
        var busy = Bindings.createBooleanBinding(vm::isBusy, vm.phaseProperty());
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        files.disableProperty().bind(busy);
        folder.disableProperty().bind(busy);
        store.disableProperty().bind(busy.or(Bindings.isEmpty(vm.rows())));
        Label hint = new Label(Localization.get("importer.ui.hint"));
        hint.getStyleClass().add("hint");
        hint.setMinWidth(0);
        // In a narrow window the hint takes a second line rather than end in "innan du s…".
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(8, files, folder, store, progress, cancel, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);

        TableView<ImportRow> table = new TableView<>(vm.rows());
        table.setId("import-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(Localization.get("importer.ui.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportRow, Boolean> include = new TableColumn<>(Localization.get("importer.ui.column.include"));
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setMaxWidth(80);
        TableColumn<ImportRow, String> title = column("importer.ui.column.title",
                i -> i.isFailed() ? "" : i.isMeeting() ? MeetingImportText.title(i.meeting().draft())
                        : matter(i).title());
        TableColumn<ImportRow, String> state = stateColumn();
        table.getColumns().setAll(List.of(include,
                column("importer.ui.column.file", i -> java.nio.file.Path.of(i.file()).getFileName().toString()),
                column("importer.ui.column.kind", i -> i.isFailed() ? "" : i.isMeeting()
                        ? Localization.get("importer.meeting.kind") : Localization.kind(matter(i).kind())),
                title,
                column("importer.ui.column.submitted", ImportView::day),
                state));
        se.ledamot.ui.shell.ColumnFit.apply(table, List.of(title, state));
        // Both ways: the user picks a row, and the view model selects the first file after reading.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        warnings.setWrapText(true);
        warnings.getStyleClass().add("hint");
        VBox detail = new VBox(8, form, warnings);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        vm.selectedProperty().addListener((o, was, now) -> fill(now));
        // A kallelse's preview follows its plan: worked out again after a correction, and stored.
        javafx.beans.value.ChangeListener<ImportItem> replanned = (o, was, now) -> {
            if (now.isMeeting()) {
                fill(vm.selectedProperty().get());
            }
        };
        vm.selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.itemProperty().removeListener(replanned);
            }
            if (now != null) {
                now.itemProperty().addListener(replanned);
            }
        });
        split = new SplitPane(table, scroll);
        se.ledamot.ui.shell.SideOrBelow.apply(split, table, 0.55, 0.5);
        setCenter(split);
        fill(null);
    }

    /** The day a matter was submitted, or the day a meeting document calls the meeting for. */
    private static String day(ImportItem i) {
        if (i.isFailed()) {
            return "";
        }
        java.time.LocalDate d = i.isMeeting() ? i.meeting().draft().date() : matter(i).submitted();
        return d == null ? "" : d.toString();
    }

    private static Matter matter(ImportItem i) {
        return i.stored() != null ? i.stored() : i.draft().matter();
    }

    private TableColumn<ImportRow, String> stateColumn() {
        TableColumn<ImportRow, String> c = new TableColumn<>(Localization.get("importer.ui.column.state"));
        c.setCellValueFactory(cell -> Bindings.createStringBinding(cell.getValue()::state,
                cell.getValue().itemProperty()));
        return c;
    }

    private static TableColumn<ImportRow, String> column(String key, Function<ImportItem, String> value) {
        TableColumn<ImportRow, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> value.apply(cell.getValue().item()),
                cell.getValue().itemProperty()));
        return c;
    }

    /** The selected file's fields, each with its label marked when the importer was unsure or found nothing. */
    private void fill(ImportRow row) {
        filling = true;
        form.getChildren().clear();
        labels.clear();
        ocrLabels.clear();
        warnings.setText("");
        if (row == null || row.item().isFailed()) {
            // Why a file was refused can take a few lines; it is read in full, not cut off.
            Label why = new Label(row == null ? Localization.get("importer.ui.noSelection") : row.state());
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            form.add(why, 0, 0);
            filling = false;
            return;
        }
        if (row.item().isMeeting()) {
            MeetingPreview meeting = new MeetingPreview(row.item().meeting(), vm::editMeeting);
            // A meeting's agenda needs the room more than the list of files does.
            if (split != null && split.getDividerPositions()[0] > MEETING_DIVIDER) {
                split.setDividerPositions(MEETING_DIVIDER);
            }
            form.add(meeting, 0, 0, 2, 1);
            GridPane.setHgrow(meeting, Priority.ALWAYS);
            filling = false;
            return;
        }
        Matter m = matter(row.item());
        ComboBox<MatterKind> kind = new ComboBox<>();
        kind.getItems().setAll(MatterKind.values());
        kind.setButtonCell(kindCell());
        kind.setCellFactory(l -> kindCell());
        kind.setValue(m.kind());
        kind.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null) {
                commit(MatterField.KIND, "", t -> vm.editKind(now));
            }
        });
        int r = partTarget(row);
        r = add(row, r, MatterField.KIND, kind);
        r = add(row, r, MatterField.TITLE, FieldLimits.watch(text("import-title", MatterField.TITLE, m.title(),
                vm::editTitle), Limit.TITLE));
        r = add(row, r, MatterField.SUBMITTED, text("import-submitted", MatterField.SUBMITTED, iso(m.submitted()), vm::editSubmitted));
        r = add(row, r, MatterField.PLACE, FieldLimits.watch(text("import-place", MatterField.PLACE, m.place(),
                vm::editPlace), Limit.PLACE));
        r = add(row, r, MatterField.AUTHORS, text("import-authors", MatterField.AUTHORS, m.authors().stream().map(Person::display)
                .collect(Collectors.joining("; ")), vm::editAuthors));
        r = add(row, r, MatterField.ADDRESSEE, text("import-addressee", MatterField.ADDRESSEE, m.addressee() == null ? ""
                : new Person(Objects.requireNonNullElse(m.addressee().name(),
                        Objects.requireNonNullElse(m.addressee().role(), "-")), m.addressee().party()).display(),
                vm::editAddressee));
        r = add(row, r, MatterField.REPLY_BY, text("import-reply-by", MatterField.REPLY_BY, iso(m.replyBy()), vm::editReplyBy));
        r = add(row, r, MatterField.PROPOSALS, area("import-proposals", MatterField.PROPOSALS, String.join("\n", m.proposals()),
                vm::editProposals));
        r = add(row, r, MatterField.QUESTIONS, area("import-questions", MatterField.QUESTIONS, String.join("\n", m.questions()),
                vm::editQuestions));
        add(row, r, MatterField.ANSWER, area("import-answer", MatterField.ANSWER, m.answer(), vm::editAnswer));
        boolean editable = row.item().stored() == null;
        form.getChildren().stream().filter(n -> !(n instanceof Label)).forEach(n -> n.setDisable(!editable));
        warnings.setText(row.item().draft().warnings().stream().map(ImportWarning::text)
                .collect(Collectors.joining("\n")));
        filling = false;
    }

    /**
     * For a part of combined papers matched to an agenda item: where it goes, marked when only its title matched, and
     * a tick to keep it with that matter (untick: a matter of its own). The form's next row.
     */
    private int partTarget(ImportRow row) {
        var part = row.item().part();
        if (part == null || part.target() == null) {
            return 0;
        }
        Label where = new Label(se.ledamot.importer.MeetingImportText.partTarget(part.target()));
        where.setId("import-part-target");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        if (part.target().unsure()) {
            where.getStyleClass().add("unsure-label");
        }
        javafx.scene.control.CheckBox keep = new javafx.scene.control.CheckBox(
                Localization.get("importer.ui.part.keep"));
        keep.setId("import-part-keep");
        keep.setSelected(!part.apart());
        keep.selectedProperty().addListener((o, was, now) -> {
            if (!filling) {
                vm.keepPartWithMatter(now);
            }
        });
        form.add(where, 0, 0, 2, 1);
        form.add(keep, 0, 1, 2, 1);
        return 2;
    }

    private int add(ImportRow row, int r, MatterField field, Node input) {
        Confidence c = row.confidence(field);
        Label label = new Label(fieldName(field)
                + (c == Confidence.UNSURE ? " " + Localization.get("importer.ui.unsure") : ""));
        label.getStyleClass().add("import-" + c.code());
        if (c == Confidence.UNSURE) {
            label.getStyleClass().add("unsure-label");
            input.getStyleClass().add("unsure");
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        labels.put(field, label);
        form.add(label, 0, r);
        form.add(input, 1, r);
        GridPane.setHgrow(input, Priority.ALWAYS);
        ocrFigure(row, r, field);
        return r + 1;
    }

    /** For a field read with OCR, how sure OCR was of its words, beside it; marked when too unsure. */
    private void ocrFigure(ImportRow row, int r, MatterField field) {
        OcrFigure figure = row.item().draft().ocrOf(field);
        if (figure == null) {
            return;
        }
        Label ocr = new Label(figure.text());
        ocr.setId("import-ocr-" + field.code());
        ocr.getStyleClass().add("hint");
        if (figure.unsure()) {
            ocr.getStyleClass().add("unsure-label");
        }
        ocr.setMinWidth(Region.USE_PREF_SIZE);
        ocrLabels.put(field, ocr);
        form.add(ocr, 2, r);
    }

    private TextField text(String id, MatterField field, String value, Predicate<String> commit) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setOnAction(e -> commit(field, f.getText(), commit));
        commitOnFocusLost(f, field, commit);
        return f;
    }

    private TextArea area(String id, MatterField field, String value, Predicate<String> commit) {
        TextArea a = new TextArea(value == null ? "" : value);
        a.setId(id);
        a.setPrefRowCount(4);
        a.setWrapText(true);
        commitOnFocusLost(a, field, commit);
        return a;
    }

    private void commitOnFocusLost(TextInputControl input, MatterField field, Predicate<String> commit) {
        String before = input.getText();
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now && !filling && !input.getText().equals(before)) {
                commit(field, input.getText(), commit);
            }
        });
    }

    /** A corrected field is one the user has made sure of: its mark goes. */
    private void commit(MatterField field, String text, Predicate<String> commit) {
        if (commit.test(text) && labels.containsKey(field)) {
            Label label = labels.get(field);
            label.setText(fieldName(field));
            label.getStyleClass().remove("unsure-label");
            // The user's own text is not OCR's: its figure goes.
            form.getChildren().remove(ocrLabels.remove(field));
        }
    }

    private static String fieldName(MatterField field) {
        String name = Localization.get("importer.field." + field.code());
        return name.substring(0, 1).toUpperCase(Localization.locale()) + name.substring(1);
    }

    private static ListCell<MatterKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MatterKind kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty || kind == null ? null : Localization.kind(kind));
            }
        };
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Localization.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}

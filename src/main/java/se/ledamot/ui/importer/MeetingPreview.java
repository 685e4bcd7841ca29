package se.ledamot.ui.importer;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.importer.draft.ImportWarning;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;

/**
 * The preview of a kallelse or föredragningslista: the meeting it calls (body, day, time, place; a field the importer
 * is unsure of or did not find is marked like the single matter's), what importing it does, and its items in order,
 * each with the matter it matched or will create and whether it is new or moved on the agenda.
 */
final class MeetingPreview extends VBox {
    /** A correction of the meeting's day, time or place as typed; true when it was taken. */
    interface Corrections {
        boolean correct(String date, String time, String place);
    }

    private final TextField date = new TextField();
    private final TextField time = new TextField();
    private final TextField place = new TextField();

    MeetingPreview(MeetingImport m, Corrections corrections) {
        super(8);
        setId("import-meeting");
        MeetingDraft d = m.draft();
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        Label body = new Label(d.bodyName() == null ? Localization.get("importer.ui.meeting.none") : d.bodyName());
        body.setId("import-meeting-body");
        field(fields, 0, d, MeetingDraft.Field.BODY, body);
        field(fields, 1, d, MeetingDraft.Field.DATE, input(date, "import-meeting-date",
                d.date() == null ? "" : d.date().toString()));
        field(fields, 2, d, MeetingDraft.Field.TIME, input(time, "import-meeting-time", time(d.time())));
        field(fields, 3, d, MeetingDraft.Field.PLACE, FieldLimits.watch(input(place, "import-meeting-place",
                d.place()), Limit.PLACE));
        boolean editable = m.stored() == null;
        for (TextField f : List.of(date, time, place)) {
            f.setDisable(!editable);
            f.setOnAction(e -> corrections.correct(date.getText(), time.getText(), place.getText()));
            String before = f.getText();
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now && !f.getText().equals(before)) {
                    corrections.correct(date.getText(), time.getText(), place.getText());
                }
            });
        }
        Label summary = wrapped("import-meeting-summary", (m.stored() == null ? ""
                : Grammar.capitalised(Localization.get("importer.meeting.stored", m.stored().id())) + ". ")
                + MeetingImportText.summary(m));
        TableView<MeetingImportText.Row> items = new TableView<>();
        items.setId("import-agenda");
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.getItems().setAll(MeetingImportText.rows(m));
        TableColumn<MeetingImportText.Row, String> text = column("importer.ui.agenda.item", r -> r.line().text());
        text.setPrefWidth(260);
        // What to check comes before the long texts, so it is in sight at 1280×800 without scrolling sideways.
        items.getColumns().setAll(List.of(
                column("importer.ui.agenda.number", r -> Integer.toString(r.line().number())),
                text,
                column("importer.ui.agenda.dnr", r -> r.line().dnr() == null ? "" : r.line().dnr()),
                column("importer.ui.agenda.check", r -> r.line().unsureFields().stream()
                        .map(f -> Localization.get("importer.field." + f.code())).collect(Collectors.joining(", "))),
                column("importer.ui.agenda.matter", MeetingImportText.Row::matchText),
                column("importer.ui.agenda.change", MeetingImportText.Row::placeText)));
        // An item with a field to check is marked as an unsure field is.
        items.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MeetingImportText.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("unsure-row");
                if (!empty && row != null && !row.line().unsureFields().isEmpty()) {
                    getStyleClass().add("unsure-row");
                }
            }
        });
        // The item's heading wraps, so every item reads whole in the narrow preview; the short columns fit their values.
        se.ledamot.ui.shell.ColumnFit.apply(items, List.of(text));
        items.setPrefHeight(480);
        VBox.setVgrow(items, Priority.ALWAYS);
        Label warnings = wrapped("import-meeting-warnings", d.warnings().stream().map(ImportWarning::text)
                .collect(Collectors.joining("\n")));
        warnings.getStyleClass().add("hint");
        getChildren().setAll(fields, summary, items, warnings);
    }

    private static TextField input(TextField f, String id, String value) {
        f.setId(id);
        f.setText(value == null ? "" : value);
        return f;
    }

    private static void field(GridPane grid, int row, MeetingDraft d, MeetingDraft.Field f, javafx.scene.control.Control shown) {
        Confidence c = d.confidenceOf(f);
        String name = Grammar.capitalised(Localization.get("importer.meeting.field." + f.code()));
        Label label = new Label(name + (c == Confidence.UNSURE ? " " + Localization.get("importer.ui.unsure") : ""));
        label.getStyleClass().add("import-" + c.code());
        if (c == Confidence.UNSURE) {
            label.getStyleClass().add("unsure-label");
            shown.getStyleClass().add("unsure");
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(shown, 1, row);
        GridPane.setHgrow(shown, Priority.ALWAYS);
    }

    private static Label wrapped(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<MeetingImportText.Row, String> column(String key,
            Function<MeetingImportText.Row, String> value) {
        TableColumn<MeetingImportText.Row, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static String time(LocalTime t) {
        return t == null ? "" : String.format("%02d.%02d", t.getHour(), t.getMinute());
    }
}

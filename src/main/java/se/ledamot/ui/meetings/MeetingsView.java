package se.ledamot.ui.meetings;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.l10n.ClockText;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.ChosenRowInView;
import se.ledamot.ui.shell.ColumnFit;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.Navigator;
import se.ledamot.ui.shell.ShownAs;

/** The meetings list with its form on the left, the selected meeting's agenda builder on the right. */
final class MeetingsView extends SplitPane {
    /** The red frame of a field that cannot be stored as typed, as {@link se.ledamot.ui.shell.FieldLimits}'s. */
    private static final javafx.css.PseudoClass WRONG = javafx.css.PseudoClass.getPseudoClass("over-limit");

    /** @param navigator opens an agenda item's debate on a double-click */
    MeetingsView(MeetingsViewModel vm, AgendaViewModel agenda, Navigator navigator) {
        // A save that met someone else's change of the same field (on a shared server) is settled side by side.
        // Met as she left the screen, it is asked when she is back (meetings32: it opened over the next screen).
        se.ledamot.ui.sync.ConflictView[] conflicts = new se.ledamot.ui.sync.ConflictView[1];
        List<List<se.ledamot.domain.sync.Conflict>> later = new java.util.ArrayList<>();
        java.util.function.Consumer<List<se.ledamot.domain.sync.Conflict>> show = list -> {
            if (conflicts[0] == null) {
                conflicts[0] = new se.ledamot.ui.sync.ConflictView(getScene().getWindow(),
                        (c, choice, text, after, failed) -> vm.choose(c, choice, after));
            }
            conflicts[0].show(list);
        };
        java.util.function.Consumer<List<se.ledamot.domain.sync.Conflict>> putAway = vm.setOnConflicts(list -> {
            if (getScene() == null) {
                later.add(list);
                return false;
            }
            show.accept(list);
            return true;
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                List.copyOf(later).forEach(show);
                later.clear();
            } else if (conflicts[0] != null) {
                // Open as she leaves, the view closes and is said, as one met on leaving (meetings34: it stayed over
                // the next screen); her typing stays in the form, not sent.
                List<se.ledamot.domain.sync.Conflict> open = conflicts[0].putAway();
                if (!open.isEmpty()) {
                    later.add(open);
                    putAway.accept(open);
                }
            }
        });
        TableView<Meeting> table = new TableView<>(vm.meetings());
        vm.meetings().addListener((javafx.collections.ListChangeListener<Meeting>) c -> ChosenRowInView.keep(table));
        table.setId("meetings-table");
        table.setPlaceholder(new Label(Localization.get("meeting.ui.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Meeting, String> placeColumn = column("meeting.ui.column.place",
                m -> m.place() == null ? "" : m.place());
        table.getColumns().setAll(List.of(
                column("meeting.ui.column.body", Meeting::body),
                column("meeting.ui.column.date", m -> m.date().toString()),
                column("meeting.ui.column.time", m -> ClockText.of(m.time())),
                column("meeting.ui.column.status", m -> Localization.get("meeting.status." + m.status().code())),
                placeColumn));
        ColumnFit.apply(table, List.of(placeColumn));
        // A row clicked is asked for before the table selects it: one she may not go to (the form of the meeting
        // shown cannot be stored) is never highlighted, not even for a frame (meetings34).
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != table;
                    n = n.getParent()) {
                if (n instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof Meeting m) {
                    if (!m.equals(vm.selectedProperty().get()) && !vm.choose(m)) {
                        e.consume();
                    }
                    return;
                }
            }
        });
        // An arrow key asks as a click does (meetings35: the row was highlighted, then put back); chosen, the meeting's
        // row is selected by the choice itself.
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int at = table.getSelectionModel().getSelectedIndex();
            int to = switch (e.getCode()) {
                case UP -> at - 1;
                case DOWN -> at + 1;
                case HOME -> 0;
                case END -> table.getItems().size() - 1;
                default -> at;
            };
            if (at >= 0 && to != at && to >= 0 && to < table.getItems().size() && !e.isShortcutDown()
                    && !e.isShiftDown()) {
                vm.choose(table.getItems().get(to));
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !vm.choose(now)) {
                // She stays on the meeting whose form cannot be stored: the row chosen goes back to it.
                javafx.application.Platform.runLater(() -> table.getSelectionModel().select(vm.selectedProperty()
                        .get()));
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                ChosenRowInView.show(table);
            }
            agenda.meetingProperty().set(now);
        });

        ComboBox<Body> body = new ComboBox<>(vm.bodies());
        body.setId("meeting-body");
        body.valueProperty().bindBidirectional(vm.bodyProperty());
        body.setConverter(ShownAs.text(b -> b.code() + " – " + b.name()));
        TextField date = field("meeting-date", "2026-12-14");
        date.textProperty().bindBidirectional(vm.dateProperty());
        TextField time = field("meeting-time", "18.00");
        time.textProperty().bindBidirectional(vm.timeProperty());
        TextField place = FieldLimits.watch(field("meeting-place", ""), Limit.PLACE);
        place.textProperty().bindBidirectional(vm.placeProperty());
        ComboBox<MeetingStatus> status = new ComboBox<>();
        status.getItems().setAll(MeetingStatus.values());
        status.setId("meeting-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setButtonCell(statusCell());
        status.setCellFactory(l -> statusCell());

        GridPane form = new GridPane(12, 8);
        form.addRow(0, new Label(Localization.get("meeting.ui.column.body")), body);
        form.addRow(1, new Label(Localization.get("meeting.ui.column.date")), date);
        form.addRow(2, new Label(Localization.get("meeting.ui.column.time")), time);
        form.addRow(3, new Label(Localization.get("meeting.ui.column.place")), place);
        form.addRow(4, new Label(Localization.get("meeting.ui.column.status")), status);
        TextField posted = field("meeting-posted", Localization.get("meeting.ui.posted.prompt"));
        posted.textProperty().bindBidirectional(vm.postedProperty());
        form.addRow(5, new Label(Localization.get("meeting.ui.posted")), posted);
        Label postingWarning = new Label();
        postingWarning.setId("meeting-posted-warning");
        postingWarning.getStyleClass().add("posting-warning");
        postingWarning.setWrapText(true);
        // As high as its lines: the sentence names the law and the last lawful day, none of it cut off.
        postingWarning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        postingWarning.textProperty().bind(vm.postingWarningProperty());
        postingWarning.visibleProperty().bind(vm.postingWarningProperty().isNotEmpty());
        postingWarning.managedProperty().bind(postingWarning.visibleProperty());
        form.add(postingWarning, 0, 6, 2, 1);
        // The field typed wrongly that keeps her on the meeting: framed in red, and hers to put right.
        java.util.Map<String, TextField> typed = java.util.Map.of("meeting_date", date, "meeting_time", time,
                "posted_on", posted);
        vm.wrongProperty().addListener((o, was, now) -> {
            typed.forEach((code, field) -> field.pseudoClassStateChanged(WRONG, code.equals(now)));
            if (typed.containsKey(now) && (was == null || was.isEmpty())) {
                typed.get(now).requestFocus();
            }
        });

        Button add = new Button(Localization.get("meeting.ui.new"));
        add.setId("meeting-new");
        add.setOnAction(e -> vm.newMeeting());
        Button save = new Button(Localization.get("meeting.ui.save"));
        save.setId("meeting-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button delete = new Button(Localization.get("meeting.ui.delete"));
        delete.setId("meeting-delete");
        delete.disableProperty().bind(vm.selectedProperty().isNull());
        delete.setOnAction(e -> vm.delete());

        Button kallelse = new Button(Localization.get("meeting.ui.kallelse"));
        kallelse.setId("meeting-kallelse");
        // Only a meeting imported from a kallelse has one to open: greyed out on every other it said nothing of why,
        // and a secretary took it for the way to make the kallelse (walked); it is not there then.
        kallelse.visibleProperty().bind(vm.kallelse().fileProperty().isNotNull());
        kallelse.managedProperty().bind(kallelse.visibleProperty());
        kallelse.setOnAction(e -> vm.kallelse().open());
        kallelse.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> vm.kallelse().fileProperty().get() == null ? null
                        : new javafx.scene.control.Tooltip(Localization.get("meeting.ui.kallelse.tip",
                                vm.kallelse().fileProperty().get().fileName())), vm.kallelse().fileProperty()));

        HBox buttons = new HBox(8, add, save, delete, kallelse);
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(8, table, form, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        // The meetings keep room for every column of their table and every button under it; the agenda gives way.
        javafx.beans.InvalidationListener room = o -> left.setMinWidth(
                Math.max(ColumnFit.neededWidth(table), buttons.prefWidth(-1)) + 16);
        table.getColumns().forEach(c -> c.minWidthProperty().addListener(room));
        buttons.widthProperty().addListener(room);
        room.invalidated(null);
        // A smaller window takes its width from the agenda alone, so restoring it brings the divider back.
        SplitPane.setResizableWithParent(left, false);
        getItems().setAll(left, new AgendaView(agenda, navigator));
        getStylesheets().add(MeetingsView.class.getResource("meetings.css").toExternalForm());
        setDividerPositions(0.36);
    }

    private static ListCell<MeetingStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MeetingStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Localization.get("meeting.status." + s.code()));
            }
        };
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static TableColumn<Meeting, String> column(String key, Function<Meeting, String> value) {
        TableColumn<Meeting, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

package se.ledamot.ui.minutes;

import static se.ledamot.ui.minutes.MinutesControls.button;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.ChooserWidth;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.FollowFocus;
import se.ledamot.l10n.MeetingText;
import se.ledamot.ui.shell.ShownAs;
import se.ledamot.ui.shell.WarningLine;

/**
 * The protokoll of a meeting in two tabs: "Sammanträdet" (times, chair, secretary, justering, approval, and who was
 * there) and "Paragrafer" (the numbered items on the left, the chosen item's record on the right). Above them the
 * meeting, the save button and the papers to write; under them the lines that say what happened.
 */
final class MinutesView extends BorderPane {
    MinutesView(MinutesViewModel vm) {
        // A save that met another secretary's change of the same field is settled side by side (issue 16.5).
        var conflicts = se.ledamot.ui.sync.ConflictView.shownOver(this, (c, choice, text, after, failed) -> {
            switch (c.entity()) {
                case "paper_settings" -> vm.settings().choose(c, choice, after);
                case "item_minutes", "agenda_item" -> vm.item().choose(c, choice, text, after);
                default -> vm.choose(c, choice, after);
            }
        });
        vm.setOnConflicts(conflicts);
        vm.settings().setOnConflicts(conflicts);
        vm.item().setOnConflicts(conflicts);
        ComboBox<Meeting> meetings = new ComboBox<>(vm.meetings());
        meetings.setId("minutesMeeting");
        meetings.setPromptText(Localization.get("minutes.ui.meeting.choose"));
        // Without the place: the chooser grows with its list's texts, and the place squeezed the buttons beside it.
        meetings.setConverter(ShownAs.text(MeetingText::of));
        ChooserWidth.fromTheFirstRows(meetings);
        meetings.valueProperty().bindBidirectional(vm.meeting());
        Label status = new Label();
        status.setId("minutesStatus");
        status.textProperty().bind(vm.status());
        // The row wraps in a narrow window instead of cutting its buttons' words ("Protokoll (P…" at 1000x650).
        ScrollPane head = new ScrollPane(head(vm));
        // The field she tabs to is brought whole into view, as the save does (walk25b: a line half under the tabs).
        FollowFocus.follow(head);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 8, meetings, button("saveMinutes",
                "minutes.ui.save", () -> {
                    vm.saveMeeting();
                    noLineCut(head);
                }),
                button("exportKallelse", "minutes.ui.export.kallelse", vm.files()::exportKallelse),
                button("exportProtokoll", "minutes.ui.export.protokoll", vm.files()::exportProtokoll),
                button("exportUtdrag", "minutes.ui.export.utdrag", vm.files()::exportUtdrag),
                button("exportMeeting", "minutes.ui.archive", vm.files()::exportMeeting));
        top.setPadding(new Insets(8));
        Label error = WarningLine.keepingItsRoom(vm.error());
        error.setId("minutesError");

        Tab meeting = new Tab(Localization.get("minutes.ui.tab.meeting"), head);
        meeting.setId("minutesTabMeeting");
        Tab items = new Tab(Localization.get("minutes.ui.tab.items"),
                items(vm, () -> meeting.getTabPane().getSelectionModel().select(meeting)));
        items.setId("minutesTabItems");
        Tab settings = new Tab(Localization.get("minutes.ui.tab.settings"),
                new PaperSettingsView(vm.settings(), vm::reload));
        settings.setId("minutesTabSettings");
        TabPane tabs = new TabPane(meeting, items, settings);
        // A § opened from another screen (Debatt) is shown on its tab, scrolled to its decision (DecisionInSight).
        BorderPane paragraphs = (BorderPane) items.getContent();
        vm.opening().setOnOpened(() -> {
            tabs.getSelectionModel().select(items);
            javafx.application.Platform.runLater(() -> DecisionInSight.keep((ScrollPane) paragraphs.getCenter(),
                    paragraphs));
        });
        tabs.setId("minutesTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ((ScrollPane) meeting.getContent()).setFitToWidth(true);
        // The form fills the tab and its attendance table gives way, so the buttons under the table stay in sight
        // when the tab is shorter (a notification shows at 1280x800); it scrolls only below the table's minimum.
        ((ScrollPane) meeting.getContent()).setFitToHeight(true);

        // The message lines keep their room under the tabs, said or not: a message that came after a background
        // save moved the form while the secretary typed, and her clicks and text went where the fields had been.
        // A long one wraps (walk30: what she was to do after writing the protokoll was cut off at 1280 px).
        for (Label message : new Label[] {status, error}) {
            message.setStyle("-fx-min-height: 1.5em;");
            message.setWrapText(true);
        }
        VBox messages = new VBox(2, status, error);
        messages.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setBottom(messages);
        setCenter(tabs);
    }

    private static VBox head(MinutesViewModel vm) {
        GridPane form = new GridPane(10, 6);
        form.setPadding(new Insets(8));
        int row = 0;
        form.addRow(row++, label("minutes.ui.opened"), line(text("minutesOpened", vm.form().opened(), Limit.ROLE, 70),
                label("minutes.ui.closed"), text("minutesClosed", vm.form().closed(), Limit.ROLE, 70)));
        form.addRow(row++, label("minutes.ui.chair"), text("minutesChair", vm.form().chair(), Limit.NAME, 300));
        form.addRow(row++, label("minutes.ui.secretary"), text("minutesSecretary", vm.form().secretary(), Limit.NAME, 300));
        Label absent = WarningLine.of(AdjustersPresent.warning(vm.form().adjusters(), vm.attendance().list()));
        absent.setId("adjustersAbsent");
        // Under the field and as wide as it (a grid gave it one line, ending in "…").
        absent.setPrefWidth(0);
        absent.setMaxWidth(Double.MAX_VALUE);
        TextField adjusters = text("minutesAdjusters", vm.form().adjusters(), Limit.AGENDA_TEXT, 460);
        // The row's name stays beside the field when the warning shows under it.
        Label adjustersLabel = label("minutes.ui.adjusters");
        adjustersLabel.minHeightProperty().bind(adjusters.heightProperty());
        GridPane.setValignment(adjustersLabel, javafx.geometry.VPos.TOP);
        form.addRow(row++, adjustersLabel, new VBox(2, adjusters, absent));
        form.addRow(row++, label("minutes.ui.adjustDay"), line(date(vm, "minutesAdjustDay", vm.form().adjustDay()),
                label("minutes.ui.adjustTime"), text("minutesAdjustTime", vm.form().adjustTime(), Limit.ROLE, 70),
                label("minutes.ui.adjustPlace"), text("minutesAdjustPlace", vm.form().adjustPlace(), Limit.PLACE, 220)));
        form.addRow(row++, label("minutes.ui.adjusted"), line(date(vm, "minutesAdjusted", vm.form().adjusted()),
                label("minutes.ui.posted"), date(vm, "minutesPosted", vm.form().posted())));

        TableView<Attendee> table = new TableView<>(vm.attendance().list());
        table.setId("attendees");
        table.setPrefHeight(300);
        // A header and five rows however short the window: at 1000x650 it gave way to two (walk25b); the tab scrolls.
        table.setMinHeight(210);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Localization.get("minutes.ui.attendance.none")));
        table.getColumns().add(column("minutes.ui.col.name", a -> a.person().display()));
        table.getColumns().add(column("minutes.ui.col.role", a -> role(a)));
        table.getColumns().add(column("minutes.ui.col.for", a -> a.replaces() != null ? a.replaces()
                : a.note() == null ? "" : a.note()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.attendance().remove(table.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        TextField name = text("attendeeName", vm.attendance().name(), Limit.NAME, 240);
        name.setPromptText(Localization.get("minutes.ui.person.prompt"));
        ChoiceBox<Attendee.Role> role = new ChoiceBox<>(FXCollections.observableArrayList(Attendee.Role.values()));
        role.setId("attendeeRole");
        role.setConverter(ShownAs.text(r -> Localization.get("minutes.ui.role." + r.code())));
        role.valueProperty().bindBidirectional(vm.attendance().role());
        TextField other = text("attendeeFor", vm.attendance().forWhom(), Limit.NAME, 240);
        other.setPromptText(Localization.get("minutes.ui.attendee.forPrompt"));
        name.setOnAction(e -> vm.attendance().add());
        other.setOnAction(e -> {
            vm.attendance().add();
            name.requestFocus();
        });
        var addOne = button("addAttendee", "minutes.ui.attendee.add", vm.attendance()::add);
        var fill = button("fillAttendance", "minutes.ui.attendance.fill", vm.attendance()::fillFromSeats);
        // In a narrow window the name fields give way, not the buttons' words.
        addOne.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fill.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox add = new HBox(6, name, role, other, addOne, fill);
        // Beside the button, and not the screen's message line: the next save emptied that before she read it.
        Label fetched = new Label();
        fetched.setId("attendanceFetched");
        fetched.setWrapText(true);
        fetched.textProperty().bind(vm.attendance().fetched());
        fetched.visibleProperty().bind(fetched.textProperty().isNotEmpty());
        fetched.managedProperty().bind(fetched.visibleProperty());
        Label attendance = new Label(Localization.get("minutes.ui.attendance"));
        attendance.getStyleClass().add("section-title");
        // 6, not 8: with the serving line the tab is whole at 1280x800 under a notice too (LayoutCheckTest).
        VBox box = new VBox(6, form, attendance, table, serving(vm.attendance(), table), add, fetched);
        box.setPadding(new Insets(8));
        return box;
    }

    /**
     * The ersättare chosen in the list serves for an absent member, or no longer does: fetched with the seats, she was
     * made to serve only by deleting her row and adding her again (walk: the secretary found no way).
     */
    private static HBox serving(AttendanceViewModel vm, TableView<Attendee> table) {
        ComboBox<String> whom = new ComboBox<>(vm.absentMembers());
        whom.setId("servesFor");
        whom.setEditable(true);
        whom.setPromptText(Localization.get("minutes.ui.serving.prompt"));
        whom.getEditor().textProperty().bindBidirectional(vm.servesFor());
        var chosen = table.getSelectionModel().selectedItemProperty();
        chosen.addListener((o, was, now) -> {
            if (now != null && now.replaces() != null) {
                vm.servesFor().set(now.replaces());
            }
        });
        java.util.function.IntConsumer keepChosen = i -> table.getSelectionModel().select(i);
        var serve = button("serveFor", "minutes.ui.serving.serve", () -> {
            int i = table.getSelectionModel().getSelectedIndex();
            vm.serveFor(i, vm.servesFor().get());
            keepChosen.accept(i);
        });
        var stop = button("stopServing", "minutes.ui.serving.stop", () -> {
            int i = table.getSelectionModel().getSelectedIndex();
            vm.stopServing(i);
            keepChosen.accept(i);
        });
        var notSubstitute = javafx.beans.binding.Bindings.createBooleanBinding(() -> chosen.get() == null
                || chosen.get().role() != Attendee.Role.SUBSTITUTE, chosen);
        whom.disableProperty().bind(notSubstitute);
        serve.disableProperty().bind(notSubstitute);
        stop.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> chosen.get() == null
                || chosen.get().replaces() == null, chosen));
        Label label = new Label(Localization.get("minutes.ui.serving.label"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(whom);
        HBox line = new HBox(6, label, whom, serve, stop);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private static void keepChosen(ListView<EntryRow> list, EntryRow chosen) {
        EntryRow row = chosen == null ? null : list.getItems().stream().filter(r -> r.number() == chosen.number())
                .findFirst().orElse(null);
        if (row == null) {
            list.getSelectionModel().clearSelection();
        } else if (row != list.getSelectionModel().getSelectedItem()) {
            list.getSelectionModel().select(row);
        }
    }

    private static BorderPane items(MinutesViewModel vm, Runnable toMeeting) {
        ListView<EntryRow> list = new ListView<>(vm.entries());
        list.setId("minutesItems");
        list.setPrefWidth(300);
        list.setCellFactory(se.ledamot.ui.shell.WrappingTitleCell::new);
        // A list read again (another's save, the screen shown again) empties the choice for a moment: the item stays
        // chosen, in the list and in the form, which keeps what is typed.
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.item().show(now);
            }
        });
        vm.item().entry().addListener((o, was, now) -> keepChosen(list, now));
        vm.entries().addListener((javafx.collections.ListChangeListener<EntryRow>) c -> keepChosen(list,
                vm.item().entry().get()));
        ScrollPane record = new ScrollPane(new ItemMinutesView(vm.item(), toMeeting));
        record.setFitToWidth(true);
        FollowFocus.follow(record);
        BorderPane pane = new BorderPane(record);
        pane.setLeft(list);
        return pane;
    }

    /**
     * Scrolled to the nearest place where no line of the form (a field and its label, the attendance's add line) is
     * cut by the tab's edges, so a save leaves no field half hidden (walk25b: "Öppnades kl." under the tabs at
     * 1000x650). The attendance table may be cut: it scrolls.
     */
    private static void noLineCut(ScrollPane pane) {
        javafx.scene.layout.Region content = (javafx.scene.layout.Region) pane.getContent();
        double view = pane.getViewportBounds().getHeight();
        double room = content.getHeight() - view;
        if (room <= 0) {
            return;
        }
        List<javafx.geometry.Bounds> lines = new java.util.ArrayList<>();
        for (javafx.scene.Node part : content.getChildrenUnmodifiable()) {
            List<javafx.scene.Node> parts = part instanceof GridPane grid ? grid.getChildren()
                    : part instanceof TableView<?> || !part.isVisible() ? List.of() : List.of(part);
            parts.forEach(n -> lines.add(content.sceneToLocal(n.localToScene(n.getBoundsInLocal()))));
        }
        double now = pane.getVvalue() * room;
        java.util.stream.Stream.concat(java.util.stream.Stream.of(now), lines.stream()
                .flatMap(b -> java.util.stream.Stream.of(b.getMinY(), b.getMaxY() - view)))
                .map(y -> Math.clamp(y, 0, room))
                .filter(y -> lines.stream().noneMatch(b -> cut(b, y) || cut(b, y + view)))
                .min(java.util.Comparator.comparingDouble(y -> Math.abs(y - now)))
                .ifPresent(y -> pane.setVvalue(y / room));
    }

    private static boolean cut(javafx.geometry.Bounds line, double edge) {
        return line.getMinY() < edge - 0.5 && line.getMaxY() > edge + 0.5;
    }

    private static String role(Attendee a) {
        if (a.role() == Attendee.Role.SUBSTITUTE && a.serving()) {
            return Localization.get("minutes.ui.role.serving");
        }
        return Localization.get("minutes.ui.role." + a.role().code());
    }

    private static TableColumn<Attendee, String> column(String key, java.util.function.Function<Attendee, String> f) {
        TableColumn<Attendee, String> c = new TableColumn<>(Localization.get(key));
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    /** Fields and their labels on one line, centred on it. */
    private static HBox line(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(String key) {
        return new Label(Localization.get(key));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, Limit limit, double width) {
        TextField f = FieldLimits.watch(new TextField(), limit);
        f.setId(id);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        HBox.setHgrow(f, width > 200 ? Priority.SOMETIMES : Priority.NEVER);
        return f;
    }

    private static DatePicker date(MinutesViewModel vm, String id,
            javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker d = se.ledamot.ui.shell.IsoDates.picker(vm::badDate);
        d.setId(id);
        // As wide as its prompt needs in the font it is shown in: a fixed 140 px cut "ÅÅÅÅ-MM-DD" to "ÅÅÅÅ-MM-DI".
        d.getEditor().setPrefColumnCount(9);
        d.valueProperty().bindBidirectional(value);
        return d;
    }
}

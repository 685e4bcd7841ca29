package se.ledamot.ui.debate;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.service.DebateItem;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.MeetingChooser;
import se.ledamot.ui.shell.ShownAs;
import se.ledamot.ui.shell.WarningLine;

/**
 * The debate panel: meetings and their items on the left; the chosen item's speakers against the body's limits,
 * the form to add one, the text of a speech, and the decision.
 */
final class DebateView extends BorderPane {
    /** The agenda items' list beside the debate: its width in a roomy window, its share of a small one. */
    private static final double LEFT_WIDTH = 260;
    private static final double LEFT_SHARE = 0.27;

    /** @param navigator opens the item's § in Protokoll, where a recorded decision and its wording are changed */
    DebateView(DebateViewModel vm, se.ledamot.ui.shell.Navigator navigator) {
        // A change of the list that met another member's change of the same speaker is settled side by side.
        vm.setOnConflicts(se.ledamot.ui.sync.ConflictView.shownOver(this,
                (c, choice, text, after, failed) -> vm.choose(c, choice, text, after)));
        ComboBox<Meeting> meetings = new ComboBox<>(vm.meetings());
        meetings.setId("debateMeetings");
        meetings.setPromptText(Localization.get("debate.meeting.choose"));
        MeetingChooser.texts(meetings);
        ListView<DebateItem> items = new ListView<>(vm.items());
        items.setId("debateItems");
        // Long names ("§ 16  Motion från … om …", as Protokoll names them) wrap in the list's width.
        items.setCellFactory(se.ledamot.ui.shell.WrappingTitleCell::new);
        meetings.valueProperty().bindBidirectional(vm.meeting());
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.debate().get() == null || !vm.debate().get().item().id().equals(now.item().id()))) {
                vm.openItem(now.item().id());
            }
        });
        // An item opened from elsewhere (a meeting's agenda) is the one marked in the list.
        vm.debate().addListener((o, was, now) -> items.getItems().stream()
                .filter(r -> now != null && r.item().id().equals(now.item().id())).findFirst()
                .ifPresent(r -> items.getSelectionModel().select(r)));
        VBox left = new VBox(8, meetings, items);
        // Narrower in a small window, so the speakers' table keeps every column in sight (its last was cut at 1000x650).
        left.prefWidthProperty().bind(Bindings.min(LEFT_WIDTH, widthProperty().multiply(LEFT_SHARE)));
        VBox.setVgrow(items, Priority.ALWAYS);

        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        // Named as Protokoll names the item ("§ 16  Motion från … om att upprätta …"): on two lines, whole.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.debate().get() == null
                ? Localization.get("debate.item.choose")
                : vm.label(vm.debate().get()), vm.debate(), vm.items()));
        Label limits = new Label();
        limits.setId("debateLimits");
        limits.textProperty().bind(vm.limits());

        TableView<Speaker> table = new TableView<>(vm.speakers());
        table.setId("speakers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Localization.get("debate.speakers.none")));
        TableColumn<Speaker, String> order = column(Localization.get("debate.col.order"), s -> "");
        order.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.valueOf(vm.speakers().indexOf(c.getValue()) + 1)).getReadOnlyProperty());
        table.getColumns().add(order);
        TableColumn<Speaker, String> speaker = column(Localization.get("debate.col.name"), s -> s.person().name());
        table.getColumns().add(speaker);
        table.getColumns().add(column(Localization.get("debate.col.party"),
                s -> s.person().party() == null ? "" : s.person().party()));
        table.getColumns().add(column(Localization.get("debate.col.kind"),
                s -> Localization.get("debate.kind." + s.kind().code())));
        table.getColumns().add(column(Localization.get("debate.col.minutes"), s -> String.valueOf(s.minutes())));
        TableColumn<Speaker, String> note = column(Localization.get("debate.col.text"),
                s -> s.text().isBlank() ? "" : s.text().strip().lines().findFirst().orElse(""));
        table.getColumns().add(note);
        se.ledamot.ui.shell.ColumnFit.apply(table, java.util.List.of(speaker, note));

        TextField name = FieldLimits.watch(new TextField(), Limit.NAME);
        name.setId("speakerName");
        name.setPromptText(Localization.get("debate.speaker.prompt"));
        name.textProperty().bindBidirectional(vm.speakerName());
        ComboBox<SpeechKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                SpeechKind.values()));
        kind.setId("speechKind");
        kind.valueProperty().bindBidirectional(vm.kind());
        kind.setConverter(ShownAs.text(k -> Localization.get("debate.kind." + k.code())));
        Spinner<Integer> minutes = new Spinner<>(1, 60, vm.minutes().get());
        minutes.setId("speechMinutes");
        minutes.setPrefWidth(80);
        minutes.valueProperty().addListener((o, was, now) -> vm.minutes().set(now));
        // The minutes proposed for the speech chosen (the body's limit) are shown as they change.
        vm.minutes().addListener((o, was, now) -> minutes.getValueFactory().setValue(now.intValue()));
        Button add = new Button(Localization.get("debate.action.add"));
        add.setId("addSpeaker");
        add.setOnAction(e -> vm.addSpeaker());
        // At the meeting she types one speaker after another: Enter adds (or says why not), and she stays in the name.
        name.setOnAction(e -> {
            vm.addSpeaker();
            name.requestFocus();
        });
        Button up = new Button(Localization.get("debate.action.up"));
        up.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i > 0 && vm.moveSpeaker(i, i - 1)) {
                table.getSelectionModel().select(i - 1);
            }
        });
        Button remove = new Button(Localization.get("debate.action.remove"));
        remove.setId("removeSpeaker");
        remove.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                vm.removeSpeaker(i);
            }
        });
        HBox form = new HBox(8, name, kind, minutes, add);
        HBox.setHgrow(name, Priority.ALWAYS);

        TextArea text = new TextArea();
        text.setId("speechText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText(Localization.get("debate.text.prompt"));
        text.textProperty().bindBidirectional(vm.speechText());
        Button saveText = new Button(Localization.get("debate.action.saveText"));
        saveText.setId("saveSpeechText");
        saveText.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveText.setOnAction(e -> vm.storeNotes());
        Button fromFile = new Button(Localization.get("debate.action.fromFile"));
        fromFile.setOnAction(e -> vm.readSpeechFromFile());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.choose(now));
        // A list read again keeps its speaker chosen.
        vm.chosen().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        vm.speakers().addListener((ListChangeListener<Speaker>) c -> table.refresh());

        // A message may come unasked (the wording stored from another window), so the line keeps its room.
        Label error = WarningLine.keepingItsRoom(vm.error());
        error.setId("debateError");

        ComboBox<Decision> decision = new ComboBox<>(vm.decisions());
        decision.setId("decision");
        decision.setPromptText(Localization.get("debate.decision.prompt"));
        decision.valueProperty().bindBidirectional(vm.decision());
        decision.setConverter(ShownAs.text(Localization::decision));
        ShownAs.promptWhenEmpty(decision);
        CheckBox minority = new CheckBox(Localization.get("debate.minority"));
        minority.setId("minority");
        minority.selectedProperty().bindBidirectional(vm.minority());
        minority.disableProperty().bind(vm.decision().isNotEqualTo(Decision.REFERRED_BACK));
        TextField reason = new TextField();
        reason.setId("referralReason");
        reason.setPromptText(Localization.get("debate.reason.prompt"));
        reason.textProperty().bindBidirectional(vm.reason());
        reason.disableProperty().bind(vm.decision().isNotEqualTo(Decision.REFERRED_BACK));
        TextField wording = new TextField();
        wording.setId("decisionWording");
        wording.setPromptText(Localization.get("debate.wording.prompt"));
        wording.textProperty().bindBidirectional(vm.wording());
        // Stored with the decision, or on leaving the item before; then changed in Protokoll (a choice asked keeps it).
        wording.editableProperty().bind(vm.open());
        Button decide = new Button(Localization.get("debate.action.decide"));
        decide.setId("decide");
        decide.setOnAction(e -> vm.decide());
        // The decision with its reason for a referral on one row, the wording and the button that takes it on the next:
        // the button beside the reason left it "Motivering till åte…" at 1000x650.
        HBox decisionRow = new HBox(8, decision, minority, reason);
        decisionRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox wordingRow = new HBox(8, wording, decide);
        // In a narrow window the text fields give way, not the buttons' words ("Fatta be…" at 1000x650).
        for (Region r : new Region[] {add, up, remove, decide, kind, minutes, minority, decision}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox.setHgrow(wording, Priority.ALWAYS);
        decisionRow.disableProperty().bind(vm.open().not());
        decide.disableProperty().bind(vm.open().not());
        Label decided = new Label();
        decided.setId("decided");
        decided.textProperty().bind(Bindings.createStringBinding(() -> vm.decided().get().isEmpty() ? ""
                : Localization.get("debate.decided", vm.decided().get()), vm.decided()));
        // A decision recorded here is changed in Protokoll: its § is a click away, with the wording typed here.
        javafx.scene.control.Hyperlink toMinutes = new javafx.scene.control.Hyperlink(
                Localization.get("debate.toMinutes"));
        toMinutes.setId("debateToMinutes");
        toMinutes.setOnAction(e -> vm.wordings().toMinutes(vm.debate().get()).ifPresent(navigator::navigate));
        HBox decidedRow = new HBox(8, decided, toMinutes);
        decidedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label decisionTitle = new Label(Localization.get("debate.decision.title"));
        decisionTitle.getStyleClass().add("section-title");

        // What acts on the chosen speaker is a row of its own: beside the new speaker's fields it took their room at
        // 1000x650 (the kind read "…", the minutes were arrows only; walk16).
        FlowPane chosen = new FlowPane(8, 8, up, remove, saveText, fromFile);
        VBox center = new VBox(8, heading, limits, table, form, chosen, text, error,
                decisionTitle, decisionRow, wordingRow, decidedRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.disableProperty().bind(vm.debate().isNull());
        center.setPadding(new Insets(0, 0, 0, 12));
        setCenter(center);
        setLeft(left);
        setPadding(new Insets(12));
    }

    private static TableColumn<Speaker, String> column(String title, Function<Speaker, String> value) {
        TableColumn<Speaker, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }
}

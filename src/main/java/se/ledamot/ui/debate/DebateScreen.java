package se.ledamot.ui.debate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeechKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.FieldLimits;
import se.ledamot.store.DebateStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.ui.AppContext;
import se.ledamot.ui.Errors;
import se.ledamot.ui.answer.AnswerEditorView;
import se.ledamot.ui.shell.MainWindow;
import se.ledamot.ui.shell.Screen;

/** "Debatt": pick a meeting and an item; its list of speakers, the text of each speech and the decision taken. */
public final class DebateScreen implements Screen {
    public static final String ID = "debate";

    private final AppContext context;
    private final DebateViewModel vm;
    private BorderPane root;

    public DebateScreen(AppContext context) {
        this.context = context;
        this.vm = new DebateViewModel(new DebateStore(context.database()), new MeetingStore(context.database()),
                context.matters(), context::mattersChanged);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return Localization.get("debate.screen.title");
    }

    @Override
    public void shown() {
        vm.loadMeetings();
    }

    /** Opens the debate on one agenda item (from a meeting's agenda); a refusal is shown as a notification. */
    public void openItem(long itemId) {
        view();
        try {
            vm.openItem(itemId);
        } catch (RuntimeException e) {
            context.dialogs().notify(Errors.describe(e));
        }
    }

    /** Puts the debate screen where other screens of the same window can reach it (see openOnDoubleClick). */
    public static void register(MainWindow shell, DebateScreen screen) {
        shell.stage().getProperties().put(DebateScreen.class, (LongConsumer) itemId -> {
            shell.show(ID);
            screen.openItem(itemId);
        });
    }

    /**
     * A double-click on an agenda item in a list opens its debate: the one-line hook-up for an agenda screen, e.g.
     * {@code DebateScreen.openOnDoubleClick(agenda, AgendaRow::item)}. Free-text items have no debate.
     */
    public static <T> void openOnDoubleClick(ListView<T> list, Function<T, AgendaItem> item) {
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            T selected = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null && list.getScene() != null
                    && list.getScene().getWindow().getProperties().get(DebateScreen.class) instanceof LongConsumer open
                    && item.apply(selected).matterId() != null) {
                open.accept(item.apply(selected).id());
            }
        });
    }

    @Override
    public Node view() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    private BorderPane build() {
        ComboBox<Meeting> meetings = new ComboBox<>(vm.meetings());
        meetings.setId("debateMeetings");
        meetings.setPromptText(Localization.get("debate.meeting.choose"));
        meetings.setConverter(new StringConverter<>() {
            @Override
            public String toString(Meeting m) {
                return m == null ? "" : m.body() + " " + m.date();
            }

            @Override
            public Meeting fromString(String s) {
                return null;
            }
        });
        ListView<DebateViewModel.ItemRow> items = new ListView<>(vm.items());
        items.setId("debateItems");
        meetings.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectMeeting(now);
            }
        });
        items.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.openItem(now.item().id());
            }
        });
        VBox left = new VBox(6, meetings, items);
        left.setPrefWidth(260);
        VBox.setVgrow(items, Priority.ALWAYS);

        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.debate().get() == null
                ? Localization.get("debate.item.choose")
                : "§ " + vm.debate().get().item().number() + " " + vm.debate().get().matter().title(), vm.debate()));
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
        table.getColumns().add(column(Localization.get("debate.col.name"), s -> s.person().name()));
        table.getColumns().add(column(Localization.get("debate.col.party"),
                s -> s.person().party() == null ? "" : s.person().party()));
        table.getColumns().add(column(Localization.get("debate.col.kind"),
                s -> Localization.get("debate.kind." + s.kind().code())));
        table.getColumns().add(column(Localization.get("debate.col.minutes"), s -> String.valueOf(s.minutes())));
        table.getColumns().add(column(Localization.get("debate.col.text"),
                s -> s.text().isBlank() ? "" : s.text().strip().lines().findFirst().orElse("")));

        TextField name = FieldLimits.watch(new TextField(), Limit.NAME);
        name.setId("speakerName");
        name.setPromptText(Localization.get("debate.speaker.prompt"));
        name.textProperty().bindBidirectional(vm.speakerName());
        ComboBox<SpeechKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                SpeechKind.values()));
        kind.setId("speechKind");
        kind.valueProperty().bindBidirectional(vm.kind());
        kind.setConverter(converter(k -> Localization.get("debate.kind." + k.code())));
        Spinner<Integer> minutes = new Spinner<>(1, 60, vm.minutes().get());
        minutes.setId("speechMinutes");
        minutes.setPrefWidth(80);
        minutes.valueProperty().addListener((o, was, now) -> vm.minutes().set(now));
        Button add = new Button(Localization.get("debate.action.add"));
        add.setId("addSpeaker");
        add.setOnAction(e -> vm.addSpeaker());
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
        HBox form = new HBox(6, name, kind, minutes, add, up, remove);
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
        saveText.setOnAction(e -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0 && vm.setSpeechText(i, vm.speechText().get())) {
                table.getSelectionModel().select(i);
            }
        });
        Button fromFile = new Button(Localization.get("debate.action.fromFile"));
        fromFile.setOnAction(e -> readSpeech());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.speechText().set(now.text());
            }
        });
        vm.speakers().addListener((ListChangeListener<Speaker>) c -> table.refresh());

        Label error = new Label();
        error.setId("debateError");
        error.setWrapText(true);
        error.getStyleClass().add("debate-error");
        error.textProperty().bind(vm.error());

        ComboBox<Decision> decision = new ComboBox<>(vm.decisions());
        decision.setId("decision");
        decision.setPromptText(Localization.get("debate.decision.prompt"));
        decision.valueProperty().bindBidirectional(vm.decision());
        decision.setConverter(converter(Localization::decision));
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
        wording.setPromptText(Localization.get("debate.wording.prompt"));
        wording.textProperty().bindBidirectional(vm.wording());
        Button decide = new Button(Localization.get("debate.action.decide"));
        decide.setId("decide");
        decide.setOnAction(e -> vm.decide());
        HBox decisionRow = new HBox(6, decision, minority, reason, decide);
        HBox.setHgrow(reason, Priority.ALWAYS);
        decisionRow.disableProperty().bind(vm.open().not());
        Label decided = new Label();
        decided.setId("decided");
        decided.textProperty().bind(Bindings.createStringBinding(() -> vm.decided().get().isEmpty() ? ""
                : Localization.get("debate.decided", vm.decided().get()), vm.decided()));
        Label decisionTitle = new Label(Localization.get("debate.decision.title"));
        decisionTitle.getStyleClass().add("section-title");

        VBox center = new VBox(8, heading, limits, table, form, new HBox(6, saveText, fromFile), text, error,
                decisionTitle, decisionRow, wording, decided);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.disableProperty().bind(vm.debate().isNull());
        center.setPadding(new Insets(0, 0, 0, 10));
        BorderPane pane = new BorderPane(center);
        pane.setLeft(left);
        pane.setPadding(new Insets(10));
        pane.getStylesheets().add(AnswerEditorView.STYLESHEET);
        return pane;
    }

    private void readSpeech() {
        List<Path> files = context.dialogs().chooseFilesToOpen(Localization.get("debate.action.fromFile"),
                Localization.get("debate.file.text"), "txt");
        if (!files.isEmpty()) {
            try {
                vm.speechText().set(Files.readString(files.getFirst(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                context.dialogs().showError(Localization.get("debate.action.fromFile"),
                        Localization.get("debate.file.unreadable", files.getFirst().toString()));
            }
        }
    }

    private static TableColumn<Speaker, String> column(String title, Function<Speaker, String> value) {
        TableColumn<Speaker, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    DebateViewModel viewModel() {
        return vm;
    }
}

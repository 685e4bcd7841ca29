package se.ledamot.ui.settings;

import static se.ledamot.ui.settings.Labels.hint;
import static se.ledamot.ui.settings.Labels.label;
import static se.ledamot.ui.settings.Labels.section;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.meeting.Body;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.FollowFocus;
import se.ledamot.ui.shell.ShownAs;

/**
 * The settings screen: the council across the top (name, the months of the 5 kap. 35 § report, striking off, citizen
 * proposals), its bodies on the left below with a line to add one, and the chosen body's rules beside them
 * ({@link BodyRulesView}) with what they mean for its next meeting under them. Every field is reached with Tab (the
 * rules scroll to the field with the cursor); the body list with the arrow keys. In a small window (1000x650) the
 * columns stack instead of running past the window's edge, and the screen scrolls up and down.
 */
final class SettingsView extends BorderPane {
    /** A council column's width: room for six months side by side and a hint in three lines. */
    private static final double COLUMN_WIDTH = 330;
    /** Room under the council's columns for the body list (a few rows), its new-body line and the rules. */
    private static final double LOWER_MIN_HEIGHT = 420;
    /** The body list beside the rules, whose rows of fields are ~820 px (Inlämning före sammanträdet). */
    private static final double SIDE_BY_SIDE = 1070;
    /** Under the body list, the rules show a rule or two and scroll for the rest. */
    private static final double RULES_MIN_HEIGHT = 300;
    /** Three or four bodies in sight. */
    private static final double BODY_LIST_MIN_HEIGHT = 100;
    /** The body list and the new body's fields under the council's columns. */
    private static final double BODY_FIELDS_MAX_WIDTH = 360;
    /** Around the screen's content, inside its scroll pane. */
    private static final double PADDING = 12;
    private final SettingsViewModel vm;
    private final TextField councilName = FieldLimits.watch(new TextField(), Limit.BODY_NAME);

    SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        // A setting another secretary changed at the same time is settled side by side (issue 16.5).
        vm.setOnConflicts(se.ledamot.ui.sync.ConflictView.shownOver(this,
                (c, choice, text, after, failed) -> vm.choose(c, choice, after)));
        Label title = new Label(Localization.get("settings.title"));
        title.getStyleClass().add("screen-title");
        Label intro = hint("settings.intro");
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox top = new VBox(4, title, intro, problem);
        top.setPadding(new Insets(0, 0, 10, 0));

        VBox bodies = bodies();
        bodies.setPrefWidth(220);
        bodies.setMinWidth(200);
        BodyRulesView ruleView = new BodyRulesView(vm);
        ScrollPane rules = new ScrollPane(ruleView);
        rules.setFitToWidth(true);
        rules.viewportBoundsProperty().addListener((o, was, now) -> ruleView.fitTo(now.getWidth()));
        rules.setFocusTraversable(false);
        FollowFocus.follow(rules);
        // What the rules mean for the body's next meeting stays in sight under the rules, however far they scroll.
        Label preview = new Label();
        preview.setId("preview");
        preview.setWrapText(true);
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        preview.getStyleClass().add("hint");
        preview.textProperty().bind(vm.previewProperty());
        VBox.setVgrow(rules, Priority.ALWAYS);
        VBox body = new VBox(8, rules, preview);
        GridPane columns = new GridPane(16, 16);
        columns.add(bodies, 0, 0);
        columns.add(body, 1, 0);
        GridPane.setHgrow(body, Priority.ALWAYS);
        GridPane.setVgrow(body, Priority.ALWAYS);
        columns.setPadding(new Insets(10, 0, 0, 0));
        columns.setMinHeight(LOWER_MIN_HEIGHT);
        // The screen's columns stack in a narrow window. That is decided on the scroll pane's width, before the pane
        // lays its content out: moved on the columns' own width (in the content's layout), the pane kept the height
        // from before, since a layout request made during a layout does not reach it, and the last hint of the
        // citizen proposals lay under the title "Organ" at 1000x650, the body list's hint under the rules' title.
        ScrollPane screen = new ScrollPane();
        // Narrower than the rules' one-line fields beside the body list, the rules go under the list, full width, and
        // the list with its new-body line and the rules each keep their least height (the screen scrolls instead).
        screen.widthProperty().addListener((o, was, now) -> {
            boolean side = room(now) >= SIDE_BY_SIDE;
            GridPane.setConstraints(body, side ? 1 : 0, side ? 0 : 1);
            rules.setMinHeight(side ? USE_COMPUTED_SIZE : RULES_MIN_HEIGHT);
            columns.setMinHeight(side ? LOWER_MIN_HEIGHT : USE_COMPUTED_SIZE);
        });

        // The council's own settings across the top; its bodies and the chosen body's rules below, with room. A
        // window too low for both scrolls the screen up and down, never sideways (the menu bar stays put).
        VBox content = new VBox(top, council(screen.widthProperty()), columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        content.setPadding(new Insets(PADDING));
        screen.setContent(content);
        screen.setFitToWidth(true);
        screen.setFitToHeight(true);
        screen.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        screen.setFocusTraversable(false);
        screen.getStyleClass().add("edge-to-edge");
        setCenter(screen);
    }

    /** Puts the cursor in the council's name. */
    void focusFirst() {
        // The screen's scroll pane puts the fields in the scene with its skin, made by CSS: on the first showing, now.
        applyCss();
        councilName.requestFocus();
    }

    /**
     * The council's three columns side by side; when the screen has less room for them, the citizen proposals go
     * under the first.
     */
    private HBox council(javafx.beans.value.ObservableDoubleValue screenWidth) {
        councilName.setId("council-name");
        councilName.setPromptText(Localization.get("settings.council.prompt"));
        councilName.textProperty().bindBidirectional(vm.councilNameProperty());
        councilName.setPrefColumnCount(22);

        GridPane months = new GridPane();
        months.setHgap(8);
        months.setVgap(4);
        for (Month m : Month.values()) {
            CheckBox box = new CheckBox(m.getDisplayName(TextStyle.SHORT_STANDALONE, Localization.locale()));
            box.setId("report-" + m.getValue());
            box.setMinWidth(Region.USE_PREF_SIZE);  // a month's name is never cut to "j…"
            box.selectedProperty().bindBidirectional(vm.reportMonthProperty(m));
            months.add(box, m.ordinal() % 6, m.ordinal() / 6);
        }
        HBox strike = count("strike-off", "settings.strikeOff", vm.strikeOffMonthsProperty());

        CheckBox allowed = new CheckBox(Localization.get("settings.citizen.allowed"));
        allowed.setId("citizen-allowed");
        allowed.selectedProperty().bindBidirectional(vm.citizenAllowedProperty());
        ComboBox<Body> decides = new ComboBox<>(vm.bodies());
        decides.setId("citizen-body");
        decides.setConverter(ShownAs.text(SettingsView::bodyName));
        decides.valueProperty().bindBidirectional(vm.citizenBodyProperty());
        decides.disableProperty().bind(vm.citizenAllowedProperty().not());
        decides.setMaxWidth(Double.MAX_VALUE);
        HBox decidedBy = new HBox(6, label("settings.citizen.body", decides), decides);
        decidedBy.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(decides, Priority.ALWAYS);

        HBox notice = count("notice-days", "settings.notice", vm.noticeDaysProperty());
        VBox name = column(section("settings.council"), label("settings.council.name", councilName), councilName,
                hint("settings.council.hint"), notice, hint("settings.notice.hint"));
        VBox report = column(section("settings.report"), hint("settings.report.hint"), months, strike,
                hint("settings.strikeOff.hint"));
        VBox citizen = column(section("settings.citizen"), allowed, decidedBy, hint("settings.citizen.hint"));
        HBox band = new HBox(24, name, report, citizen);
        HBox.setHgrow(report, Priority.ALWAYS);
        HBox.setHgrow(citizen, Priority.ALWAYS);
        screenWidth.addListener((o, was, now) -> {
            boolean side = room(now) >= 3 * COLUMN_WIDTH + 2 * band.getSpacing();
            if (side && citizen.getParent() != band) {
                name.getChildren().remove(citizen);
                band.getChildren().add(citizen);
            } else if (!side && citizen.getParent() == band) {
                band.getChildren().remove(citizen);
                name.getChildren().add(citizen);
            }
        });
        // Two columns wide at the least: the third one moves under the first rather than past the window's edge.
        band.setMinWidth(2 * COLUMN_WIDTH + band.getSpacing());
        // Never squeezed below its columns' lines (the screen scrolls instead).
        band.setMinHeight(USE_PREF_SIZE);
        return band;
    }

    /** The width inside the screen's scroll pane, for its content. */
    private static double room(Number screenWidth) {
        return screenWidth.doubleValue() - 2 * PADDING;
    }

    /** A small box for a number of days or months: "{key} [ 10 ] {key.unit}". */
    private static HBox count(String id, String key, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(3);
        field.textProperty().bindBidirectional(value);
        HBox row = new HBox(6, label(key, field), field, new Label(Localization.get(key + ".unit")));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static VBox column(javafx.scene.Node... nodes) {
        VBox box = new VBox(5, nodes);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setPrefWidth(COLUMN_WIDTH);
        return box;
    }

    private VBox bodies() {
        ListView<Body> list = new ListView<>(vm.bodies());
        list.setId("bodies");
        list.setPrefHeight(160);
        // A few bodies in sight however low the window: the screen scrolls instead (2 px high at 1000x650).
        list.setMinHeight(BODY_LIST_MIN_HEIGHT);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Body b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : bodyName(b));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !vm.select(now)) {
                // The body shown has a field that is not a rule yet: stay on it, with the reason showing.
                Platform.runLater(() -> list.getSelectionModel().select(vm.selectedBodyProperty().get()));
            }
        });
        vm.selectedBodyProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        TextField code = FieldLimits.watch(new TextField(), Limit.BODY_CODE);
        code.setId("new-body-code");
        code.setPromptText(Localization.get("settings.body.code.prompt"));
        code.setPrefColumnCount(6);
        code.textProperty().bindBidirectional(vm.newCodeProperty());
        TextField name = FieldLimits.watch(new TextField(), Limit.BODY_NAME);
        name.setId("new-body-name");
        name.setPromptText(Localization.get("settings.body.name.prompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        Button add = new Button(Localization.get("settings.body.add"));
        add.setId("add-body");
        add.setOnAction(e -> {
            if (vm.addBody()) {
                list.requestFocus();
            }
        });
        name.setOnAction(e -> add.fire());
        VBox.setVgrow(list, Priority.ALWAYS);
        // Under the council's columns in a narrow window the list and the new body's fields keep a field's width, not
        // the screen's. Not the box itself: a grid lays a wrapped hint out at its cell's width, and a box narrower than
        // its cell then ran its hint into the rules' title below it.
        for (Region r : List.of(list, code, name)) {
            r.setMaxWidth(BODY_FIELDS_MAX_WIDTH);
        }
        return new VBox(6, section("settings.bodies"), list, label("settings.body.new", code), code, name, add,
                hint("settings.body.hint"));
    }

    static String bodyName(Body b) {
        return b.code() + " – " + b.name();
    }

}

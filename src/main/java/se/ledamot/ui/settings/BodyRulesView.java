package se.ledamot.ui.settings;

import static se.ledamot.ui.settings.Labels.hint;
import static se.ledamot.ui.settings.Labels.label;
import static se.ledamot.ui.settings.Labels.section;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.ledamot.domain.Limit;
import se.ledamot.domain.calendar.HolidayShift;
import se.ledamot.domain.meeting.AnswerRule;
import se.ledamot.domain.meeting.Arbetsordningar;
import se.ledamot.domain.meeting.SubmissionRule;
import se.ledamot.l10n.Localization;
import se.ledamot.l10n.RuleText;
import se.ledamot.ui.shell.FieldLimits;
import se.ledamot.ui.shell.ShownAs;

/**
 * The rules of the body chosen in the settings: a preset to copy, its name and speaking times, one row per
 * submission rule (with its form, number, weekday, hour and holiday direction, and under it the rule in words), at
 * which meeting interpellations and questions are answered.
 */
final class BodyRulesView extends VBox {
    private static final int MAX_MINUTES = 60;
    private final GridPane rules;
    private final List<RuleLine> lines;
    /** The heading over the holiday directions' column, away while they have lines of their own. */
    private final Label shiftHeading;
    private static final int MAX_AMOUNT = 60;

    BodyRulesView(SettingsViewModel vm) {
        super(10);
        setPadding(new Insets(0, 4, 12, 4));
        BodyRulesForm form = vm.form();

        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> Localization.get("settings.body.heading",
                form.nameProperty().get(), form.codeProperty().get()), form.nameProperty(), form.codeProperty()));

        ComboBox<Arbetsordningar.Preset> preset = new ComboBox<>(vm.presets());
        preset.setId("preset");
        preset.setPromptText(Localization.get("settings.preset.prompt"));
        preset.setConverter(ShownAs.text(RuleText::name));
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(preset, Priority.ALWAYS);
        Button apply = new Button(Localization.get("settings.preset.apply"));
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        apply.setId("apply-preset");
        apply.disableProperty().bind(vm.presetProperty().isNull());
        apply.setOnAction(e -> vm.applyPreset());
        Label presetHint = hint("settings.preset.hint");

        TextField name = FieldLimits.watch(new TextField(), Limit.BODY_NAME);
        name.setId("body-name");
        name.textProperty().bindBidirectional(form.nameProperty());

        GridPane top = grid();
        top.addRow(0, label("settings.preset", preset), new HBox(6, preset, apply));
        top.add(presetHint, 1, 1);
        top.addRow(2, label("settings.body.name", name), name);
        HBox speakingTimes = speakingTimes(form);
        top.addRow(3, label("settings.speech", speakingTimes), speakingTimes);

        Label submissions = section("settings.submissions");
        GridPane rules = grid();
        int r = 0;
        for (String key : new String[] {"settings.column.form", "settings.column.amount", "settings.column.weekday",
                "settings.column.time", "settings.column.shift"}) {
            Label h = new Label(Localization.get(key));
            h.getStyleClass().add("field-label");
            rules.add(h, r++, 0);
        }
        shiftHeading = (Label) rules.getChildren().getLast();
        List<RuleLine> lines = new ArrayList<>();
        int row = 1;
        for (RuleRow rule : form.rows()) {
            lines.add(addRule(rules, row, rule));
            row += 4;
        }
        this.rules = rules;
        this.lines = List.copyOf(lines);

        Label answers = section("settings.answers");
        ComboBox<AnswerRule> interpellation = answerRule("interpellation-answer", form.interpellationAnswerProperty());
        ComboBox<AnswerRule> question = answerRule("question-answer", form.questionAnswerProperty());
        GridPane answerGrid = grid();
        answerGrid.addRow(0, label("settings.answer.interpellation", interpellation), interpellation);
        answerGrid.addRow(1, label("settings.answer.question", question), question);
        answerGrid.add(hint("settings.answer.hint"), 1, 2);

        getChildren().addAll(heading, top, submissions, rules, answers, answerGrid);
    }

    private static HBox speakingTimes(BodyRulesForm form) {
        HBox box = new HBox(6);
        box.getChildren().addAll(minutes("speech-first", "settings.speech.first", form.firstSpeechProperty()),
                minutes("speech-later", "settings.speech.later", form.laterSpeechProperty()),
                minutes("speech-reply", "settings.speech.reply", form.replyProperty()));
        return box;
    }

    private static HBox minutes(String id, String labelKey, javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = spinner(id, 0, MAX_MINUTES, value);
        Label label = label(labelKey, spinner);
        HBox box = new HBox(4, label, spinner, new Label(Localization.get("settings.minutes")));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Fits the rules to the width their pane shows. At a small laptop's 1000x650 a rule's five fields were wider than
     * it, and the pane scrolled sideways and cut "Kopiera reglerna" (round 18): with less room than one line of them,
     * each rule's holiday direction gets a line of its own under the others. Decided on the pane's width, before it
     * lays these out (see SettingsView on the screen's columns).
     */
    void fitTo(double width) {
        boolean under = width < snappedLeftInset() + snappedRightInset() + oneLine(rules, lines.getFirst().shift());
        shiftHeading.setVisible(!under);
        shiftHeading.setManaged(!under);
        lines.forEach(l -> l.place(under));
    }

    /** The width of a rule's fields on one line: each column's widest field or heading, and the gaps. */
    private static double oneLine(GridPane rules, ComboBox<HolidayShift> shift) {
        double[] columns = new double[5];
        for (javafx.scene.Node n : rules.getChildren()) {
            Integer column = GridPane.getColumnIndex(n);
            Integer span = GridPane.getColumnSpan(n);
            int c = column == null ? 0 : column;
            if ((span == null || span == 1) && !(n instanceof HBox)) {
                columns[c] = Math.max(columns[c], Math.max(n.minWidth(-1), n.prefWidth(-1)));
            }
        }
        columns[4] = Math.max(columns[4], Math.max(shift.minWidth(-1), shift.prefWidth(-1)));
        return Arrays.stream(columns).sum() + (columns.length - 1) * rules.getHgap();
    }

    /**
     * A rule's holiday direction and its words: the direction at the end of the fields' line, or on a line of its own
     * under them with its heading beside it when the pane is too narrow for one line.
     */
    private record RuleLine(GridPane grid, int row, ComboBox<HolidayShift> shift, HBox apart, Label words) {
        void place(boolean under) {
            if (under == (shift.getParent() == apart)) {
                return;
            }
            grid.getChildren().remove(shift);
            if (under) {
                apart.getChildren().add(shift);
                grid.add(apart, 0, row + 2, 5, 1);
            } else {
                grid.getChildren().remove(apart);
                grid.add(shift, 4, row + 1);
            }
        }
    }

    /** One rule: whether the body has it, its fields on one line, and the rule in words under them. */
    private static RuleLine addRule(GridPane grid, int row, RuleRow rule) {
        String id = rule.kind().code().replace('_', '-');
        CheckBox on = new CheckBox(Localization.get("settings.kind." + rule.kind().code()));
        on.setId(id + "-on");
        on.selectedProperty().bindBidirectional(rule.enabledProperty());
        on.setDisable(!rule.optional());
        on.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<SubmissionRule.Form> form = new ComboBox<>();
        form.getItems().setAll(SubmissionRule.Form.values());
        form.setId(id + "-form");
        form.setConverter(ShownAs.text(f -> Localization.get("settings.form." + f.name().toLowerCase(java.util.Locale.ROOT))));
        form.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.valueProperty().bindBidirectional(rule.formProperty());
        Spinner<Integer> amount = spinner(id + "-amount", 0, MAX_AMOUNT, rule.amountProperty());
        ComboBox<DayOfWeek> weekday = new ComboBox<>();
        weekday.getItems().setAll(Arrays.asList(DayOfWeek.values()).subList(0, 5));
        weekday.setId(id + "-weekday");
        weekday.setConverter(ShownAs.text(d -> Localization.get("rule.weekday." + d.name().toLowerCase(java.util.Locale.ROOT))));
        weekday.valueProperty().bindBidirectional(rule.weekdayProperty());
        weekday.setMinWidth(120);
        weekday.disableProperty().bind(rule.formProperty().isEqualTo(SubmissionRule.Form.DAYS_BEFORE)
                .or(rule.enabledProperty().not()));
        TextField time = new TextField();
        time.setId(id + "-time");
        time.setPrefColumnCount(5);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.setPromptText(Localization.get("settings.time.prompt"));
        time.textProperty().bindBidirectional(rule.timeProperty());
        ComboBox<HolidayShift> shift = new ComboBox<>();
        shift.getItems().setAll(HolidayShift.values());
        shift.setId(id + "-shift");
        shift.setConverter(ShownAs.text(s -> Localization.get("settings.shift." + s.code())));
        shift.valueProperty().bindBidirectional(rule.shiftProperty());
        shift.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : new javafx.scene.Node[] {form, amount, time, shift}) {
            n.disableProperty().bind(rule.enabledProperty().not());
        }
        on.setPadding(new Insets(6, 0, 0, 0));
        grid.add(on, 0, row, 5, 1);
        grid.addRow(row + 1, form, amount, weekday, time, shift);
        Label words = new Label();
        words.setId(id + "-words");
        words.setWrapText(true);
        words.getStyleClass().add("hint");
        words.textProperty().bind(rule.descriptionProperty());
        grid.add(words, 0, row + 3, 5, 1);
        HBox apart = new HBox(8, label("settings.column.shift", shift));
        apart.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new RuleLine(grid, row, shift, apart, words);
    }

    private static ComboBox<AnswerRule> answerRule(String id, javafx.beans.property.ObjectProperty<AnswerRule> value) {
        ComboBox<AnswerRule> box = new ComboBox<>();
        box.getItems().setAll(AnswerRule.values());
        box.setId(id);
        box.setConverter(ShownAs.text(RuleText::describe));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
            javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max));
        spinner.setEditable(true);
        spinner.setPrefWidth(76);
        spinner.setMinWidth(76);
        spinner.setId(id);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        return grid;
    }
}

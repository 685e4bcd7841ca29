package se.ledamot.ui.answer;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.QuestionCheck;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.domain.answer.WordDiff;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * The answer editor: the text on the left, questions, figures and versions on the right. A comparison of versions
 * takes the text's place, where she looks (under the versions it was below the fold at 1280x800); Esc or the button
 * brings the text back, untouched.
 */
public final class AnswerEditorView {
    private final AnswerEditorViewModel vm;
    private final VersionRows rows;
    private final BorderPane root = new BorderPane();
    /**
     * The side panel's narrowest: the questions and buttons on a few lines each, the answer beside it still the widest
     * (at 290 the answer had ~280 px at 1000x650, no wider than the panel).
     */
    private static final double SIDE_MIN_WIDTH = 230;
    /** The answer's share of the room beside the side panel, until she drags the divider. */
    private static final double ANSWER_SHARE = 0.6;
    /** A version row's text is this much narrower than the list: the cell's padding and a scroll bar. */
    private static final double ROW_INSETS = 30;
    /** The versions' list with none saved: the words saying so, on two lines in a narrow panel. */
    private static final double EMPTY_VERSIONS = 60;

    private final VBox questionBox = new VBox(8);
    private final TextFlow diff = new TextFlow();
    private final Label diffTitle = new Label();
    private final VBox comparison = new VBox(8);
    private final TextArea text = new TextArea();
    private QuestionsBelow below;

    /**
     * @param due when the open answer is due (written answer, meeting), shown under the heading
     * @param rows what each version's row says
     * @param kept the matter's answer, said under an empty draft
     */
    AnswerEditorView(AnswerEditorViewModel vm, javafx.beans.value.ObservableStringValue due, VersionRows rows,
            KeptAnswer kept) {
        this.vm = vm;
        this.rows = rows;
        Label heading = new Label();
        heading.setId("answerHeading");
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.matter().get()), vm.matter()));
        Label saveState = new Label();
        saveState.setId("saveState");
        // The heading wraps, the state keeps its words: "Sparat" read "Spa…" at 1000x650 (walk20).
        saveState.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveState.textProperty().bind(vm.saveState());
        // A save that met another writer's change of the same field (on a shared server) is settled side by side.
        se.ledamot.ui.sync.ConflictView[] conflicts = new se.ledamot.ui.sync.ConflictView[1];
        vm.setOnConflicts(list -> {
            if (conflicts[0] == null) {
                conflicts[0] = new se.ledamot.ui.sync.ConflictView(root.getScene().getWindow(),
                        (c, choice, chosen, after, failed) -> vm.choose(c, choice, chosen, after));
            }
            conflicts[0].show(list);
        });
        HBox headingRow = new HBox(12, heading, saveState);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        // A long title with who asks and whom wraps instead of ending in "…" (seen at 1280×800).
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label dueLine = new Label();
        dueLine.setId("answerDue");
        dueLine.setWrapText(true);
        dueLine.textProperty().bind(due);
        dueLine.visibleProperty().bind(dueLine.textProperty().isNotEmpty());
        dueLine.managedProperty().bind(dueLine.visibleProperty());
        VBox top = new VBox(4, headingRow, dueLine);
        top.setPadding(new Insets(0, 0, 8, 0));

        text.setId("answerText");
        text.setWrapText(true);
        text.setPromptText(Localization.get("answer.text.prompt"));
        text.textProperty().bindBidirectional(vm.text());

        VBox sidePane = side();
        sidePane.setId("answerSide");
        sidePane.setMinWidth(SIDE_MIN_WIDTH);
        VBox draft = new VBox(4, text, KeptAnswerLine.of(kept));
        VBox.setVgrow(text, Priority.ALWAYS);
        SplitPane split = new SplitPane(new StackPane(draft, comparison()), sidePane);
        split.setDividerPositions(ANSWER_SHARE);
        keepShare(split);
        root.setTop(top);
        root.setCenter(split);
        root.setPadding(new Insets(12));
        root.disableProperty().bind(vm.matter().isNull());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && comparison.isVisible()) {
                closeComparison();
                e.consume();
            }
        });
        vm.matter().addListener((o, was, now) -> closeComparison());

        vm.questions().addListener((ListChangeListener<QuestionRow>) c -> showQuestions());
        showQuestions();
    }

    /**
     * A window made smaller or larger keeps the answer's share of the split, the one she last dragged to: the split
     * took a whole shrink from the answer (265 px beside a 300 px panel at 1000x650 after 1280x800, walk21).
     */
    private static void keepShare(SplitPane split) {
        double[] share = {ANSWER_SHARE};
        split.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED,
                e -> share[0] = split.getDividerPositions()[0]);
        split.widthProperty().addListener((o, was, now) -> split.setDividerPositions(share[0]));
    }

    public Parent view() {
        return root;
    }

    private VBox side() {
        Label questionsTitle = new Label(Localization.get("answer.questions.title"));
        questionsTitle.getStyleClass().add("section-title");
        questionsTitle.setId("answerQuestionsTitle");

        Label words = new Label();
        words.setId("wordCount");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> Localization.get("answer.words", vm.words().get()), vm.words()));
        Label time = new Label();
        time.setId("speakingTime");
        time.textProperty().bind(Bindings.createStringBinding(
                () -> Localization.get("answer.speakingTime", vm.speakingTime().get()), vm.speakingTime()));
        Spinner<Integer> pace = new Spinner<>(SpeakingTime.MIN_PACE, SpeakingTime.MAX_PACE,
                vm.preferences().wordsPerMinute().get(), 5);
        pace.setId("pace");
        pace.setEditable(true);
        pace.setPrefWidth(90);
        pace.valueProperty().addListener((o, was, now) -> vm.preferences().wordsPerMinute().set(now));
        // Rows of figures and buttons wrap onto a second line when the side panel is narrow, never cutting a word.
        FlowPane figures = new FlowPane(12, 8, words, time, new Label(Localization.get("answer.pace")), pace);
        figures.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        figures.setId("answerFigures");

        Label versionsTitle = new Label(Localization.get("answer.versions.title"));
        versionsTitle.getStyleClass().add("section-title");
        versionsTitle.setId("answerVersionsTitle");
        ListView<AnswerVersion> versions = new ListView<>(vm.versions());
        versions.setId("versions");
        // Room for three versions when the side panel is short; none saved, a line saying so, the questions above
        // the rest (walk24: the third of three long questions cut while an empty list kept 108 px).
        versions.prefHeightProperty().bind(Bindings.when(Bindings.isEmpty(vm.versions())).then(EMPTY_VERSIONS)
                .otherwise(160));
        versions.minHeightProperty().bind(Bindings.when(Bindings.isEmpty(vm.versions())).then(EMPTY_VERSIONS)
                .otherwise(108));
        Label noVersions = new Label(Localization.get("answer.versions.none"));
        noVersions.setWrapText(true);
        // As high as its lines: kept to one line's height, the words ended in "sparad…" at 1000x650.
        noVersions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        versions.setPlaceholder(noVersions);
        versions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        versions.setCellFactory(list -> new ListCell<>() {
            // A row wraps in the narrow side panel instead of being cut under a sideways scroll bar (the walk); a Text
            // with the list's width, as a wrapping cell was measured on two lines and ended in "Sparad …" (walk20).
            private final Text row = new Text();
            /** Room above and below of the row's own: a Text alone on two lines ran into the row below (Protokoll). */
            private final StackPane spaced = new StackPane(row);

            {
                spaced.setPadding(new Insets(2, 0, 2, 0));
                spaced.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                row.wrappingWidthProperty().bind(list.widthProperty().subtract(ROW_INSETS));
                row.fillProperty().bind(textFillProperty());
                row.fontProperty().bind(fontProperty());
                setPrefWidth(0);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(AnswerVersion v, boolean empty) {
                super.updateItem(v, empty);
                String said = empty || v == null ? null : rows.of(v);
                row.setText(said == null ? "" : said);
                setText(said);
                setGraphic(said == null ? null : spaced);
            }
        });

        Button cut = new Button(Localization.get("answer.action.cutVersion"));
        cut.setId("cutVersion");
        cut.setOnAction(e -> vm.cutVersion());
        Button compare = new Button(Localization.get("answer.action.compare"));
        compare.setId("compare");
        compare.disableProperty().bind(Bindings.isEmpty(versions.getSelectionModel().getSelectedItems()));
        compare.setOnAction(e -> compare(List.copyOf(versions.getSelectionModel().getSelectedItems())));
        Button restore = new Button(Localization.get("answer.action.restore"));
        restore.setId("restore");
        restore.disableProperty().bind(Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> {
            closeComparison();
            vm.restore(versions.getSelectionModel().getSelectedItem());
        });
        Button finish = new Button(Localization.get("answer.action.finish"));
        finish.setId("finish");
        finish.setOnAction(e -> vm.finish());
        FlowPane actions = new FlowPane(8, 8, cut, compare, restore, finish);

        Label message = new Label();
        message.setId("answerMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());

        // A short window scrolls the questions and figures, not the versions: their buttons stay in sight (Jämför and
        // Återställ were below the fold at 1000x650, walk20), and the panel never draws over the due line.
        VBox upper = new VBox(8, questionsTitle, questionBox, figures);
        ScrollPane questions = new ScrollPane(upper);
        questions.setFitToWidth(true);
        questions.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        questions.getStyleClass().add("edge-to-edge");
        questions.setMinHeight(0);
        // As tall as the questions and figures laid out at its width, no taller: the room left is the versions'
        // (growing the questions left ~120 px empty under the figures at 1280x800, walk21). Its own preferred height
        // measures the wrapped questions on one line each.
        questions.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> upper.getHeight()
                + questions.getInsets().getTop() + questions.getInsets().getBottom(),
                upper.heightProperty(), questions.insetsProperty()));
        below = new QuestionsBelow(questions);
        // Another matter's questions are read from the first: the pane kept where the one before was read to.
        vm.matter().addListener((o, was, now) -> {
            if (now != null && (was == null || !java.util.Objects.equals(was.id(), now.id()))) {
                questions.setVvalue(0);
            }
        });
        VBox.setVgrow(versions, Priority.ALWAYS);
        actions.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox side = new VBox(8, questions, below.link(), versionsTitle, versions, actions, message);
        side.setPadding(new Insets(0, 0, 0, 12));
        return side;
    }

    /** The comparison, hidden behind the text until Jämför: its title, the way back under it, the marked words. */
    private VBox comparison() {
        // The title says how to read the marks: whole, wrapping beside the way back.
        diffTitle.setId("compareTitle");
        diffTitle.setWrapText(true);
        diffTitle.setMaxWidth(Double.MAX_VALUE);
        diffTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button back = new Button(Localization.get("answer.action.backToAnswer"));
        back.setId("compareBack");
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setOnAction(e -> closeComparison());
        // The way back under the title, not beside it: beside it, the title had ~75 px at 1000x650 and read a word a
        // line, "understruk/et" broken (walk21).
        VBox head = new VBox(6, diffTitle, back);
        diff.setId("diff");
        diff.setPadding(new Insets(4));
        ScrollPane diffPane = new ScrollPane(diff);
        diffPane.setFitToWidth(true);
        VBox.setVgrow(diffPane, Priority.ALWAYS);
        comparison.getChildren().setAll(head, diffPane);
        comparison.setId("comparison");
        comparison.setVisible(false);
        text.visibleProperty().bind(comparison.visibleProperty().not());
        return comparison;
    }

    /** Back to the text, as it was: the comparison only covered it. */
    private void closeComparison() {
        if (comparison.isVisible()) {
            comparison.setVisible(false);
            text.requestFocus();
        }
    }

    private void showQuestions() {
        questionBox.getChildren().clear();
        java.util.Map<Integer, javafx.scene.Node[]> shown = new java.util.HashMap<>();
        if (vm.questions().isEmpty()) {
            questionBox.getChildren().add(new Label(Localization.get("answer.questions.none")));
        }
        for (QuestionRow row : vm.questions()) {
            CheckBox box = new CheckBox(row.number() + ". " + row.question());
            box.setId("question-" + row.number());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(row.answered());
            Label hint = new Label();
            hint.setId("hint-" + row.number());
            hint.setWrapText(true);
            hint.textProperty().bind(row.hint());
            hint.getStyleClass().add("question-hint");
            row.state().addListener((o, was, now) -> styleHint(hint, now));
            styleHint(hint, row.state().get());
            Tooltip.install(hint, new Tooltip(Localization.get("answer.question.rule")));
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox question = new VBox(4, box, hint);
            questionBox.getChildren().add(question);
            shown.put(row.number(), new javafx.scene.Node[] {box, question, questionBox});
        }
        below.watch(shown);
    }

    private static void styleHint(Label hint, QuestionCheck.State state) {
        hint.getStyleClass().removeAll("answered", "seems-answered", "open");
        hint.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private void compare(List<AnswerVersion> selected) {
        List<WordDiff.Segment> segments;
        if (selected.size() >= 2) {
            AnswerVersion a = selected.get(0);
            AnswerVersion b = selected.get(selected.size() - 1);
            segments = WordDiff.between(a, b);
            diffTitle.setText(Localization.get("answer.compare.versions", Math.min(a.number(), b.number()),
                    Math.max(a.number(), b.number())));
        } else {
            segments = WordDiff.compare(selected.getFirst().text(), vm.text().get());
            diffTitle.setText(Localization.get("answer.compare.current", selected.getFirst().number()));
        }
        diff.getChildren().clear();
        for (WordDiff.Segment s : segments) {
            Text t = new Text(s.text());
            switch (s.kind()) {
                case INSERTED -> {
                    t.getStyleClass().add("diff-inserted");
                    t.setUnderline(true);
                }
                case DELETED -> {
                    t.getStyleClass().add("diff-deleted");
                    t.setStrikethrough(true);
                }
                case SAME -> t.getStyleClass().add("diff-same");
            }
            diff.getChildren().add(t);
        }
        comparison.setVisible(true);
        comparison.lookup("#compareBack").requestFocus();
    }

    private static String describe(Matter m) {
        if (m == null) {
            return Localization.get("answer.none");
        }
        String askers = String.join(", ", m.authors().stream().map(Person::display).toList());
        String to = m.addressee() == null || m.addressee().name() == null ? "" : m.addressee().name();
        return heading(m.kind(), m.title(), askers, to);
    }

    /**
     * "Interpellation: Rubrik – från A till B" (the kind not said twice, Grammar.heading), leaving out from or to when
     * there is no one to name.
     */
    static String heading(MatterKind kind, String title, String askers, String to) {
        int named = (askers.isBlank() ? 0 : 1) + (to.isBlank() ? 0 : 2);
        return Localization.get("answer.heading", Grammar.heading(kind, title), named, askers, to);
    }
}

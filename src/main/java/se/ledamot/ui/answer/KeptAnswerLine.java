package se.ledamot.ui.answer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import se.ledamot.l10n.Localization;

/** Under an empty draft: the answer the matter keeps, and the way to take it back into the draft ({@link KeptAnswer}). */
final class KeptAnswerLine {
    private KeptAnswerLine() {
    }

    static Node of(KeptAnswer kept) {
        Label said = new Label();
        said.setId("answerKept");
        said.setWrapText(true);
        said.textProperty().bind(kept.line());
        Hyperlink take = new Hyperlink(Localization.get("answer.kept.take"));
        take.setId("answerKeptTake");
        take.setOnAction(e -> kept.takeBack());
        FlowPane line = new FlowPane(8, 2, said, take);
        line.visibleProperty().bind(kept.line().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }
}

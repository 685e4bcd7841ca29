package se.ledamot.ui.minutes;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import se.ledamot.l10n.Localization;

/**
 * The wording offered under the decision's field — what the protokoll writes under a standard item left empty
 * ("Upprop förrättas."), or a wording typed in Debatt — and the button that takes it; shown while it differs from the
 * field, never written into it unasked.
 */
final class SuggestedWording {
    private SuggestedWording() {
    }

    static Node row(DecisionWordingViewModel wording, ObservableBooleanValue adjusted) {
        Label line = new Label();
        line.setId("decisionSuggestion");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            DecisionWordingViewModel.Suggestion s = wording.suggestion().get();
            return s == null ? "" : Localization.get(s.fromDebate() ? "minutes.ui.decision.suggested.debate"
                    : "minutes.ui.decision.suggested.usual", s.text());
        }, wording.suggestion()));
        Button use = new Button(Localization.get("minutes.ui.decision.useSuggestion"));
        use.setId("useSuggestion");
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setOnAction(e -> wording.takeSuggestion());
        HBox row = new HBox(8, line, use);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(line, Priority.ALWAYS);
        row.visibleProperty().bind(Bindings.createBooleanBinding(() -> wording.suggestion().get() != null
                && !wording.suggestion().get().text().equals(wording.text().get()) && !adjusted.get(),
                wording.suggestion(), wording.text(), adjusted));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }
}

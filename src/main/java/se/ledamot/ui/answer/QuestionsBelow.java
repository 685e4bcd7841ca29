package se.ledamot.ui.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import se.ledamot.l10n.Localization;

/**
 * A link under the questions' pane naming the questions that lie below what it shows, and bringing the first into
 * view: a short pane cut the third of three long questions mid-line, its thin scroll bar unnoticed (walk24, 1280x800).
 */
final class QuestionsBelow {
    private final Hyperlink link = new Hyperlink();
    private final ScrollPane pane;
    private final InvalidationListener refresh = o -> refresh();
    /** Each question's box by its number, and the node placed in the pane's content that holds it. */
    private Map<Integer, Node[]> questions = Map.of();

    /** @param pane the questions' pane, its content set */
    QuestionsBelow(ScrollPane pane) {
        this.pane = pane;
        link.setId("questionsBelow");
        link.setWrapText(true);
        link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.managedProperty().bind(link.visibleProperty());
        link.setVisible(false);
        link.setOnAction(e -> {
            showFirstBelow();
            // A way to the questions, not a page read: it keeps a link's colour.
            link.setVisited(false);
        });
        pane.vvalueProperty().addListener(refresh);
        pane.viewportBoundsProperty().addListener(refresh);
        pane.getContent().layoutBoundsProperty().addListener(refresh);
    }

    Hyperlink link() {
        return link;
    }

    /**
     * The questions shown now: each number's check box and the ancestors up to the pane's content, whose places are
     * listened to (a box is placed after the pane has laid out its viewport).
     */
    void watch(Map<Integer, Node[]> shown) {
        questions.values().forEach(path -> {
            for (Node n : path) {
                n.boundsInParentProperty().removeListener(refresh);
            }
        });
        questions = shown;
        shown.values().forEach(path -> {
            for (Node n : path) {
                n.boundsInParentProperty().addListener(refresh);
            }
        });
        refresh();
    }

    private void refresh() {
        List<Integer> below = new ArrayList<>();
        double bottom = top() + pane.getViewportBounds().getHeight();
        questions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(q -> {
            if (bottomOf(q.getValue()) > bottom + 0.5) {
                below.add(q.getKey());
            }
        });
        link.setVisible(!below.isEmpty());
        // The questions below are the last ones, in a row: "Frågorna 2–3".
        link.setText(below.isEmpty() ? "" : Localization.get("answer.questions.below", below.size(),
                String.valueOf(below.getFirst()), String.valueOf(below.getLast())));
    }

    /** Scrolls the first question not wholly in sight to the top of the pane, or as far as the pane goes. */
    private void showFirstBelow() {
        double bottom = top() + pane.getViewportBounds().getHeight();
        questions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(q -> bottomOf(q.getValue()) > bottom + 0.5).findFirst().ifPresent(q -> {
                    double range = range();
                    pane.setVvalue(range <= 0 ? 0 : Math.min(1, topOf(q.getValue()) / range));
                });
    }

    /** Where the pane's view begins in its content. */
    private double top() {
        return pane.getVvalue() * Math.max(0, range());
    }

    private double range() {
        return pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
    }

    /** A box's top in the pane's content: its own place and those of its ancestors below the content. */
    private static double topOf(Node[] path) {
        double y = 0;
        for (Node n : path) {
            y += n.getBoundsInParent().getMinY();
        }
        return y;
    }

    private static double bottomOf(Node[] path) {
        return topOf(path) + path[0].getBoundsInParent().getHeight();
    }
}

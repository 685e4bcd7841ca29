package se.ledamot.ui.minutes;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * A § opened from another screen (Debatt) is scrolled to its decision: she comes for that, and the wording offered
 * from Debatt was below the motions and the vote, out of sight at 1280x800 (walk19a). Scrolled once, the scroll came
 * to nothing when the tab had never been laid out (no scene, no height yet: seen once under load, the wording offered
 * never came into sight), and a § read after the scroll moved the decision. So it scrolls again each time the record,
 * its view or the decision's place changes, until her first click, key or scroll in the §§, another scroll (to the
 * field she tabbed to), or until the § has been in view a while.
 */
final class DecisionInSight {
    /** How long after the first scroll that could be made the record may still settle (a § read slowly). */
    private static final Duration SETTLING = Duration.seconds(10);

    private final ScrollPane record;
    private final Node section;
    private final Node where;
    private final PauseTransition settled = new PauseTransition(SETTLING);
    private final InvalidationListener again = o -> scroll();
    private final EventHandler<InputEvent> hers = e -> stop();
    /** Scrolled elsewhere, not by this (FollowFocus to the field she tabbed to, a reveal): that place is kept. */
    private final InvalidationListener elsewhere = o -> {
        if (!this.scrolling) {
            stop();
        }
    };
    private boolean scrolling;

    private DecisionInSight(ScrollPane record, Node section, Node where) {
        this.record = record;
        this.section = section;
        this.where = where;
    }

    /**
     * Brings the decision of the record into sight now (if it can be) and keeps it there while the record settles.
     *
     * @param where the §§ (list and record): her input there ends the keeping
     */
    static void keep(ScrollPane record, Node where) {
        Node decision = record.getContent().lookup("#decisionTaken");
        if (decision == null) {
            return;
        }
        // A § opened again before the one before had settled: one keeping at a time.
        if (record.getProperties().get(DecisionInSight.class) instanceof DecisionInSight before) {
            before.stop();
        }
        DecisionInSight keeping = new DecisionInSight(record, decision.getParent().getParent(), where);
        record.getProperties().put(DecisionInSight.class, keeping);
        keeping.start();
    }

    private void start() {
        settled.setOnFinished(e -> stop());
        record.getContent().layoutBoundsProperty().addListener(again);
        record.viewportBoundsProperty().addListener(again);
        section.boundsInParentProperty().addListener(again);
        record.vvalueProperty().addListener(elsewhere);
        where.addEventFilter(MouseEvent.MOUSE_PRESSED, hers);
        where.addEventFilter(KeyEvent.KEY_PRESSED, hers);
        where.addEventFilter(ScrollEvent.SCROLL, hers);
        if (record.getScene() != null) {
            record.applyCss();
            record.layout();
        }
        scroll();
    }

    private void scroll() {
        double view = record.getViewportBounds().getHeight();
        if (record.getScene() == null || view <= 0) {
            return;
        }
        Node content = record.getContent();
        double top = content.sceneToLocal(section.localToScene(section.getBoundsInLocal())).getMinY();
        double room = content.getLayoutBounds().getHeight() - view;
        scrolling = true;
        try {
            record.setVvalue(room <= 0 ? 0 : Math.clamp(top / room, 0.0, 1.0));
        } finally {
            scrolling = false;
        }
        if (settled.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            settled.play();
        }
    }

    private void stop() {
        record.getProperties().remove(DecisionInSight.class, this);
        settled.stop();
        record.getContent().layoutBoundsProperty().removeListener(again);
        record.viewportBoundsProperty().removeListener(again);
        section.boundsInParentProperty().removeListener(again);
        record.vvalueProperty().removeListener(elsewhere);
        where.removeEventFilter(MouseEvent.MOUSE_PRESSED, hers);
        where.removeEventFilter(KeyEvent.KEY_PRESSED, hers);
        where.removeEventFilter(ScrollEvent.SCROLL, hers);
    }
}

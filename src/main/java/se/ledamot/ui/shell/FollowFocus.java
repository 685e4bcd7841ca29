package se.ledamot.ui.shell;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the field with the cursor in view when the user moves through a long form with Tab: a ScrollPane does not
 * scroll to its focused child by itself, so a keyboard user would type into a field off screen.
 */
public final class FollowFocus {
    private static final double MARGIN = 24;

    private FollowFocus() {
    }

    /** Scrolls {@code scroll} whenever the focus lands on a node inside its content that is out of view. */
    public static void follow(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, owner) -> reveal(scroll, owner));
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node owner) {
        Node content = scroll.getContent();
        if (owner == null || content == null || !isInside(owner, content)) {
            return;
        }
        Bounds b = content.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - view;
        double top = scroll.getVvalue() * room;
        if (room > 0 && (b.getMinY() < top || b.getMaxY() > top + view)) {
            scroll.setVvalue(Math.clamp((b.getMinY() - MARGIN) / room, 0.0, 1.0));
        }
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}

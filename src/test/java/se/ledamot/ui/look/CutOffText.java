package se.ledamot.ui.look;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Finds what a user cannot read in a window: a visible {@link Labeled} whose skin shows less than its text (an
 * ellipsis, or clipped), a table column cut by the table's edge, a text field too narrow to show a word, a list squeezed to a couple of rows. An empty list
 * may be low: it shows its placeholder, a label checked as the others (walk24: an empty list gives its room away).
 * Call on the FX thread; each finding is one line saying where and what.
 */
public final class CutOffText {
    /** Narrower than this, a text field shows no more than a few letters (the 15-pixel party field). */
    static final double MIN_FIELD_WIDTH = 40;
    /** Lower than this, a list or table shows a row or two (the 70-pixel list of pending matters). */
    static final double MIN_LIST_HEIGHT = 90;

    private CutOffText() {
    }

    public static List<String> in(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (onScreen(node)) {
            check(node, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Node node, List<String> found) {
        if (node instanceof TableView<?> table) {
            columnsPastTheEdge(table, found);
        }
        if (node instanceof Labeled labeled && labeled.getSkin() != null) {
            String full = labeled.getText();
            String shown = shownText(labeled);
            if (full != null && !full.isBlank() && shown != null && !shown.equals(expected(labeled, full))) {
                found.add(describe(node) + " shows \"" + shown + "\" of \"" + full + "\"");
            }
        } else if (node instanceof TextField field && field.getWidth() > 0 && field.getWidth() < MIN_FIELD_WIDTH) {
            found.add(describe(node) + " is " + Math.round(field.getWidth()) + " px wide");
        } else if ((node instanceof ListView<?> l && !l.getItems().isEmpty()
                || node instanceof TableView<?> t && !t.getItems().isEmpty()) && node instanceof Parent p
                && p.getLayoutBounds().getHeight() > 0 && p.getLayoutBounds().getHeight() < MIN_LIST_HEIGHT) {
            found.add(describe(node) + " is " + Math.round(p.getLayoutBounds().getHeight()) + " px high");
        }
    }

    /**
     * A column whose header lies (partly) outside the table's viewport is cut by the table's edge: its values are
     * clipped, not ellipsised, and the user has to scroll sideways to read them.
     */
    private static void columnsPastTheEdge(TableView<?> table, List<String> found) {
        Node viewport = table.lookup(".clipped-container");
        if (viewport == null || table.getItems().isEmpty()) {
            return;
        }
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.isVisible() && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getWidth() > 0 && (b.getMaxX() > view.getMaxX() + 1 || b.getMinX() < view.getMinX() - 1)) {
                    found.add(describe(table) + " cuts its column \"" + header.getTableColumn().getText()
                            + "\" at its edge");
                }
            }
        }
    }

    /** The text the skin draws: its LabeledText child (a Text directly under the Labeled). */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.isVisible() && child != labeled.getGraphic()) {
                return text.getText();
            }
        }
        return null;
    }

    /** What a label shows when nothing is cut: the text without its mnemonic underscore. */
    private static String expected(Labeled labeled, String full) {
        if (!labeled.isMnemonicParsing()) {
            return full;
        }
        int i = full.indexOf('_');
        return i >= 0 && i < full.length() - 1 ? full.substring(0, i) + full.substring(i + 1) : full;
    }

    /** Only what lies inside the window counts; rows scrolled out of a list are not shown to anyone. */
    private static boolean onScreen(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double w = node.getScene().getWidth();
        double h = node.getScene().getHeight();
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < w && b.getMinY() < h;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(name(node));
        for (Parent p = node.getParent(); p != null && path.length() < 160; p = p.getParent()) {
            if (p.getId() != null) {
                path.insert(0, "#" + p.getId() + " > ");
                break;
            }
        }
        return path.toString();
    }

    private static String name(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}

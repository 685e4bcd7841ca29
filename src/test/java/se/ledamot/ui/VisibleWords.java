package se.ledamot.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;

/**
 * The words a window shows of itself, not of the user's data: labels, buttons, column headers, tabs, examples in empty
 * fields, tooltips, menus. Read on the FX thread. Cells of lists and tables are left out (their words are the data's);
 * their placeholders are in.
 */
final class VisibleWords {
    /** Swedish words an English window must not show of its own (whole words; the data's are not read). */
    static final java.util.regex.Pattern SWEDISH = java.util.regex.Pattern.compile("\\b(Spara|Ärende|Ärenden|"
            + "Sammanträde|Sammanträden|Partigrupp|Protokoll|Punkt|Upprop|Val av justerare|justering|Yrkanden|"
            + "Beslut|Omröstning|Ja|Nej|Avstår|Avbryt|Närvarande|Grupp|kl)\\b");

    private VisibleWords() {
    }

    static List<String> of(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    /** The menu bar's menus and their items, shown or not (a click away). */
    static List<String> ofMenus(MenuBar bar) {
        List<String> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            items(menu, out);
        }
        return out;
    }

    private static void items(MenuItem item, List<String> out) {
        add(out, item.getText());
        if (item instanceof Menu menu) {
            for (MenuItem child : menu.getItems()) {
                items(child, out);
            }
        }
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible() || node.getStyleClass().contains("cell") || node.getStyleClass().contains("list-cell")
                || node.getStyleClass().contains("table-row-cell")) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(out, labeled.getText());
        }
        if (node instanceof TextInputControl field) {
            add(out, field.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            add(out, box.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(out, control.getTooltip().getText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(c -> column(c, out));
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> add(out, t.getText()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static void column(TableColumnBase<?, ?> column, List<String> out) {
        add(out, column.getText());
        column.getColumns().forEach(c -> column(c, out));
    }

    private static void add(List<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}

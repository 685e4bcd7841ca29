package se.ledamot.ui.shell;

import javafx.scene.control.ComboBox;

/**
 * The width of a chooser whose list grows with the years (twenty years of meetings: 1 396; the open matters Ctrl+P
 * offers: 5 318 at 100 000 matters). JavaFX measures a cell of every item for a combo box's width, on the FX thread,
 * each time its list is set: Protokoll's took 125 ms of it at 100 000 matters each time the screen was shown, the
 * brief export's matters 400-650 ms. Such a chooser measures its first rows only: any hundred meetings hold texts as
 * long as any (every body meets, every month's name comes), and a hundred matters' titles run as long as the rest
 * (the list, stretched to its column, cuts a longer one with "…"): 12-20 ms.
 */
public final class ChooserWidth {
    /** JavaFX's own key (ComboBoxListViewSkin) for how many rows a combo box measures; every row without it. */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";
    /** More than a year of a council's meetings. */
    static final int ROWS = 100;

    private ChooserWidth() {
    }

    public static void fromTheFirstRows(ComboBox<?> chooser) {
        chooser.getProperties().put(ROWS_TO_MEASURE, ROWS);
    }
}

package se.ledamot.ui.meetings;

import javafx.collections.transformation.FilteredList;

/**
 * Bara ej bestämda: the items the group has still to decide, and the item open in the form once she decides it, until
 * she opens another; then it leaves the list. Walk29: decided at a pause in her typing, the item left the list at
 * once, the form went on to the next item, and the rest of the speaker's name went into that item's Talare.
 */
final class UndecidedFilter {
    private final FilteredList<GroupRow> shown;
    private boolean on;
    /** The item open in the form, if any. */
    private Long open;
    /** While the rows are filtered afresh (ticked, or another item opened): the open item gets no exception. */
    private boolean fresh;

    UndecidedFilter(FilteredList<GroupRow> shown) {
        this.shown = shown;
    }

    /** Ticked or not: the rows filtered afresh, an item already decided left out even if it is open. */
    void set(boolean on) {
        this.on = on;
        refilter();
    }

    /** The item now open in the form: the one open before leaves the list if it is decided. */
    void opened(long itemId) {
        if (open == null || open != itemId) {
            boolean before = open != null;
            open = itemId;
            if (on && before) {
                refilter();
            }
        }
    }

    private void refilter() {
        fresh = true;
        try {
            shown.setPredicate(on ? r -> shows(r) : null);
        } finally {
            fresh = false;
        }
    }

    private boolean shows(GroupRow row) {
        return row.undecided() || !fresh && open != null && row.agenda().item().id() == open;
    }
}

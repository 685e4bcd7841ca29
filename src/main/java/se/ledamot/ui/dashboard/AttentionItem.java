package se.ledamot.ui.dashboard;

import se.ledamot.domain.Matter;

/** One line of "this week": a matter, why it needs attention, and the detail in words (e.g. "försenad 3 dagar"). */
public record AttentionItem(Matter matter, Reason reason, String detail) {

    /** In the order the list shows them. */
    public enum Reason {
        OVERDUE,
        MY_ANSWER,
        DUE_AT_NEXT_MEETING,
        DUE_THIS_WEEK
    }
}

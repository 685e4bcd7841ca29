package se.ledamot.ui.editor;

/** One line of a matter's timeline as the editor shows it: when, and what happened in words. */
public record TimelineEntry(String when, String what) {
}

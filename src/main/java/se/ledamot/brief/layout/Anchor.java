package se.ledamot.brief.layout;

/** A place in the document that gets a bookmark (outline entry) and can be listed in a table of contents. */
public record Anchor(String id, String title, int level) {
}

package se.ledamot.brief.layout;

/**
 * A node of the document's logical structure (PDF structure tree): a role such as H1, P, L, LI, Table, TD, in a
 * parent. Blocks name their node; the writer turns the nodes into structure elements as text is drawn, so the tree
 * follows reading order.
 */
public final class Tag {
    private final String role;
    private final Tag parent;
    private final String alt;

    private Tag(String role, Tag parent, String alt) {
        this.role = role;
        this.parent = parent;
        this.alt = alt;
    }

    public static Tag document() {
        return new Tag("Document", null, null);
    }

    public Tag child(String childRole) {
        return new Tag(childRole, this, null);
    }

    /** A child with an alternative text, as a figure needs for those who cannot see it. */
    public Tag child(String childRole, String altText) {
        return new Tag(childRole, this, altText);
    }

    /** The alternative text, or null. */
    public String alt() {
        return alt;
    }

    public String role() {
        return role;
    }

    public Tag parent() {
        return parent;
    }
}

package se.ledamot.brief.layout;

/**
 * A node of the document's logical structure (PDF structure tree): a role such as H1, P, L, LI, Table, TD, in a
 * parent. Blocks name their node; the writer turns the nodes into structure elements as text is drawn, so the tree
 * follows reading order.
 */
public final class Tag {
    private final String role;
    private final Tag parent;

    private Tag(String role, Tag parent) {
        this.role = role;
        this.parent = parent;
    }

    public static Tag document() {
        return new Tag("Document", null);
    }

    public Tag child(String childRole) {
        return new Tag(childRole, this);
    }

    public String role() {
        return role;
    }

    public Tag parent() {
        return parent;
    }
}

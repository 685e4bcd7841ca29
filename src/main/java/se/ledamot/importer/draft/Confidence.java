package se.ledamot.importer.draft;

/** How sure the parser is of a field it filled in: found plainly, guessed from weaker signs, or not found. */
public enum Confidence {
    SURE,
    UNSURE,
    MISSING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

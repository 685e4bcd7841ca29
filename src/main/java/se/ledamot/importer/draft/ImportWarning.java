package se.ledamot.importer.draft;

import java.util.List;
import se.ledamot.l10n.Localization;

/** Something the parser wants the user to check, as a message key and its arguments (importer bundle). */
public record ImportWarning(String key, List<Object> args) {
    public ImportWarning {
        args = List.copyOf(args);
    }

    public static ImportWarning of(String key, Object... args) {
        return new ImportWarning(key, List.of(args));
    }

    /** The warning in the user's language. */
    public String text() {
        return Localization.get(key, args.toArray());
    }
}

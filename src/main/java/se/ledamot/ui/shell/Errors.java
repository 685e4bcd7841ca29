package se.ledamot.ui.shell;

import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;

/** A failure said in words for the user: the domain's or the store's reason when there is one. */
public final class Errors {
    private Errors() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return Localization.message(d);
            }
        }
        return Localization.get("ui.error.unexpected", String.valueOf(error.getMessage()));
    }
}

package se.ledamot.ui.shell;

import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;

/** A failure said in words for the user: the domain's or the store's reason when there is one. */
public final class Errors {
    /** The store's key for a shared server's connection lost on the way. */
    private static final String LOST = "server.lost";

    private Errors() {
    }

    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException d && LOST.equals(d.key())) {
                // Said once, named as the status bar names it (no default port); the status bar says what stays.
                return Localization.get("server.ui.lost", d.args());
            } else if (t instanceof DomainException d) {
                return Localization.message(d);
            }
        }
        return Localization.get("ui.error.unexpected", String.valueOf(error.getMessage()));
    }
}

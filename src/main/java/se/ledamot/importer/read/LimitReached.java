package se.ledamot.importer.read;

import java.io.IOException;
import java.util.List;
import se.ledamot.importer.budget.BudgetExceededException;

/**
 * A document went past one of the readers' limits (pages, text, unpacked size): refused for its size, in the words
 * its key names, not as broken.
 */
final class LimitReached extends IOException {
    private final String key;
    private final transient List<Object> args;

    /** @param args the message's arguments after the file's name */
    LimitReached(String key, Object... args) {
        super(key, null);
        this.key = key;
        this.args = List.of(args);
    }

    String key() {
        return key;
    }

    List<Object> args() {
        return args;
    }

    /**
     * The limit or the budget behind an exception that a library wrapped (StAX, PDFBox): rethrown as it was, so the
     * file is refused for the right reason. Returns normally when there is none.
     */
    static void rethrowCause(Throwable e) throws LimitReached {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitReached l) {
                throw l;
            }
            if (t instanceof BudgetExceededException b) {
                throw b;
            }
        }
    }
}

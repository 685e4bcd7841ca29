package se.ledamot.domain.sync;

import java.time.Instant;

/**
 * Who saved the other side of a conflict, and when, as far as it is known (issue 16.5): a person who signs in to the
 * shared server (their enrolled name and party group), another window of this same data folder, the user herself on
 * another computer, or no one known. The person choosing between two versions weighs them by who wrote them.
 *
 * @param name        the writer's name, or their login where no name is enrolled; "" when not a known person
 * @param party       the writer's party group ("S"), "" when none or not known
 * @param at          when it was saved, null when not known
 * @param otherWindow saved in another window of this data folder (no server: the same computer)
 * @param you         saved by this user herself on another computer (her other laptop, or the server's window), as a
 *                    laptop's sync meets it
 */
public record SavedBy(String name, String party, Instant at, boolean otherWindow, boolean you) {
    /** Nothing known: "someone else". */
    public static final SavedBy UNKNOWN = new SavedBy("", "", null, false, false);

    public SavedBy {
        name = name == null ? "" : name.strip();
        party = party == null ? "" : party.strip();
    }

    public static SavedBy person(String name, String party, Instant at) {
        return new SavedBy(name, party, at, false, false);
    }

    public static SavedBy anotherWindow(Instant at) {
        return new SavedBy("", "", at, true, false);
    }

    public static SavedBy youElsewhere(Instant at) {
        return new SavedBy("", "", at, false, true);
    }

    /** The same writer, saved at {@code when}. */
    public SavedBy at(Instant when) {
        return new SavedBy(name, party, when, otherWindow, you);
    }

    /** Whether a person other than this user is named. */
    public boolean named() {
        return !otherWindow && !you && !name.isEmpty();
    }

    /** Whether anything is known of who saved it: a person, another window or this user elsewhere. */
    public boolean known() {
        return named() || otherWindow || you;
    }
}

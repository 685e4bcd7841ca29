package se.ledamot.ui.debate;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.debate.Speaker;
import se.ledamot.domain.debate.SpeakerList;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.Debouncer;

/**
 * Debatt's notes field and the speaker whose notes it holds. What she types for that speaker is stored once typing
 * pauses, when another speaker or item is chosen, on "Spara text" and when the screen is left or the window closes:
 * the field used to be kept only on "Spara text", and choosing another speaker wrote it over with that one's notes
 * (walk36). With no speaker chosen the field holds the notes of the speaker about to be added.
 */
final class SpeakerNotes {
    private final StringProperty text;
    private final Debouncer pause;
    /** The list as shown; null while no item is. */
    private final Supplier<SpeakerList> shown;
    /** Shows and stores the list with one speaker's notes replaced (only that row, so a speaker just clicked stays). */
    private final Stored stored;
    private final Consumer<String> refused;
    /** The speaker the field's notes belong to, as stored or handed over; null: a speaker to be added. */
    private Speaker owner;

    interface Stored {
        void at(int index, SpeakerList next);
    }

    SpeakerNotes(StringProperty text, Debouncer pause, Supplier<SpeakerList> shown, Stored stored,
            Consumer<String> refused) {
        this.text = text;
        this.pause = pause;
        this.shown = shown;
        this.stored = stored;
        this.refused = refused;
        text.addListener((o, was, now) -> {
            if (typed()) {
                pause.schedule(this::store);
            }
        });
    }

    /** Whether the field holds notes typed for a speaker in the list and not yet handed over. */
    boolean typed() {
        return owner != null && !text.get().equals(owner.text());
    }

    /** Whether the field belongs to a speaker in the list (else to the one about to be added). */
    boolean owned() {
        return owner != null;
    }

    /**
     * The list's choice moved to {@code next}. The same speaker again (the list was read or stored anew) keeps what
     * is typed; another has the notes typed before stored first, then shows its own (notes refused stay, with the
     * refusal said). None (the list between two readings) changes nothing.
     */
    void chosen(Speaker next) {
        if (next == null) {
            return;
        }
        if (owner != null && Speaker.sameTurn(next, owner) && typed()) {
            owner = next;
            return;
        }
        if (typed() && !store()) {
            return;
        }
        owner = next;
        text.set(next.text());
    }

    /** Hands the notes typed over to be stored now; false when nothing waited or they were refused (said). */
    boolean store() {
        pause.cancel();
        if (!typed()) {
            return false;
        }
        SpeakerList list = shown.get();
        int index = list == null ? -1 : list.turnOf(owner);
        if (index < 0) {
            owner = owner.withText(text.get()); // taken off the list meanwhile: the notes go with the speaker
            return true;
        }
        SpeakerList next;
        try {
            next = list.replace(index, list.speakers().get(index).withText(text.get()));
        } catch (RuntimeException e) {
            refused.accept(Errors.describe(e));
            return false;
        }
        owner = next.speakers().get(index);
        stored.at(index, next);
        return true;
    }

    /** Another item is shown: what was typed for this one's speaker is stored, and the field is emptied. */
    void leaveItem() {
        boolean kept = !typed() || store();
        owner = null;
        if (kept) {
            text.set("");
        }
    }
}

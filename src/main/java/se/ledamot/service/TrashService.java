package se.ledamot.service;

import java.util.List;
import se.ledamot.domain.Matter;
import se.ledamot.store.MatterStore;

/** The trash (Papperskorg): a deleted matter is kept, with everything it had, until it is brought back. */
public final class TrashService {
    private final MatterStore matters;

    TrashService(MatterStore matters) {
        this.matters = matters;
    }

    /** The matters in the trash, most recently trashed first. */
    public List<Matter> list() {
        return matters.trashed();
    }

    /** Moves a matter to the trash; its timeline says so. */
    public void trash(long matterId) {
        matters.trash(matterId);
    }

    /** Brings a matter back from the trash as it was. */
    public void restore(long matterId) {
        matters.restore(matterId);
    }
}

package se.ledamot.service;

import java.util.List;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.store.PutAsideRows;
import se.ledamot.store.PutAsideStore;

/**
 * Choices put aside ("Välj senare", issue 16.5), kept where the window's data is: in the data folder's database (a
 * replica's included, never synced), or on the shared server as the signed-in login's own rows. What the user typed
 * in a field another person changed meanwhile so survives closing the window, a crash and a restart, until she
 * chooses.
 */
public final class PutAsideService implements PutAside.Store {
    private final PutAsideStore store;

    PutAsideService(PutAsideStore store) {
        this.store = store;
    }

    /** Keeps a row's choice (in place of what was kept for it). */
    @Override
    public void keep(PutAside aside) {
        store.keep(aside);
    }

    /** Forgets a row's choice once it is chosen or stored. */
    @Override
    public void forget(String form, String key) {
        store.forget(form, key);
    }

    /** The choices one form put aside, oldest first. */
    @Override
    public List<PutAside> waiting(String form) {
        return store.waiting(form);
    }

    /** How a form's row of {@code type} (a domain record) is kept whole and read back. */
    public <T> PutAside.Rows<T> rows(Class<T> type) {
        return new PutAsideRows<>(type);
    }

    /** Every choice that waits, of every form: what the window tells of when it opens. */
    public List<PutAside> waiting() {
        return store.waiting(null);
    }
}

package se.ledamot.domain.sync;

import java.time.Instant;
import java.util.List;

/**
 * A choice put aside ("Välj senare", issue 16.5) as kept until the user chooses: which form and row, the row's
 * heading, when, and per field in conflict the text both sides started from and this side's text. Kept durably, so a
 * closed window or a crash does not lose what she typed; when the form is opened again it is met with the row as
 * stored then and asked again.
 *
 * @param form which form put it aside ("minutes.wording"): the one that asks again
 * @param key     which row, as the form keys it (an item's id)
 * @param savedBy who saved the other side, and when, as the save that met it knew
 */
public record PutAside(String form, String key, String title, Instant at, List<Field> fields, SavedBy savedBy) {
    /** Where choices put aside are kept: the window's forms keep theirs through the service that implements it. */
    public interface Store {
        /** Keeps a row's choice, in place of what was kept for it. */
        void keep(PutAside aside);

        /** Forgets a row's choice once it is chosen or stored. */
        void forget(String form, String key);

        /** The choices one form put aside, oldest first. */
        List<PutAside> waiting(String form);
    }

    /**
     * How a whole row is written as text and read back, for forms whose fields' texts only describe them: what is
     * kept must give back exactly what was typed.
     */
    public interface Rows<T> {
        String write(T row);

        T read(String text);
    }

    /** One field in conflict: its code ({@link RowField#code}), the text both started from and this side's. */
    public record Field(String code, String base, String mine) {
    }

    public PutAside {
        fields = List.copyOf(fields);
        savedBy = savedBy == null ? SavedBy.UNKNOWN : savedBy;
    }
}

package se.ledamot.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.RowField;
import se.ledamot.ui.task.TaskExecutor;

/**
 * How a form's choices put aside ("Välj senare") are kept durably by {@link FormConflicts}: where ({@code store},
 * under the form's name {@code form}), in which lane, how a row is read as stored now ({@code read}, in the lane:
 * empty when it is gone), how a field is kept as text and read back ({@code typed}) and a row's fields as its saves
 * compare them ({@code fields}). Every form that keeps its choices on disk gives one of these; the rest is shared.
 */
public record KeptAside<T>(PutAside.Store store, String form, TaskExecutor lane, Function<String, Optional<T>> read,
        Typed<T> typed, Fields<T> fields) {

    /**
     * A row's fields as its saves compare them, given its key and the rows met (the council's rules have fields per
     * body; the papers' settings those of the body its key names).
     */
    public interface Fields<T> {
        List<RowField<T>> of(String key, T base, T mine, T stored);
    }

    /** The reverse of {@link RowField#text}, for rows whose fields' texts are their values. */
    public interface Reverse<T> {
        T with(T row, String code, String text);
    }

    /** How a field of a row is kept as text and put back into a row, losing nothing of what was typed. */
    public interface Typed<T> {
        /** The field's value in {@code row}, as kept. */
        String text(RowField<T> field, T row);

        /** {@code row} (kept under {@code key}) with the field {@code code} as kept in {@code kept}. */
        T with(String key, T row, String code, String kept);

        /** The field's value as kept, in the words the conflict view says it (e.g. in the line of a row gone). */
        String said(String key, String code, String kept);

        /** For rows whose fields' texts are their values (an agenda item's texts): kept as those texts. */
        static <T> Typed<T> asText(Reverse<T> reverse) {
            return new Typed<>() {
                @Override
                public String text(RowField<T> field, T row) {
                    return field.text().apply(row);
                }

                @Override
                public T with(String key, T row, String code, String kept) {
                    return reverse.with(row, code, kept);
                }

                @Override
                public String said(String key, String code, String kept) {
                    return kept;
                }
            };
        }

        /**
         * For rows whose fields' texts only describe them (people, lists, a logo, the rules of a body): each field is
         * kept as the whole row, written by {@code rows}, and put back with the field's own {@link RowField#take}.
         */
        static <T> Typed<T> whole(PutAside.Rows<T> rows, Fields<T> fields) {
            return new Typed<>() {
                @Override
                public String text(RowField<T> field, T row) {
                    return rows.write(row);
                }

                @Override
                public T with(String key, T row, String code, String kept) {
                    T from = rows.read(kept);
                    return field(key, code, row, from).map(f -> f.take().apply(row, from)).orElse(row);
                }

                @Override
                public String said(String key, String code, String kept) {
                    T from = rows.read(kept);
                    return field(key, code, from, from).map(f -> f.text().apply(from)).orElse("");
                }

                private Optional<RowField<T>> field(String key, String code, T row, T from) {
                    return fields.of(key, from, from, row).stream().filter(f -> f.code().equals(code)).findFirst();
                }
            };
        }
    }
}

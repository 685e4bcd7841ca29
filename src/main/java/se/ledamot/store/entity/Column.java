package se.ledamot.store.entity;

import java.util.Locale;
import org.jooq.Field;
import org.jooq.TableField;

/**
 * One column of a kept thing: its name in the export and in the sync (the column's name in lower case, or for a
 * reference the name of what it refers to), its role, and for a reference the kind of thing it refers to.
 */
public record Column(String name, TableField<?, ?> field, Role role, String target) {
    public static Column of(TableField<?, ?> field, Role role) {
        return new Column(field.getName().toLowerCase(Locale.ROOT), field, role, null);
    }

    /** A reference column ({@code meeting_id}), named after what it refers to ({@code meeting}). */
    public static Column ref(TableField<?, ?> field, String target) {
        String name = field.getName().toLowerCase(Locale.ROOT).replaceFirst("_(id|code)$", "");
        return new Column(name, field, Role.REF, target);
    }

    @SuppressWarnings("unchecked")
    public <T> Field<T> typed() {
        return (Field<T>) field;
    }

    public boolean isText() {
        return role == Role.TEXT;
    }

    /** Whether two sides that set it differently disagree (a stamp or a server-filled group never do). */
    public boolean conflicts() {
        return role == Role.DATA || role == Role.TEXT || role == Role.REF || role == Role.KEY;
    }
}

package se.ledamot.store.entity;

import java.util.List;
import java.util.Locale;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A list a kept thing owns, one row each in a table of its own (a matter's authors, a body's rules). {@code link} are
 * the list table's columns that hold the owner's local key; {@code order} sorts the rows; {@code columns} are the
 * values of a row; {@code identity} names the row within the list when its merge is not {@link Merge#WHOLE} (the
 * uid of a timeline entry, the number of a version).
 */
public record ListPart(String name, Table<?> table, List<TableField<?, ?>> link, List<TableField<?, ?>> order,
        List<Column> columns, Merge merge, Column identity) {

    public ListPart {
        link = List.copyOf(link);
        order = List.copyOf(order);
        columns = List.copyOf(columns);
    }

    public String tableName() {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** The column with this name, if the list has one. */
    public Column column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
    }
}

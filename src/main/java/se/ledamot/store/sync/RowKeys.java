package se.ledamot.store.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.Keys;
import se.ledamot.store.entity.ListPart;
import se.ledamot.store.entity.Role;

/**
 * Which kept thing a row of a table belongs to, worked out from the row's values as the database hands them to a
 * trigger (in the table's column order): a matter's own row, one of its authors, a group's position... One per table.
 */
final class RowKeys {
    private final EntityType type;
    private final Table<?> table;
    private final ListPart list;
    private final List<Integer> uidColumns = new ArrayList<>();

    private RowKeys(EntityType type, Table<?> table, ListPart list) {
        this.type = type;
        this.table = table;
        this.list = list;
        for (TableField<?, String> uid : se.ledamot.store.entity.Uids.columns()) {
            if (uid.getTable().equals(table)) {
                uidColumns.add(table.indexOf(uid));
            }
        }
    }

    /** The table's place in the catalogue: as a thing's own row or as one of its lists. */
    static Optional<RowKeys> forTable(String tableName) {
        for (EntityType t : Catalogue.SYNCED) {
            if (!t.rootless() && t.table().getName().equalsIgnoreCase(tableName)) {
                return Optional.of(new RowKeys(t, t.table(), null));
            }
            for (ListPart l : t.lists()) {
                if (l.table().getName().equalsIgnoreCase(tableName)) {
                    return Optional.of(new RowKeys(t, l.table(), l));
                }
            }
        }
        return Optional.empty();
    }

    EntityType type() {
        return type;
    }

    /** Columns of this table that name a row for good, to be filled in when a row is made without. */
    List<Integer> uidColumns() {
        return uidColumns;
    }

    /** The key of the thing the row belongs to, or null when that thing is gone (the row goes with it). */
    String keyOf(DSLContext d, Object[] row) {
        if (list == null) {
            if (type.hasUid()) {
                return (String) row[table.indexOf(type.uid())];
            }
            List<String> parts = new ArrayList<>();
            for (Column c : type.key()) {
                Object v = row[table.indexOf(c.field())];
                String part = c.role() == Role.REF ? uidOf(d, Catalogue.require(c.target()), v) : String.valueOf(v);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            return String.join(String.valueOf(Keys.SEPARATOR), parts);
        }
        Object owner = row[table.indexOf(list.link().getFirst())];
        if (type.hasUid()) {
            return uidOf(d, type, owner);
        }
        Column key = type.key().getFirst();
        return key.role() == Role.REF ? uidOf(d, Catalogue.require(key.target()), owner) : String.valueOf(owner);
    }

    private static String uidOf(DSLContext d, EntityType target, Object id) {
        if (id == null) {
            return null;
        }
        if (!target.hasUid()) {
            return String.valueOf(id);
        }
        return d.select(target.uid()).from(target.table()).where(target.id().eq((Long) id)).fetchOne(target.uid());
    }

    @Override
    public String toString() {
        return table.getName().toLowerCase(Locale.ROOT) + " of " + type;
    }
}

package se.ledamot.store.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * One kind of thing Ledamot keeps, described once for the export and for the sync: its table, how it is named in
 * every database, its columns and the lists it owns. A thing is named either by a uid (matters, meetings, agenda
 * items: their ids differ from database to database) or by a natural key of its own columns, where a reference is
 * written as the key of what it refers to (a group's position is the group and the agenda item's uid).
 * A rootless thing has no row of its own: it is the list of rows with its key (the speakers of an item).
 */
public final class EntityType {
    private final String name;
    private final Table<?> table;
    private final TableField<?, Long> id;
    private final TableField<?, String> uid;
    private final List<Column> key;
    private final List<Column> columns;
    private final List<ListPart> lists;
    private final boolean groupOwned;
    private final boolean rootless;

    private EntityType(Builder b) {
        this.name = b.name;
        this.table = b.table;
        this.id = b.id;
        this.uid = b.uid;
        this.key = List.copyOf(b.key);
        this.columns = List.copyOf(b.columns);
        this.lists = List.copyOf(b.lists);
        this.groupOwned = b.groupOwned;
        this.rootless = b.rootless;
    }

    public String name() {
        return name;
    }

    public Table<?> table() {
        return table;
    }

    public String tableName() {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** Named by a uid (with a local id), or by its natural key. */
    public boolean hasUid() {
        return uid != null;
    }

    public TableField<?, Long> id() {
        return id;
    }

    public TableField<?, String> uid() {
        return uid;
    }

    /** The columns of the natural key, in order; empty for a thing named by a uid. */
    public List<Column> key() {
        return key;
    }

    /** Every column but the local id and the uid, the key's included. */
    public List<Column> columns() {
        return columns;
    }

    public List<ListPart> lists() {
        return lists;
    }

    /** Whether its rows belong to one party group (hidden from the others on a server). */
    public boolean groupOwned() {
        return groupOwned;
    }

    public boolean rootless() {
        return rootless;
    }

    /** The columns in this database that a list's link columns hold: the local id, or the key's columns. */
    public List<TableField<?, ?>> localKeyFields() {
        if (hasUid()) {
            return List.of(id);
        }
        return key.stream().<TableField<?, ?>>map(Column::field).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<ListPart> list(String listName) {
        return lists.stream().filter(l -> l.name().equals(listName)).findFirst();
    }

    /** The thing's fields as the sync compares them: columns by name, then lists by name. */
    public List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.add(c.name()));
        lists.forEach(l -> out.add(l.name()));
        return out;
    }

    @Override
    public String toString() {
        return name;
    }

    public static Builder named(String name, Table<?> table) {
        return new Builder(name, table);
    }

    /** Describes a thing column by column. */
    public static final class Builder {
        private final String name;
        private final Table<?> table;
        private TableField<?, Long> id;
        private TableField<?, String> uid;
        private final List<Column> key = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<ListPart> lists = new ArrayList<>();
        private boolean groupOwned;
        private boolean rootless;

        private Builder(String name, Table<?> table) {
            this.name = name;
            this.table = table;
        }

        public Builder uid(TableField<?, Long> idField, TableField<?, String> uidField) {
            this.id = idField;
            this.uid = uidField;
            return this;
        }

        /** A column of the natural key, plain or (with a target) a reference. */
        public Builder key(TableField<?, ?> field) {
            Column c = Column.of(field, Role.KEY);
            key.add(c);
            columns.add(c);
            return this;
        }

        public Builder keyRef(TableField<?, ?> field, String target) {
            Column c = Column.ref(field, target);
            key.add(c);
            columns.add(c);
            return this;
        }

        public Builder columns(Role role, TableField<?, ?>... fields) {
            for (TableField<?, ?> f : fields) {
                columns.add(Column.of(f, role));
            }
            return this;
        }

        public Builder ref(TableField<?, ?> field, String target) {
            columns.add(Column.ref(field, target));
            return this;
        }

        public Builder list(ListPart part) {
            lists.add(part);
            return this;
        }

        /** Rows belong to a party group; the group column is the server's to fill. */
        public Builder groupOwned(TableField<?, ?> groupField) {
            this.groupOwned = true;
            columns.add(Column.of(groupField, Role.SERVER_GROUP));
            return this;
        }

        /** Rows belong to a party group, named in the key or in each row. */
        public Builder ownedByGroup() {
            this.groupOwned = true;
            return this;
        }

        public Builder rootless() {
            this.rootless = true;
            return this;
        }


        public EntityType build() {
            return new EntityType(this);
        }
    }
}

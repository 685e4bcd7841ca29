package se.ledamot.store.sync;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;

/**
 * What the signed-in user may write on the server, asked of PostgreSQL once per sync (grants and column privileges,
 * db/postgresql/V9_1): a change to a field the user may not write is not sent but shown as a conflict the user
 * settles. Row-level security (another group's rows) is still the server's to refuse when the row is written.
 */
public final class Privileges {
    private final Set<String> allowed;

    private Privileges(Set<String> allowed) {
        this.allowed = allowed;
    }

    /** Everything allowed: the database's owner, or a laptop's own database. */
    public static Privileges all() {
        return new Privileges(null);
    }

    public static Privileges of(DSLContext server) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        java.util.List<Field<Boolean>> questions = new java.util.ArrayList<>();
        for (EntityType t : Catalogue.SYNCED) {
            for (Table<?> table : tablesOf(t)) {
                for (String what : new String[] {"INSERT", "DELETE"}) {
                    labels.add(what + " " + name(table));
                    questions.add(ask("has_table_privilege({0}, {1})", name(table), what));
                }
            }
            java.util.List<Column> columns = new java.util.ArrayList<>();
            if (!t.rootless()) {
                t.columns().forEach(c -> columns.add(c));
            }
            t.lists().forEach(l -> columns.addAll(l.columns()));
            for (Column c : columns) {
                String table = name(c.field().getTable());
                labels.add("UPDATE " + table + "." + column(c.field()));
                questions.add(ask("has_column_privilege({0}, {1}, {2})", table, column(c.field()), "UPDATE"));
            }
        }
        org.jooq.Record answers = server.select(questions).fetchOne();
        Set<String> allowed = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (Boolean.TRUE.equals(answers.get(i, Boolean.class))) {
                allowed.add(labels.get(i));
            }
        }
        return new Privileges(allowed);
    }

    public boolean mayInsert(EntityType t) {
        return allowed == null || tablesOf(t).stream().allMatch(x -> allowed.contains("INSERT " + name(x)));
    }

    public boolean mayDelete(EntityType t) {
        Table<?> root = t.rootless() ? t.lists().getFirst().table() : t.table();
        return allowed == null || allowed.contains("DELETE " + name(root));
    }

    /** Whether a field (a column, or a list) of a thing may be changed by this user. */
    public boolean mayChange(EntityType t, String field) {
        if (allowed == null) {
            return true;
        }
        var column = t.column(field);
        if (column.isPresent()) {
            return allowed.contains("UPDATE " + name(t.table()) + "." + column(column.get().field()));
        }
        ListPart l = t.list(field).orElseThrow();
        return switch (l.merge()) {
            case WHOLE -> allowed.contains("INSERT " + name(l.table())) && allowed.contains("DELETE " + name(l.table()));
            case HISTORY, APPEND -> allowed.contains("INSERT " + name(l.table()));
        };
    }

    private static Set<Table<?>> tablesOf(EntityType t) {
        Set<Table<?>> out = new HashSet<>();
        if (!t.rootless()) {
            out.add(t.table());
        }
        t.lists().forEach(l -> out.add(l.table()));
        return out;
    }

    private static Field<Boolean> ask(String function, String... args) {
        Object[] inlined = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            inlined[i] = DSL.inline(args[i]);
        }
        return DSL.field(function, Boolean.class, inlined);
    }

    private static String name(Table<?> t) {
        return "public." + t.getName().toLowerCase(Locale.ROOT);
    }

    private static String column(Field<?> f) {
        return f.getName().toLowerCase(Locale.ROOT);
    }
}

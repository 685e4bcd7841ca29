package se.ledamot.store.entity;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Rows made before a database was first exported or shared have no uid (V10). They get one, random, the first time
 * it is needed; it then stays with the row wherever it goes.
 */
public final class Uids {
    private Uids() {
    }

    /** The uid columns of every kept thing and of every list whose rows are named by a uid. */
    public static List<TableField<?, String>> columns() {
        List<TableField<?, String>> out = new ArrayList<>();
        for (EntityType t : Catalogue.ALL) {
            if (t.hasUid()) {
                out.add(t.uid());
            }
            for (ListPart l : t.lists()) {
                if (l.identity() != null && l.identity().name().equals("uid")) {
                    @SuppressWarnings("unchecked")
                    TableField<?, String> uid = (TableField<?, String>) l.identity().field();
                    out.add(uid);
                }
            }
        }
        return out;
    }

    /** Gives every row without a uid a new one; returns how many got one. */
    public static int fill(DSLContext dsl) {
        int n = 0;
        for (TableField<?, String> uid : columns()) {
            n += dsl.update(uid.getTable()).set(uid, DSL.uuid().cast(String.class)).where(uid.isNull()).execute();
        }
        return n;
    }
}

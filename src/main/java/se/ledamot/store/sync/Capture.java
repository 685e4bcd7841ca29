package se.ledamot.store.sync;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Table;
import se.ledamot.store.entity.Catalogue;
import se.ledamot.store.entity.EntityType;
import se.ledamot.store.entity.ListPart;

/**
 * Change capture on a laptop's replica: a {@link CaptureTrigger} on every table the catalogue describes, so whatever
 * writes to them (the window, the command line, a later screen) is noticed without each store having to say so.
 * While the sync itself writes what it pulled, capture is suspended on that thread.
 */
public final class Capture {
    private static final ThreadLocal<Integer> SUSPENDED = ThreadLocal.withInitial(() -> 0);
    /** Writers that wait for a thing the sync is applying wait this long before giving up (ms). */
    static final int LOCK_TIMEOUT_MS = 20_000;

    private Capture() {
    }

    /** Puts the triggers on every described table that lacks one; idempotent. H2 only. */
    public static void install(DSLContext local) {
        for (Table<?> t : tables()) {
            local.execute("CREATE TRIGGER IF NOT EXISTS " + triggerName(t) + " BEFORE INSERT, UPDATE, DELETE ON "
                    + local.render(t) + " FOR EACH ROW CALL '" + CaptureTrigger.class.getName() + "'");
        }
        // A window's save waits for the sync's short transactions instead of failing.
        local.execute("SET DEFAULT_LOCK_TIMEOUT " + LOCK_TIMEOUT_MS);
    }

    /** Whether every described table has its trigger. */
    public static boolean installed(DSLContext local) {
        Set<String> names = new LinkedHashSet<>(local.fetch(
                "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS").getValues(0, String.class));
        return tables().stream().allMatch(t -> names.contains(triggerName(t)));
    }

    static Set<Table<?>> tables() {
        Set<Table<?>> out = new LinkedHashSet<>();
        for (EntityType type : Catalogue.SYNCED) {
            out.add(type.table());
            for (ListPart l : type.lists()) {
                out.add(l.table());
            }
        }
        return out;
    }

    private static String triggerName(Table<?> t) {
        return "LEDAMOT_SYNC_" + t.getName().toUpperCase(Locale.ROOT);
    }

    /** Runs work with capture off on this thread: what the sync writes is the server's, not a change made here. */
    public static <T> T suspended(Supplier<T> work) {
        SUSPENDED.set(SUSPENDED.get() + 1);
        try {
            return work.get();
        } finally {
            SUSPENDED.set(SUSPENDED.get() - 1);
        }
    }

    static boolean isSuspended() {
        return SUSPENDED.get() > 0;
    }
}

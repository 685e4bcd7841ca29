package se.ledamot.store.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The values of kept things as Java holds them (String, Integer, Long, Boolean, dates, times, bytes), compared. */
public final class Values {
    private Values() {
    }

    /** A value as read from any database, in one form: moments in UTC. */
    public static Object normal(Object v) {
        if (v instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return v;
    }

    /** Whether two values, or two lists of rows, are the same. */
    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return isEmpty(a) && isEmpty(b);
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isEqual(y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Object k : x.keySet()) {
                if (!same(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /**
     * None, no rows, or no text: the same to a user. A thing made on two laptops is merged against a base of nulls,
     * where a field one side left empty must not count as a change of it (it would be a conflict with the other's text).
     */
    private static boolean isEmpty(Object v) {
        return v == null || v instanceof List<?> l && l.isEmpty() || v instanceof String s && s.isEmpty();
    }
}

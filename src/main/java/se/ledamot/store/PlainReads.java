package se.ledamot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads by plain JDBC on the store's connection, for what every command reads before its own work (the deadline
 * rules: settings, bodies, their rules, meetings). jOOQ's first query of a process cost ~0.37 s CPU of
 * {@code list --json} (issue 15): its rendering and record machinery loaded for a few rows.
 */
final class PlainReads {
    private PlainReads() {
    }

    /** What one row becomes. */
    @FunctionalInterface
    interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    /** Every row a query finds, each as {@code row} makes it; {@code params} in order for its "?". */
    static <T> List<T> list(DSLContext dsl, String sql, Row<T> row, Object... params) {
        return dsl.connectionResult(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(row.of(r));
                    }
                }
            }
            return out;
        });
    }
}

package se.ledamot.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterFilter;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.store.AttachmentStore;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.ui.dashboard.DashboardFigures;

/**
 * The figures measured inside one JVM on the program's own code: what one keystroke in the register's search field
 * costs, opening a matter in the editor, the dashboard's figures, the overdue list, and the baseline of a plain SQL
 * LIKE scan over titles and bodies. Each is warmed up once, then timed.
 */
final class InProcessFigures {
    /** What the user types, one keystroke at a time. */
    static final List<String> TYPED = List.of("integrationsplanen", "plan för integration", "Åkesson skolskjuts");

    private InProcessFigures() {
    }

    static Map<String, Object> measure(Path folder, LocalDate today) throws Exception {
        try (Database db = Database.open(folder)) {
            MatterStore matters = new MatterStore(db);
            MeetingStore meetings = new MeetingStore(db);
            Deadlines deadlines = meetings.calendar().deadlines();
            long start = System.nanoTime();
            List<Matter> all = matters.list();
            double load = ms(start);
            List<Double> keystrokes = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                keystrokes.clear();
                for (String text : TYPED) {
                    for (int i = 1; i <= text.length(); i++) {
                        long t = System.nanoTime();
                        all.stream().filter(new MatterFilter(null, null, null, text.substring(0, i))).count();
                        keystrokes.add(ms(t));
                    }
                }
            }
            long id = all.get(all.size() / 2).id();
            double open = 0;
            for (int round = 0; round < 3; round++) {
                long t = System.nanoTime();
                matters.find(id).orElseThrow();
                matters.timeline(id);
                new AttachmentStore(db).of(id);
                open = ms(t);
            }
            double dashboard = 0;
            double overdue = 0;
            for (int round = 0; round < 2; round++) {
                long t = System.nanoTime();
                List<Matter> listed = matters.list();
                Optional<LocalDate> next = Optional.empty();
                DashboardFigures.of(listed, today, next, deadlines, "", "");
                dashboard = ms(t);
                t = System.nanoTime();
                Overdue.of(matters.list(), deadlines, today);
                overdue = ms(t);
            }
            double like = likeScan(db, "integrationsplan");
            like = likeScan(db, "integrationsplan");
            return Map.of("register_load_all_ms", load, "keystroke_p95_ms", p95(keystrokes),
                    "keystroke_max_ms", keystrokes.stream().mapToDouble(d -> d).max().orElse(0),
                    "open_matter_ms", open, "dashboard_ms", dashboard, "overdue_ms", overdue, "like_scan_ms", like);
        }
    }

    /** The baseline: a plain SQL LIKE over every title and body. */
    static double likeScan(Database db, String word) {
        return db.dsl().connectionResult(c -> timeLike(c, word));
    }

    private static double timeLike(Connection c, String word) throws java.sql.SQLException {
        long t = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM matter WHERE LOWER(title) LIKE ? OR LOWER(body) LIKE ?")) {
            s.setString(1, "%" + word + "%");
            s.setString(2, "%" + word + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
            }
        }
        return ms(t);
    }

    static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }

    static double ms(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e4) / 100.0;
    }
}

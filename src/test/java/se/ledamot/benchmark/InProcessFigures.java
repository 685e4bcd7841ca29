package se.ledamot.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.ledamot.service.DeadlineService;
import se.ledamot.service.Ledamot;
import se.ledamot.service.RegisterService;
import se.ledamot.store.Database;
import se.ledamot.store.TestDatabases;
import se.ledamot.ui.dashboard.DashboardFigures;

/**
 * The figures measured inside one JVM, through the services the window uses: the register's first rows, what one
 * keystroke in its search field costs (ids of every match, then the rows on screen; in order of submission, as a
 * column chosen, and best hits first, the window's order while typing), opening a matter in the
 * editor, the dashboard's figures, the overdue list, what other screens read ({@link ScreenFigures}); and the baseline of a plain SQL LIKE scan over titles and
 * bodies. Each is warmed up once, then timed; opening a matter is timed for several matters, each opened once.
 */
final class InProcessFigures {
    /** What the user types, one keystroke at a time. */
    static final List<String> TYPED = List.of("integrationsplanen", "plan för integration", "Åkesson skolskjuts");
    /** Rows on the screen of a 1280×800 window. */
    static final int SCREEN = 40;
    /** Matters opened one after another for the editor's figure. */
    static final int OPENED = 21;

    private InProcessFigures() {
    }

    static Map<String, Object> measure(Path folder, LocalDate today, boolean search) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Ledamot app = Ledamot.open(folder, clock)) {
            long t = System.nanoTime();
            if (search) {
                app.search().prepare();
                out.put("search_index_open_ms", ms(t));
            }
            RegisterService register = app.register();
            double first = 0;
            for (int round = 0; round < 3; round++) {
                t = System.nanoTime();
                long[] ids = register.ids(RegisterService.Query.ALL, false);
                register.rows(Arrays.copyOf(ids, Math.min(ids.length, SCREEN)));
                first = ms(t);
            }
            out.put("register_first_rows_ms", first);
            if (search) {
                // Query.ALL orders by submission (as when that column is chosen); the window's own order while a
                // search is typed and no column is chosen is best hits first.
                List<Double> keystrokes = typeAll(register, RegisterService.Query.ALL);
                out.put("keystroke_p95_ms", p95(keystrokes));
                out.put("keystroke_max_ms", keystrokes.stream().mapToDouble(d -> d).max().orElse(0));
                out.put("keystrokes", keystrokes.size());
                out.put("hits_for_last_text", register.ids(RegisterService.Query.ALL.withText(TYPED.getLast()),
                        true).length);
                List<Double> ranked = typeAll(register, RegisterService.Query.ALL.sortedBy(
                        RegisterService.Sort.RELEVANCE, false));
                out.put("keystroke_ranked_p95_ms", p95(ranked));
                out.put("keystroke_ranked_max_ms", ranked.stream().mapToDouble(d -> d).max().orElse(0));
            }
            // A person opens a matter once, as a rule one not read before: each of OPENED matters spread over the
            // register is opened once (after one warm-up open), and the median and p95 of those are the figures.
            long[] all = register.ids(RegisterService.Query.ALL, false);
            open(app, all[0]);
            List<Double> opens = new ArrayList<>();
            for (int i = 1; i <= OPENED; i++) {
                opens.add(open(app, all[(int) ((long) all.length * i / (OPENED + 1))]));
            }
            out.put("open_matter_ms", median(opens));
            out.put("open_matter_p95_ms", p95(opens));
            double dashboard = 0;
            double overdue = 0;
            for (int round = 0; round < 3; round++) {
                t = System.nanoTime();
                DeadlineService.Outlook o = app.deadlines().outlook(today);
                DashboardFigures.of(o.matters(), o.pending(), today, o.nextCouncilMeeting(), o.rules(), "", "");
                dashboard = ms(t);
                t = System.nanoTime();
                app.deadlines().overdue(today);
                overdue = ms(t);
            }
            out.put("dashboard_ms", dashboard);
            out.put("overdue_ms", overdue);
            out.putAll(ScreenFigures.measure(app, today));
            if (search) {
                t = System.nanoTime();
                int found = app.search().search(se.ledamot.search.SearchQuery.of("integrationsplanen", 20)).size();
                out.put("search_everywhere_ms", ms(t));
                out.put("search_everywhere_hits", found);
            }
        }
        try (Database db = TestDatabases.local(folder)) {
            likeScan(db, "integrationsplan");
            out.put("like_scan_ms", likeScan(db, "integrationsplan"));
        }
        return out;
    }

    /** What the editor reads when a matter is chosen: the matter, its timeline, its attachments. */
    private static double open(Ledamot app, long id) {
        long t = System.nanoTime();
        app.matters().require(id);
        app.matters().timeline(id);
        app.matters().attachments(id);
        return ms(t);
    }

    /** Types every text one keystroke at a time, twice (the first round warms up); the second round's times. */
    private static List<Double> typeAll(RegisterService register, RegisterService.Query base) {
        List<Double> keystrokes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            keystrokes.clear();
            for (String text : TYPED) {
                for (int i = 1; i <= text.length(); i++) {
                    long t = System.nanoTime();
                    long[] ids = register.ids(base.withText(text.substring(0, i)), true);
                    register.rows(Arrays.copyOf(ids, Math.min(ids.length, SCREEN)));
                    keystrokes.add(ms(t));
                }
            }
        }
        return keystrokes;
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

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static double ms(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e4) / 100.0;
    }
}

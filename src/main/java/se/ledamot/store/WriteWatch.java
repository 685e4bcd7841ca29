package se.ledamot.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection that tells when anything but a query is sent through it, and its text — by jOOQ, plain JDBC or anyone
 * later — for {@link TurnContent}: a statement prepared, executed or batched whose text does not begin with SELECT
 * (after comments and parentheses), or selects from a data change delta table (H2's {@code FINAL TABLE (INSERT …)},
 * which jOOQ sends to store a new record and learn its key), counts as a write, whether it is run or not. H2's own
 * count of writes to its file cannot tell: it frees the space of old versions when it likes, during a read (measured
 * at 100 000 matters).
 */
final class WriteWatch implements InvocationHandler {
    /** A data change delta table: what follows it is the statement that writes. */
    private static final Pattern DELTA_TABLE = Pattern.compile("\\b(?:FINAL|NEW|OLD)\\s+TABLE\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private final Object target;
    private final Consumer<String> onWrite;

    private WriteWatch(Object target, Consumer<String> onWrite) {
        this.target = target;
        this.onWrite = onWrite;
    }

    static Connection watched(Connection connection, Consumer<String> onWrite) {
        return (Connection) Proxy.newProxyInstance(WriteWatch.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new WriteWatch(connection, onWrite));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length > 0 && args[0] instanceof String sql && isSent(method.getName())
                && !isQuery(sql)) {
            onWrite.accept(sql);
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
            // A plain statement's text comes with each execute; a prepared one's was looked at above.
            return Proxy.newProxyInstance(WriteWatch.class.getClassLoader(), new Class<?>[] {Statement.class},
                    new WriteWatch(statement, onWrite));
        }
        return result;
    }

    /** The methods of a connection or statement that take a statement's text to run now or later. */
    private static boolean isSent(String method) {
        return method.startsWith("execute") || method.equals("addBatch") || method.startsWith("prepare");
    }

    /**
     * Whether the text is a query: SELECT first, after comments, white space and opening parentheses, and no data
     * change delta table (a word of a literal that looks like one makes a query count as a write: never the other way).
     */
    static boolean isQuery(String sql) {
        return startsWithWord(sql, start(sql), "SELECT") && !DELTA_TABLE.matcher(sql).find();
    }

    /** Whether the text asks H2 to write what it holds to the file (no row changes). */
    static boolean isCheckpoint(String sql) {
        return startsWithWord(sql, start(sql), "CHECKPOINT");
    }

    /**
     * The table a statement writes rows of, upper case without schema or quotes: INSERT INTO, UPDATE, DELETE FROM,
     * MERGE INTO, also inside a data change delta table; empty for any other statement (a CHECKPOINT, DDL, SET ...).
     */
    static Optional<String> rowsOf(String sql) {
        int i = start(sql);
        if (startsWithWord(sql, i, "SELECT")) {
            Matcher delta = DELTA_TABLE.matcher(sql);
            if (!delta.find()) {
                return Optional.empty();
            }
            i = blanks(sql, delta.end());
        }
        for (String verb : new String[] {"INSERT", "UPDATE", "DELETE", "MERGE"}) {
            if (startsWithWord(sql, i, verb)) {
                i = blanks(sql, i + verb.length());
                if (!verb.equals("UPDATE")) {
                    String into = verb.equals("DELETE") ? "FROM" : "INTO";
                    if (!startsWithWord(sql, i, into)) {
                        return Optional.empty();
                    }
                    i = blanks(sql, i + into.length());
                }
                return tableAt(sql, i);
            }
        }
        return Optional.empty();
    }

    /** A table's name, unquoted and upper case, its schema left out ("PUBLIC"."MATTER", matter). */
    private static Optional<String> tableAt(String sql, int i) {
        String name = null;
        while (i < sql.length()) {
            int end;
            if (sql.charAt(i) == '"') {
                end = sql.indexOf('"', i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                name = sql.substring(i + 1, end++);
            } else {
                end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                if (end == i) {
                    break;
                }
                name = sql.substring(i, end).toUpperCase(Locale.ROOT);
            }
            if (end < sql.length() && sql.charAt(end) == '.') {
                i = end + 1;
            } else {
                break;
            }
        }
        return Optional.ofNullable(name);
    }

    private static boolean startsWithWord(String sql, int i, String word) {
        return sql.regionMatches(true, i, word, 0, word.length())
                && (sql.length() == i + word.length() || !Character.isLetterOrDigit(sql.charAt(i + word.length())));
    }

    private static int blanks(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the statement's first word is: after comments, white space and opening parentheses. */
    private static int start(String sql) {
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}

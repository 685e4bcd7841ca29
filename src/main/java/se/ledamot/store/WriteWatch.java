package se.ledamot.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A connection that tells when anything but a query is sent through it — by jOOQ, plain JDBC or anyone later — for
 * {@link TurnContent}: a statement prepared, executed or batched whose text does not begin with SELECT (after
 * comments and parentheses) counts as a write, whether it is run or not. H2's own count of writes to its file cannot
 * tell: it frees the space of old versions when it likes, during a read (measured at 100 000 matters).
 */
final class WriteWatch implements InvocationHandler {
    private final Object target;
    private final Runnable onWrite;

    private WriteWatch(Object target, Runnable onWrite) {
        this.target = target;
        this.onWrite = onWrite;
    }

    static Connection watched(Connection connection, Runnable onWrite) {
        return (Connection) Proxy.newProxyInstance(WriteWatch.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new WriteWatch(connection, onWrite));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (args != null && args.length > 0 && args[0] instanceof String sql && isSent(method.getName())
                && !isQuery(sql)) {
            onWrite.run();
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

    /** Whether the text is a query: SELECT first, after comments, white space and opening parentheses. */
    static boolean isQuery(String sql) {
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
        return sql.regionMatches(true, i, "SELECT", 0, 6)
                && (sql.length() == i + 6 || !Character.isLetterOrDigit(sql.charAt(i + 6)));
    }
}

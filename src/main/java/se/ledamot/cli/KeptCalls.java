package se.ledamot.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ledamot.service.KeptRefresh;
import se.ledamot.service.Ledamot;
import se.ledamot.service.OutputCache;

/**
 * The calls whose output is kept and printed again while nothing has changed ({@link OutputCache}): {@code list} and
 * {@code overdue} on a data folder, whose output is the database's, the day's and the options' alone. Read from the
 * words as typed, before the command line is made, so that a call answered from the kept output starts nothing else.
 */
public final class KeptCalls {
    private static final Set<String> COMMANDS = Set.of("list", "overdue");
    /** Options whose output is not the data folder's: found through the search index, or on a server. */
    private static final Set<String> NOT_KEPT = Set.of("--query", "--server");
    private static final String DATA = "--data";
    /**
     * The system property of a start that only answers kept calls: the launcher starts such a call first without
     * the commands' AOT cache (a JVM loads all its classes at start: a fifth of a kept answer's time), and again with
     * it when this start ends with {@link #NOT_KEPT_EXIT}.
     */
    public static final String ONLY = "ledamot.keptOnly";
    /** How such a start ends when the call's output is not kept (EX_TEMPFAIL: "try again"), having printed nothing. */
    public static final int NOT_KEPT_EXIT = 75;

    private KeptCalls() {
    }

    /**
     * Whether the call was answered, on the process's output, with its kept output. Asked first of all, before the
     * command line is made (picocli's classes are in a jar of their own, which it would open).
     */
    public static boolean printed(String... args) {
        return printed(new FileOutputStream(FileDescriptor.out), args);
    }

    static boolean printed(OutputStream out, String... args) {
        Optional<OutputCache> kept = of(args);
        return kept.isPresent() && (kept.get().printIfCurrent(out)
                || KeptRefresh.printOnceMade(kept.get(), out));
    }

    /** Where the output of this call is kept; none for a call whose output is not. */
    static Optional<OutputCache> of(String... args) {
        String data = null;
        String command = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (name.equals(DATA)) {
                data = a.equals(name) ? (i + 1 < args.length ? args[++i] : null) : a.substring(DATA.length() + 1);
                if (data == null || data.isBlank()) {
                    return Optional.empty();
                }
            } else if (NOT_KEPT.contains(name) || command == null && !COMMANDS.contains(a)) {
                return Optional.empty();
            } else if (command == null) {
                command = a;
            } else {
                words.add(a);
            }
        }
        if (command == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Ledamot.keptOutput(data != null ? Path.of(data) : Ledamot.defaultFolder(), command,
                    OutputCache.call(words)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}

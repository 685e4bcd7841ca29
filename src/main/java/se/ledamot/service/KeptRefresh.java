package se.ledamot.service;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import se.ledamot.store.Database;
import se.ledamot.store.PrivateFiles;

/**
 * The command line's kept outputs ({@link OutputCache}) made again in the background once a program that writes has
 * given the folder back, so that the first {@code list --json} after a change finds its answer made (issue 15: at
 * 100 000 matters reading it takes seconds, more than a JVM's start may). Only the calls asked before are made again,
 * each as it was asked, by a program of its own ({@code refresh-kept}) at low priority, one at a time per folder.
 * That program gives way: when anyone queues for the folder (the window saving, a command) it ends at once, leaving
 * the database as it was (it opens it read-only), and the next one after the next change starts again.
 */
public final class KeptRefresh {
    private static final String LOCK = "refresh.lock";
    /** Touched when a refresh is started, removed when it ends: a call asked in between waits for it too. */
    private static final String STARTED = "refresh.started";
    /** How long a refresh started may take to claim the folder (a JVM's start, on a busy machine). */
    private static final long START_MILLIS = 5_000;
    /** How often a call whose output is being made again looks whether it is made. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** Calls asked longer ago are not made again (the last four of each command are kept, for ever). */
    static final Duration ASKED_WITHIN = Duration.ofDays(7);
    /** How long a call waits at most for the refresh under way before reading the database itself. */
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** How this program starts its {@code refresh-kept} on a folder; none (tests in process): nothing is started. */
    private static volatile Function<Path, List<String>> starter;

    private KeptRefresh() {
    }

    /** Makes kept outputs again after each turn of this program that may have changed a folder, with this command. */
    public static void startWith(Function<Path, List<String>> command) {
        starter = command;
    }

    /** What a program that opens {@code folder} to write does each time it gives the folder back. */
    static Runnable afterTurn(Path folder) {
        return () -> {
            Function<Path, List<String>> command = starter;
            if (command != null && anyStale(folder) && !underWay(folder)) {
                Path started = folder.resolve(OutputCache.FOLDER).resolve(STARTED);
                try {
                    Files.deleteIfExists(started);
                    PrivateFiles.create(started);
                    new ProcessBuilder(command.apply(folder))
                            .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException | RuntimeException e) {
                    // Not started: the next call reads the database, as before, without waiting for it.
                    try {
                        Files.deleteIfExists(started);
                    } catch (IOException ignored) {
                        // It runs out by itself (START_MILLIS).
                    }
                }
            }
        };
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    /** Whether a kept call asked lately is no longer current (the file changed, a new day). */
    static boolean anyStale(Path folder) {
        return !toMake(folder).isEmpty();
    }

    /**
     * The kept calls to make again: those asked by someone within {@link #ASKED_WITHIN} (a call answered from what
     * was kept is not counted) whose output is no longer current, the shortest output first: the answers quickest
     * to make are ready soonest (at 100 000 matters {@code overdue --json} took 3.6 s after a change behind
     * {@code list --json}, where reading it alone takes 1.7 s).
     */
    public static List<List<String>> toMake(Path folder) {
        long since = System.currentTimeMillis() - ASKED_WITHIN.toMillis();
        return calls(folder, since).stream().filter(call -> !kept(folder, call).isCurrent())
                .sorted(Comparator.comparingLong(call -> size(file(folder, call)))).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Path file(Path folder, List<String> call) {
        return kept(folder, call).file();
    }

    /**
     * Runs {@code make}, which keeps the call's output anew, keeping the time the call was last asked by someone
     * (its file's time): making a call is not asking it ({@link #ASKED_WITHIN}; the command line keeps the last
     * four calls asked of each command).
     */
    public static void remake(Path folder, List<String> call, Runnable make) {
        Path file = file(folder, call);
        try {
            FileTime asked = Files.getLastModifiedTime(file);
            make.run();
            Files.setLastModifiedTime(file, asked);
        } catch (IOException e) {
            // Gone meanwhile: nothing to keep the time of.
        }
    }

    /** The kept output of a call, its command first. */
    public static OutputCache kept(Path folder, List<String> call) {
        return Ledamot.keptOutput(folder, call.getFirst(), OutputCache.call(call.subList(1, call.size())));
    }

    /**
     * The refresh of the folder's kept outputs taken by this program, or empty when another has it. While it is
     * held, this whole program gives way to anyone who queues for a folder ({@link Database#giveWayToOthers}).
     */
    public static Optional<AutoCloseable> claim(Path folder) {
        try {
            Path file = folder.resolve(OutputCache.FOLDER).resolve(LOCK);
            PrivateFiles.folder(file.getParent());
            PrivateFiles.create(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Path started = file.resolveSibling(STARTED);
            Database.giveWayToOthers(() -> {
                try {
                    Files.deleteIfExists(started); // nobody waits for what is not coming
                } catch (IOException e) {
                    // It runs out by itself (START_MILLIS).
                }
                // Halted, not ended: what it was reading is left as it was, and the turn goes at once.
                Runtime.getRuntime().halt(0);
            });
            return Optional.of(() -> {
                Database.giveWayToOthers(null);
                Files.deleteIfExists(started);
                channel.close();
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether another program is making the folder's kept outputs again, or was started to a moment ago. */
    static boolean underWay(Path folder) {
        Path file = folder.resolve(OutputCache.FOLDER).resolve(LOCK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
        } catch (IOException | OverlappingFileLockException e) {
            // No refresh has run here, or one in this program.
        }
        try {
            return Files.getLastModifiedTime(file.resolveSibling(STARTED)).toMillis()
                    > System.currentTimeMillis() - START_MILLIS;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Prints the call's kept output once the refresh under way has made it again; false, nothing printed, when none
     * is under way or it ended without it (the call then reads the database).
     */
    public static boolean printOnceMade(OutputCache kept, OutputStream out) {
        if (!kept.askedSince(System.currentTimeMillis() - ASKED_WITHIN.toMillis())) {
            return false; // no refresh makes it
        }
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (underWay(kept.folder()) && !kept.isCurrent() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        return kept.printIfCurrent(out);
    }

    /** The calls someone asked within {@link #ASKED_WITHIN}, as {@link #keptCalls} gives them. */
    static List<List<String>> askedLately(Path folder) {
        return calls(folder, System.currentTimeMillis() - ASKED_WITHIN.toMillis());
    }

    /**
     * The calls whose output the folder keeps, each as its command and the words after it, the last asked first:
     * what the command line would keep again.
     */
    public static List<List<String>> keptCalls(Path folder) {
        return calls(folder, Long.MIN_VALUE);
    }

    private static List<List<String>> calls(Path folder, long askedSince) {
        List<List<String>> calls = new ArrayList<>();
        for (Path file : OutputCache.keptFiles(folder)) {
            String name = file.getFileName().toString();
            try {
                if (Files.getLastModifiedTime(file).toMillis() < askedSince) {
                    continue;
                }
            } catch (IOException e) {
                continue; // gone meanwhile
            }
            OutputCache.keyOf(file).flatMap(KeptRefresh::words).ifPresent(words -> {
                List<String> call = new ArrayList<>(List.of(name.substring(0, name.indexOf('-'))));
                call.addAll(words);
                calls.add(call);
            });
        }
        return calls;
    }

    /**
     * The call's words in a kept file's key (see {@link OutputCache#call}) when it was kept in this program's
     * language (a call kept in another is that language's user's).
     */
    static Optional<List<String>> words(String key) {
        String[] head = key.split("\n", 5);
        if (head.length < 5 || !head[0].equals(OutputCache.HEADER) || !head[3].equals(OutputCache.language())) {
            return Optional.empty();
        }
        String call = head[4];
        List<String> words = new ArrayList<>();
        int at = 0;
        for (int colon; (colon = call.indexOf(':', at)) > at && call.substring(at, colon).chars()
                .allMatch(Character::isDigit); ) {
            int end = colon + 1 + Integer.parseInt(call.substring(at, colon));
            if (end >= call.length() || call.charAt(end) != '\n') {
                return Optional.empty();
            }
            words.add(call.substring(colon + 1, end));
            at = end + 1;
        }
        return Optional.of(words);
    }
}

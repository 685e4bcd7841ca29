package se.ledamot.app;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import se.ledamot.l10n.Localization;

/**
 * The installed launcher keeps a class-data archive of Ledamot's own classes in the user's cache
 * ({@code -XX:+AutoCreateSharedArchive}, see installer/args-linux.txt): the first start writes it at exit, later starts
 * load their classes from it. The JVM does not create the archive's folder and fails at exit without it, so the app
 * makes the folder named by the system property {@code ledamot.sharedArchive}.
 *
 * <p>Where the folder cannot be made or written (a read-only home, a file in its place), the JVM still tries to write
 * the archive when the program ends, fails, says "Error occurred during initialization of VM" and exits with 1 after
 * a command that did its work (jpackage's options cannot be made conditional). A command then ends the process
 * itself, with its own exit code, once its output is flushed: see {@link #exit}; the window once it has closed: see
 * {@link #exitAfterOtherThreads}.
 */
final class SharedArchive {
    static final String PROPERTY = "ledamot.sharedArchive";

    private SharedArchive() {
    }

    /** Makes the archive's folder; false when the JVM will not be able to write the archive there. */
    static boolean prepareFolder() {
        String archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return true;
        }
        Path file = Path.of(archive).toAbsolutePath();
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            System.err.println(Localization.get("app.startupCache.unwritable", folder, e.getMessage()));
            return false;
        }
        return Files.isWritable(folder) && (!Files.exists(file) || Files.isWritable(file));
    }

    /**
     * Ends the process with {@code code} without the JVM's writing of the archive at exit: standard output and error
     * flushed, then the C library's {@code _exit}. Only after a command, which has closed its data folder: shutdown
     * hooks do not run. Where the C library cannot be called, the usual exit.
     */
    static void exit(int code) {
        System.out.flush();
        System.err.flush();
        Optional<MethodHandle> exit = cExit();
        if (exit.isPresent()) {
            try {
                exit.get().invokeExact(code);
            } catch (Throwable e) {
                // Fall through to the JVM's exit.
            }
        }
        System.exit(code);
    }

    /**
     * For the window: waits, as the JVM itself does before it ends, until no other thread that keeps the program alive
     * is left (the window has closed, flushed and closed its database and let go of the folder; the toolkit has
     * stopped), then {@link #exit}s with {@code code}. Call from the main thread once the window is launched.
     */
    static void exitAfterOtherThreads(int code) {
        Thread self = Thread.currentThread();
        while (true) {
            Optional<Thread> alive = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t != self && !t.isDaemon() && t.isAlive()).findFirst();
            if (alive.isEmpty()) {
                exit(code);
                return;
            }
            try {
                alive.get().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(code);
            }
        }
    }

    private static Optional<MethodHandle> cExit() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("_exit").map(symbol -> linker.downcallHandle(symbol,
                    FunctionDescriptor.ofVoid(ValueLayout.JAVA_INT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package se.ledamot.ui.dialog;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * The system's own dialogs in Ledamot's language: on Linux, GTK's file chooser takes its words from gettext, which
 * follows the LANGUAGE variable when the process locale is C.UTF-8 (glibc 2.35 and later) or a real locale. A system
 * set to C.UTF-8 with no Swedish locale generated (containers, minimal installs) showed an English file chooser
 * beside the Swedish window. Under the plain "C" or "POSIX" locale gettext ignores LANGUAGE, so GTK stays English
 * there; only a locale such as sv_SE.UTF-8 (or C.UTF-8) on the system helps then.
 */
public final class GtkLanguage {
    private GtkLanguage() {
    }

    /**
     * Sets LANGUAGE in the process's own environment to the window's language, before the toolkit starts (setenv is
     * not safe while other threads read the environment). Only Linux has GTK dialogs; elsewhere nothing is done.
     */
    public static void follow(Locale language) {
        if (!isLinux()) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            int failed = (int) libc("setenv", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS, ValueLayout.JAVA_INT)).invokeExact(arena.allocateFrom("LANGUAGE"),
                            arena.allocateFrom(language.getLanguage()), 1);
            if (failed != 0) {
                System.err.println("LANGUAGE could not be set; the system's dialogs keep their language.");
            }
        } catch (Throwable e) {
            // Only the file chooser's words are at stake: never a reason not to start.
            System.err.println("LANGUAGE could not be set (" + e + "); the system's dialogs keep their language.");
        }
    }

    /** LANGUAGE as the process's C library sees it now (Java's own copy of the environment is read once at start). */
    static Optional<String> current() throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) libc("getenv", FunctionDescriptor.of(ValueLayout.ADDRESS,
                    ValueLayout.ADDRESS)).invokeExact(arena.allocateFrom("LANGUAGE"));
            return value.equals(MemorySegment.NULL) ? Optional.empty()
                    : Optional.of(value.reinterpret(4096).getString(0));
        }
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static MethodHandle libc(String name, FunctionDescriptor signature) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), signature);
    }
}

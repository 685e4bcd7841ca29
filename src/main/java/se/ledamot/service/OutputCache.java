package se.ledamot.service;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.ledamot.l10n.Localization;
import se.ledamot.store.DatabaseStamp;
import se.ledamot.store.PrivateFiles;

/**
 * What a command that only reads printed, kept in the data folder and printed again, without opening the database,
 * while the database file is exactly as the command left it ({@link Ledamot#stampOfAllRead}), or holds what it held
 * then ({@link DatabaseStamp#ofContent}: a program opened it to write and only read) — and the build of
 * Ledamot, the day (deadlines are counted from today), the language and the command as typed are the same. At
 * 100 000 matters {@code list --json} reads every matter and writes 68 MB for seconds of CPU; asked again with
 * nothing changed, its answer is a file copied to the output (issue 15). The first command after any change, by
 * any program, reads the database as before.
 * <p>
 * Nothing is kept for a protected folder: the file would hold its matters unencrypted. The file holds the output,
 * then the key it was kept under and the output's length, then the key's length; it is written under a name of its
 * own, forced to disk and renamed over the last one, so a crash leaves the last whole file or none, and a file cut
 * short or grown is not printed. (What it holds is not checked further: it is as much the user's as the database.)
 */
public final class OutputCache {
    /** The folder in the data folder that holds the kept outputs. */
    public static final String FOLDER = "output-cache";
    private static final String SUFFIX = ".out";
    /** A kept file's key's first line. */
    static final String HEADER = "Ledamot output 1";
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file older than this was left by a program that ended before keeping it. */
    private static final Duration LEFT_OVER = Duration.ofHours(1);
    private static final int MAX_KEY = 64 * 1024;
    /** Calls of one command kept side by side (a script alternating two lists read the database each time). */
    static final int CALLS_KEPT = 4;

    private final Path folder;
    private final String name;
    private final Path file;
    private final String call;
    private final Clock clock;

    /**
     * The output of the command {@code name} as {@code call} describes it (its options and values, one per line),
     * on the data folder {@code folder}, today as {@code clock} says ({@link Ledamot#keptOutput}).
     */
    OutputCache(Path folder, String name, String call, Clock clock) {
        this.folder = folder;
        this.name = name;
        this.file = folder.resolve(FOLDER).resolve(fileName(name, call));
        this.call = call;
        this.clock = clock;
    }

    /**
     * The file of a command's call: the call's hash names it (the key inside holds the call itself, so two calls
     * with one hash take turns in one file).
     */
    static String fileName(String name, String call) {
        return name + "-" + Integer.toHexString(call.hashCode()) + SUFFIX;
    }

    /** Today, as the key names the day. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Prints the kept output to {@code out} when it is current; false, and nothing printed, otherwise. */
    public boolean printIfCurrent(OutputStream out) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long outputLength = currentLength(in);
            if (outputLength < 0) {
                return false;
            }
            try {
                FileBytes.copy(in, outputLength, out);
            } catch (IOException e) {
                // Printed in part (a pipe closed early): as a printing command does, it stops there, said by no one.
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            // Unreadable before anything was printed: the command reads the database.
            return false;
        }
    }

    Path folder() {
        return folder;
    }

    /** The file this call's output is kept in. */
    Path file() {
        return file;
    }

    /** Whether an output of this call is kept, current or not, last asked (its file's time) at or after then. */
    boolean askedSince(long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= millis;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the kept output is current: {@link #printIfCurrent} would print it. */
    public boolean isCurrent() {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return currentLength(in) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The length of the kept output when it is current, else -1. */
    private long currentLength(FileChannel in) throws IOException {
        Optional<String> stamp = DatabaseStamp.ofContent(folder);
        return stamp.isEmpty() ? -1 : lengthUnder(in, stamp.get());
    }

    /** The length of the kept output when it was kept under the database's content {@code stamp}, else -1. */
    long lengthUnder(FileChannel in, String stamp) throws IOException {
        Optional<Tail> tail = tail(in);
        return tail.isPresent() && keyUnder(stamp, tail.get().outputLength()).filter(tail.get().key()::equals)
                .isPresent() ? tail.get().outputLength() : -1;
    }

    /** A kept file's key and the length of the output before it. */
    private record Tail(String key, long outputLength) {
    }

    /** The key a kept file ends with; none for a file cut short, grown or not one of these. */
    private static Optional<Tail> tail(FileChannel in) throws IOException {
        long size = in.size();
        if (size < Integer.BYTES) {
            return Optional.empty();
        }
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        FileBytes.readFully(in, length, size - Integer.BYTES);
        int keyLength = length.flip().getInt();
        long outputLength = size - Integer.BYTES - keyLength;
        if (keyLength <= 0 || keyLength > MAX_KEY || outputLength < 0) {
            return Optional.empty();
        }
        ByteBuffer key = ByteBuffer.allocate(keyLength);
        FileBytes.readFully(in, key, outputLength);
        return Optional.of(new Tail(new String(key.array(), StandardCharsets.UTF_8), outputLength));
    }

    /** The key a kept file ends with; none for a file cut short, grown, missing or not one of these. */
    static Optional<String> keyOf(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            return tail(in).map(Tail::key);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The files of the calls the folder keeps, the last asked first. */
    static List<Path> keptFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (var found = Files.newDirectoryStream(folder.resolve(FOLDER), "*-*" + SUFFIX)) {
            found.forEach(files::add);
        } catch (IOException e) {
            // No folder: nothing kept.
        }
        files.sort(Comparator.comparing(OutputCache::modified).reversed());
        return files;
    }

    /** A call's words as its key holds them: each as its length, a colon and itself (no two calls written alike). */
    public static String call(List<String> words) {
        StringBuilder call = new StringBuilder();
        for (String w : words) {
            call.append(w.length()).append(':').append(w).append('\n');
        }
        return call.toString();
    }

    /**
     * {@code out}, with all that is written to it also written to a file that {@link Recording#keep} makes the kept
     * output; where nothing can be kept (no database yet, a protected one, a folder that cannot be written) {@code
     * out} alone.
     */
    public OutputStream record(OutputStream out) {
        Optional<String> build = build();
        if (DatabaseStamp.of(folder).isEmpty() || build.isEmpty()) {
            return out;
        }
        try {
            PrivateFiles.folder(file.getParent());
            removeLeftovers();
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), TEMP_SUFFIX);
            return new Recording(out, temp, build.get(), today());
        } catch (IOException | RuntimeException e) {
            return out;
        }
    }

    /** The kept output's stream: {@link #keep} makes it the kept output, closing it without that leaves none. */
    public final class Recording extends FilterOutputStream {
        private final Path temp;
        private final FileChannel copy;
        private final OutputStream copyStream;
        private final String build;
        private final LocalDate day;
        private boolean failed;

        private Recording(OutputStream out, Path temp, String build, LocalDate day) throws IOException {
            super(out);
            this.temp = temp;
            this.copy = FileChannel.open(temp, StandardOpenOption.WRITE);
            this.copyStream = Channels.newOutputStream(copy);
            this.build = build;
            this.day = day;
        }

        // Kept first: an output that fails (a pipe closed early, "| head") still keeps all the command printed.
        @Override
        public void write(int b) throws IOException {
            copy(new byte[] {(byte) b}, 0, 1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            copy(b, off, len);
            out.write(b, off, len);
        }

        private void copy(byte[] b, int off, int len) {
            if (!failed) {
                try {
                    copyStream.write(b, off, len);
                } catch (IOException e) {
                    failed = true;
                }
            }
        }

        /**
         * Makes what was written the kept output, under the database file's stamp as the command left it; with
         * none, or a day that has changed meanwhile, nothing is kept.
         */
        public void keep(Optional<String> stamp) {
            try (copy) {
                out.flush();
                if (failed || stamp.isEmpty() || !day.equals(today())) {
                    return;
                }
                place(copy, temp, key(build, stamp.get(), day, copy.position()));
                dropOldCalls();
            } catch (IOException | RuntimeException e) {
                // Nothing kept: the next command reads the database.
            } finally {
                close();
            }
        }

        /** Flushes the output; the file not kept is removed. */
        @Override
        public void close() {
            try {
                out.flush();
                copy.close();
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A file left behind is removed by the next recording (removeLeftovers).
            }
        }
    }

    /**
     * Makes the output written to {@code temp} (up to the channel's position) the kept one under {@code key}: the key
     * and its length after it, forced to disk, renamed over the last one.
     */
    void place(FileChannel out, Path temp, String key) throws IOException {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        out.write(ByteBuffer.allocate(bytes.length + Integer.BYTES).put(bytes).putInt(bytes.length).flip());
        out.force(true);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The key of an output of this call kept under the database's content {@code stamp}; none without a build. */
    Optional<String> keyUnder(String stamp, long outputLength) {
        return build().map(b -> key(b, stamp, today(), outputLength));
    }

    private String key(String build, String stamp, LocalDate day, long outputLength) {
        // Joined, not concatenated: see DatabaseStamp.of.
        return String.join("\n", HEADER, build, day.toString(), language(), call,
                stamp.concat(Long.toString(outputLength)), "");
    }

    /** The language a kept output is printed in: its key's fourth line. */
    static String language() {
        return String.valueOf(System.getProperty(Localization.PROPERTY, System.getenv(Localization.ENVIRONMENT)));
    }

    /**
     * This build of Ledamot: its jar with size and time, or, run from classes (the tests), this class's file. The
     * jar is read off the class path first: asking the class for it loads a hundred classes of the JDK.
     */
    private static Optional<String> build() {
        try {
            String classPath = System.getProperty("java.class.path", "");
            Path code = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                    ? Path.of(classPath)
                    : Path.of(OutputCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path stamped = Files.isDirectory(code) ? code.resolve(OutputCache.class.getName().replace('.', '/')
                    + ".class") : code;
            return Optional.of(String.join(" ", stamped.toAbsolutePath().toString(),
                    Long.toString(Files.size(stamped)), Long.toString(Files.getLastModifiedTime(stamped).toMillis())));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command's kept calls beyond the newest {@link #CALLS_KEPT} (this one first) removed, and its older file. */
    private void dropOldCalls() throws IOException {
        Files.deleteIfExists(file.resolveSibling(name + SUFFIX));
        List<Path> others = new ArrayList<>();
        try (var files = Files.newDirectoryStream(file.getParent(), name + "-*" + SUFFIX)) {
            files.forEach(f -> {
                if (!f.equals(file)) {
                    others.add(f);
                }
            });
        }
        others.sort(Comparator.comparing(OutputCache::modified).reversed());
        for (Path old : others.subList(Math.min(others.size(), CALLS_KEPT - 1), others.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // gone meanwhile: the first to drop
        }
    }

    private void removeLeftovers() throws IOException {
        FileTime before = FileTime.from(clock.instant().minus(LEFT_OVER));
        try (var files = Files.newDirectoryStream(file.getParent(), "*" + TEMP_SUFFIX)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).compareTo(before) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}

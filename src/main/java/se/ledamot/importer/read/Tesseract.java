package se.ledamot.importer.read;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import se.ledamot.importer.budget.Budget;

/**
 * The Tesseract OCR program, found at run time on the PATH (or at {@code -Dledamot.tesseract=PATH}, which tests use to
 * pretend it is missing), run as a process of its own with a time limit. Ledamot does not bundle it: Debian's
 * {@code tesseract-ocr} and {@code tesseract-ocr-swe} are recommended by the .deb, and where they are missing a scanned
 * page gets a message saying how to install them.
 */
final class Tesseract {
    /** What was found: the program and whether it has Swedish. */
    enum State { MISSING, NO_SWEDISH, READY }

    private static volatile Found found;

    /** What was found, and the {@code ledamot.tesseract} setting it was found with. */
    private record Found(Path program, State state, String setting) {
    }

    private Tesseract() {
    }

    static State state() {
        return find().state();
    }

    /**
     * The program and its languages are looked up once per run of the app (installing it means a restart), or again
     * when {@code ledamot.tesseract} is changed.
     */
    private static Found find() {
        Found f = found;
        if (f == null || !Objects.equals(f.setting(), System.getProperty("ledamot.tesseract"))) {
            f = look();
            found = f;
        }
        return f;
    }

    private static Found look() {
        String setting = System.getProperty("ledamot.tesseract");
        Optional<Path> program = program(setting);
        if (program.isEmpty()) {
            return new Found(null, State.MISSING, setting);
        }
        try {
            String langs = run(List.of(program.get().toString(), "--list-langs"), Duration.ofSeconds(20), null);
            boolean swedish = langs.lines().map(String::strip).anyMatch("swe"::equals);
            return new Found(program.get(), swedish ? State.READY : State.NO_SWEDISH, setting);
        } catch (IOException e) {
            return new Found(null, State.MISSING, setting);
        }
    }

    private static Optional<Path> program(String set) {
        if (set != null) {
            Path p = Path.of(set);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path p = Path.of(dir, windows ? "tesseract.exe" : "tesseract");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads an image with Swedish into Tesseract's TSV (one row per word, with its confidence). Throws
     * {@link IOException} when the program fails or takes longer than {@code time}; the process is then killed.
     */
    static String tsv(Path image, Duration time) throws IOException {
        Found f = find();
        if (f.state() != State.READY) {
            throw new IOException("tesseract not ready: " + f.state());
        }
        Path out = image.resolveSibling("ocr");
        run(List.of(f.program().toString(), image.toString(), out.toString(), "-l", "swe", "--psm", "3", "tsv"),
                time, out.resolveSibling("ocr.tsv"));
        return Files.readString(out.resolveSibling("ocr.tsv"), StandardCharsets.UTF_8);
    }

    /**
     * Runs a command, its output to a file (a pipe left unread could block it), within the time; checks the file's
     * budget (and so the cancel button) while it waits. Returns what it printed when {@code result} is null.
     */
    private static String run(List<String> command, Duration time, Path result) throws IOException {
        Path printed = Files.createTempFile("ledamot-ocr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(printed.toFile());
        // One thread: the machine is shared with the app, and Tesseract's threads gain little on one page.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        long deadline = System.nanoTime() + time.toNanos();
        try {
            while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
                Budget.checkpoint();
                if (System.nanoTime() > deadline) {
                    throw new IOException("tesseract took longer than " + time.toSeconds() + " s");
                }
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract exited with " + process.exitValue());
            }
            return result == null ? Files.readString(printed, StandardCharsets.UTF_8) : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(printed);
        }
    }
}

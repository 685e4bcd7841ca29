package se.ledamot.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;

/**
 * How a child JVM of the tests ({@link AppProcess}) finds its classes: this run's class path, with a class-data archive
 * of what Ledamot's commands load, made once per test run by a training child ({@link ChildTraining}). A child then
 * maps Ledamot's and its libraries' classes from the archive instead of loading and checking them one by one, about
 * half of a command's start-up CPU (the crash tests start well over a hundred children), as the launcher's own archive
 * does for a user. The JVM archives classes from jars only, so the run's class folders are copied into jars first.
 * Where the archive cannot be made, children start from the plain class path, as before. The children run the same
 * classes either way.
 */
final class ChildClassData {
    /** The JVM's messages about the archive are not the program's output: a test reads both streams. */
    private static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning:stderr",
            "-Xlog:cds*=off:stderr", "-Xlog:aot*=off:stderr");
    private static List<String> options;

    private ChildClassData() {
    }

    /**
     * The options that follow the JVM options {@code jvm} (which the archive was made with) and come before the main
     * class: the class path, and the archive where there is one.
     */
    static synchronized List<String> options(List<String> jvm) {
        if (options == null) {
            options = made(jvm);
        }
        return options;
    }

    private static List<String> made(List<String> jvm) {
        String plain = System.getProperty("java.class.path");
        try {
            Path dir = Files.createTempDirectory("ledamot-children");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            String jars = asJars(plain, dir);
            Path archive = dir.resolve("children.jsa");
            List<String> cmd = new ArrayList<>(jvm);
            cmd.addAll(QUIET);
            cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jars, ChildTraining.class.getName(),
                    dir.resolve("training").toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("training.log")
                    .toFile()).start();
            if (p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0 && Files.size(archive) > 0) {
                List<String> with = new ArrayList<>(QUIET);
                with.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-cp", jars));
                return with;
            }
            p.destroyForcibly();
            System.err.println("the children's class-data archive was not made (see " + dir.resolve("training.log")
                    + "): they start without it");
        } catch (IOException | RuntimeException e) {
            System.err.println("the children's class-data archive was not made: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of("-Xshare:auto", "-cp", plain);
    }

    /** The class path with each folder replaced by a jar of its files, in the same order. */
    private static String asJars(String classPath, Path dir) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("folder-" + (n++) + ".jar");
                jar(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static void jar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> all = Files.walk(folder)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Path p : all.sorted().toList()) {
                String name = folder.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean isDir = Files.isDirectory(p);
                out.putNextEntry(new JarEntry(isDir ? name + "/" : name));
                if (!isDir) {
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind.
        }
    }
}

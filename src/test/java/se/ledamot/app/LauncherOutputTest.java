package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher (src/main/scripts/ledamot, target/ledamot after a build) keeps an AOT cache in the user's
 * cache folder so that each command starts faster (issue 15), written by a training run of the app's own. The JVM
 * writes its notes and errors on standard output by default (and, when it wrote a class-data archive at exit, exited
 * with 1 where it could not): whatever the cache, {@code --json} must print exactly the JSON, and the command its own
 * exit code.
 */
class LauncherOutputTest {
    private static final String FLAGS = "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow";

    /** The launcher and the jar, built once for the class: no test changes them. */
    @TempDir
    static Path built;
    private static Path launcher;
    /** The cache one start trained, made once for the tests that need a cache, and that start's output. */
    private static Trained trained;

    @TempDir
    Path dir;

    private record Trained(Path cacheHome, String firstOutput) {
    }

    @BeforeAll
    static void buildLikeMaven() throws Exception {
        Path bin = Files.createDirectories(built.resolve("bin"));
        launcher = bin.resolve("ledamot");
        writeLauncher(launcher);
        writeJar(bin.resolve("ledamot.jar"));
    }

    /**
     * A first start on an empty cache folder and the cache its training run wrote, once for the class (a training run
     * is the slowest thing here); a test that spoils a cache spoils its own copy.
     */
    private Trained trained() throws Exception {
        if (trained == null) {
            Path cache = built.resolve("trained");
            String first = run(cache);
            assertThat(awaitCache(cache.resolve("ledamot"))).as("the first start has the cache written").hasSize(1);
            Path window = StartupCache.windowCache(caches(cache.resolve("ledamot")).getFirst());
            assertThat(StartupCache.stampOf(window)).as("the window's training tried").exists();
            if (System.getProperty("os.name").startsWith("Linux") && System.getenv("DISPLAY") != null
                    && !java.awt.GraphicsEnvironment.isHeadless()) {
                assertThat(window).as("the window's cache, from its rehearsal").isNotEmptyFile();
            }
            trained = new Trained(cache, first);
        }
        return trained;
    }

    /** The development launcher as the build filters it into target/ledamot. */
    static void writeLauncher(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(Path.of("src/main/scripts/ledamot"))
                .replace("${maven.compiler.release}", String.valueOf(Runtime.version().feature()))
                .replace("${ledamot.jvm.flags}", FLAGS));
    }

    @Test
    void jsonStaysCleanWhileTheCacheIsWrittenAndUsed() throws Exception {
        Path cache = trained().cacheHome();
        String first = trained().firstOutput();
        assertThat(caches(cache.resolve("ledamot"))).as("one cache").hasSize(1);

        assertThat(run(cache)).as("started from the cache").isEqualTo(first);
        assertThat(stderr()).isEmpty();
        assertThat(run(cache, "-XX:AOTMode=on")).as("a start that fails where it cannot map the cache")
                .isEqualTo(first);
    }

    /**
     * A cache file broken on disk (random bytes; cut short, as by a full disk) is the JVM's to refuse: the start goes
     * on without it, with its usual output, its exit code and nothing on standard error.
     */
    @Test
    void aCorruptOrTruncatedCacheGivesANormalSilentStart() throws Exception {
        Path cache = dir.resolve("cache");
        String first = trained().firstOutput();
        Path file = copyOfTheTrainedCache(cache.resolve("ledamot"));
        byte[] whole = Files.readAllBytes(file);

        byte[] random = new byte[whole.length];
        new Random(15).nextBytes(random);
        Files.write(file, random);
        assertThat(run(cache)).as("random bytes").isEqualTo(first);
        assertThat(stderr()).as("random bytes").isEmpty();

        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(run(cache)).as("truncated").isEqualTo(first);
        assertThat(stderr()).as("truncated").isEmpty();

        Files.write(file, Arrays.copyOf(whole, 4096));
        assertThat(run(cache)).as("its header alone").isEqualTo(first);
        assertThat(stderr()).as("its header alone").isEmpty();
    }

    /**
     * Starts at once on an empty cache, as a window and a command or two launchers together: each prints its JSON and
     * ends well, one training run writes the one cache, and no JVM crashed (no hs_err file).
     */
    @Test
    void startsAtOnceOnAnEmptyCacheEndWellAndTrainOnce() throws Exception {
        Path cache = dir.resolve("cache");
        List<Process> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--data", dir.resolve("data" + i)
                    .toString(), "list", "--json").directory(dir.toFile())
                    .redirectError(dir.resolve("stderr" + i + ".txt").toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            starts.add(pb.start());
        }
        for (Process p : starts) {
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
        }
        assertThat(awaitCache(cache.resolve("ledamot"))).hasSize(1);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("hs_err")
                    || f.getFileName().toString().endsWith(".crash.log")).toList()).as("JVM crashes").isEmpty();
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenStartsWithoutTheCache() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        String out = run(notAFolder);
        assertThat(out).isEqualTo(trained().firstOutput());
    }

    /**
     * The installed app (installer/args-linux.txt) asks for the cache in $HOME/.cache whatever it finds there. With
     * a file where the folder should be, the JVM that wrote a class-data archive at exit could not write it and ended every command with exit code 1
     * ("Error occurred during initialization of VM"): the command's own code now, and only its output.
     */
    @Test
    void theInstalledAppsCommandsKeepTheirExitCodeWhenTheArchiveCannotBeWritten() throws Exception {
        List<String> command = installedAppWithoutItsCache(dir, built.resolve("bin/ledamot.jar"));

        Process list = start(command, "list", "--json");
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(list.exitValue()).as("exit code; stderr: " + Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).doesNotContain("Error occurred");

        Process wrong = start(command, "list", "--kind", "nonsense");
        assertThat(wrong.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(wrong.exitValue()).as("wrong use keeps its code").isEqualTo(2);
    }

    /**
     * The installed app's JVM (every {@code --java-options} line of installer/args-linux.txt) on {@code jar}, over the
     * data folder {@code dir}/data, with $HOME = {@code dir}/home whose {@code .cache} is a file, not a folder.
     */
    static List<String> installedAppWithoutItsCache(Path dir, Path jar) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve(".cache"), "a file, not a folder");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(FLAGS.split(" ")));
        for (String line : Files.readAllLines(Path.of("installer/args-linux.txt"))) {
            if (line.startsWith("--java-options -")) {
                command.add(line.substring("--java-options ".length()).replace("$HOME", home.toString()));
            }
        }
        command.add("-Djava.util.prefs.userRoot=" + home); // the fresh home's preferences, not the user's
        command.addAll(List.of("-jar", jar.toString(), "--data", dir.resolve("data").toString()));
        assertThat(command).anyMatch(o -> o.startsWith("-XX:AOTCache=" + home));
        return command;
    }

    private Process start(List<String> command, String... args) throws Exception {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        Process p = new ProcessBuilder(all).redirectError(dir.resolve("stderr.txt").toFile()).start();
        p.getOutputStream().close();
        return p;
    }

    /**
     * {@code ledamot --data D list --json} through the launcher, with these JVM options before the launcher's
     * ({@code JAVA_TOOL_OPTIONS}): its output, which must be JSON and nothing else.
     */
    private String run(Path cacheHome, String... jvmOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", launcher.toString(), "--data", dir.resolve("data").toString(),
                "list", "--json").redirectError(dir.resolve("stderr.txt").toFile());
        Map<String, String> env = pb.environment();
        if (jvmOptions.length > 0) {
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("XDG_CACHE_HOME", cacheHome.toString());
        env.put("HOME", dir.toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("exit code; output: " + out + Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
        assertThat(out).startsWith("[").endsWith("]" + System.lineSeparator());
        return out;
    }

    /** What the last {@link #run} wrote on standard error. */
    private String stderr() throws Exception {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    /** The caches in the cache folder once the training run a start began has written its cache and stamp. */
    private static List<Path> awaitCache(Path folder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline && (caches(folder).isEmpty()
                || !Files.exists(StartupCache.stampOf(caches(folder).getFirst())))) {
            Thread.sleep(200);
        }
        return caches(folder);
    }

    /** The trained cache and its stamp copied into {@code folder}; returns the cache. */
    private Path copyOfTheTrainedCache(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(trained().cacheHome().resolve("ledamot"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return caches(folder).getFirst();
    }

    /** The commands' caches in the folder (not the window's, trained beside them). */
    private static List<Path> caches(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".aot") && !f.toString().endsWith("-window.aot"))
                    .toList();
        }
    }

    /**
     * The program's classes as a jar, as the build makes it, with the test's class path in its manifest (the AOT
     * cache takes classes from jars only, never from a folder of classes).
     */
    static void writeJar(Path jar) throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                path.add(Path.of(entry).toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", path));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> all = Files.walk(classes)) {
            // Folders too, as the jar plugin writes them: Flyway finds the migrations by their folder.
            for (Path f : all.filter(f -> !f.equals(classes)).toList()) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (Files.isRegularFile(f)) {
                    Files.copy(f, out);
                }
                out.closeEntry();
            }
        }
    }
}

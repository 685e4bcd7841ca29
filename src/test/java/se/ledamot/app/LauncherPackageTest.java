package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app's commands start with the same JVM options as the development launcher's (issue 15): the commands
 * that read, print and end with the quick compiler alone, the window and the long commands with both. Checked on a
 * real app image: installer/app-image (what installer/build runs) with jpackage and the real installer/args-*.txt,
 * over a stand-in program and a small runtime, started as the .deb's command /usr/bin/ledamot starts it (a link to
 * bin/ledamot); the stand-in prints what its JVM was started with.
 */
@EnabledOnOs(OS.LINUX)
class LauncherPackageTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path repo;

    @Test
    void theInstalledCommandStartsTheReadingCommandsWithTheQuickCompilerAndTheWindowWithBoth() throws Exception {
        Path installer = Files.createDirectories(repo.resolve("installer"));
        for (String file : List.of("app-image", "args-common.txt", "args-app.txt", "args-linux.txt")) {
            Files.copy(Path.of("installer", file), installer.resolve(file));
        }
        Path target = repo.resolve("target");
        LauncherOutputTest.writeLauncher(target.resolve("ledamot"));
        Path out = target.resolve("installer");
        writeStandInApp(Files.createDirectories(out.resolve("input")).resolve("ledamot.jar"));
        link(out.resolve("runtime"));
        Path icons = Files.createDirectories(out.resolve("icons"));
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB), "png", icons.resolve("ledamot.png").toFile());

        run(repo, List.of("bash", "installer/app-image", System.getProperty("java.home"), "1.0.0"));

        Path bin = out.resolve("Ledamot/bin");
        Path command = Files.createSymbolicLink(Files.createDirectories(repo.resolve("usr/bin")).resolve("ledamot"),
                bin.resolve("ledamot"));
        Files.createDirectories(repo.resolve("home/.cache/ledamot"));

        String list = run(repo, List.of(command.toString(), "--data", "d", "list", "--json"));
        String window = run(repo, List.of(command.toString(), "--data", "list"));
        String generate = run(repo, List.of(command.toString(), "generate", "--matters", "10"));

        assertThat(list).contains("TieredStopAtLevel=1").contains("args=--data d list --json");
        assertThat(window).as("the window").contains("TieredStopAtLevel=4").contains("args=--data list");
        assertThat(generate).as("a long command").contains("TieredStopAtLevel=4");
        assertThat(run(repo, List.of(command.toString(), "show", "1"))).contains("TieredStopAtLevel=1");

        List<String> quickOptions = new ArrayList<>(jvmOptions(list));
        assertThat(quickOptions.remove(QUICK)).isTrue();
        Path cache = repo.resolve("home/.cache/ledamot");
        assertThat(quickOptions).as("the same options but the quick compiler's and the commands' cache")
                .isEqualTo(jvmOptions(window).stream().map(o -> o.replace("-window.aot", ".aot")).toList());
        assertThat(jvmOptions(window)).contains("-XX:+UseSerialGC", "-XX:+DisplayVMOutputToStderr")
                .doesNotContain(QUICK);
        // The AOT cache: mapped read-only by every launcher, written by a training run on the runtime's own java
        // (se.ledamot.app.StartupCache), never at the exit of a start (issue 15's crash).
        // The window maps its own, a command the commands' (a JVM loads every class of its cache at start). Both
        // are named with the build's id, a digest of its jars: the JVM maps a cache for jars of the same size, and an
        // upgrade that kept ledamot.jar's size started with the earlier build's classes.
        String id = buildId(out.resolve("input"));
        assertThat(jvmOptions(window)).contains("-XX:AOTCache=" + cache.resolve("ledamot-" + id + "-window.aot"),
                "-Dledamot.startupCache=" + cache.resolve("ledamot-" + id + "-window.aot"))
                .noneMatch(o -> o.contains("AOTCacheOutput") || o.contains("AutoCreateSharedArchive"));
        assertThat(jvmOptions(list)).contains("-XX:AOTCache=" + cache.resolve("ledamot-" + id + ".aot"),
                "-Dledamot.startupCache=" + cache.resolve("ledamot-" + id + ".aot"));
        assertThat(out.resolve("Ledamot/lib/runtime/bin/java")).as("the training run's JVM").isExecutable();
        // Installed from a package, jpackage's launchers ask the package manager where their library is at every
        // start (rpm -qf, dpkg -S, dpkg -L: seconds on a desktop): the command starts the bundled JVM itself, with
        // the options jpackage wrote for the launcher (checked above against the launcher's own start below).
        for (String start : List.of(list, window, generate)) {
            assertThat(start).contains("program=" + out.resolve("Ledamot/lib/runtime/bin/java"));
        }
        String read = run(repo, List.of(bin.resolve("ledamot-read").toString(), "--data", "d", "list", "--json"));
        assertThat(read).contains("program=" + bin.resolve("ledamot-read"));
        assertThat(jvmOptions(read)).as("the launcher's own options").isEqualTo(jvmOptions(list));

        // list and overdue are asked first of ledamot-kept, which answers from the kept output or ends with 75, having
        // printed nothing: ledamot-read's options without the AOT cache (a JVM loads all its classes at start).
        Path keptStart = repo.resolve("kept-start.txt");
        assertThat(jvmOptions("options=" + Files.readString(keptStart))).as("ledamot-kept's start")
                .isEqualTo(Stream.concat(jvmOptions(list).stream().filter(o -> !o.startsWith("-XX:AOTCache=")
                        && !o.startsWith("-Dledamot.startupCache=")), Stream.of("-Dledamot.keptOnly=true")).toList());
        Files.delete(keptStart);
        run(repo, List.of(command.toString(), "show", "1"));
        run(repo, List.of(command.toString(), "--data", "list"));
        assertThat(keptStart).as("a call never kept, the window").doesNotExist();
    }

    /** The first 12 hexadecimal digits of the SHA-256 of the image's input files, read in the order of their names. */
    private static String buildId(Path input) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(input)) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(f -> "./"
                    + input.relativize(f).toString().replace('\\', '/'))).toList()) {
                sha.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    }

    /** The JVM options the stand-in printed, without the launcher's own property that names the launcher's file. */
    private static List<String> jvmOptions(String printed) {
        String line = printed.lines().filter(l -> l.startsWith("options=")).findFirst().orElseThrow();
        return List.of(line.substring("options=".length()).split(" ")).stream()
                .filter(o -> !o.startsWith("-Djpackage.app-path=")).toList();
    }

    private String run(Path dir, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(repo.resolve("stderr.txt").toFile());
        pb.environment().put("HOME", repo.resolve("home").toString());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(command + ": " + out + Files.readString(repo.resolve("stderr.txt"))).isZero();
        return out;
    }

    /** A runtime with what the stand-in needs, as installer/build links the real one. */
    private static void link(Path runtime) {
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow();
        int code = jlink.run(System.out, System.err, "--add-modules", "java.base,java.management,jdk.management",
                "--strip-debug", "--no-man-pages", "--no-header-files", "--output", runtime.toString());
        assertThat(code).as("jlink").isZero();
    }

    /** se.ledamot.app.Main, the class installer/args-app.txt starts, as a program that prints how its JVM started. */
    private void writeStandInApp(Path jar) throws Exception {
        Path source = Files.createDirectories(repo.resolve("standin/se/ledamot/app")).resolve("Main.java");
        Files.writeString(source, """
                package se.ledamot.app;

                import com.sun.management.HotSpotDiagnosticMXBean;
                import java.lang.management.ManagementFactory;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        String options = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
                        if (Boolean.getBoolean("ledamot.keptOnly")) {
                            java.nio.file.Files.writeString(java.nio.file.Path.of("kept-start.txt"), options);
                            System.exit(75);
                        }
                        var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                        System.out.println("TieredStopAtLevel=" + hotspot.getVMOption("TieredStopAtLevel").getValue());
                        System.out.println("options=" + options);
                        System.out.println("args=" + String.join(" ", args));
                        System.out.println("program=" + ProcessHandle.current().info().command().orElse(""));
                    }
                }
                """);
        Path classes = repo.resolve("standin/classes");
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), source.toString())).as("javac").isZero();
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("se/ledamot/app/Main.class"));
            Files.copy(classes.resolve("se/ledamot/app/Main.class"), out);
            out.closeEntry();
        }
    }
}

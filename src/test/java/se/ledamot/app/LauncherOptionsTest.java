package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options the development launcher (src/main/scripts/ledamot) gives the JVM, told by a stand-in JVM that prints
 * them (issue 15): the compilers, the AOT caches and when it maps them.
 */
class LauncherOptionsTest {
    @TempDir
    Path dir;

    /** A folder put first on the launcher's PATH (stand-ins for tools), or null. */
    private Path tools;

    /**
     * The JVM (25) maps a cache made for a jar of the same name and size whatever the jar's time: a jar rebuilt to the
     * same size started with the earlier build's classes ({@code list --json} ended in NoSuchMethodError until the
     * training run had replaced the cache, 2 December 2026). The launcher maps a cache only when its stamp names this
     * jar's size and time; otherwise the start goes without it, and the app trains it anew.
     */
    @Test
    void aCacheIsMappedOnlyForTheJarItsStampNames() throws Exception {
        Path jdk = standInJava();
        String untrained = options(jdk, "list", "--json");
        Path cache = startupCache(untrained);
        assertThat(untrained).as("nothing trained yet").doesNotContain("-XX:AOTCache=");

        trainedFor(jdk);
        assertThat(options(jdk, "list", "--json")).contains("-XX:AOTCache=" + cache + " ");

        Path jar = launcher().resolveSibling("ledamot.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        String rebuilt = options(jdk, "list", "--json");
        assertThat(rebuilt).as("the jar rebuilt to the same size").doesNotContain("-XX:AOTCache=");
        assertThat(startupCache(rebuilt)).as("and trained anew").isEqualTo(cache);
    }

    /**
     * On macOS the tools are BSD's: no {@code stat -c}, and a {@code date} without milliseconds ({@code %3N} is
     * printed as "3N"): the launcher read no size and no time there, and never mapped a cache. Told by stand-ins for
     * BSD's stat and date first on the PATH; the stamp's line for the jar is the one the app writes.
     */
    @Test
    void aCacheIsMappedWhereTheToolsAreBsds() throws Exception {
        tools = Files.createDirectories(dir.resolve("bsd"));
        tool("stat", """
                [ "$1" = -f ] || { echo "stat: illegal option -- ${1#-}" >&2; exit 1; }
                format=$(printf '%s' "$2" | sed 's/%z/%s/g; s/%m/%Y/g')
                exec /usr/bin/stat -c "$format" "$3"
                """);
        tool("date", """
                [ "$1" = -r ] && { printf '%s3N\\n' "$(/usr/bin/stat -c %Y "$2")"; exit 0; }
                exec /usr/bin/date "$@"
                """);
        Path jdk = standInJava();
        Path cache = startupCache(options(jdk, "list", "--json"));

        trainedFor(jdk);
        assertThat(options(jdk, "list", "--json")).contains("-XX:AOTCache=" + cache + " ");

        Path jar = launcher().resolveSibling("ledamot.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
        assertThat(options(jdk, "list", "--json")).as("the jar rebuilt to the same size")
                .doesNotContain("-XX:AOTCache=");
    }

    private void tool(String name, String body) throws Exception {
        Path tool = Files.writeString(tools.resolve(name), "#!/bin/sh\n" + body);
        assertThat(tool.toFile().setExecutable(true)).isTrue();
    }

    /**
     * The JVM that wrote its class-data archive at its exit (-XX:+AutoCreateSharedArchive with no usable archive yet)
     * crashed in LambdaProxyClassArchive.find when a thread of the program linked a lambda after the writing (issue
     * 15): no start of the program may write a cache, the development launcher's nor the installed app's; only the
     * training run does.
     */
    @Test
    void noStartOfTheProgramWritesTheCacheAtItsExit() throws Exception {
        Path jdk = standInJava();
        trainedFor(jdk);
        for (String options : List.of(options(jdk, "--data", "d", "list", "--json"), options(jdk, "--data", "d"),
                options(jdk, "generate", "--matters", "10"))) {
            assertThat(options).doesNotContain("AutoCreateSharedArchive").doesNotContain("ArchiveClassesAtExit")
                    .doesNotContain("AOTCacheOutput").doesNotContain("SharedArchiveFile")
                    .contains("-XX:AOTCache=" + dir.resolve("cache/ledamot/dev-"))
                    .contains("-Dledamot.startupCache=" + dir.resolve("cache/ledamot/dev-"));
        }
        for (String args : List.of("installer/args-linux.txt", "installer/args-mac.txt")) {
            List<String> javaOptions = Files.readAllLines(Path.of(args)).stream()
                    .filter(l -> l.startsWith("--java-options")).toList();
            assertThat(javaOptions).as(args).noneMatch(o -> o.contains("AutoCreateSharedArchive"))
                    .noneMatch(o -> o.contains("ArchiveClassesAtExit")).noneMatch(o -> o.contains("AOTCacheOutput"))
                    .noneMatch(o -> o.contains("SharedArchiveFile")).anyMatch(o -> o.contains("-XX:AOTCache="));
        }
    }

    /**
     * The commands that read and print get only the quick JIT (C1: a third to a half less CPU at 100 000 matters);
     * the window and the long commands keep the optimising one. Told by a stand-in JVM that prints its options.
     */
    @Test
    void onlyTheReadingCommandsRunWithTheQuickCompilerAlone() throws Exception {
        Path jdk = standInJava();
        String quick = "-XX:TieredStopAtLevel=1";

        assertThat(options(jdk, "--data", "d", "list", "--json")).contains(quick);
        assertThat(options(jdk, "overdue", "--json")).contains(quick);
        assertThat(options(jdk, "--data=d", "search", "plan")).contains(quick);
        assertThat(options(jdk, "--data", "d")).as("the window").doesNotContain(quick);
        assertThat(options(jdk, "--data", "list")).as("the window on a folder called list").doesNotContain(quick);
        assertThat(options(jdk, "--server", "anna@host/db")).as("the window on a server").doesNotContain(quick);
        assertThat(options(jdk, "--data", "d", "generate", "--matters", "10")).doesNotContain(quick);
        assertThat(options(jdk, "sync")).doesNotContain(quick);
    }

    /** The window maps the window's cache, every command the commands' (a JVM loads every class of its cache). */
    @Test
    void theWindowAndTheCommandsMapTheirOwnCaches() throws Exception {
        Path jdk = standInJava();
        trainedFor(jdk);
        String cache = java.util.regex.Pattern.quote("-XX:AOTCache=" + dir.resolve("cache/ledamot/dev-"));
        String window = cache + "\\d+-window\\.aot ";
        String commands = cache + "\\d+\\.aot ";

        assertThat(options(jdk, "--data", "d")).containsPattern(window);
        assertThat(options(jdk, "--server", "anna@host/db")).containsPattern(window);
        for (List<String> command : List.of(List.of("--data", "d", "list", "--json"), List.of("generate"),
                List.of("sync"))) {
            assertThat(options(jdk, command.toArray(String[]::new))).as(command.toString())
                    .containsPattern(commands);
        }
    }

    /** A JDK whose java prints the options it was given. */
    private Path standInJava() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"" + Runtime.version().feature() + "\"\n");
        Path java = Files.writeString(jdk.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return jdk;
    }

    /** What the launcher passes to the JVM (the stand-in in {@code jdk}) for these arguments. */
    private String options(Path jdk, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        if (tools != null) {
            pb.environment().put("PATH", tools + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(out).as("the program and its arguments").contains("ledamot.jar " + String.join(" ", args));
        return out.substring(0, out.indexOf("-jar "));
    }

    /** The launcher as the build makes it, beside a jar (the stand-in JVM never reads it). */
    private Path launcher() throws Exception {
        Path launcher = dir.resolve("bin/ledamot");
        if (!Files.exists(launcher)) {
            LauncherOutputTest.writeLauncher(launcher);
            Files.writeString(launcher.resolveSibling("ledamot.jar"), "classes");
        }
        return launcher;
    }

    /** The stamps a training run writes beside the window's cache and the commands', for this jar. */
    private void trainedFor(Path jdk) throws Exception {
        String jar = launcher().resolveSibling("ledamot.jar").toString();
        for (String[] args : List.of(new String[] {"--data", "d"}, new String[] {"list"})) {
            Path cache = startupCache(options(jdk, args));
            Files.createDirectories(cache.getParent());
            Files.writeString(StartupCache.stampOf(cache), "25\njdk\n" + StartupCache.jarLine(jar) + "\n");
        }
    }

    /** The cache a start trains, named by the launcher's options. */
    private static Path startupCache(String options) {
        Matcher m = Pattern.compile("-Dledamot\\.startupCache=(\\S+)").matcher(options);
        assertThat(m.find()).as(options).isTrue();
        return Path.of(m.group(1));
    }
}

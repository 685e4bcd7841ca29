package se.ledamot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.cli.KeptCalls;

/**
 * The options the development launcher (src/main/scripts/ledamot) gives the JVM, told by a stand-in JVM that prints
 * them (issue 15): the compilers, the AOT caches and when it maps them.
 */
class LauncherOptionsTest {
    @TempDir
    Path dir;

    /** A folder put first on the launcher's PATH (stand-ins for tools), or null. */
    private Path tools;

    /** More of the launcher's environment. */
    private final Map<String, String> environment = new HashMap<>();

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

    /**
     * The java on the PATH is most often a link (/usr/bin/java, through /etc/alternatives, to a JDK): the launcher
     * looked for the JDK's release file beside the link, found none, and started that JVM with -version to learn its
     * version (~40 ms before every start of Ledamot, 2 December 2026). It follows the link to the release file.
     */
    @Test
    void aJavaOnThePathReachedThroughALinkIsNotStartedToLearnItsVersion() throws Exception {
        Path jdk = standInJava();
        tools = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(tools.resolve("java"), jdk.resolve("java"));

        Launched launched = launch(null, "show", "1");

        assertThat(launched.out()).contains("ledamot.jar show 1");
        assertThat(Files.readAllLines(starts())).as("the JVM's starts").hasSize(1)
                .noneMatch(start -> start.contains("-version"));
    }

    /**
     * A JVM loads every class of its AOT cache at start (~50 ms of a kept answer's ~0.19 s at 100 000 matters): a call
     * whose output may be kept ({@code list}, {@code overdue}) is asked first of a JVM without the cache, which prints
     * the kept output or ends having printed nothing ({@link KeptCalls#NOT_KEPT_EXIT}); only then is the command started
     * with the cache. Its end is the launcher's: a kept answer, an error, a signal.
     */
    @Test
    void aCallThatMayBeKeptIsAskedFirstOfAJvmWithoutTheCache() throws Exception {
        Path jdk = standInJava();
        trainedFor(jdk);
        Files.deleteIfExists(starts());

        String command = options(jdk, "--data", "d", "list", "--json");
        List<String> starts = Files.readAllLines(starts());
        assertThat(starts).as("the kept-only start, then the command's").hasSize(2);
        assertThat(starts.get(0)).contains("-D" + KeptCalls.ONLY + "=true ").doesNotContain("-XX:AOTCache=")
                .contains("-XX:TieredStopAtLevel=1 ").endsWith("ledamot.jar --data d list --json");
        assertThat(command).contains("-XX:AOTCache=").doesNotContain(KeptCalls.ONLY);

        environment.put("KEPT", "[ { \"id\" : 1 } ]");
        assertThat(launch(jdk, "overdue", "--json")).isEqualTo(new Launched(0, "[ { \"id\" : 1 } ]\n"));
        environment.put("KEPT", "");
        Files.deleteIfExists(starts());
        environment.put("FAIL", "3");
        assertThat(launch(jdk, "list")).as("an error in the kept-only start").isEqualTo(new Launched(3, ""));
        assertThat(Files.readAllLines(starts())).hasSize(1);
        environment.put("FAIL", "");
        for (List<String> once : List.of(List.of("show", "1"), List.of("--data", "d"), List.of("search", "plan"))) {
            Files.deleteIfExists(starts());
            options(jdk, once.toArray(String[]::new));
            assertThat(Files.readAllLines(starts())).as(once.toString()).hasSize(1);
        }
    }

    /** Without a cache to map there is nothing to spare: the one JVM answers from the kept output or runs the call. */
    @Test
    void withoutACacheAKeptCallStartsOneJvm() throws Exception {
        Path jdk = standInJava();
        options(jdk, "list", "--json");
        assertThat(Files.readAllLines(starts())).hasSize(1).noneMatch(start -> start.contains(KeptCalls.ONLY));
    }

    /**
     * A JDK whose java notes every start in {@code starts.txt} and prints the options it was given; started to answer
     * kept calls only, it ends with the environment's FAIL if set, prints its KEPT if set (a kept output), else ends as
     * a call not kept does.
     */
    private Path standInJava() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"" + Runtime.version().feature() + "\"\n");
        Path java = Files.writeString(jdk.resolve("java"), """
                #!/bin/sh
                echo "$*" >>"%s"
                case " $* " in
                    *" -D%s=true "*) [ -n "$FAIL" ] && exit "$FAIL"; [ -n "$KEPT" ] && { echo "$KEPT"; exit 0; }; exit %d ;;
                esac
                echo "$@"
                """.formatted(starts(), KeptCalls.ONLY, KeptCalls.NOT_KEPT_EXIT));
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return jdk;
    }

    private Path starts() {
        return dir.resolve("starts.txt");
    }

    /** What the launcher passes to the JVM (the stand-in in {@code jdk}) for these arguments. */
    private String options(Path jdk, String... args) throws Exception {
        String out = launch(jdk, args).out();
        assertThat(out).as("the program and its arguments").contains("ledamot.jar " + String.join(" ", args));
        return out.substring(0, out.indexOf("-jar "));
    }

    private record Launched(int exit, String out) {
    }

    /** The launcher run to its end with these arguments, the JVM it finds the stand-in in {@code jdk} (or none). */
    private Launched launch(Path jdk, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile());
        if (jdk != null) {
            pb.environment().put("JAVA_HOME", jdk.getParent().toString());
        } else {
            pb.environment().remove("JAVA_HOME");
        }
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(environment);
        if (tools != null) {
            pb.environment().put("PATH", tools + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Launched(p.exitValue(), out);
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

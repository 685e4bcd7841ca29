package se.ledamot.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.ledamot.cli.Cli;
import se.ledamot.cli.KeptCalls;
import se.ledamot.cli.KeptEntries;
import se.ledamot.l10n.Localization;
import se.ledamot.service.KeptRefresh;
import se.ledamot.service.KeptSplice;
import se.ledamot.ui.DesktopApp;

/** Starts Ledamot: the window when no subcommand is given, the command line otherwise. */
public final class Main {
    /** "false": this program never starts {@code refresh-kept} after it wrote (the tests' child programs). */
    static final String REFRESH_KEPT = "ledamot.refreshKept";

    private Main() {
    }

    public static void main(String[] args) {
        // First, before anything else is loaded: a call answered from its kept output needs nothing else (issue 15).
        if (KeptCalls.printed(args)) {
            return;
        }
        if (Boolean.getBoolean(KeptCalls.ONLY)) {
            // Halted: nothing was printed or opened, and System.exit first looks up the JDK's loggers in every jar
            // (~30 ms of the ~0.1 s this start costs a call that is not kept).
            Runtime.getRuntime().halt(KeptCalls.NOT_KEPT_EXIT);
        }
        KeptSplice.writeWith(new KeptEntries());
        if (!"false".equals(System.getProperty(REFRESH_KEPT))) {
            KeptRefresh.startWith(Main::refreshKept);
        }
        StartupProbe.installIfRequested();
        StartupCache.refresh();
        boolean[] windowOpened = {false};
        int code = Cli.run((dataFolder, server, folderNamed) -> {
            windowOpened[0] = true;
            if (Boolean.getBoolean(StartupCache.REHEARSAL)) {
                DesktopApp.rehearse(dataFolder);
            } else {
                DesktopApp.launch(dataFolder, server, folderNamed);
            }
        }, args);
        if (!windowOpened[0] || code != 0) {
            System.exit(code);
        }
    }

    /**
     * This program, in the background, on {@code folder}: {@code refresh-kept} in a JVM of the reading commands' kind
     * (the quick compiler, the serial collector, a small heap, the commands' AOT cache where there is one) on this
     * class path, at low priority where the system has {@code nice}, in this program's language.
     */
    static List<String> refreshKept(Path folder) {
        List<String> command = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        if (Files.isExecutable(nice)) {
            command.addAll(List.of(nice.toString(), "-n", "10"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xlog:disable"));
        StartupCache.commandsCacheInUse().ifPresent(cache -> command.add("-XX:AOTCache=" + cache));
        String language = System.getProperty(Localization.PROPERTY);
        if (language != null) {
            command.add("-D" + Localization.PROPERTY + "=" + language);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data", folder.toString(), "refresh-kept"));
        return command;
    }
}

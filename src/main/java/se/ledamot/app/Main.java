package se.ledamot.app;

import se.ledamot.cli.Cli;
import se.ledamot.cli.KeptCalls;
import se.ledamot.ui.DesktopApp;

/** Starts Ledamot: the window when no subcommand is given, the command line otherwise. */
public final class Main {
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
}

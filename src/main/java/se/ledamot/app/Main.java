package se.ledamot.app;

import se.ledamot.cli.Cli;
import se.ledamot.ui.DesktopApp;

/** Starts Ledamot: the window when no subcommand is given, the command line otherwise. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupProbe.installIfRequested();
        boolean archiveWritable = SharedArchive.prepareFolder();
        boolean[] windowOpened = {false};
        int code = Cli.run((dataFolder, server) -> {
            windowOpened[0] = true;
            DesktopApp.launch(dataFolder, server);
        }, args);
        if (!windowOpened[0] || code != 0) {
            if (!archiveWritable) {
                SharedArchive.exit(code);
            }
            System.exit(code);
        }
        if (!archiveWritable) {
            // The window's closing ends the JVM as a command's System.exit does, through its failing archive write:
            // the program ends itself once the window has closed its data and every other thread has ended.
            SharedArchive.exitAfterOtherThreads(0);
        }
    }
}

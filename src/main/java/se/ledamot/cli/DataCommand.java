package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;

/**
 * A subcommand that works on the data in the data folder, or on a shared server with {@code --server URL}, opened
 * for the call and closed after it.
 */
abstract class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server.option.connect")
    String server;

    @Override
    public Integer call() throws Exception {
        LedamotCommand root = (LedamotCommand) spec.root().userObject();
        Ledamot app = server != null ? openServer(server) : Folders.open(dataFolder(), err(), onlyReads());
        try (app) {
            if (root.keepsStamp()) {
                app.keepStamp();
            }
            return run(app);
        } finally {
            root.stampOfAllRead(app.stampOfAllRead());
        }
    }

    abstract int run(Ledamot app) throws Exception;

    /** Whether the command only reads: the data folder's file is then opened read-only and left as it was. */
    boolean onlyReads() {
        return false;
    }

    /** The data folder the command line names, or the default one. */
    Path dataFolder() {
        // The top command, not the parent: a subcommand may sit under another ("meeting add").
        return ((LedamotCommand) spec.root().userObject()).dataFolder();
    }

    /** The same commands on a shared server: its address after the subcommand, the password asked once. */
    private Ledamot openServer(String url) {
        var address = ServerAdministration.server(url, System.getProperty("user.name"));
        return Ledamot.openServer(address, ServerPasswords.forServer(address, err()));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

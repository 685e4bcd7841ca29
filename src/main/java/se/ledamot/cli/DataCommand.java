package se.ledamot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.ledamot.service.Ledamot;

/** A subcommand that works on the data in the data folder, opened for the call and closed after it. */
abstract class DataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        // The top command, not the parent: a subcommand may sit under another ("meeting add").
        LedamotCommand root = (LedamotCommand) spec.root().userObject();
        try (Ledamot app = Folders.open(root.dataFolder(), err())) {
            return run(app);
        }
    }

    abstract int run(Ledamot app) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

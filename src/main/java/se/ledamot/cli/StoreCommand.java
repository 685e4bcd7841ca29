package se.ledamot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.ledamot.store.Database;

/** A subcommand that works on the database in the data folder, opened for the call and closed after it. */
abstract class StoreCommand implements Callable<Integer> {
    @ParentCommand
    LedamotCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Database db = Database.open(root.dataFolder())) {
            return run(db);
        }
    }

    abstract int run(Database db) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

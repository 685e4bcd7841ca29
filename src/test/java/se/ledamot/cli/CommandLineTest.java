package se.ledamot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in this JVM on a temporary data folder and keeps what it printed. */
abstract class CommandLineTest {
    @TempDir
    protected Path data;

    protected final ObjectMapper json = new ObjectMapper();
    protected String out;
    protected String err;
    protected boolean windowOpened;
    /** The server the window was asked to open on ({@code ledamot --server URL}); null for the data folder. */
    protected se.ledamot.service.ServerAdministration.Server windowServer;
    /** Whether {@code --data} named the folder the window was asked to open. */
    protected boolean windowFolderNamed;

    /** The data folder every command is given with {@code --data}. */
    protected Path dataFolder() {
        return data;
    }

    protected int run(String... args) {
        return runWithoutData(Stream.concat(Stream.of(args), Stream.of("--data", dataFolder().toString()))
                .toArray(String[]::new));
    }

    /** Runs the words as given, with no data folder added. */
    protected int runWithoutData(String... all) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Cli.create((folder, server, folderNamed) -> {
            windowOpened = true;
            windowServer = server;
            windowFolderNamed = folderNamed;
        }, new PrintWriter(o, true), new PrintWriter(e, true))
                .execute(all);
        out = o.toString();
        err = e.toString();
        return code;
    }
}

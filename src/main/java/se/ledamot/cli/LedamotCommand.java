package se.ledamot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import se.ledamot.service.Ledamot;
import se.ledamot.service.ServerAdministration;

/**
 * The program's top command. With no subcommand it opens the window (on a shared server with {@code --server}); each
 * subcommand works headless on the same data folder.
 */
@Command(name = "ledamot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ListCommand.class, ShowCommand.class, AddCommand.class, ImportCommand.class,
                MeetingCommand.class, MeetingsCommand.class, AgendaCommand.class, PositionCommand.class,
                OverdueCommand.class, BriefCommand.class, ArchiveCommand.class, PapersCommand.class,
                SamplesCommand.class, ServerCommand.class, BackupCommand.class, RestoreCommand.class,
                PasswordCommand.class, ExportCommand.class, SyncCommand.class,
                SearchCommand.class, GenerateCommand.class, ReindexCommand.class})
public final class LedamotCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", converter = Converters.Folder.class,
            descriptionKey = "cli.option.data", scope = ScopeType.INHERIT)
    Path data;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server.option.window")
    String server;

    private final Window window;

    /** Opens the window on the data folder, or on a shared server when one is given (null otherwise). */
    @FunctionalInterface
    public interface Window {
        void open(Path dataFolder, ServerAdministration.Server server);
    }

    public LedamotCommand(Window window) {
        this.window = window;
    }

    /** The data folder: --data if given, else the user's data folder. */
    public Path dataFolder() {
        return data != null ? data : Ledamot.defaultFolder();
    }

    @Override
    public Integer call() {
        // A wrong address is said here, in words, before any window opens.
        window.open(dataFolder(), server == null ? null
                : ServerAdministration.server(server, System.getProperty("user.name")));
        return 0;
    }
}

package se.ledamot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import se.ledamot.service.Ledamot;

/**
 * The program's top command. With no subcommand it opens the window; each subcommand works headless on the same
 * data folder.
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

    private final Consumer<Path> window;

    public LedamotCommand(Consumer<Path> window) {
        this.window = window;
    }

    /** The data folder: --data if given, else the user's data folder. */
    public Path dataFolder() {
        return data != null ? data : Ledamot.defaultFolder();
    }

    @Override
    public Integer call() {
        window.accept(dataFolder());
        return 0;
    }
}

package se.ledamot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
@Command(name = "ledamot", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class LedamotCommand implements Callable<Integer> {
    /** The subcommands, in the order help lists them; {@link Cli} adds those a command line needs. */
    static final List<Class<?>> COMMANDS = List.of(ListCommand.class, ShowCommand.class, AddCommand.class,
            ImportCommand.class, MeetingCommand.class, MeetingsCommand.class, AgendaCommand.class,
            PositionCommand.class, OverdueCommand.class, BriefCommand.class, ArchiveCommand.class, PapersCommand.class,
            SamplesCommand.class, ServerCommand.class, BackupCommand.class, RestoreCommand.class,
            PasswordCommand.class, ExportCommand.class, SyncCommand.class, SearchCommand.class, GenerateCommand.class,
            ReindexCommand.class, RefreshKeptCommand.class);

    @Option(names = "--data", paramLabel = "DIR", converter = Converters.Folder.class,
            descriptionKey = "cli.option.data", scope = ScopeType.INHERIT)
    Path data;

    @Option(names = "--server", paramLabel = "URL", descriptionKey = "server.option.window")
    String server;

    private final Window window;
    /** Whether the command's output is being kept: it then asks for the database's stamp ({@link KeptCalls}). */
    private boolean keepStamp;
    private Optional<String> stampOfAllRead = Optional.empty();

    /**
     * Opens the window on the data folder, or on a shared server when one is given (null otherwise); {@code
     * folderNamed} when --data named the folder, which is then opened rather than the server worked on last.
     */
    @FunctionalInterface
    public interface Window {
        void open(Path dataFolder, ServerAdministration.Server server, boolean folderNamed);
    }

    public LedamotCommand(Window window) {
        this.window = window;
    }

    /**
     * The subcommands the arguments can reach: the one named by the first word that is not an option or an
     * option's value, or (no such word, or one that is not a command: help and "did you mean") all of them. Picocli
     * builds each command it is given from its annotations at every start; all of them were a tenth of a short
     * command's start-up (issue 15).
     */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data") || a.equals("--server")) {
                i++;
            } else if (!a.startsWith("-")) {
                return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(a)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(COMMANDS);
            }
        }
        return COMMANDS;
    }

    void keepStamp(boolean keep) {
        keepStamp = keep;
    }

    /** Whether a command on the data folder should ask for its stamp ({@link Ledamot#keepStamp}). */
    boolean keepsStamp() {
        return keepStamp;
    }

    /** Told by the command on the data folder, once it closed it. */
    void stampOfAllRead(Optional<String> stamp) {
        stampOfAllRead = stamp;
    }

    Optional<String> stampOfAllRead() {
        return stampOfAllRead;
    }

    /** The data folder: --data if given, else the user's data folder. */
    public Path dataFolder() {
        return data != null ? data : Ledamot.defaultFolder();
    }

    @Override
    public Integer call() {
        // A wrong address is said here, in words, before any window opens.
        window.open(dataFolder(), server == null ? null
                : ServerAdministration.server(server, System.getProperty("user.name")), data != null);
        return 0;
    }
}

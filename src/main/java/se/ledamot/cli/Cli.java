package se.ledamot.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;
import se.ledamot.service.OutputCache;

/**
 * Builds and runs the command line: Swedish help and error messages from the cli bundle, domain refusals said in
 * words, and exit codes a script can trust (0 done, 1 refused or failed, 2 wrong use). What is typed is taken as it
 * is ("@file" is not read as a file's content) and checked for control characters; what is printed cannot drive
 * the terminal.
 */
public final class Cli {
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /** The command line whose window only needs the data folder (tests). */
    public static CommandLine create(Consumer<Path> window, PrintWriter out, PrintWriter err) {
        return create((folder, server, folderNamed) -> window.accept(folder), out, err);
    }

    public static CommandLine create(LedamotCommand.Window window, PrintWriter out, PrintWriter err) {
        return create(window, out, err, LedamotCommand.COMMANDS);
    }

    /** The command line with only the subcommands in {@code commands} (see {@link LedamotCommand#commandsFor}). */
    private static CommandLine create(LedamotCommand.Window window, PrintWriter out, PrintWriter err,
            List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new LedamotCommand(window));
        commands.forEach(cl::addSubcommand);
        cl.setResourceBundle(allAreas());
        describe(cl);
        // "--title @/etc/hostname" is a title, not the file's content.
        cl.setExpandAtFiles(false);
        cl.setExecutionStrategy(new ArgumentText(new CommandLine.RunLast()));
        // Plain help: the output filter would show colour codes as ␛[1m.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(TerminalText.safe(out));
        cl.setErr(TerminalText.safe(err));
        cl.setParameterExceptionHandler(new SwedishParameterErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DomainException d) {
                cmd.getErr().println(Localization.message(d));
                return REFUSED;
            }
            // The last resort: a sentence, never a stack trace or an SQL statement.
            cmd.getErr().println(Localization.get("cli.error.unexpected", e.getClass().getSimpleName()));
            return REFUSED;
        });
        return cl;
    }

    /** Runs the command line on the process's output. */
    public static int run(LedamotCommand.Window window, String... args) {
        return run(window, System.out, new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /**
     * Runs the command line on {@code stdout}. A call whose output can be kept ({@link KeptCalls}) is recorded, and
     * kept when the command read the database in one turn and ended well.
     */
    static int run(LedamotCommand.Window window, OutputStream stdout, PrintWriter err, String... args) {
        Optional<OutputCache> kept = KeptCalls.of(args);
        OutputStream recorded = kept.map(k -> k.record(stdout)).orElse(stdout);
        PrintWriter out = new ByteOutput(recorded);
        CommandLine cl = create(window, out, err, LedamotCommand.commandsFor(args));
        LedamotCommand root = cl.getCommand();
        root.keepStamp(recorded instanceof OutputCache.Recording);
        int code = cl.execute(args);
        out.flush();
        if (recorded instanceof OutputCache.Recording recording) {
            recording.keep(code == 0 ? root.stampOfAllRead() : Optional.empty());
        }
        return code;
    }

    /** Option texts from every area's bundle, so each area keeps its commands' texts in its own bundle. */
    private static ResourceBundle allAreas() {
        List<ResourceBundle> all = Localization.bundles(Localization.locale());
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return all.stream().filter(b -> b.containsKey(key)).findFirst().map(b -> b.getObject(key))
                        .orElse(null);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(all.stream().flatMap(b -> b.keySet().stream()).distinct().toList());
            }
        };
    }

    /** Command descriptions from the bundle: "cli.NAME.description" for each command. */
    private static void describe(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        String key = "cli." + spec.qualifiedName(".").replaceFirst("^ledamot\\.?", "") + ".description";
        if (key.equals("cli..description")) {
            key = "cli.description";
        }
        spec.usageMessage().description(Localization.get(key));
        cl.getSubcommands().values().forEach(Cli::describe);
    }
}

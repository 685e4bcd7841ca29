package se.ledamot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import se.ledamot.domain.DomainException;
import se.ledamot.l10n.Localization;

/**
 * Builds and runs the command line: Swedish help and error messages from the cli bundle, domain refusals said in
 * words, and exit codes a script can trust (0 done, 1 refused or failed, 2 wrong use).
 */
public final class Cli {
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static CommandLine create(Consumer<Path> window, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LedamotCommand(window));
        cl.setResourceBundle(allAreas());
        describe(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new SwedishParameterErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DomainException d) {
                cmd.getErr().println(Localization.message(d));
                return REFUSED;
            }
            throw e;
        });
        return cl;
    }

    public static int run(Consumer<Path> window, String... args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        return create(window, out, err).execute(args);
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

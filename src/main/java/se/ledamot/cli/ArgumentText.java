package se.ledamot.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;
import se.ledamot.domain.Limit;
import se.ledamot.l10n.Localization;

/**
 * Refuses control characters in what is typed, before a command runs: none at all in one-line values (a title, a
 * name, a place), none but line breaks and tabs in the texts that may have several lines. The domain would quietly
 * remove them; a script is better told that its input was wrong. File and folder names are left as they are.
 */
final class ArgumentText implements IExecutionStrategy {
    /** The options whose values are texts of several lines. */
    private static final Set<String> MULTI_LINE = Set.of("--proposal", "--question", "--arguments", "--notes");

    private final IExecutionStrategy next;

    ArgumentText(IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            for (ArgSpec arg : r.matchedArgs()) {
                check(r.commandSpec().commandLine(), arg);
            }
        }
        return next.execute(parseResult);
    }

    private static void check(CommandLine cmd, ArgSpec arg) {
        if (arg.type() == Path.class || java.util.Arrays.asList(arg.auxiliaryTypes()).contains(Path.class)) {
            return;
        }
        String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        boolean lines = MULTI_LINE.contains(name);
        for (String value : arg.originalStringValues()) {
            Optional<String> control = Limit.firstControl(value, lines);
            if (control.isPresent()) {
                throw new ParameterException(cmd, Localization.get(lines ? "cli.error.controlText" : "cli.error.control",
                        name, control.get()));
            }
        }
    }
}

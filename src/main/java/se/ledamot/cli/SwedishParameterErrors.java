package se.ledamot.cli;

import java.io.PrintWriter;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import se.ledamot.l10n.Localization;

/**
 * Says what was wrong with the words given, in the user's language, and how to get help. picocli's own English
 * sentences never reach the user: each kind of mistake it finds has a text of ours.
 */
final class SwedishParameterErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(message(ex));
        err.println(Localization.get("cli.error.help", cmd.getCommandSpec().qualifiedName()));
        return Cli.USAGE;
    }

    private static String message(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            String names = String.join(", ", missing.getMissing().stream().map(SwedishParameterErrors::name).toList());
            return Localization.get("cli.error.missing", names);
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return Localization.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            return Localization.get("cli.error.exclusive", exclusiveOptions(ex.getCommandLine()));
        }
        if (ex instanceof OverwrittenOptionException repeated) {
            return Localization.get("cli.error.repeated", name(repeated.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion && arg != null
                && arg.converters().length > 0) {
            // Our converters say it in the user's language already.
            return conversion.getMessage();
        }
        if (arg != null && ex.getValue() != null) {
            return Localization.get("cli.error.value", name(arg), ex.getValue());
        }
        // Thrown by our commands, in the user's language.
        return ex.getMessage();
    }

    /** The options of the command's groups that allow only one of them: "--matter, --answer, --meeting". */
    private static String exclusiveOptions(CommandLine cmd) {
        return String.join(", ", cmd.getCommandSpec().argGroups().stream().filter(ArgGroupSpec::exclusive)
                .flatMap(g -> g.args().stream()).map(SwedishParameterErrors::name).toList());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}

package se.ledamot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.ledamot.l10n.Localization;

/** Says what was wrong with the words given, in the user's language, and how to get help. */
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
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion) {
            return conversion.getMessage();
        }
        // Our converters say it in Swedish already; picocli's own wording is the last resort.
        String text = ex.getMessage();
        int colon = text.indexOf(": ");
        return ex.getCause() != null && colon >= 0 ? text.substring(colon + 2) : text;
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}

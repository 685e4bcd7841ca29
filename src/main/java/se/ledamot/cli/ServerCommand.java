package se.ledamot.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.ledamot.l10n.Localization;
import se.ledamot.service.ServerAdministration;

/**
 * {@code ledamot server …}: the administrator's commands for a shared PostgreSQL server. They connect with the login
 * in the address; the password comes from {@value #PASSWORD_VARIABLE} or is typed at the prompt, never from a file or
 * the command line.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        subcommands = {ServerInitCommand.class, ServerUserCommand.class})
final class ServerCommand implements Runnable {
    static final String PASSWORD_VARIABLE = "LEDAMOT_PASSWORD";
    /** Where the password variable is read; tests give their own. */
    static Function<String, String> environment = System::getenv;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The address and password options every server subcommand takes. */
    static final class Connection {
        @Option(names = "--server", required = true, paramLabel = "URL", descriptionKey = "server.option.server")
        String url;

        ServerAdministration.Server address() {
            return ServerAdministration.server(url, System.getProperty("user.name"));
        }

        /** The password from the environment, else asked for without echo; null when neither is there. */
        char[] password(ServerAdministration.Server address, PrintWriter err) {
            String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                return null;
            }
            err.flush();
            return console.readPassword("%s", Localization.get("server.password.prompt", address.shortName()));
        }
    }
}

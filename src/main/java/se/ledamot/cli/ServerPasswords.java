package se.ledamot.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import se.ledamot.l10n.Localization;
import se.ledamot.service.Keyring;
import se.ledamot.service.ServerAdministration;

/**
 * The password for a shared server on the command line, asked for once: {@code LEDAMOT_PASSWORD} (scripts), else
 * the OS keyring's, else typed in the terminal without echo, else the first line of stdin when it is not a
 * terminal ({@code pass show … | ledamot list --server …}). Never an argument or a file.
 */
final class ServerPasswords {
    /** The keyring asked; tests give their own. */
    static Supplier<Keyring> keyring = Keyring::system;
    /** Where a password is read when there is no terminal; tests give their own. */
    static Supplier<InputStream> stdin = () -> System.in;

    private ServerPasswords() {
    }

    /** The keyring knows the server as {@code user@host:port/database}; the prompt names it as everywhere else. */
    static Supplier<char[]> forServer(ServerAdministration.Server address, PrintWriter err) {
        return () -> {
            String fromEnvironment = ServerCommand.environment.apply(ServerCommand.PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            var kept = keyring.get().lookup(address.toString());
            if (kept.isPresent()) {
                return kept.get();
            }
            Console console = System.console();
            if (console != null && console.isTerminal()) {
                err.flush();
                return console.readPassword("%s", Localization.get("server.password.prompt", address.shortName()));
            }
            return firstLine(stdin.get());
        };
    }

    private static char[] firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}

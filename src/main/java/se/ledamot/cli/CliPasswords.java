package se.ledamot.cli;

import java.io.Console;
import java.util.Map;
import se.ledamot.l10n.Localization;
import java.nio.file.Path;
import se.ledamot.service.Passwords;

/**
 * The password of a protected data folder on the command line: from the environment variable
 * {@value #VARIABLE} (for scripts; tried once), else asked for in the terminal without echo, three times at most.
 * Never an argument: arguments show in every user's process list.
 */
final class CliPasswords implements Passwords {
    private static final int TRIES = 3;

    static final String VARIABLE = "LEDAMOT_PASSWORD";
    static final String NEW_VARIABLE = "LEDAMOT_NEW_PASSWORD";

    private final Map<String, String> env;
    private final Console console;

    CliPasswords(Map<String, String> env, Console console) {
        this.env = env;
        this.console = console;
    }

    /** The environment, and the terminal when there is one to type in (not when input comes from a pipe). */
    static CliPasswords fromSystem() {
        Console console = System.console();
        return new CliPasswords(System.getenv(), console != null && console.isTerminal() ? console : null);
    }

    @Override
    public char[] password(Path file, boolean backup, int attempt, boolean lastWasWrong) {
        String given = env.get(VARIABLE);
        if (given != null) {
            return attempt == 1 ? given.toCharArray() : null;
        }
        if (console == null) {
            return null;
        }
        if (lastWasWrong) {
            console.printf("%s%n", Localization.get("cli.password.wrong"));
        }
        return console.readPassword("%s", Localization.get(backup ? "cli.password.backup" : "cli.password.folder",
                backup ? file : file.getParent()));
    }

    /** A new password: from {@value #NEW_VARIABLE}, else typed twice in the terminal; null when there is neither. */
    char[] newPassword() {
        String given = env.get(NEW_VARIABLE);
        if (given != null) {
            return given.toCharArray();
        }
        if (console == null) {
            return null;
        }
        for (int attempt = 0; attempt < TRIES; attempt++) {
            char[] first = console.readPassword("%s", Localization.get("cli.password.new"));
            char[] again = console.readPassword("%s", Localization.get("cli.password.again"));
            if (first != null && java.util.Arrays.equals(first, again)) {
                java.util.Arrays.fill(again, '\0');
                return first;
            }
            console.printf("%s%n", Localization.get("cli.password.mismatch"));
        }
        return null;
    }
}

package se.ledamot.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.ledamot.service.Keyring;
import se.ledamot.store.TestPostgres;

/**
 * The command line asking for a server's password on a machine with no keyring and no {@code LEDAMOT_PASSWORD}: the
 * password is what the person types (standard input), the test password unless the test {@link #type types} another.
 * Everything is put back after each test.
 */
final class TypedPassword implements BeforeEachCallback, AfterEachCallback {
    private String typed;

    /** What the person types when asked, the line's end included (or nothing at all). */
    void type(String text) {
        typed = text;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        typed = TestPostgres.PASSWORD + "\n";
        ServerCommand.environment = name -> null;
        ServerPasswords.keyring = () -> Keyring.NONE;
        ServerPasswords.stdin = () -> new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ServerCommand.environment = System::getenv;
        ServerPasswords.keyring = Keyring::system;
        ServerPasswords.stdin = () -> System.in;
    }
}

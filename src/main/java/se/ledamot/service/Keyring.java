package se.ledamot.service;

import java.util.Optional;

/**
 * The operating system's keyring, where a server password may be kept instead of being typed each time; never a
 * plain-text file. {@link #system()} is libsecret's {@code secret-tool} where it is installed, else {@link #NONE}.
 */
public interface Keyring {
    /** The password kept for the server address (without password), if any. */
    Optional<char[]> lookup(String server);

    /** Keeps the password for the address; false when the keyring refused or is not there. */
    boolean store(String server, char[] password);

    /** Whether a keyring answers at all (the window offers "Kom ihåg lösenordet" only then, else says why not). */
    boolean available();

    /** No keyring: nothing is kept, the password is asked for each time. */
    Keyring NONE = new Keyring() {
        @Override
        public Optional<char[]> lookup(String server) {
            return Optional.empty();
        }

        @Override
        public boolean store(String server, char[] password) {
            return false;
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** libsecret's {@code secret-tool} when it is on the PATH, else none. */
    static Keyring system() {
        return SecretToolKeyring.onPath(System.getenv("PATH")).map(Keyring.class::cast).orElse(NONE);
    }
}

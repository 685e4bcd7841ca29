package se.ledamot.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Where the program's data is: the embedded database in a data folder, or a shared PostgreSQL server. The
 * composition root opens one and makes every store from it.
 */
public sealed interface DatabaseTarget {
    OpenDatabase open();

    /**
     * The laptop's own database in a data folder (H2), opened with the options the caller needs: who is asked for
     * the folder's password, and what to do while another program has the folder's turn.
     */
    record Local(Path folder, OpenOptions options) implements DatabaseTarget {
        @Override
        public OpenDatabase open() {
            return Database.open(folder, options);
        }
    }

    /**
     * A shared server. The password is asked for only when the connection is made (from the environment or the
     * person at the keyboard, never from a file) and forgotten right after.
     */
    record Server(ServerAddress address, Supplier<char[]> password) implements DatabaseTarget {
        @Override
        public OpenDatabase open() {
            char[] secret = password.get();
            try {
                return ServerDatabase.open(address, secret);
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }
    }
}

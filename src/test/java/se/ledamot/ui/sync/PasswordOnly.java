package se.ledamot.ui.sync;

import java.util.Optional;
import se.ledamot.service.ServerAdministration;
import se.ledamot.store.TestPostgres;

/**
 * The sync's questions in a window on a folder that has joined its server already: never the server (the folder
 * knows it), and the test password, as a person types it.
 */
final class PasswordOnly implements SyncViewModel.Questions {
    @Override
    public Optional<String> serverUrl() {
        throw new AssertionError("the folder knows its server");
    }

    @Override
    public Optional<char[]> password(ServerAdministration.Server server) {
        return Optional.of(TestPostgres.PASSWORD.toCharArray());
    }
}

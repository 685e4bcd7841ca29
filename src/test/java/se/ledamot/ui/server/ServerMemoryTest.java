package se.ledamot.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ledamot.service.ServerAdministration;

/**
 * Where a window start goes: the server given with --server, else the data folder --data named, else the server
 * worked on last. Pasting the README's two-laptop walk on one machine, {@code ledamot --data /tmp/bo} asked for
 * Anna's server, which an earlier {@code ledamot --server} had left remembered, instead of opening Bo's folder.
 */
class ServerMemoryTest {
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private final ServerMemory memory = new ServerMemory(node);
    private final ServerAdministration.Server anna = ServerAdministration.server(
            "postgresql://anna@localhost:5432/ledamot", "nobody");
    private final ServerAdministration.Server bo = ServerAdministration.server(
            "postgresql://bo@localhost:5432/ledamot", "nobody");

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void aFolderNamedWithDataIsOpenedRatherThanTheServerWorkedOnLast() {
        memory.remember(anna);

        assertThat(memory.startOn(null, true)).isEmpty();
        assertThat(memory.startOn(null, false).map(ServerAdministration.Server::url)).contains(anna.url());
        assertThat(memory.startOn(bo, true).map(ServerAdministration.Server::url)).contains(bo.url());
    }

    @Test
    void withNothingRememberedTheFolderIsOpened() {
        assertThat(memory.startOn(null, false)).isEmpty();
    }
}

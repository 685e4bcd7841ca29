package se.ledamot.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The status bar of a laptop's copy never says "allt är synkat" while a change made here waits for the user's choice
 * (a conflict, or a field the server does not let this login change): that change is not on the server.
 */
class ReplicaStateWordsTest {
    @Test
    void aConflictWaitingIsNotAllSynced() {
        assertThat(ConnectionState.replica("anna@server/db", 0, 1, true).text()).isEqualTo("Ansluten till "
                + "anna@server/db – inte allt är synkat: 1 konflikt att välja i under Arkiv → Synkronisera… (kopia på "
                + "datorn)");
        assertThat(ConnectionState.replica("anna@server/db", 0, 2, true).text()).contains("2 konflikter")
                .doesNotContain("allt är synkat (");
        assertThat(ConnectionState.replica("anna@server/db", 0, 0, true).text())
                .isEqualTo("Ansluten till anna@server/db – allt är synkat (kopia på datorn)");
        assertThat(ConnectionState.replica("anna@server/db", 2, 1, true).text()).isEqualTo("Ansluten till "
                + "anna@server/db – 2 ändringar skickas vid nästa synkning, 1 konflikt att välja i (kopia på datorn)");
    }
}

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
                + "anna@server/db – 2 ändringar skickas vid nästa synkning, 1 konflikt att välja i under Arkiv → "
                + "Synkronisera… (kopia på datorn)");
    }

    /**
     * Before a sync in this window, and offline, the conflicts waiting are said with where to choose them, in the same
     * words as in contact; before, these ended "…, 1 konflikt att välja i" and did not say where.
     */
    @Test
    void conflictsWaitingAreSaidWithWhereToChooseThemInEveryState() {
        String where = "1 konflikt att välja i under Arkiv → Synkronisera…";
        assertThat(ConnectionState.replicaNotYetInContact("anna@server/db", 1, 1).text()).isEqualTo("Kopia av "
                + "anna@server/db på datorn – 1 ändring väntar på att skickas, " + where);
        assertThat(ConnectionState.replica("anna@server/db", 0, 1, false).text()).isEqualTo("Offline – inget väntar "
                + "på att skickas, " + where + " (kopia av anna@server/db)");
        assertThat(ConnectionState.replica("anna@server/db", 3, 2, false).text())
                .contains(", 2 konflikter att välja i under Arkiv → Synkronisera… (kopia av");
        assertThat(ConnectionState.replica("anna@server/db", 0, 1, true).text()).contains(where);
        assertThat(ConnectionState.replicaNotYetInContact("anna@server/db", 2, 0).text())
                .isEqualTo("Kopia av anna@server/db på datorn – 2 ändringar väntar på att skickas");
    }
}

package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Decision;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.Engine;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for an agenda item's texts (its proposal, förslag till beslut, and the decision's wording in the
 * minutes), two secretaries with the same item on screen: on one real PostgreSQL server and on one H2 data folder
 * (two windows). A text only one changed is written beside the other's; the same text changed by both is a conflict
 * offered with a merged text, and the other's text stands until chosen.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleAgendaItemTest {
    @Parameter
    Engine engine;

    private TwoLogins logins;
    private AgendaStore first;
    private AgendaStore second;
    private long item;

    @BeforeEach
    void twoSecretariesWithOneItem(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "staleitemtext_karin", "staleitemtext_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        first = new AgendaStore(logins.first.dsl(), Clock.systemUTC());
        second = new AgendaStore(logins.second.dsl(), Clock.systemUTC());
        AgendaItem shown = stored();
        first.saveItem(shown.withProposal("Kommunstyrelsen föreslår\natt motionen bifalls\n"
                + "att kostnaden ryms i budgeten."));
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private AgendaItem stored() {
        return second.item(item).orElseThrow();
    }

    @Test
    void theOldSaveOfAStaleItemOverwroteTheOthersWording() {
        AgendaItem copy = stored();
        second.saveItem(copy, copy.withDecision(null, "Kommunfullmäktige beslutar att bifalla motionen."));
        first.saveItem(copy.withProposal("Kommunstyrelsen föreslår\natt motionen avslås."));
        assertThat(stored().decisionText()).isEmpty();
    }

    @Test
    void theProposalAndTheWordingChangedOnEachSideBothWin() {
        AgendaItem copy = stored();
        assertThat(second.saveItem(copy, copy.withDecision(Decision.APPROVED,
                "Kommunfullmäktige beslutar att bifalla motionen.")).conflicts()).isEmpty();
        RowMerge<AgendaItem> stale = first.saveItem(copy, copy.withProposal(
                "Kommunstyrelsen föreslår\natt motionen bifalls i sin helhet."));

        assertThat(stale.conflicts()).isEmpty();
        assertThat(stored().proposal()).isEqualTo("Kommunstyrelsen föreslår\natt motionen bifalls i sin helhet.");
        assertThat(stored().decision()).isEqualTo(Decision.APPROVED);
        assertThat(stored().decisionText()).isEqualTo("Kommunfullmäktige beslutar att bifalla motionen.");
    }

    @Test
    void theSameTextChangedByBothIsAConflictOfferedMergedAndTheOthersStands() {
        AgendaItem copy = stored();
        second.saveItem(copy, copy.withProposal("Kommunstyrelsen föreslår fullmäktige\natt motionen bifalls\n"
                + "att kostnaden ryms i budgeten."));
        AgendaItem mine = copy.withProposal("Kommunstyrelsen föreslår\natt motionen bifalls\n"
                + "att kostnaden ryms i 2027 års budget.");
        RowMerge<AgendaItem> stale = first.saveItem(copy, mine);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("proposal");
        Conflict shown = stale.shown("agenda_item", String.valueOf(item), "§ 1", copy, mine).getFirst();
        assertThat(shown.longText()).isTrue();
        // Who saved the other side (issue 16.5): Lars by his login (enrolled without a name), or another window.
        if (engine == Engine.POSTGRESQL) {
            assertThat(shown.savedBy().name()).isEqualTo("staleitemtext_lars");
        } else {
            assertThat(shown.savedBy().otherWindow()).isTrue();
        }
        assertThat(shown.merged().text()).isEqualTo("Kommunstyrelsen föreslår fullmäktige\natt motionen bifalls\n"
                + "att kostnaden ryms i 2027 års budget.");
        assertThat(stored().proposal()).endsWith("ryms i budgeten.");

        AgendaItem next = stale.nextBase(copy).withProposal(stale.theirs().proposal());
        assertThat(first.saveItem(next, next.withLongText("proposal", shown.merged().text())).conflicts()).isEmpty();
        assertThat(stored().proposal()).isEqualTo(shown.merged().text());
    }
}

package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Status;
import se.ledamot.domain.debate.DebateDecision;
import se.ledamot.domain.debate.Decided;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.RowField;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.DebateStore;
import se.ledamot.store.Engine;
import se.ledamot.store.MatterStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for the decision recorded in the debate (Debatt) against the wording stored in the minutes (Protokoll):
 * one secretary has the item's debate open while another stores the decision's wording. On one real PostgreSQL
 * server and on one H2 data folder (two windows). The decision is taken either way; the debate form's wording is met
 * with the stored one like any save of the item's texts.
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleDecisionWordingTest {
    private static final String THEIRS = "Kommunfullmäktige beslutar\natt bifalla motionen.";

    @Parameter
    Engine engine;

    private TwoLogins logins;
    private DebateStore debate;
    private AgendaStore minutes;
    private long item;

    @BeforeEach
    void oneInTheDebateOneInTheMinutes(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "staledecide_karin", "staledecide_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        debate = new DebateStore(logins.first.dsl(), Clock.systemUTC());
        minutes = new AgendaStore(logins.second.dsl(), Clock.systemUTC());
        MatterStore matters = new MatterStore(logins.first.dsl(), Clock.systemUTC());
        matters.save(debate.open(item).matter().toBuilder().submitted(LocalDate.parse("2026-11-20"))
                .status(Status.PREPARED).build());
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private AgendaItem stored() {
        return minutes.item(item).orElseThrow();
    }

    /** The other secretary stores a wording in Protokoll over the copy the debate form was filled from. */
    private AgendaItem theOtherStoresAWording(AgendaItem copy) {
        assertThat(minutes.saveItem(copy, copy.withDecision(copy.decision(), THEIRS)).conflicts()).isEmpty();
        return copy;
    }

    @Test
    void aDecisionWithTheWordingLeftAsShownKeepsTheOthersWording() {
        AgendaItem shown = theOtherStoresAWording(debate.open(item).item());

        Decided decided = debate.decide(shown, DebateDecision.of(Decision.APPROVED), shown.decisionText());

        assertThat(decided.item().conflicts()).isEmpty();
        assertThat(stored().decision()).isEqualTo(Decision.APPROVED);
        assertThat(stored().decisionText()).isEqualTo(THEIRS);
        assertThat(decided.matter().decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void aWordingTypedInBothIsAConflictTheDecisionIsTakenAndTheOthersWordingStands() {
        AgendaItem shown = theOtherStoresAWording(debate.open(item).item());
        String mine = "Kommunfullmäktige beslutar\natt bifalla motionen i sin helhet.";

        Decided decided = debate.decide(shown, DebateDecision.of(Decision.APPROVED), mine);

        assertThat(decided.item().conflicts()).extracting(RowField::code).containsExactly("decision_text");
        Conflict asked = decided.item().shown("agenda_item", String.valueOf(item), "§ 1", shown,
                shown.withDecision(Decision.APPROVED, mine)).getFirst();
        assertThat(asked.theirs()).isEqualTo(THEIRS);
        assertThat(asked.mine()).isEqualTo(mine);
        assertThat(stored().decisionText()).isEqualTo(THEIRS);
        assertThat(stored().decision()).isEqualTo(Decision.APPROVED);
        assertThat(debate.open(item).decision()).hasValue(DebateDecision.of(Decision.APPROVED));

        AgendaItem next = decided.item().nextBase(shown).withDecision(Decision.APPROVED, THEIRS);
        assertThat(minutes.saveItem(next, next.withDecision(Decision.APPROVED, mine)).conflicts()).isEmpty();
        assertThat(stored().decisionText()).isEqualTo(mine);
    }

    @Test
    void aWordingTypedOnlyInTheDebateIsStoredBesideTheOthersProposal() {
        AgendaItem shown = debate.open(item).item();
        minutes.saveItem(shown, shown.withProposal("Kommunstyrelsen föreslår\natt motionen bifalls."));

        Decided decided = debate.decide(shown, DebateDecision.of(Decision.REJECTED), "Motionen avslås.");

        assertThat(decided.item().conflicts()).isEmpty();
        assertThat(stored().decisionText()).isEqualTo("Motionen avslås.");
        assertThat(stored().decision()).isEqualTo(Decision.REJECTED);
        assertThat(stored().proposal()).isEqualTo("Kommunstyrelsen föreslår\natt motionen bifalls.");
    }
}

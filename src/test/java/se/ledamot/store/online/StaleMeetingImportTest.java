package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.importer.MeetingImportText;
import se.ledamot.importer.draft.AgendaLine;
import se.ledamot.importer.draft.ImportDraft;
import se.ledamot.importer.draft.MeetingDraft;
import se.ledamot.importer.draft.MeetingImport;
import se.ledamot.importer.draft.MeetingPlan;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.Engine;
import se.ledamot.store.MeetingImportStore;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for a kallelse imported while another secretary edits the agenda: the import writes an item's förslag
 * till beslut compared with the copy its preview was made from, under the row's lock. A proposal another secretary
 * typed since the preview is kept, never written over, and the import says which item kept it and why; what another
 * saved in the item's other texts stays beside the proposal imported. On one real PostgreSQL server and on one H2
 * data folder (two windows).
 */
@ParameterizedClass
@MethodSource("se.ledamot.store.TestDatabases#engines")
class StaleMeetingImportTest {
    private static final String DOCUMENTS = "Kommunstyrelsen föreslår\natt motionen bifalls.";
    private static final String LARS = "Kommunstyrelsen föreslår\natt motionen avslås.";

    @Parameter
    Engine engine;

    private TwoLogins logins;
    private AgendaStore lars;
    private MeetingImportStore karin;
    private long item;
    private MeetingDraft kallelse;

    @BeforeEach
    void anItemWithoutAProposalAndAKallelseThatGivesOne(@TempDir Path folder) {
        logins = TwoLogins.on(engine, folder, "staleimport_karin", "staleimport_lars", null,
                ServerRole.COUNCIL_SECRETARY);
        item = logins.itemOnAnAgenda("Motion om simhallen");
        lars = new AgendaStore(logins.second.dsl(), Clock.systemUTC());
        karin = new MeetingImportStore(logins.first.dsl(), Clock.systemUTC());
        ImportDraft motion = new ImportDraft(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build(),
                Map.of(), List.of(), "Motion om simhallen");
        kallelse = new MeetingDraft(null, "Kommunfullmäktige", LocalDate.parse("2026-12-14"), null, null, false,
                Map.of(), List.of(new AgendaLine(1, "Motion om simhallen", null, motion, DOCUMENTS)), List.of(),
                "Kallelse");
    }

    @AfterEach
    void close() {
        logins.close();
    }

    @Test
    void aProposalTypedSinceThePreviewIsKeptAndTheImportSaysWhichItemAndWhy() {
        MeetingPlan preview = karin.plan(kallelse);
        AgendaItem copy = stored();
        assertThat(lars.saveItem(copy, copy.withProposal(LARS)).conflicts()).isEmpty();

        MeetingImportStore.Stored done = karin.store(kallelse, preview);

        assertThat(stored().proposal()).isEqualTo(LARS);
        assertThat(done.proposalsKept()).extracting(AgendaLine::text).containsExactly("Motion om simhallen");
        String said = MeetingImportText.summary(MeetingImport.of(kallelse).withStored(done.meeting(), done.plan(),
                done.after(), done.proposalsKept()));
        assertThat(said).contains("§ 1 Motion om simhallen").contains("behölls")
                .contains("ändrades efter att du förhandsgranskade");
    }

    @Test
    void theProposalImportedIsWrittenBesideTheWordingSavedSinceThePreview() {
        MeetingPlan preview = karin.plan(kallelse);
        AgendaItem copy = stored();
        assertThat(lars.saveItem(copy, copy.withDecision(null, "Kommunfullmäktige beslutar att bifalla motionen."))
                .conflicts()).isEmpty();

        MeetingImportStore.Stored done = karin.store(kallelse, preview);

        assertThat(stored().proposal()).isEqualTo(DOCUMENTS);
        assertThat(stored().decisionText()).isEqualTo("Kommunfullmäktige beslutar att bifalla motionen.");
        assertThat(done.proposalsKept()).isEmpty();
    }

    @Test
    void theSameProposalTypedSinceThePreviewIsNoConflict() {
        MeetingPlan preview = karin.plan(kallelse);
        AgendaItem copy = stored();
        assertThat(lars.saveItem(copy, copy.withProposal(DOCUMENTS)).conflicts()).isEmpty();

        assertThat(karin.store(kallelse, preview).proposalsKept()).isEmpty();
        assertThat(stored().proposal()).isEqualTo(DOCUMENTS);
    }

    private AgendaItem stored() {
        return lars.item(item).orElseThrow();
    }
}

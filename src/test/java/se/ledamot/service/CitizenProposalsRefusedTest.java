package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.CitizenProposals;

/**
 * A council that takes no citizen proposals (KL 8 kap.: taking them is the council's choice) gets none stored, by
 * whichever way they come in; one stored before the council said so stays and can still be edited.
 */
class CitizenProposalsRefusedTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private Matter earlier;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder, DebateBriefQueriesTest.CLOCK);
        earlier = app.matters().add(proposal("Medborgarförslag om en hundrastgård"));
        app.settings().save(app.settings().rules().withCitizenProposals(CitizenProposals.notAllowed("KF")));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Matter proposal(String title) {
        return Matter.newMatter(MatterKind.CITIZEN_PROPOSAL, title).submitted(LocalDate.parse("2026-11-02"))
                .status(Status.SUBMITTED).build();
    }

    @Test
    void aNewCitizenProposalIsRefusedWithTheReasonAndNothingIsStored() {
        assertThatThrownBy(() -> app.matters().add(proposal("Medborgarförslag om en skatepark")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("rules.citizenProposals.notAllowed"));
        assertThat(app.matters().list()).extracting(Matter::title).containsExactly(earlier.title());
    }

    @Test
    void aMotionCannotBeMadeACitizenProposalButAnEarlierOneCanStillBeEdited() {
        Matter motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-11-02")).status(Status.SUBMITTED).build());
        Matter changed = motion.toBuilder().kind(MatterKind.CITIZEN_PROPOSAL).build();
        assertThatThrownBy(() -> app.matters().save(changed)).isInstanceOf(DomainException.class);
        assertThat(app.matters().find(motion.id()).orElseThrow().kind()).isEqualTo(MatterKind.MOTION);

        assertThat(app.matters().save(earlier.toBuilder().title("Medborgarförslag om en större hundrastgård")
                .build())).isTrue();
    }

    @Test
    void aKallelsesCitizenProposalIsAnItemWithoutAMatterAndThePreviewSaysWhy() throws Exception {
        Path kallelse = java.nio.file.Files.writeString(folder.resolve("kallelse.txt"),
                se.ledamot.importer.read.CombinedPdfs.KALLELSE);
        var items = app.imports().markDuplicates(ImportService.read(java.util.List.of(kallelse),
                se.ledamot.importer.ImportProgress.NONE, () -> false));
        var draft = items.getFirst().meeting().draft();
        assertThat(draft.items().get(4).isFreeText()).isTrue();
        assertThat(draft.warnings()).extracting(w -> w.text()).containsExactly("Punkt 5 är ett medborgarförslag. "
                + "Fullmäktige tar inte emot medborgarförslag (8 kap. 1 § kommunallagen). Punkten sparas på "
                + "föredragningslistan utan ärende.");
        assertThat(items.getFirst().meeting().plan().count(se.ledamot.importer.draft.MeetingPlan.Match.NEW))
                .isEqualTo(2);

        var stored = app.imports().store(items, se.ledamot.importer.ImportProgress.NONE, () -> false);
        long meeting = stored.getFirst().meeting().stored().id();
        assertThat(app.matters().list()).extracting(Matter::title)
                .containsExactlyInAnyOrder(earlier.title(), "Fler bänkar i Stadsparken", "Skolskjutsarna");
        assertThat(app.meetings().agenda(meeting).get(4).text())
                .isEqualTo("Medborgarförslag om en hundrastgård i Ytterby");
    }
}

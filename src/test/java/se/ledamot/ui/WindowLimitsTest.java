package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ledamot.store.jooq.Tables.MATTER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.service.MeetingService;
import se.ledamot.store.Database;
import se.ledamot.ui.editor.EditorViewModel;
import se.ledamot.ui.importer.ImportViewModel;
import se.ledamot.ui.meetings.AgendaViewModel;
import se.ledamot.ui.meetings.GroupViewModel;
import se.ledamot.ui.meetings.MeetingsViewModel;
import se.ledamot.store.TestDatabases;

/**
 * The window refuses what does not fit with the same words as the command line, keeps what was typed, and stores
 * nothing of it.
 */
class WindowLimitsTest {
    @TempDir
    Path folder;

    private TestContext test;
    private Matter plan;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        plan = test.services.matters().add(Samples.integrationPlan());
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Matter stored() {
        return test.services.matters().find(plan.id()).orElseThrow();
    }

    private EditorViewModel editor() {
        EditorViewModel vm = new EditorViewModel(test.context);
        vm.load(plan);
        return vm;
    }

    @Test
    void aTooLongTitleIsRefusedAndKeptInTheField() {
        EditorViewModel vm = editor();
        String typed = "Motion om " + "x".repeat(491);
        vm.titleProperty().set(typed);
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Rubriken får vara högst 500 tecken, men har 501.");
        assertThat(vm.titleProperty().get()).isEqualTo(typed);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(stored()).isEqualTo(plan);

        vm.titleProperty().set(typed.substring(0, 500));
        assertThat(vm.flush()).isTrue();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(stored().title()).hasSize(500);
    }

    @Test
    void tooLongFieldsAndAnAuthorWithoutANameAreRefusedInWords() {
        EditorViewModel vm = editor();
        vm.placeProperty().set("Ö" + "a".repeat(250));
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Platsen får vara högst 200 tecken, men har 251.");
        vm.placeProperty().set("Stenungsund");
        vm.addresseePartyProperty().set("Vänsterpartiet i Stenungsund");
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Partiet får vara högst 20 tecken, men har 28.");
        vm.addresseePartyProperty().set("");
        vm.authorsProperty().set("(V)");
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("”(V)” är inget namn.");
        assertThat(stored()).isEqualTo(plan);
    }

    @Test
    void aDateOutOfRangeIsRefusedButOneStoredBeforeStaysUntilChanged() {
        EditorViewModel vm = editor();
        vm.submittedProperty().set(LocalDate.of(2202, 5, 1));
        assertThat(vm.flush()).isFalse();
        assertThat(vm.problemProperty().get())
                .isEqualTo("Datumet 2202-05-01 går inte att spara. Skriv ett datum mellan år 1900 och 2200.");
        assertThat(stored()).isEqualTo(plan);

        // A date an older Ledamot let in still loads, and other fields can still be saved.
        try (Database db = TestDatabases.local(folder)) {
            db.dsl().update(MATTER).set(MATTER.SUBMITTED, LocalDate.of(2202, 5, 1))
                    .where(MATTER.ID.eq(plan.id())).execute();
        }
        Matter legacy = stored();
        EditorViewModel again = new EditorViewModel(test.context);
        again.load(legacy);
        again.bodyProperty().set("Ny motivering.");
        assertThat(again.flush()).isTrue();
        assertThat(stored().body()).isEqualTo("Ny motivering.");
        assertThat(stored().submitted()).isEqualTo(LocalDate.of(2202, 5, 1));
    }

    @Test
    void aTooLongGroupCodeShowsNoPositionsAtAll() {
        MeetingService meetings = test.services.meetings();
        Meeting december = meetings.add(Meeting.planned("KF", LocalDate.of(2026, 12, 14)));
        meetings.addMatters(december.id(), List.of(plan.id()));
        GroupViewModel vm = new GroupViewModel(test.context);
        vm.loadMeetings();
        vm.groupProperty().set("V");
        assertThat(vm.rows()).hasSize(1);
        vm.groupProperty().set("A".repeat(25));
        assertThat(vm.rows()).isEmpty();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Partigruppens kod får vara högst 20 tecken, men har 25.");
    }

    @Test
    void aTooLongSpeakerIsRefusedBeforeAnythingIsStored() {
        GroupViewModel vm = new GroupViewModel(test.context);
        Position p = Position.undecided(1, "V");
        assertThat(vm.edited(p, x -> x.withSpeaker("s".repeat(201)))).isEmpty();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Talarens namn får vara högst 200 tecken, men har 201.");
        assertThat(vm.edited(p, x -> x.withSpeaker("Anna Ek"))).get().extracting(Position::speaker)
                .isEqualTo("Anna Ek");
    }

    @Test
    void aMeetingWithATooLongPlaceOrAnImpossibleDateIsNotStored() {
        MeetingsViewModel vm = new MeetingsViewModel(test.context);
        vm.reload();
        vm.dateProperty().set("2026-12-14");
        vm.placeProperty().set("x".repeat(201));
        vm.save();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Platsen får vara högst 200 tecken, men har 201.");
        vm.placeProperty().set("Kommunhuset");
        vm.dateProperty().set("0202-12-14");
        vm.save();
        assertThat(test.dialogs.lastNotification()).startsWith("Datumet 0202-12-14 går inte att spara.");
        assertThat(vm.placeProperty().get()).isEqualTo("Kommunhuset");
        assertThat(test.services.meetings().list()).isEmpty();
    }

    @Test
    void aTooLongFreeTextItemIsRefusedSoTheFieldKeepsIt() {
        Meeting december = test.services.meetings().add(Meeting.planned("KF", LocalDate.of(2026, 12, 14)));
        AgendaViewModel vm = new AgendaViewModel(test.context);
        vm.meetingProperty().set(december);
        vm.freeTextProperty().set("x".repeat(1001));
        vm.addText();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Punktens text får vara högst 1000 tecken, men har 1001.");
        assertThat(vm.freeTextProperty().get()).hasSize(1001);
        assertThat(test.services.meetings().agenda(december.id())).isEmpty();
    }

    @Test
    void correctedImportFieldsAreCheckedToo(@TempDir Path files) throws Exception {
        Files.writeString(files.resolve("motion.txt"), "Motion om cykelvägar\n\natt en plan tas fram\n");
        ImportViewModel vm = new ImportViewModel(test.context);
        vm.read(List.of(files));
        vm.selectedProperty().set(vm.rows().getFirst());
        assertThat(vm.editPlace("x".repeat(201))).isFalse();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Platsen får vara högst 200 tecken, men har 201.");
        assertThat(vm.editSubmitted("1066-10-14")).isFalse();
        assertThat(test.dialogs.lastNotification()).startsWith("Datumet 1066-10-14 går inte att spara.");
        assertThat(vm.editAddressee("(M)")).isFalse();
        assertThat(test.dialogs.lastNotification()).startsWith("”(M)” är inget namn.");
        assertThat(vm.rows().getFirst().item().draft().matter().place()).isNull();
    }
}

package se.ledamot.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.ui.TestContext;

class ImportViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;

    private TestContext test;
    private ImportViewModel vm;

    @BeforeEach
    void open() {
        test = new TestContext(folder);
        vm = new ImportViewModel(test.context);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private ImportRow row(String prefix) {
        return vm.rows().stream().filter(r -> Path.of(r.item().file()).getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    @Test
    void readingShowsEveryFileWithoutStoringAnything() throws Exception {
        Files.write(files.resolve("tom.txt"), new byte[0]);
        vm.read(List.of(Path.of("seeds"), files));
        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.PREVIEW);
        assertThat(row("tom").state()).isEqualTo("Filen tom.txt är tom.");
        assertThat(row("tom").includedProperty().get()).isFalse();
        assertThat(row("001_").state()).isEqualTo("Klar att spara");
        assertThat(row("004_").confidence(MatterField.REPLY_BY)).isEqualTo(Confidence.UNSURE);
        assertThat(row("004_").state()).startsWith("Kontrollera");
        assertThat(test.services.matters().list()).isEmpty();
    }

    @Test
    void correctedFieldsAreStoredAndCountAsSure() {
        vm.read(List.of(Path.of("seeds")));
        vm.selectedProperty().set(row("002_"));
        assertThat(vm.editSubmitted("2018-03-20")).isTrue();
        assertThat(vm.editAuthors("Patrik Christierson (KD)")).isTrue();
        assertThat(vm.editTitle("Integrationsenheten i Sävsjö")).isTrue();
        assertThat(row("002_").confidence(MatterField.AUTHORS)).isEqualTo(Confidence.SURE);
        long revision = test.context.mattersRevision().get();

        vm.storeIncluded();
        assertThat(test.context.mattersRevision().get()).isGreaterThan(revision);
        assertThat(test.dialogs.lastNotification()).isEqualTo("Klart: 4 sparade, 0 dubbletter, 0 kunde inte läsas.");
        Matter stored = test.services.matters().list().stream()
                .filter(m -> m.kind() == MatterKind.INTERPELLATION).findFirst().orElseThrow();
        assertThat(stored.title()).isEqualTo("Integrationsenheten i Sävsjö");
        assertThat(stored.submitted()).hasToString("2018-03-20");
        assertThat(stored.authors().getFirst().display()).isEqualTo("Patrik Christierson (KD)");
        assertThat(row("002_").state()).isEqualTo("Sparad som ärende " + stored.id());
        assertThat(vm.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.DONE);
    }

    @Test
    void badCorrectionIsRefusedInWordsAndChangesNothing() {
        vm.read(List.of(Path.of("seeds")));
        vm.selectedProperty().set(row("001_"));
        assertThat(vm.editSubmitted("16 feb")).isFalse();
        assertThat(test.dialogs.lastNotification()).isEqualTo("”16 feb” är inget giltigt datum. Skriv datum som 2026-11-22.");
        assertThat(vm.editTitle("  ")).isFalse();
        assertThat(test.dialogs.lastNotification()).isEqualTo("Ärendet måste ha en rubrik.");
        assertThat(row("001_").item().draft().matter().title()).isEqualTo("Upprätta en integrationsplan");
    }

    @Test
    void changingTheKindGivesAStatusOfThatKind() {
        vm.read(List.of(Path.of("seeds")));
        vm.selectedProperty().set(row("001_"));
        assertThat(vm.editKind(MatterKind.CITIZEN_PROPOSAL)).isTrue();
        Matter m = row("001_").item().draft().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.CITIZEN_PROPOSAL);
        assertThat(m.status()).isEqualTo(Status.SUBMITTED);
        assertThat(vm.editKind(MatterKind.REFERRAL)).isTrue();
        assertThat(row("001_").item().draft().matter().status()).isEqualTo(Status.RECEIVED);
    }

    @Test
    void untickedFilesAndDuplicatesAreNotStored() {
        vm.read(List.of(Path.of("seeds")));
        row("000_").includedProperty().set(false);
        vm.storeIncluded();
        assertThat(test.services.matters().list()).hasSize(3);

        vm.read(List.of(Path.of("seeds")));
        assertThat(row("001_").item().isDuplicate()).isTrue();
        // The stored matter has the row's own title: said once, in Rubrik, not again in Läge.
        assertThat(row("001_").state()).matches("Finns redan som ärende \\d+");
        assertThat(row("001_").includedProperty().get()).isFalse();
        assertThat(row("000_").includedProperty().get()).isTrue();
        vm.storeIncluded();
        assertThat(test.services.matters().list()).hasSize(4);
    }

    @Test
    void newDatabaseGetsSamplesOnceWithAWayToRemoveThem() {
        vm.loadSamplesIfNew();
        assertThat(test.services.matters().list()).hasSize(4);
        assertThat(test.dialogs.lastNotification()).startsWith("Välkommen! 4 exempelärenden");
        assertThat(test.dialogs.lastActionText).isEqualTo("Ta bort exemplen");

        test.dialogs.lastAction.run();
        assertThat(test.services.matters().list()).isEmpty();
        assertThat(test.dialogs.lastNotification()).isEqualTo("4 exempelärenden flyttades till papperskorgen.");

        int notices = test.dialogs.notifications.size();
        new ImportViewModel(test.context).loadSamplesIfNew();
        assertThat(test.services.matters().list()).isEmpty();
        assertThat(test.dialogs.notifications).hasSize(notices);
    }

    @Test
    void aKallelseWithoutADayIsRefusedInWordsUntilTheDayIsTypedThenStoredAsItsMeeting() throws Exception {
        Files.writeString(files.resolve("kallelse.txt"), """
                Kallelse
                Kommunfullmäktige

                1. Upprop
                2. Motion från Anna Ek (V) om skolans kök
                   Dnr KS 2027/3
                """);
        vm.read(List.of(files));
        ImportRow row = row("kallelse");
        assertThat(row.item().isMeeting()).isTrue();
        vm.selectedProperty().set(row);
        int meetings = test.services.meetings().list().size();

        vm.storeIncluded();
        assertThat(row.state()).isEqualTo("Kallelsen anger inget datum för sammanträdet. Skriv in datumet i "
                + "förhandsgranskningen innan den sparas.");
        assertThat(test.services.meetings().list()).hasSize(meetings);
        assertThat(vm.editMeeting("2027-03-01", "kväll", "")).isFalse();
        assertThat(test.dialogs.lastNotification()).isEqualTo("”kväll” är ingen giltig tid. Skriv tiden som 18.30.");

        assertThat(vm.editMeeting("2027-03-01", "18.30", "Stadshuset")).isTrue();
        assertThat(row.item().meeting().plan()).isNotNull();
        assertThat(row.includedProperty().get()).isTrue();
        vm.storeIncluded();
        var stored = row.item().meeting().stored();
        assertThat(stored.date()).hasToString("2027-03-01");
        assertThat(stored.time()).hasToString("18:30");
        assertThat(stored.place()).isEqualTo("Stadshuset");
        assertThat(test.services.meetings().agenda(stored.id())).hasSize(2);
        assertThat(row.state()).isEqualTo("Sparat som sammanträde " + stored.id());
    }
}

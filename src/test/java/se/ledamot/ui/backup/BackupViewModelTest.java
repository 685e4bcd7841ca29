package se.ledamot.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.store.BackupKind;
import se.ledamot.store.Backups;
import se.ledamot.store.PasswordSource;
import se.ledamot.ui.TestContext;

class BackupViewModelTest {
    @TempDir
    Path root;

    private TestContext t;
    private final List<Path> restored = new ArrayList<>();
    private char[] nextPassword;
    private BackupViewModel vm;

    @BeforeEach
    void open() {
        t = new TestContext(root.resolve("data"));
        t.context.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om säkerhetskopior").build());
        vm = new BackupViewModel(t.context, PasswordSource.NONE, () -> nextPassword, restored::add);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void backingUpNowSavesOneInTheChosenFolderAndSaysWhere() {
        Path usb = root.resolve("usb");
        t.dialogs.folderToChoose = usb;
        vm.chooseFolder();
        assertThat(t.dialogs.lastNotification()).isEqualTo("Säkerhetskopior sparas nu i " + usb + ".");

        vm.backUpNow();

        List<Backups.Entry> made = t.database.backups().list();
        assertThat(made).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(BackupKind.MANUAL);
            assertThat(e.file().getParent()).isEqualTo(usb);
        });
        assertThat(t.dialogs.lastNotification()).isEqualTo("Säkerhetskopia sparad: " + made.getFirst().file());
    }

    @Test
    void aRestoreShowsWhatTheBackupHoldsAndHappensOnlyWhenTheUserAgrees() {
        Path backup = t.database.backUp(null);
        t.dialogs.toOpen = List.of(backup);
        t.dialogs.confirmAnswer = false;
        vm.restore();
        assertThat(t.dialogs.asked).singleElement().asString()
                .contains("Ärenden: 1 (och 0 i papperskorgen)")
                .contains("Senast tillagda ärende: ”Motion om säkerhetskopior”")
                .endsWith("öppnas igen med den återställda databasen.");
        assertThat(restored).isEmpty();

        t.dialogs.confirmAnswer = true;
        vm.restore();
        assertThat(restored).containsExactly(backup);
    }

    @Test
    void whatIsNotABackupIsSaidInSwedishAndNothingIsRestored() throws Exception {
        t.dialogs.toOpen = List.of(Files.writeString(root.resolve("lista.zip"), "inte en kopia"));
        vm.restore();
        assertThat(t.dialogs.errors).singleElement().asString().endsWith("är ingen säkerhetskopia från Ledamot.");
        assertThat(restored).isEmpty();
    }

    @Test
    void aPasswordIsSetAndRemovedFromTheMenu() {
        nextPassword = "ett långt lösenord".toCharArray();
        vm.changePassword();
        assertThat(vm.isProtected()).isTrue();
        assertThat(t.dialogs.lastNotification()).isEqualTo("Datamappen är nu skyddad med lösenord.");

        vm.removePassword();
        assertThat(vm.isProtected()).isFalse();
        assertThat(t.dialogs.lastNotification()).startsWith("Lösenordet är borttaget");
        assertThat(t.context.matters().list()).hasSize(1);
    }
}

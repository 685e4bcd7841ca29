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
import se.ledamot.service.BackupEntry;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.Passwords;
import se.ledamot.ui.TestContext;
import se.ledamot.service.FolderAccess;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.task.ManualTaskExecutor;

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
        t.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om säkerhetskopior").build());
        vm = new BackupViewModel(t.context, Passwords.NONE, () -> nextPassword, restored::add);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private DataFolderService folder() {
        return t.services.dataFolder().orElseThrow();
    }

    @Test
    void backingUpNowSavesOneInTheChosenFolderAndSaysWhere() {
        Path usb = root.resolve("usb");
        t.dialogs.chosenFolder = usb;
        vm.chooseFolder();
        assertThat(t.dialogs.lastNotification()).isEqualTo("Säkerhetskopior sparas nu i " + usb + ".");

        vm.backUpNow();

        List<BackupEntry> made = folder().backups();
        assertThat(made).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("manuell");
            assertThat(e.file().getParent()).isEqualTo(usb);
        });
        assertThat(t.dialogs.lastNotification()).isEqualTo("Säkerhetskopian " + made.getFirst().file().getFileName()
                + " är sparad i " + usb + ".");
    }

    @Test
    void backingUpNowWithTheStickOutSavesOnTheComputerAndSaysWhy() throws Exception {
        Path mount = Files.createDirectories(root.resolve("USB-MINNE"));
        Path stick = mount.resolve("ledamot");
        t.dialogs.chosenFolder = stick;
        vm.chooseFolder();
        Files.delete(mount);

        vm.backUpNow();

        Path made = folder().backups().getFirst().file();
        assertThat(made.getParent()).isEqualTo(root.resolve("data").resolve("säkerhetskopior"));
        assertThat(t.dialogs.lastNotification()).startsWith("Säkerhetskopian " + made.getFileName() + " är sparad i "
                + made.getParent() + ".")
                .contains("USB-minnet").contains(stick.toString());
        assertThat(mount).doesNotExist();
    }

    @Test
    void aRestoreShowsWhatTheBackupHoldsAndHappensOnlyWhenTheUserAgrees() {
        Path backup = folder().backUpNow();
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
    void avbrytInTheBackupsPasswordQuestionIsSaidOnTheBarNotAsAnError() {
        nextPassword = "ett långt lösenord".toCharArray();
        vm.changePassword();
        Path backup = folder().backUpNow();
        vm = new BackupViewModel(t.context, new Passwords() {
            @Override
            public char[] password(Path file, boolean isBackup, int attempt, boolean lastWasWrong) {
                throw PasswordDialogs.declined(file, isBackup); // as the window's question does on Avbryt
            }

            @Override
            public void forget() {
            }
        }, () -> nextPassword, restored::add);
        t.dialogs.toOpen = List.of(backup);
        vm.restore();
        assertThat(t.dialogs.errors).isEmpty();
        assertThat(t.dialogs.lastNotification()).isEqualTo("Säkerhetskopian " + backup.getFileName()
                + " öppnades inte: du avbröt utan att skriva lösenordet.");
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
        assertThat(t.services.matters().list()).hasSize(1);
    }
    @Test
    void aPasswordKeptForOneRestoreIsWipedWhetherTheUserRestoresOrNot() {
        int[] forgotten = {0};
        Passwords remembering = new Passwords() {
            @Override
            public char[] password(Path file, boolean backup, int attempt, boolean lastWasWrong) {
                return null;
            }

            @Override
            public void forget() {
                forgotten[0]++;
            }
        };
        vm = new BackupViewModel(t.context, remembering, () -> nextPassword, restored::add);
        Path backup = folder().backUpNow();
        t.dialogs.toOpen = List.of(backup);
        t.dialogs.confirmAnswer = false;
        vm.restore();
        assertThat(forgotten[0]).isEqualTo(1);

        t.dialogs.confirmAnswer = true;
        vm.restore();
        assertThat(restored).containsExactly(backup);
        assertThat(forgotten[0]).isEqualTo(2);
    }

    @Test
    void aChangeCancelledBeforeTheNewPasswordIsInPlaceKeepsTheOldOneAndSaysSo() {
        nextPassword = "det gamla lösenordet".toCharArray();
        vm.changePassword();
        ManualTaskExecutor disk = new ManualTaskExecutor();
        vm = new BackupViewModel(t.contextOn(disk), Passwords.NONE, () -> nextPassword, restored::add);

        nextPassword = "det nya lösenordet".toCharArray();
        vm.changePassword();
        assertThat(disk.running()).singleElement().satisfies(task -> assertThat(task.title())
                .isEqualTo("Krypterar om databasen och säkerhetskopiorna…"));
        disk.running().getFirst().cancel();
        disk.runAll();

        assertThat(t.dialogs.lastNotification()).isEqualTo(
                "Lösenordet ändrades inte: du avbröt innan det nya var på plats. Det gamla lösenordet gäller.");
        assertThat(t.dialogs.errors).isEmpty();
        t.services.close();
        assertThat(opensWith("det gamla lösenordet")).isTrue();
        assertThat(opensWith("det nya lösenordet")).isFalse();
    }

    @Test
    void backupsThatCannotBeRewrittenAfterTheSwapAreSaidWithThePasswordChanged() throws Exception {
        nextPassword = "det gamla lösenordet".toCharArray();
        vm.changePassword();
        Path backup = folder().backUpNow();
        // The backup's rewrite goes through a temporary file beside it: a folder in its place makes the write fail
        // (a read-only backup folder does not stop root, who runs the tests here).
        Files.createDirectories(backup.resolveSibling("." + backup.getFileName() + ".tmp").resolve("blocked"));

        nextPassword = "det nya lösenordet".toCharArray();
        vm.changePassword();

        assertThat(t.dialogs.errors).singleElement().asString()
                .startsWith("Lösenordet är bytt: datamappen öppnas nu med det nya lösenordet.")
                .contains("1 säkerhetskopior").contains("det förra lösenordet")
                .doesNotContain("kunde inte ändras");
        t.services.close();
        assertThat(opensWith("det nya lösenordet")).isTrue();
        assertThat(opensWith("det gamla lösenordet")).isFalse();
    }

    /** Whether the data folder opens with this password (asked once; a wrong one is refused). */
    private boolean opensWith(String password) {
        Passwords once = new Passwords() {
            @Override
            public char[] password(Path file, boolean backup, int attempt, boolean lastWasWrong) {
                return attempt == 1 ? password.toCharArray() : null;
            }

            @Override
            public void forget() {
            }
        };
        try (Ledamot opened = Ledamot.open(root.resolve("data"), TestContext.CLOCK, new FolderAccess(once, () -> { }))) {
            return opened.matters().list().size() == 1;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}

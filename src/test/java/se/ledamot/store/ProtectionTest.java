package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.l10n.Localization;

/** A data folder protected by a password: nothing typed can be found in any of its files, and only the password opens it. */
class ProtectionTest {
    static final List<String> TYPED = List.of("Zyxwvut-motionen om hemliga cykelvägar", "Pqrstuv lönnfet brödtext",
            "Qwertyson");

    @TempDir
    Path folder;

    static PasswordSource always(String password) {
        return request -> password.toCharArray();
    }

    private Database open(String password) {
        return Database.open(folder, TestDatabases.options().withPasswords(always(password)));
    }

    private static void addTyped(Database db, int n) {
        new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, TYPED.get(0) + " " + n).body(TYPED.get(1))
                .authors(List.of(new Person(TYPED.get(2), "V"))).build());
    }

    @Test
    void nothingTypedCanBeFoundInAnyFileOfAProtectedFolderBackupsIncluded() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            db.backUp(null);
        }
        assertThat(FolderBytes.filesContaining(folder, TYPED.get(0))).as("a plain folder shows its titles to grep")
                .isNotEmpty();

        try (Database db = TestDatabases.local(folder)) {
            assertThat(db.protect("rätt hästbatteri".toCharArray())).isZero();
            addTyped(db, 2);
            db.backUp(null);
        }
        try (Database db = open("rätt hästbatteri")) {
            assertThat(db.isProtected()).isTrue();
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(2);
        }
        for (String typed : TYPED) {
            assertThat(FolderBytes.filesContaining(folder, typed)).as(typed).isEmpty();
        }
        System.out.printf("protection: %d files in the protected folder searched (zips unpacked), none holds a typed"
                + " text%n", countFiles());
    }

    @Test
    void aWrongPasswordIsAskedForAgainThreeTimesThenRefusedInSwedish() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            db.protect("rätt hästbatteri".toCharArray());
        }
        List<PasswordSource.Request> asked = new ArrayList<>();
        PasswordSource wrong = request -> {
            asked.add(request);
            return "fel".toCharArray();
        };
        assertThatThrownBy(() -> Database.open(folder, TestDatabases.options().withPasswords(wrong)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.password.wrong");
                    assertThat(Localization.message(e)).startsWith("Fel lösenord");
                });
        assertThat(asked).extracting(PasswordSource.Request::attempt).containsExactly(1, 2, 3);
        assertThat(asked).extracting(PasswordSource.Request::lastWasWrong).containsExactly(false, true, true);

        assertThatThrownBy(() -> TestDatabases.local(folder)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(Localization.message(e)).contains("skyddad med lösenord"));

        List<Integer> third = new ArrayList<>();
        try (Database db = Database.open(folder, TestDatabases.options().withPasswords(request -> {
            third.add(request.attempt());
            return (request.attempt() < 3 ? "fel" : "rätt hästbatteri").toCharArray();
        }))) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
        assertThat(third).containsExactly(1, 2, 3);
    }

    @Test
    void aChangedPasswordOpensTheFolderAndItsBackupsAndTheOldOneNoLonger() throws Exception {
        Path backup;
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            db.protect("första lösenordet".toCharArray());
            backup = db.backUp(null);
            assertThat(db.protect("andra lösenordet".toCharArray())).as("backups left with the old password")
                    .isZero();
            addTyped(db, 2);
        }
        assertThatThrownBy(() -> open("första lösenordet")).hasMessageContaining("store.password.wrong");
        try (Database db = open("andra lösenordet")) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(2);
        }
        assertThat(BackupPreview.of(backup, always("andra lösenordet")).matters()).isEqualTo(1);
        assertThatThrownBy(() -> BackupPreview.of(backup, always("första lösenordet")))
                .hasMessageContaining("store.password.wrong");
    }

    @Test
    void removingThePasswordLeavesThePlainFolderWithItsData() throws Exception {
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            db.protect("ett lösenord".toCharArray());
        }
        try (Database db = open("ett lösenord")) {
            db.protect(null);
            assertThat(db.isProtected()).isFalse();
        }
        try (Database db = TestDatabases.local(folder)) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
    }

    @Test
    void restoringABackupMadeBeforeThePasswordKeepsTheFolderProtected() throws Exception {
        Path plain;
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            plain = db.backUp(folder.resolveSibling(folder.getFileName() + "-kopia.zip"));
            db.protect("ett lösenord".toCharArray());
            addTyped(db, 2);
            db.restore(plain);
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
        assertThat(DatabaseFile.isEncrypted(folder.resolve("ledamot.mv.db"))).isTrue();
        try (Database db = open("ett lösenord")) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(1);
        }
    }

    @Test
    void thePasswordQuestionForABackupNamesTheBackupTheUserChoseNotATemporaryFile() throws Exception {
        Path backup;
        try (Database db = TestDatabases.local(folder)) {
            addTyped(db, 1);
            db.protect("ett lösenord".toCharArray());
            backup = db.backUp(null);
        }
        List<PasswordSource.Request> asked = new ArrayList<>();
        PasswordSource recording = request -> {
            asked.add(request);
            return "ett lösenord".toCharArray();
        };
        BackupPreview.of(backup, recording);
        Restore.into(folder, backup, TestDatabases.options().withPasswords(recording));
        assertThat(asked).filteredOn(PasswordSource.Request::backup).extracting(PasswordSource.Request::file)
                .containsExactly(backup, backup);
        assertThatThrownBy(() -> BackupPreview.of(backup, always("fel"))).hasMessageContaining("store.password.wrong")
                .satisfies(e -> assertThat(((StoreException) e).args()).contains(backup));
    }

    private long countFiles() throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}

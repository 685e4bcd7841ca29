package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.answer.VersionReason;

/** Backups on demand and before upgrades, and restores that show what they bring and never lose what was there. */
class BackupRestoreTest {
    @TempDir
    Path root;

    private Path data() {
        return root.resolve("data");
    }

    /** The samples (matters, two meetings with their agendas, a group's positions, attached originals) and an answer. */
    private static void fill(Database db) {
        new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
        Matter question = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.QUESTION, "Fråga om simhallen")
                .questions(List.of("När öppnar simhallen?")).build());
        new AnswerStore(db.dsl(), Clock.systemUTC(), se.ledamot.domain.answer.VersionPolicy.standard()).cutVersion(question.id(), "Svaret är: i vår.", Set.of(1), VersionReason.MANUAL);
    }

    /** Every table, row and sequence, as H2 writes them out: equal dumps mean equal databases. */
    static List<String> dump(Database db) {
        return db.dsl().fetch("SCRIPT").getValues(0, String.class);
    }

    @Test
    void aBackupRestoredIntoAWipedFolderGivesBackExactlyTheSameData() throws Exception {
        Path copy = root.resolve("usb").resolve("kopia.zip");
        Files.createDirectories(copy.getParent());
        List<String> before;
        try (Database db = TestDatabases.local(data())) {
            fill(db);
            before = dump(db);
            assertThat(db.backUp(copy)).isEqualTo(copy);
        }
        wipe(data());

        Restore.Result result = Restore.into(data(), copy, TestDatabases.options());

        assertThat(result.savedFirst()).isNull();
        assertThat(result.restored().matters()).isEqualTo(5);
        assertThat(result.restored().meetings()).isEqualTo(3); // the samples: two held meetings and the planned one
        assertThat(result.restored().positions()).isPositive();
        assertThat(result.restored().answerVersions()).isEqualTo(1);
        assertThat(result.restored().attachments()).isPositive();
        assertThat(result.restored().newestTitle()).isEqualTo("Fråga om simhallen");
        try (Database db = TestDatabases.local(data())) {
            assertThat(dump(db)).isEqualTo(before);
        }
    }

    @Test
    void aRestoreKeepsWhatWasThereAsABackupFirstAndThatBackupBringsItBack() throws Exception {
        List<String> first;
        List<String> second;
        Path backup;
        try (Database db = TestDatabases.local(data())) {
            fill(db);
            first = dump(db);
            backup = db.backUp(null);
            new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "Skriven efter kopian").build());
            second = dump(db);
        }
        assertThat(backup.getParent()).isEqualTo(data().resolve(Backups.DEFAULT_FOLDER));
        assertThat(backup.getFileName().toString()).endsWith("-manuell.zip");

        Restore.Result result;
        try (Database db = TestDatabases.local(data())) {
            result = db.restore(backup);
            assertThat(dump(db)).as("the open database sees the restored data at once").isEqualTo(first);
        }
        assertThat(result.savedFirst().getFileName().toString()).endsWith("-fore-aterstallning.zip");
        assertThat(BackupPreview.of(result.savedFirst(), PasswordSource.NONE).newestTitle())
                .isEqualTo("Skriven efter kopian");

        Restore.into(data(), result.savedFirst(), TestDatabases.options());
        try (Database db = TestDatabases.local(data())) {
            assertThat(dump(db)).isEqualTo(second);
        }
    }

    @Test
    void anOldDatabaseIsBackedUpBeforeItIsUpgradedAndTheUserIsToldWhere() throws Exception {
        OldDatabase.withData(data());
        try (Database db = TestDatabases.local(data())) {
            assertThat(db.notices()).singleElement().asString().contains("uppdaterades").contains("fore-uppgradering");
        }
        Backups.Entry saved = Backups.listOf(data()).stream().filter(e -> e.kind() == BackupKind.BEFORE_UPGRADE)
                .findFirst().orElseThrow();
        BackupPreview old = BackupPreview.of(saved.file(), PasswordSource.NONE);
        assertThat(old.matters()).isEqualTo(3);
        assertThat(old.meetings()).as("the old schema had no meetings table").isZero();
    }

    @Test
    void whatIsNotAWholeBackupIsRefusedAndNothingChanges() throws Exception {
        List<String> before;
        try (Database db = TestDatabases.local(data())) {
            fill(db);
            before = dump(db);
        }
        Path text = Files.writeString(root.resolve("inte-en-kopia.zip"), "hej");
        Path empty = root.resolve("tom.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("annat.txt"));
            zip.write("x".getBytes());
        }
        Path damaged = root.resolve("skadad.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
            zip.putNextEntry(new ZipEntry("ledamot.mv.db"));
            zip.write(new byte[100]);
        }
        assertThatThrownBy(() -> Restore.into(data(), root.resolve("finns-inte.zip"), TestDatabases.options()))
                .hasMessageContaining("backup.missing");
        assertThatThrownBy(() -> Restore.into(data(), text, TestDatabases.options()))
                .hasMessageContaining("backup.notOurs");
        assertThatThrownBy(() -> Restore.into(data(), empty, TestDatabases.options()))
                .hasMessageContaining("backup.notOurs");
        assertThatThrownBy(() -> Restore.into(data(), damaged, TestDatabases.options()))
                .hasMessageContaining("backup.damaged");
        try (Database db = TestDatabases.local(data())) {
            assertThat(dump(db)).isEqualTo(before);
        }
        try (Stream<Path> left = Files.list(data())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("ledamot-restore"));
        }
    }

    @Test
    void aDamagedDatabaseCanBeRestoredFromItsBackupsAndIsItselfKept() throws Exception {
        Path daily;
        try (Database db = TestDatabases.local(data())) {
            fill(db);
        }
        try (Database db = TestDatabases.local(data())) {
            assertThat(db.backups().list()).as("none when the folder was new, one at the next opening")
                    .singleElement().extracting(Backups.Entry::kind).isEqualTo(BackupKind.DAILY);
            daily = db.backups().list().getFirst().file();
        }
        Files.write(data().resolve("ledamot.mv.db"), new byte[0]);
        assertThatThrownBy(() -> TestDatabases.local(data())).hasMessageContaining("store.empty");

        Restore.Result result = Restore.into(data(), daily, TestDatabases.options());

        assertThat(Files.size(result.savedFirst())).as("the empty file was kept too").isPositive();
        try (Database db = TestDatabases.local(data())) {
            assertThat(new MatterStore(db.dsl(), Clock.systemUTC()).list()).hasSize(5);
        }
    }

    @Test
    void theDailyBackupWithTheStickOutIsMadeOnTheComputerAndTheOpeningSaysSo() throws Exception {
        Path mount = root.resolve("USB-MINNE");
        Path stick = mount.resolve("ledamot");
        Files.createDirectories(mount);
        try (Database db = TestDatabases.local(data())) {
            db.backups().moveTo(stick);
        }
        Files.delete(mount);

        try (Database db = TestDatabases.local(data())) {
            Path daily = db.backups().list().getFirst().file();
            assertThat(daily.getParent()).isEqualTo(data().resolve(Backups.DEFAULT_FOLDER));
            assertThat(db.notices()).singleElement().asString().contains("USB-minnet").contains(stick.toString())
                    .contains(daily.toString());
        }
        assertThat(mount).doesNotExist();
    }

    @Test
    void theBackupBeforeAnUpgradeWithTheStickOutIsMadeOnTheComputerAndTheUserIsToldWhere() throws Exception {
        OldDatabase.withData(data());
        Path stick = stickPulledOut();

        try (Database db = TestDatabases.local(data())) {
            Path saved = Backups.listOf(data()).stream().filter(e -> e.kind() == BackupKind.BEFORE_UPGRADE)
                    .findFirst().orElseThrow().file();
            assertThat(saved.getParent()).isEqualTo(data().resolve(Backups.DEFAULT_FOLDER));
            assertThat(db.notices()).anySatisfy(n -> assertThat(n).contains("USB-minnet").contains(stick.toString())
                    .contains(saved.toString()));
        }
        assertThat(stick.getParent()).doesNotExist();
    }

    @Test
    void theBackupBeforeARestoreWithTheStickOutIsMadeOnTheComputerAndTheUserIsToldWhere() throws Exception {
        Path copy = root.resolve("kopia.zip");
        try (Database db = TestDatabases.local(data())) {
            fill(db);
            db.backUp(copy);
        }
        Path stick = stickPulledOut();

        Restore.Result result;
        try (Database db = TestDatabases.local(data())) {
            result = db.restore(copy);
        }
        assertThat(result.savedFirst().getParent()).isEqualTo(data().resolve(Backups.DEFAULT_FOLDER));
        assertThat(result.notices()).singleElement().asString().contains("USB-minnet").contains(stick.toString())
                .contains(result.savedFirst().toString());
        assertThat(Restore.into(data(), copy, TestDatabases.options()).notices()).as("restored with no window open")
                .singleElement().asString().contains("USB-minnet");
        assertThat(stick.getParent()).doesNotExist();
    }

    /** Backups chosen to go to a folder on a USB stick, which is then pulled out (its mount point gone). */
    private Path stickPulledOut() throws Exception {
        Path mount = root.resolve("USB-MINNE");
        Path stick = mount.resolve("ledamot");
        Files.createDirectories(mount);
        new Backups(data(), Clock.systemUTC()).moveTo(stick);
        Files.delete(mount);
        return stick;
    }

    static void wipe(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

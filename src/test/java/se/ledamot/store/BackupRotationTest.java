package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic backups are kept in rotation (7 daily, 4 weekly, 5 of each other kind); the user's own never go. */
class BackupRotationTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    private Backups on(LocalDate day, int hour) {
        Instant at = day.atTime(hour, 0).atZone(STOCKHOLM).toInstant();
        return new Backups(data, Clock.fixed(at, STOCKHOLM));
    }

    @Test
    void fortyDaysOfDailyBackupsKeepTheLastSevenDaysAndTheLastFourWeeks() throws Exception {
        Path db = Files.write(data.resolve("ledamot.mv.db"), new byte[] {1, 2, 3});
        LocalDate first = LocalDate.of(2026, 10, 1);
        for (int d = 0; d < 40; d++) {
            Backups backups = on(first.plusDays(d), 9);
            assertThat(backups.dailyDue()).isTrue();
            backups.write(db, BackupKind.DAILY);
            assertThat(backups.dailyDue()).as("one a day").isFalse();
            if (d % 10 == 0) {
                on(first.plusDays(d), 10).write(db, BackupKind.MANUAL);
            }
        }
        for (int i = 0; i < 8; i++) {
            on(first.plusDays(39), 11 + i % 5).write(db, BackupKind.BEFORE_UPGRADE);
        }

        List<Backups.Entry> kept = on(first.plusDays(39), 12).list();
        List<LocalDate> daily = kept.stream().filter(e -> e.kind() == BackupKind.DAILY)
                .map(e -> e.made().toLocalDate()).toList();
        LocalDate last = first.plusDays(39);
        assertThat(daily).startsWith(last, last.minusDays(1), last.minusDays(2), last.minusDays(3), last.minusDays(4),
                last.minusDays(5), last.minusDays(6));
        assertThat(daily).as("7 days, then the newest of older weeks: 4 weeks in all").hasSizeBetween(8, 10);
        assertThat(daily.getLast()).isAfterOrEqualTo(last.minusWeeks(4));
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.MANUAL)).hasSize(4);
        assertThat(kept.stream().filter(e -> e.kind() == BackupKind.BEFORE_UPGRADE)).hasSize(5);
    }

    @Test
    void theChosenFolderIsRememberedAndOnlyLedamotsOwnFilesAreListed() throws Exception {
        Path usb = data.resolveSibling(data.getFileName() + "-usb");
        Backups backups = on(LocalDate.of(2026, 11, 24), 9);
        assertThat(backups.folder()).isEqualTo(data.resolve("säkerhetskopior"));
        backups.moveTo(usb);
        assertThat(Backups.folderOf(data)).isEqualTo(usb);
        Files.createDirectories(usb);
        Files.writeString(usb.resolve("semesterbilder.zip"), "inte vår");
        Files.writeString(usb.resolve("ledamot-2026-13-45-999999-dag.zip"), "inte heller vår");
        backups.write(Files.write(data.resolve("ledamot.mv.db"), new byte[] {1}), BackupKind.MANUAL);
        assertThat(backups.list()).singleElement().extracting(Backups.Entry::kind).isEqualTo(BackupKind.MANUAL);
        backups.moveTo(null);
        assertThat(Backups.folderOf(data)).isEqualTo(data.resolve("säkerhetskopior"));
        assertThat(usb.resolve("semesterbilder.zip")).exists();
    }

    @Test
    void aChosenFolderOnAStickThatIsNotInIsNotMadeOnTheLaptopAndTheBackupGoesToTheDefaultFolder() throws Exception {
        Path mount = elsewhere.resolve("USB-MINNE");
        Path stick = mount.resolve("ledamot");
        Files.createDirectories(mount);
        Backups backups = on(LocalDate.of(2026, 11, 24), 9);
        backups.moveTo(stick);
        Files.delete(mount); // the stick is pulled out

        Path made = backups.write(Files.write(data.resolve("ledamot.mv.db"), new byte[] {1}), BackupKind.DAILY);

        assertThat(mount).as("not made on the laptop's own disk").doesNotExist();
        assertThat(made.getParent()).isEqualTo(data.resolve("säkerhetskopior"));
        assertThat(backups.missing()).contains(stick);
        assertThat(backups.list()).as("listed where it went, so a restore finds it").singleElement()
                .extracting(Backups.Entry::file).isEqualTo(made);
        assertThat(Backups.folderOf(data)).isEqualTo(data.resolve("säkerhetskopior"));
        assertThat(backups.detour(made)).hasValueSatisfying(words -> assertThat(words)
                .contains(stick.toString()).contains(made.toString()).contains("USB-minnet"));

        Files.createDirectories(mount); // in again
        assertThat(backups.missing()).isEmpty();
        Path next = backups.write(data.resolve("ledamot.mv.db"), BackupKind.MANUAL);
        assertThat(next.getParent()).isEqualTo(stick);
        assertThat(backups.detour(next)).isEmpty();
    }
}

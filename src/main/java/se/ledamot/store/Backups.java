package se.ledamot.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import se.ledamot.l10n.Localization;

/**
 * The backups of one data folder: zip files holding a copy of the closed database file (encrypted if the folder is)
 * and a few lines about the copy, in a folder the user may choose (a USB stick, a synced folder), by default
 * {@value #DEFAULT_FOLDER} in the data folder. Automatic ones are kept in rotation; the user's own never removed.
 */
public final class Backups {
    public static final String DEFAULT_FOLDER = "säkerhetskopior";
    /** The database file's name inside a backup (also what H2's own BACKUP TO writes). */
    static final String DATABASE_ENTRY = DatabaseFile.NAME;
    static final String ABOUT_ENTRY = "kopia.properties";
    static final int DAILY_DAYS = 7;
    static final int WEEKLY_WEEKS = 4;
    private static final Pattern NAME = Pattern.compile(
            "ledamot-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?-([a-z-]+)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    /** One backup in the folder. */
    public record Entry(Path file, LocalDateTime made, BackupKind kind) {
    }

    private final Path dataFolder;
    private final Clock clock;

    public Backups(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /**
     * The folder backups go to now: the one the user chose, or the default while the chosen one is {@link #missing};
     * never fails (used in error messages).
     */
    public static Path folderOf(Path dataFolder) {
        return chosen(dataFolder).filter(Backups::reachable).orElse(dataFolder.resolve(DEFAULT_FOLDER));
    }

    /**
     * The folder the user chose, when its parent is not there now (a USB stick not plugged in). Backups then go to the
     * default folder: a parent made anew would be on the computer's own disk, where they only seem to have left it.
     */
    public Optional<Path> missing() {
        return chosen(dataFolder).filter(f -> !reachable(f));
    }

    /** Why a backup just made is not in the folder the user chose, in words; empty when it is there. */
    public Optional<String> detour(Path made) {
        return missing().filter(f -> !f.equals(made.toAbsolutePath().getParent()))
                .map(f -> Localization.get("store.backup.notOnStick", f, made));
    }

    private static Optional<Path> chosen(Path dataFolder) {
        return FolderSettings.read(dataFolder).backupFolder();
    }

    /** A backup folder may be new, but not its parent (see {@link #missing}). */
    private static boolean reachable(Path folder) {
        Path parent = folder.toAbsolutePath().getParent();
        return parent == null || Files.isDirectory(parent);
    }

    public Path folder() {
        return folderOf(dataFolder);
    }

    /**
     * Backups go to this folder from now on (null: back to the default); the ones already made stay where they are.
     * The folder itself may be new, but its parent must exist: a folder on a USB stick that is not mounted would
     * otherwise be made on the laptop's own disk, and the backups meant to leave the laptop would stay on it.
     */
    public void moveTo(Path folder) {
        if (folder != null && !reachable(folder)) {
            throw new StoreException("store.backup.noParent", null, folder.toAbsolutePath().getParent(),
                    folder.toAbsolutePath());
        }
        try {
            Path to = folder == null ? null : folder.toAbsolutePath();
            FolderSettings.update(dataFolder, s -> s.withBackupFolder(to));
        } catch (IOException e) {
            throw new StoreException("store.folder.unwritable", e, dataFolder);
        }
    }

    /** Every backup in the folder, newest first. */
    public List<Entry> list() {
        return list(folder());
    }

    /** The backups of a data folder whose database need not open, newest first. */
    public static List<Entry> listOf(Path dataFolder) {
        return list(folderOf(dataFolder));
    }

    private static List<Entry> list(Path folder) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "ledamot-*.zip")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    try {
                        out.add(new Entry(f, LocalDateTime.parse(m.group(1), STAMP), BackupKind.ofCode(m.group(3))));
                    } catch (RuntimeException e) {
                        // Not one of ours after all; leave it alone.
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("backup.folder.unreadable", e, folder);
        }
        out.sort(Comparator.comparing(Entry::made).thenComparing(e -> e.file().getFileName().toString())
                .reversed());
        return out;
    }

    /** Whether today has no daily backup yet. */
    boolean dailyDue() {
        LocalDate today = LocalDate.now(clock);
        return list().stream().noneMatch(e -> e.kind() == BackupKind.DAILY && e.made().toLocalDate().equals(today));
    }

    /**
     * Copies a closed database file into a new backup and applies the rotation. The copy is written under a temporary
     * name and renamed when whole, so a crash never leaves half a backup under a backup's name.
     */
    Path write(Path databaseFile, BackupKind kind) throws IOException {
        return writeInto(folder(), databaseFile, kind);
    }

    /** {@link #write} into a given folder (the default one when the chosen one cannot be written). */
    Path writeInto(Path folder, Path databaseFile, BackupKind kind) throws IOException {
        PrivateFiles.folder(folder);
        removeLeftovers(folder);
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve("ledamot-" + STAMP.format(now) + "-" + kind.code() + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("ledamot-" + STAMP.format(now) + "-" + n + "-" + kind.code() + ".zip");
        }
        writeTo(databaseFile, kind, target);
        rotate(folder);
        return target;
    }

    /** Writes one backup to a file of the user's choice (never rotated). */
    void writeTo(Path databaseFile, BackupKind kind, Path target) throws IOException {
        zip(databaseFile, about(kind), target);
    }

    /** Replaces the database file in a backup (re-encrypted), keeping what the backup says about itself. */
    void rewrite(Entry backup, Path databaseFile) throws IOException {
        Properties about = new Properties();
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            ZipEntry entry = zip.getEntry(ABOUT_ENTRY);
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    about.load(in);
                }
            }
        }
        zip(databaseFile, about, backup.file());
    }

    private static void zip(Path databaseFile, Properties about, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = parent.resolve("." + target.getFileName() + ".tmp");
        PrivateFiles.create(tmp);
        try {
            try (OutputStream file = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING);
                    ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(ABOUT_ENTRY));
                about.store(zip, null);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(databaseFile, zip);
                zip.closeEntry();
            }
            try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            moveInPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Properties about(BackupKind kind) {
        Properties p = new Properties();
        p.setProperty("made", Instant.now(clock).toString());
        p.setProperty("kind", kind.code());
        p.setProperty("by", SchemaState.APPLIED_BY);
        return p;
    }

    /** Keeps the newest daily backup of each of the last 7 days and of each of the last 4 weeks, and so many of each other kind. */
    static void rotate(Path folder) throws IOException {
        List<Entry> all = list(folder);
        Set<Entry> keep = new HashSet<>();
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        for (Entry e : all) {
            if (e.kind() != BackupKind.DAILY) {
                continue;
            }
            LocalDate day = e.made().toLocalDate();
            if (days.size() < DAILY_DAYS && days.add(day)) {
                keep.add(e);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY_WEEKS && weeks.add(week)) {
                keep.add(e);
            }
        }
        for (BackupKind kind : BackupKind.values()) {
            if (kind != BackupKind.DAILY) {
                all.stream().filter(e -> e.kind() == kind).limit(kind.keep()).forEach(keep::add);
            }
        }
        for (Entry e : all) {
            if (!keep.contains(e)) {
                Files.deleteIfExists(e.file());
            }
        }
    }

    /** Half-written backups of a process that died while writing one (the caller has the folder's turn). */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".ledamot-*.zip.tmp")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Makes a rename durable (Linux and macOS; Windows cannot open a folder and needs no such step). */
    static void syncFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException e) {
            // Not possible on this system; the rename itself is still atomic.
        }
    }
}

package se.ledamot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files only their owner can read: folders 0700 and files 0600 on Linux and macOS, set explicitly so the user's
 * umask does not matter. On Windows the user's profile folders are already private and nothing is done.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder and its parents if missing, and makes the folder itself private. */
    public static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            restrict(folder, FOLDER);
            return;
        }
        Files.createDirectories(folder.toAbsolutePath().getParent());
        try {
            Files.createDirectory(folder, only(folder, FOLDER));
        } catch (FileAlreadyExistsException e) {
            // Made at the same moment by another process; make sure it is private.
        }
        restrict(folder, FOLDER);
    }

    /** Creates an empty private file if it does not exist; makes an existing one private. */
    public static void create(Path file) throws IOException {
        try {
            Files.createFile(file, only(file, FILE));
        } catch (FileAlreadyExistsException e) {
            restrict(file, FILE);
        }
    }

    /** Writes a private file, made if missing, in place of what it held. */
    public static void write(Path file, byte[] bytes) throws IOException {
        create(file);
        Files.write(file, bytes);
    }

    /**
     * Makes Ledamot's files in the data folder private (the database engine creates its files with the umask);
     * anything else the user keeps there is left alone.
     */
    static void restrictFilesIn(Path folder) throws IOException {
        if (!posix(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean ours = name.startsWith(Database.FILE_NAME) || name.equals(DataFolder.WINDOW_LOCK)
                        || name.equals(FolderSettings.FILE_NAME);
                if (ours && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    restrict(f, FILE);
                }
            }
        }
    }

    /** A new folder under the system's temporary folder that only this user can enter. */
    static Path tempFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        return Files.createTempDirectory(tmp, "ledamot-", only(tmp, FOLDER));
    }

    /** The permissions to create a file or folder with, where the file system has them. */
    private static FileAttribute<?>[] only(Path path, Set<PosixFilePermission> permissions) {
        return posix(path) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (posix(path) && !Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }
}

package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.Hit;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.Database;
import se.ledamot.store.FolderBytes;
import se.ledamot.store.TestDatabases;

/**
 * The search index of a folder protected by a password: a plain one would hold the words typed beside the encrypted
 * database (README: "nothing you typed can be found in any file of the folder"), so it is sealed (its files encrypted
 * under a key made from the database's), a plain one left on disk is removed, and one sealed under an earlier
 * password's key is made anew.
 */
class ProtectedSearchIndexTest {
    private static final String PASSWORD = "ett långt lösenord";
    /** Words no other file of a folder holds: the title as typed and as the index lowercases it, the body's. */
    private static final List<String> TYPED = List.of("Zyxwvut", "zyxwvut", "qjxkvbm");

    @TempDir
    Path folder;
    @TempDir
    Path aside;

    private static FolderAccess withPassword() {
        return new FolderAccess((file, backup, attempt, wrong) -> PASSWORD.toCharArray(), () -> { });
    }

    private static void addTyped(Ledamot app) {
        app.matters().add(Matter.newMatter(MatterKind.MOTION, "Zyxwvut-motionen om hemliga cykelvägar")
                .body("Qjxkvbm lönnfet brödtext om cykelvägar").build());
    }

    private static List<Hit> found(Ledamot app) {
        return app.search().search(SearchQuery.of("cykelväg", 10));
    }

    private void assertNoFileHoldsWhatWasTyped() throws Exception {
        for (String typed : TYPED) {
            assertThat(FolderBytes.filesContaining(folder, typed)).as(typed).isEmpty();
        }
    }

    @Test
    void aProtectedFoldersIndexFindsWhatWasTypedAndNoFileHoldsIt() throws Exception {
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            app.dataFolder().orElseThrow().protect(PASSWORD.toCharArray());
            addTyped(app);
            assertThat(found(app)).hasSize(1);
            assertNoFileHoldsWhatWasTyped();
        }
        assertNoFileHoldsWhatWasTyped();
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            assertThat(app.search().needsRebuild()).as("the sealed index ready for the next program").isFalse();
            assertThat(found(app)).hasSize(1);
        }
        assertThat(Files.list(folder.resolve(IndexPlace.SEALED)).toList()).isNotEmpty();
        assertNoFileHoldsWhatWasTyped();
    }

    @Test
    void aNewPasswordSealsTheIndexAnewAndOneSealedUnderTheOldKeyIsMadeAgain() throws Exception {
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            app.dataFolder().orElseThrow().protect(PASSWORD.toCharArray());
            addTyped(app);
            assertThat(found(app)).hasSize(1);
        }
        copyFolder(folder.resolve(IndexPlace.SEALED), aside);
        String newer = "ett annat långt lösenord";
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            app.dataFolder().orElseThrow().protect(newer.toCharArray());
            assertThat(found(app)).hasSize(1);
        }
        FolderAccess withNewer = new FolderAccess((file, backup, attempt, wrong) -> newer.toCharArray(), () -> { });
        try (Ledamot app = Ledamot.open(folder, withNewer)) {
            assertThat(app.search().needsRebuild()).as("sealed under the new key").isFalse();
            assertThat(found(app)).hasSize(1);
        }
        // As after a restore: files sealed under the earlier password's key, which opens nothing now.
        deleteFolder(folder.resolve(IndexPlace.SEALED));
        copyFolder(aside, folder.resolve(IndexPlace.SEALED));
        try (Ledamot app = Ledamot.open(folder, withNewer)) {
            assertThat(app.search().needsRebuild()).as("refused and made anew").isTrue();
            app.search().prepare();
            assertThat(found(app)).hasSize(1);
        }
        assertNoFileHoldsWhatWasTyped();
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteFolder(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    @Test
    void protectingAFolderTakesItsIndexOffTheDiskAndTheSearchGoesOn() throws Exception {
        try (Ledamot app = Ledamot.open(folder)) {
            addTyped(app);
            assertThat(found(app)).hasSize(1);
            assertThat(FolderBytes.filesContaining(folder, "zyxwvut")).as("an unprotected folder's index on disk")
                    .isNotEmpty();
            app.dataFolder().orElseThrow().protect(PASSWORD.toCharArray());
            assertNoFileHoldsWhatWasTyped();
            assertThat(found(app)).hasSize(1);
            assertNoFileHoldsWhatWasTyped();
        }
    }

    @Test
    void anIndexLeftOnDiskBeforeTheFolderWasProtectedIsRemovedWhenItOpens() throws Exception {
        try (Ledamot app = Ledamot.open(folder)) {
            addTyped(app);
            assertThat(found(app)).hasSize(1);
        }
        try (Database db = TestDatabases.local(folder)) {
            // As an earlier version protected it: the database only, the index left beside it.
            db.protect(PASSWORD.toCharArray());
        }
        assertThat(FolderBytes.filesContaining(folder, "zyxwvut")).isNotEmpty();
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            assertThat(found(app)).hasSize(1);
        }
        assertNoFileHoldsWhatWasTyped();
    }

    @Test
    void withThePasswordRemovedTheIndexIsKeptOnDiskAgain() throws Exception {
        try (Ledamot app = Ledamot.open(folder, withPassword())) {
            app.dataFolder().orElseThrow().protect(PASSWORD.toCharArray());
            addTyped(app);
            assertThat(found(app)).hasSize(1);
            app.dataFolder().orElseThrow().protect(null);
            assertThat(found(app)).hasSize(1);
        }
        assertThat(Files.list(folder.resolve(SearchService.FOLDER)).toList()).isNotEmpty();
    }
}

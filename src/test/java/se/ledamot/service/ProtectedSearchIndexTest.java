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
 * The search index of a folder protected by a password: on disk it would hold the words typed, in plain text, beside
 * the encrypted database (README: "nothing you typed can be found in any file of the folder"), so it is kept only in
 * the program's memory, and an index left on disk is removed.
 */
class ProtectedSearchIndexTest {
    private static final String PASSWORD = "ett långt lösenord";
    /** Words no other file of a folder holds: the title as typed and as the index lowercases it, the body's. */
    private static final List<String> TYPED = List.of("Zyxwvut", "zyxwvut", "qjxkvbm");

    @TempDir
    Path folder;

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
            assertThat(found(app)).as("made again from the database in the next program").hasSize(1);
        }
        assertNoFileHoldsWhatWasTyped();
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

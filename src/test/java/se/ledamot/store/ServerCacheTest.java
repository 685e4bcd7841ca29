package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's cache folder on each platform, and one folder in it per server database and login. */
class ServerCacheTest {
    @Test
    void eachPlatformHasItsUsersCacheFolder() {
        assertThat(ServerCache.home("Linux", "/home/anna", Map.of())).isEqualTo(Path.of("/home/anna/.cache/ledamot"));
        assertThat(ServerCache.home("Linux", "/home/anna", Map.of("XDG_CACHE_HOME", "/var/cache/anna")))
                .isEqualTo(Path.of("/var/cache/anna/ledamot"));
        assertThat(ServerCache.home("Mac OS X", "/Users/anna", Map.of()))
                .isEqualTo(Path.of("/Users/anna/Library/Caches/Ledamot"));
        assertThat(ServerCache.home("Windows 11", "C:\\Users\\anna",
                Map.of("LOCALAPPDATA", "C:\\Users\\anna\\AppData\\Local")))
                .isEqualTo(Path.of("C:\\Users\\anna\\AppData\\Local", "Ledamot", "Cache"));
    }

    @Test
    void aFolderForEachDatabaseAndLoginWithAFileNameMadeSafe() {
        ServerAddress anna = ServerAddress.parse("postgresql://anna@db.kommun.se:5433/fullmäktige", "x");
        Path folder = ServerCache.folderOf(anna, "16384");
        assertThat(folder.getParent().getFileName()).hasToString("servers");
        assertThat(folder.getFileName().toString()).isEqualTo("db.kommun.se-5433-fullmäktige-16384-anna");
        assertThat(ServerCache.folderOf(ServerAddress.parse("postgresql://bo@db.kommun.se:5433/fullmäktige", "x"),
                "16384")).isNotEqualTo(folder);
        assertThat(ServerCache.folderOf(anna, "16999")).as("the database made again").isNotEqualTo(folder);
        assertThat(ServerCache.folderOf(ServerAddress.parse("postgresql://anna@127.0.0.1/kommun%20och%20råd", "x"),
                "1").getFileName().toString()).isEqualTo("127.0.0.1-5432-kommun_och_råd-1-anna");
    }

    @Test
    void aDatabaseMadeAgainRemovesTheFoldersOfItsEarlierOnesForThisLoginOnly() throws Exception {
        String name = "made_again_" + System.nanoTime();
        ServerAddress anna = ServerAddress.parse("postgresql://anna@db.kommun.se:5433/" + name, "x");
        Path first = Files.createDirectories(ServerCache.folderOf(anna, "16384").resolve("search"));
        Files.writeString(first.resolve("_0.cfs"), "integrationsplanen");
        Path second = Files.createDirectories(ServerCache.folderOf(anna, "16400"));
        Path bos = Files.createDirectories(ServerCache.folderOf(
                ServerAddress.parse("postgresql://bo@db.kommun.se:5433/" + name, "x"), "16384"));
        Path otherDatabase = Files.createDirectories(ServerCache.folderOf(
                ServerAddress.parse("postgresql://anna@db.kommun.se:5433/" + name + "_2", "x"), "16384"));
        Path otherPort = Files.createDirectories(ServerCache.folderOf(
                ServerAddress.parse("postgresql://anna@db.kommun.se:5434/" + name, "x"), "16384"));

        ServerCache.forgetEarlierDatabases(anna, "16500");

        assertThat(first.getParent()).doesNotExist();
        assertThat(second).doesNotExist();
        assertThat(bos).as("another login's").isDirectory();
        assertThat(otherDatabase).as("another database's").isDirectory();
        assertThat(otherPort).as("another server's").isDirectory();

        Path own = Files.createDirectories(ServerCache.folderOf(anna, "16500"));
        Path again = Files.createDirectories(ServerCache.folderOf(anna, "16384"));
        ServerCache.forgetEarlierDatabases(anna, "16500");
        assertThat(again).as("looked for only while the database's own folder is not there").isDirectory();
        assertThat(own).isDirectory();
    }
}

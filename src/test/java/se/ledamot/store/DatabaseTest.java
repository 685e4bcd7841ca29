package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.l10n.Localization;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aDamagedDatabaseFileIsRefusedInSwedishAndLeftByteForByte() throws Exception {
        Path file = folder.resolve("ledamot.mv.db");
        byte[] garbage = "det här är ingen databas\n".repeat(400).getBytes();
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.key()).isEqualTo("store.corrupt");
                    assertThat(Localization.message(e)).contains("skadad").contains(folder.toString());
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsSaidSo() throws Exception {
        Path notAFolder = folder.resolve("fil");
        Files.writeString(notAFolder, "x");
        assertThatThrownBy(() -> Database.open(notAFolder.resolve("data")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("store.folder.unwritable"));
    }

    @Test
    void dataLivesInThePlatformsUserDataFolder() {
        assertThat(DataFolder.defaultFolder("Linux", "/home/eva", Map.of()))
                .isEqualTo(Path.of("/home/eva/.local/share/ledamot"));
        assertThat(DataFolder.defaultFolder("Linux", "/home/eva", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/ledamot"));
        assertThat(DataFolder.defaultFolder("Mac OS X", "/Users/eva", Map.of()))
                .isEqualTo(Path.of("/Users/eva/Library/Application Support/Ledamot"));
        assertThat(DataFolder.defaultFolder("Windows 11", "C:\\Users\\eva", Map.of("APPDATA", "C:\\Users\\eva\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\eva\\AppData\\Roaming", "Ledamot"));
    }
}

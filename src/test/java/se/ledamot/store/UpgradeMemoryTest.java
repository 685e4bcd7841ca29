package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * An upgrade collects its garbage before the window is built: the serial collector had grown its old generation for
 * the migrations' garbage (190 MiB at 100 000 matters) and never collected it, and the window's first start after an
 * upgrade peaked at 531–570 MiB.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it measures the heap and changes a system property the whole JVM reads.
@Isolated
class UpgradeMemoryTest {
    @TempDir
    Path folder;

    private String skipping;

    /** The test run's JVM skips the collections (see the pom); this test is about them. */
    @BeforeEach
    void collectingAsTheProgramDoes() {
        skipping = System.clearProperty(SafeUpgrade.TEST_NO_COLLECT);
    }

    @AfterEach
    void asTheRunHadIt() {
        if (skipping != null) {
            System.setProperty(SafeUpgrade.TEST_NO_COLLECT, skipping);
        }
    }

    @Test
    void anUpgradeEndsWithAFullCollection() {
        MigrationTest.h2MigratedTo(folder, "25");
        long before = fullCollections();
        TestDatabases.local(folder).close();
        assertThat(fullCollections()).isGreaterThan(before);
    }

    @Test
    void anOpenWithoutUpgradeCollectsNothingItself() {
        TestDatabases.local(folder).close();
        long before = fullCollections();
        TestDatabases.local(folder).close();
        assertThat(fullCollections()).isEqualTo(before);
    }

    /** Collections of the old generation (serial: MarkSweepCompact; G1 and parallel: their old or full ones). */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> gc.getName().contains("MarkSweep") || gc.getName().contains("Old"))
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}

package se.ledamot.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * The first start on a slow machine: Översikt read the new folder before its samples were stored and said "Försenat:
 * 0 · Att göra i veckan: 0 · Nästa sammanträde: inget planerat" and "Inget är försenat …" — noughts that were not
 * true. While the samples come it says it reads, and shows the figures once they are stored.
 */
class DashboardWhileSamplesComeTest {
    private final Preferences node = Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    private final ManualTaskExecutor disk = new ManualTaskExecutor();
    private final SimpleBooleanProperty samplesComing = new SimpleBooleanProperty(true);
    /** The folder's matters: none until the samples are stored. */
    private final List<Matter> stored = new ArrayList<>();
    private final DashboardViewModel vm = new DashboardViewModel(() -> new DashboardViewModel.Source(
            List.copyOf(stored), Optional.of(DashboardViewModelTest.NEXT_MEETING),
            DashboardViewModelTest.CALENDAR.deadlines()), disk, new WriterPreferences(node),
            Clock.fixed(DashboardViewModelTest.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            samplesComing);

    @AfterEach
    void tearDown() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void anEmptyFolderReadBeforeTheSamplesAreStoredShowsNoNoughts() {
        assertThat(vm.summary().get()).isEqualTo("Läser in översikten…");
        vm.load();
        disk.runAll();

        assertThat(vm.summary().get()).isEqualTo("Läser in översikten…");
        assertThat(vm.figures().get()).as("no figures of the empty folder").isNull();

        stored.addAll(DashboardViewModelTest.MATTERS);
        samplesComing.set(false);
        disk.runAll();
        assertThat(vm.summary().get()).startsWith("Försenat: 1 · Att göra: 1 · Nästa sammanträde: 30");
        assertThat(vm.figures().get()).isNotNull();
        assertThat(vm.attention()).isNotEmpty();
    }

    @Test
    void noSamplesToStoreShowsTheFiguresReadMeanwhile() {
        stored.addAll(DashboardViewModelTest.MATTERS);
        vm.load();
        disk.runAll();
        samplesComing.set(false); // a folder that had its samples already: nothing stored, nothing changed
        disk.runAll();
        assertThat(vm.summary().get()).startsWith("Försenat: 1 · Att göra: 1 · Nästa sammanträde: 30");
    }
}

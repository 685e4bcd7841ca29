package se.ledamot.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;
import se.ledamot.ui.task.TaskExecutor;

/** An AppContext over the services of a real database in a temporary folder, everything else under the test's control. */
public final class TestContext implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    public final Ledamot services;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final ManualDebouncer debouncer = new ManualDebouncer();
    public final Preferences preferencesNode = testPreferences();
    public final AppContext context;

    public TestContext(Path folder) {
        services = Ledamot.open(folder, CLOCK);
        context = contextOn(new CurrentThreadTaskExecutor());
    }

    /** The same context with its reads and writes run by {@code tasks}, e.g. a disk that answers when told. */
    public AppContext contextOn(TaskExecutor tasks) {
        return new AppContext(services, dialogs, tasks, () -> debouncer, new WriterPreferences(preferencesNode));
    }

    /** A preferences node of the test's own, removed again by {@link #close()}. */
    public static Preferences testPreferences() {
        return Preferences.userRoot().node("se/ledamot/test/" + UUID.randomUUID());
    }

    /** A test's temporary folder removed with all in it (an extension's own; JUnit removes a {@code @TempDir}). */
    public static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        services.close();
        try {
            preferencesNode.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}

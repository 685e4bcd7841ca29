package se.ledamot.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.ledamot.store.Database;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/** An AppContext over a real database in a temporary folder, with everything else under the test's control. */
public final class TestContext implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    public final Database database;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final ManualDebouncer debouncer = new ManualDebouncer();
    public final AppContext context;

    public TestContext(Path folder) {
        database = Database.open(folder);
        context = new AppContext(database, dialogs, new CurrentThreadTaskExecutor(), () -> debouncer, CLOCK);
    }

    @Override
    public void close() {
        database.close();
    }
}

package se.ledamot.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.task.CurrentThreadTaskExecutor;

/** An AppContext over the services of a real database in a temporary folder, everything else under the test's control. */
public final class TestContext implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Stockholm"));

    public final Ledamot services;
    public final RecordingDialogService dialogs = new RecordingDialogService();
    public final ManualDebouncer debouncer = new ManualDebouncer();
    public final AppContext context;

    public TestContext(Path folder) {
        services = Ledamot.open(folder, CLOCK);
        context = new AppContext(services, dialogs, new CurrentThreadTaskExecutor(), () -> debouncer);
    }

    @Override
    public void close() {
        services.close();
    }
}

package se.ledamot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * A window on a data folder that is closed without a choice and opened again, as after "Välj senare" and a restart
 * (issue 16.5): the one fixture of the PutAside*FormTest classes, registered as an extension
 * ({@code @RegisterExtension final PutAsideFolder<…> window = new PutAsideFolder<>(w -> …)}): a temporary folder of
 * the test's own, closed and removed after it. Each opening has its own database and a lane that runs when told
 * ({@link #disk}); the conflicts the screen asks are collected in {@link #asked}.
 *
 * @param <V> the screen's view model
 */
public final class PutAsideFolder<V> implements AutoCloseable, BeforeEachCallback, AfterEachCallback {
    private Path folder;
    private final Function<PutAsideFolder<V>, V> screen;
    public final List<List<Conflict>> asked = new ArrayList<>();
    public TestContext test;
    public ManualTaskExecutor disk;
    public V vm;
    private boolean open;

    /** @param screen opens the screen on {@link #context()} (the choices kept asked), its conflicts to {@link #asked} */
    public PutAsideFolder(Function<PutAsideFolder<V>, V> screen) {
        this.screen = screen;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("ledamot-put-aside");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        TestContext.deleteFolder(folder);
    }

    /** Starts the window on the folder and shows the screen, every read run. */
    public V open() {
        test = new TestContext(folder);
        open = true;
        disk = new ManualTaskExecutor();
        vm = screen.apply(this);
        disk.runAll();
        return vm;
    }

    /** The window's context, its reads and writes in {@link #disk}. */
    public AppContext context() {
        return test.contextOn(disk);
    }

    /** The window is closed without a choice (she said yes to closing), the folder's database with it. */
    @Override
    public void close() {
        if (open) {
            open = false;
            test.close();
        }
        asked.clear();
    }

    /** What another secretary stores while the window is closed: the folder opened alone, changed and closed. */
    public void meanwhile(Consumer<Ledamot> change) {
        prepare(s -> {
            change.accept(s);
            return null;
        });
    }

    /** The folder made ready while no window is open on it (what another stored before): what it gives back. */
    public <R> R prepare(Function<Ledamot, R> change) {
        try (TestContext other = new TestContext(folder)) {
            return change.apply(other.services);
        }
    }

    /** A meeting of the council with the motion on the swimming hall on its agenda: the item's id. */
    public static long motionOnTheAgenda(Ledamot services) {
        Meeting kf = services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long matter = services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
        return services.meetings().addMatters(kf.id(), List.of(matter)).getFirst().id();
    }

    /**
     * Her save met the other's: the conflict view asked once, she chose later ("Välj senare") and the window closes
     * without a choice.
     */
    public void putAsideAndClose() {
        disk.runAll();
        assertThat(asked).as("asked once").hasSize(1);
        close();
    }

    /** The screen opened again asked again: the field with her side and the other's, as the conflict view says them. */
    public Conflict askedAgain(String field, String mine, String theirs) {
        assertThat(asked).as("asked again").isNotEmpty();
        Conflict c = lastAsked();
        assertThat(c.field()).isEqualTo(field);
        assertThat(c.mine()).isEqualTo(mine);
        assertThat(c.theirs()).isEqualTo(theirs);
        return c;
    }

    /** The first conflict the screen asked last. */
    public Conflict lastAsked() {
        return asked.getLast().getFirst();
    }

    /** The choices kept on disk now. */
    public List<PutAside> kept() {
        return test.services.putAside().waiting();
    }
}

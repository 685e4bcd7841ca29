package se.ledamot.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * What a screen opens on next time (Protokoll's meeting, Partigrupp's group) is written to the data folder's settings
 * file, renamed into place and synced: a disk write, so it goes through the background tasks, never on the FX thread
 * (at 100 000 matters the rename and sync were part of Protokoll's longest stall as a meeting was chosen).
 */
class ChoicesKeptInTheBackgroundTest {
    @TempDir
    Path folder;

    private TestContext test;
    private final ManualTaskExecutor disk = new ManualTaskExecutor();

    @BeforeEach
    void open() {
        test = new TestContext(folder);
    }

    @AfterEach
    void close() {
        test.close();
    }

    private String kept(String name) {
        return test.services.dataFolder().orElseThrow().chosen(name);
    }

    @Test
    void aChosenMeetingIsWrittenByABackgroundTaskAndTheLastChoiceIsKept() {
        AppContext context = test.contextOn(disk);

        context.minutesMeeting().set("41");
        context.minutesMeeting().set("42");
        context.partyGroup().set(" S ");

        assertEquals("", kept(WriterPreferences.MINUTES_MEETING), "written while the disk had not answered");
        assertEquals("42", context.minutesMeeting().get(), "the screen has its choice at once");
        disk.runAll();
        assertEquals("42", kept(WriterPreferences.MINUTES_MEETING));
        assertEquals("S", kept(WriterPreferences.GROUP));
    }

    @Test
    void aWindowOpenedLaterOpensOnTheChoice() {
        test.contextOn(disk).groupMeeting().set("7");
        disk.runAll();

        assertEquals("7", test.contextOn(disk).groupMeeting().get());
    }
}

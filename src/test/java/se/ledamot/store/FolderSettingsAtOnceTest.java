package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.service.DataFolderService;
import se.ledamot.service.Ledamot;

/**
 * The folder's settings file is read, changed and written whole: the window writes what a screen opens on next time
 * in one background lane, the backup folder in another, and the database's compaction at close a third time. Two
 * writers at once must not undo each other (the later one wrote the file it had read before the other's change).
 */
class FolderSettingsAtOnceTest {
    private static final int TIMES = 150;

    @TempDir
    Path folder;

    @Test
    void twoChoicesWrittenAtOnceAreBothKept() throws Exception {
        try (Ledamot app = Ledamot.open(folder)) {
            DataFolderService here = app.dataFolder().orElseThrow();
            List<Throwable> failed = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> writers = List.of("minutesMeeting", "groupMeeting", "groupItem").stream()
                    .map(name -> Thread.ofPlatform().start(() -> {
                        try {
                            start.await();
                            for (int i = 1; i <= TIMES; i++) {
                                here.choose(name, Integer.toString(i));
                            }
                        } catch (Throwable e) {
                            failed.add(e);
                        }
                    })).toList();
            start.countDown();
            for (Thread t : writers) {
                t.join();
            }

            assertThat(failed).isEmpty();
            assertThat(List.of(here.chosen("minutesMeeting"), here.chosen("groupMeeting"), here.chosen("groupItem")))
                    .containsOnly(Integer.toString(TIMES));
        }
    }
}

package se.ledamot.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writes of one record on a disk that answers only when the test says so. */
class AutosaveTest {
    private final ManualTaskExecutor disk = new ManualTaskExecutor();
    private final List<String> written = new ArrayList<>();
    private final List<String> shownSaved = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private String refuse;

    private final Autosave<String, String> autosave = new Autosave<>(disk, state -> {
        if (state.equals(refuse)) {
            throw new IllegalStateException("disken är full");
        }
        written.add(state);
        return state;
    }, (state, result, newest) -> shownSaved.add(state + (newest ? " (senast)" : "")), failures::add);

    private void type(String text) {
        autosave.edited();
        autosave.save(text);
    }

    @Test
    void typingWhileTheDiskIsSlowNeverWaitsAndWritesOnlyTheNewestState() {
        for (int i = 1; i <= 200; i++) {
            type("tangent " + i);
        }
        // Every keystroke was handed over without a single write: the FX thread never waited for the disk.
        assertThat(written).isEmpty();
        assertThat(autosave.isIdle()).isFalse();
        assertThat(autosave.needsSave()).isFalse();

        disk.runAll();
        assertThat(written).containsExactly("tangent 200");
        assertThat(shownSaved).containsExactly("tangent 200 (senast)");
        assertThat(autosave.isIdle()).isTrue();
    }

    @Test
    void aStateWrittenWhileMoreWasTypedIsNotShownAsTheNewest() {
        type("första");
        disk.runAll();
        autosave.edited();
        autosave.save("andra");
        autosave.edited();
        disk.runAll();
        assertThat(written).containsExactly("första", "andra");
        assertThat(shownSaved).containsExactly("första (senast)", "andra");
        assertThat(autosave.needsSave()).isTrue();
    }

    @Test
    void aFailedWriteIsSaidAndTheNextEditOrFlushTriesAgain() {
        refuse = "text som inte får försvinna";
        type("text som inte får försvinna");
        disk.runAll();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("disken är full");
        assertThat(autosave.lastFailed()).isTrue();
        assertThat(autosave.needsSave()).isTrue();

        refuse = null;
        autosave.save("text som inte får försvinna");
        disk.runAll();
        assertThat(written).containsExactly("text som inte får försvinna");
        assertThat(autosave.lastFailed()).isFalse();
        assertThat(autosave.needsSave()).isFalse();
    }

    @Test
    void otherWritesOfTheRecordComeAfterTheSavesHandedOverBeforeThem() {
        type("utkast");
        autosave.write(p -> {
            written.add("version");
            return 1;
        }, (edit, version, newest) -> shownSaved.add("version " + version + (newest ? " (senast)" : "")));
        disk.runAll();
        assertThat(written).containsExactly("utkast", "version");
        assertThat(shownSaved).containsExactly("utkast (senast)", "version 1 (senast)");
    }
}

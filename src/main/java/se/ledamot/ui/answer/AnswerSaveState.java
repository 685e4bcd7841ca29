package se.ledamot.ui.answer;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.Errors;

/** What the answer editor says of its text's saving: whether something waits, and "Sparat kl. 19.02" or why not. */
final class AnswerSaveState {
    private final Clock clock;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper("");
    /** What the last action did ("Version 2 sparad.", or why it was held back). */
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Whether the message is a save's notice: old news once the screen is left ("Version 2 sparad." lingered). */
    private boolean ofASave;

    AnswerSaveState(Clock clock) {
        this.clock = clock;
    }

    /** Typed: saved once typing pauses. */
    void pending() {
        dirty.set(true);
        said.set(Localization.get("answer.save.pending"));
    }

    /** A write came back; said only when no later edit waits. */
    void saved(boolean newest) {
        if (newest) {
            dirty.set(false);
            // The time as every time is said ("kl. 19.00": Localization writes a LocalTime so).
            said.set(Localization.get("answer.save.done", LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES)));
        }
    }

    /** The text stays in the editor and stays dirty; the next keystroke or flush tries again. */
    void failed(Throwable e) {
        dirty.set(true);
        said.set(Localization.get("answer.save.failed", Errors.describe(e)));
    }

    /** An answer as read: nothing waits, nothing said. */
    void clear() {
        dirty.set(false);
        said.set("");
    }

    /** Says a state in words ("answer.save.conflict", ...), leaving whether something waits as it is. */
    void say(String key) {
        said.set(Localization.get(key));
    }

    /** Says what an action did; {@code saved}: a save's notice, which goes when the screen is left. */
    void tell(String line, boolean saved) {
        message.set(line);
        ofASave = saved;
    }

    /** The screen is left: a save's notice is not shown when she comes back; a warning stays. */
    void left() {
        if (ofASave) {
            tell("", false);
        }
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyStringProperty said() {
        return said.getReadOnlyProperty();
    }
}

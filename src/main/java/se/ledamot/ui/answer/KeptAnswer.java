package se.ledamot.ui.answer;

import java.time.Clock;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Localization;

/**
 * What the matter holds while the draft is empty: an emptied draft is never put in (answer.finish.empty), so the
 * matter keeps its answer, and Svar says so under the draft, with its date when it was put in from here, and takes it
 * back into the draft on request (walk29: the empty draft shown beside an answer kept out of sight).
 */
final class KeptAnswer {
    private final AnswerEditorViewModel editor;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");

    KeptAnswer(AnswerEditorViewModel editor, Clock clock) {
        this.editor = editor;
        StringBinding said = Bindings.createStringBinding(() -> say(kept(), clock), editor.matter(), editor.text(),
                editor.versions());
        line.bind(said);
    }

    /** The matter's answer when the draft is empty and the matter has one; "" otherwise. */
    private String kept() {
        Matter m = editor.matter().get();
        String text = editor.text().get();
        return m == null || text != null && !text.isBlank() ? "" : m.answer();
    }

    private String say(String kept, Clock clock) {
        if (kept.isBlank()) {
            return "";
        }
        int words = SpeakingTime.wordCount(kept);
        return editor.versions().stream().filter(v -> v.reason() == VersionReason.FINISHED)
                .max(Comparator.comparing(AnswerVersion::createdAt))
                .map(v -> Localization.get("answer.kept.line",
                        Dates.date(v.createdAt().atZone(clock.getZone()).toLocalDate()), words))
                .orElseGet(() -> Localization.get("answer.kept.undated", words));
    }

    /** "Ärendet har kvar svaret som fördes in 22 november 2026 (120 ord)."; "" when there is nothing to say. */
    ReadOnlyStringProperty line() {
        return line.getReadOnlyProperty();
    }

    /** The matter's answer back into the empty draft, saved as typing is. */
    void takeBack() {
        String kept = kept();
        if (!kept.isBlank()) {
            editor.text().set(kept);
        }
    }
}

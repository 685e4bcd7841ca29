package se.ledamot.domain.answer;

import java.util.Optional;
import se.ledamot.domain.sync.RowMerge;

/**
 * A whole-text action on an answer (restoring a version, finishing) taken from the editor's copy with its text on
 * screen (issue 16.5): what the editor shows is first saved by the autosave's compare, and the action is taken, in
 * the same transaction with the row still locked, only when what is stored is then exactly what the editor shows.
 * When another writer's text or marks came in, or a field waits for a choice, nothing more is written and
 * {@code done} is empty: the editor shows theirs (or the conflict view) before the user decides again.
 *
 * @param merge what the compare met
 * @param done  what the action gave (the version restored, the matter finished), or empty when it was not taken
 */
public record ComparedAction<T>(RowMerge<AnswerDraft> merge, Optional<T> done) {
}


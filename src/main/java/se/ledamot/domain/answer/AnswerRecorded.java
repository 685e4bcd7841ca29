package se.ledamot.domain.answer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;

/**
 * The day a matter's answer came to be, as its timeline tells it (a matter keeps no answer date of its own): the last
 * time the answer went from empty to written, or the day the matter was stored when it came with its answer (an
 * imported answer). Papers use it to list the answer only for meetings held after it existed.
 */
public final class AnswerRecorded {
    private AnswerRecorded() {
    }

    /** @param timeline the matter's changes, oldest first; empty when the matter has no answer or no timeline */
    public static Optional<LocalDate> of(Matter m, List<MatterChange> timeline, ZoneId zone) {
        if (m.answer().isBlank()) {
            return Optional.empty();
        }
        String answer = MatterField.ANSWER.code();
        Optional<LocalDate> found = Optional.empty();
        for (MatterChange c : timeline) {
            boolean written = answer.equals(c.field()) && blank(c.oldValue()) && !blank(c.newValue());
            if (written || MatterChange.CREATED.equals(c.field()) && found.isEmpty()) {
                found = Optional.of(LocalDate.ofInstant(c.at(), zone));
            }
        }
        return found;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

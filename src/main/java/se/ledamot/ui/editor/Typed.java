package se.ledamot.ui.editor;

import java.util.List;
import java.util.Map;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterField;

/**
 * The editor's matter as typed, handed to its autosave, with the warning to show once it is stored, and the fields
 * whose stored value the user has seen in a conflict and chosen over (each with the stored matter it was chosen
 * against).
 */
record Typed(Matter matter, String warning, Map<MatterField, Matter> seen, long edit) {
    /** What a save of it gives back: the matter's timeline read anew and the matter as stored (another's merged in). */
    record Written(List<TimelineEntry> timeline, Matter merged) {
    }
}

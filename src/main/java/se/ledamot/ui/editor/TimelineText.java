package se.ledamot.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Localization;

/** A matter's timeline in words, newest first, as the editor shows it. */
final class TimelineText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private TimelineText() {
    }

    /**
     * @param changes oldest first, as the service gives them
     * @param kind    the matter's kind, whose gender its status names take ("Medborgarförslag inlämnat")
     */
    static List<TimelineEntry> of(List<MatterChange> changes, ZoneId zone, MatterKind kind) {
        return changes.reversed().stream()
                .map(c -> new TimelineEntry(WHEN.format(c.at().atZone(zone)), describe(kind, c)))
                .toList();
    }

    private static String describe(MatterKind kind, MatterChange c) {
        return switch (c.field()) {
            case MatterChange.CREATED -> Localization.get("ui.timeline.created", c.newValue());
            case MatterChange.TRASHED -> Localization.get("ui.timeline.trashed");
            case MatterChange.RESTORED -> Localization.get("ui.timeline.restored");
            case MatterChange.AGENDA -> c.oldValue() == null
                    ? Localization.get("ui.timeline.agendaOn", Dates.meetingLabel(c.newValue()))
                    : c.newValue() == null ? Localization.get("ui.timeline.agendaOff", Dates.meetingLabel(c.oldValue()))
                    : Localization.get("ui.timeline.agendaMoved", Dates.meetingLabel(c.oldValue()),
                            Dates.meetingLabel(c.newValue()));
            case MatterChange.MINORITY_REFERRAL -> Localization.get("ui.timeline.minorityReferral", c.newValue());
            case MatterChange.REFERRAL_REASON -> Localization.get("ui.timeline.referralReason", c.newValue());
            default -> Localization.get("ui.timeline.changed", Localization.get("ui.field." + c.field()),
                    value(kind, c.field(), c.oldValue()), value(kind, c.field(), c.newValue()));
        };
    }

    /** A stored value in words: kinds and statuses (in the kind's gender) by name, long texts shortened. */
    private static String value(MatterKind kind, String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return Localization.get("ui.timeline.empty");
        }
        String shown = switch (field) {
            case "kind" -> MatterKind.fromCode(stored).map(Localization::kind).orElse(stored);
            case "status" -> Status.fromCode(stored).map(st -> Localization.status(kind, st)).orElse(stored);
            case "decision" -> Decision.fromCode(stored).map(Localization::decision).orElse(stored);
            default -> stored.replace('\n', ' ');
        };
        return shown.length() > 80 ? shown.substring(0, 79) + "…" : shown;
    }
}

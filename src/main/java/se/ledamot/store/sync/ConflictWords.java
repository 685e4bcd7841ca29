package se.ledamot.store.sync;

import java.util.function.BiFunction;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.store.entity.Column;
import se.ledamot.store.entity.EntityState;
import se.ledamot.store.entity.Role;

/**
 * A stored code in a conflict said as the screens say it: a position's stance ("Avslag", worded by the kind of the
 * matter its item is about) and whether it was reviewed, a meeting's status ("Planerat"). Other values are shown as
 * they are. Without it the sync's conflict view read "support" against "reject".
 */
final class ConflictWords {
    private ConflictWords() {
    }

    /**
     * @param named the thing the conflict is about (null when not here)
     * @param read reads a thing by kind and key (null when not here)
     */
    static String of(String entity, String field, String code, EntityState named,
            BiFunction<String, String, EntityState> read) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        return switch (entity + "." + field) {
            case "position.stance" -> Stance.fromCode(code).map(s -> Localization.stance(s, kindOf(named, read, 3)))
                    .orElse(code);
            case "position.reviewed" -> Localization.get(Boolean.parseBoolean(code) ? "meeting.ui.group.reviewed.yes"
                    : "meeting.ui.group.reviewed.no");
            case "meeting.status" -> Localization.has("meeting.status." + code)
                    ? Localization.get("meeting.status." + code) : code;
            default -> code;
        };
    }

    /** The kind of the matter a thing is about, through what it belongs to (a position's item); null when none. */
    private static MatterKind kindOf(EntityState s, BiFunction<String, String, EntityState> read, int depth) {
        if (s == null || depth == 0) {
            return null;
        }
        if (s.value("kind") instanceof String code && "matter".equals(s.type().name())) {
            return MatterKind.fromCode(code).orElse(null);
        }
        for (Column c : s.type().columns()) {
            if (c.role() == Role.REF && c.target() != null && s.value(c.name()) instanceof String key) {
                MatterKind kind = kindOf(read.apply(c.target(), key), read, depth - 1);
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }
}

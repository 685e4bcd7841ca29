package se.ledamot.ui.find;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;

/** The line under a hit's label: kind, number, status, date, body and party, whichever the hit has. */
final class HitFacts {
    private HitFacts() {
    }

    static String of(Hit h) {
        List<String> parts = new ArrayList<>();
        if (h.kind() != null) {
            parts.add(Localization.kind(h.kind()));
        }
        if (h.number() != null && !h.number().isBlank() && h.type() != se.ledamot.search.HitType.PERSON) {
            parts.add(h.number());
        }
        if (h.kind() != null && h.status() != null) {
            parts.add(Localization.status(h.kind(), h.status()));
        }
        if (h.type() == se.ledamot.search.HitType.PERSON && h.number() != null && h.number().matches("\\d{1,9}")) {
            parts.add(Localization.get("find.person.matters", Integer.parseInt(h.number())));
        }
        if (h.date() != null) {
            parts.add(h.date().toString());
        }
        if (h.bodyCode() != null && h.type() != se.ledamot.search.HitType.MEETING) {
            parts.add(h.bodyCode());
        }
        return String.join(" · ", parts);
    }
}

package se.ledamot.ui.find;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;

/**
 * How a hit reads: its name, the line under it (kind, number, status, date, body and party, whichever it has) and the
 * text around what matched; days written out as people read them ({@link Dates#date}).
 */
final class HitFacts {
    private HitFacts() {
    }

    static String of(Hit h) {
        List<String> parts = new ArrayList<>();
        if (h.kind() != null) {
            parts.add(Localization.kind(h.kind()));
        }
        if (h.number() != null && !h.number().isBlank() && h.type() != HitType.PERSON) {
            parts.add(h.number());
        }
        if (h.kind() != null && h.status() != null) {
            parts.add(Localization.status(h.kind(), h.status()));
        }
        if (h.type() == HitType.PERSON && h.number() != null && h.number().matches("\\d{1,9}")) {
            parts.add(Localization.get("find.person.matters", Integer.parseInt(h.number())));
        }
        if (h.date() != null) {
            parts.add(Dates.date(h.date()));
        }
        if (h.bodyCode() != null && h.type() != HitType.MEETING) {
            parts.add(h.bodyCode());
        }
        return String.join(" · ", parts);
    }

    /** The hit's name with the words that matched; a meeting's day written out ("KF 2 december 2026, Kommunhuset"). */
    static Hit.Snippet label(Hit h) {
        return dayWrittenOut(h, new Hit.Snippet(h.label(), h.labelMarks()));
    }

    /** The text around what matched; a meeting's (its name) with the day written out, as in {@link #label}. */
    static Hit.Snippet snippet(Hit h) {
        return dayWrittenOut(h, h.snippet());
    }

    /**
     * A meeting's name is made by the index with its day as stored (2026-12-02, the same in every language); it is
     * written out as people read it. The marks move with the words, a day partly matched marked whole. Other hits'
     * names and texts are what a person wrote and stay as written.
     */
    private static Hit.Snippet dayWrittenOut(Hit h, Hit.Snippet shown) {
        if (h.type() != HitType.MEETING || h.date() == null) {
            return shown;
        }
        String stored = h.date().toString();
        String written = Dates.date(h.date());
        String text = shown.text();
        StringBuilder out = new StringBuilder();
        List<int[]> days = new ArrayList<>(); // each day's place: from and to in the text, from and to in out
        int at = 0;
        for (int i = text.indexOf(stored); i >= 0; i = text.indexOf(stored, at)) {
            out.append(text, at, i);
            days.add(new int[] {i, i + stored.length(), out.length(), out.length() + written.length()});
            out.append(written);
            at = i + stored.length();
        }
        out.append(text.substring(at));
        List<Hit.Mark> marks = shown.marks().stream().map(m -> new Hit.Mark(moved(m.start(), false, days),
                moved(m.end(), true, days))).toList();
        return new Hit.Snippet(out.toString(), marks);
    }

    /** Where a place in the text is after the days were written out; one inside a day goes to its start or end. */
    private static int moved(int place, boolean end, List<int[]> days) {
        int shift = 0;
        for (int[] day : days) {
            if (place >= day[1]) {
                shift = day[3] - day[1];
            } else if (place > day[0]) {
                return end ? day[3] : day[2];
            } else {
                break;
            }
        }
        return place + shift;
    }
}

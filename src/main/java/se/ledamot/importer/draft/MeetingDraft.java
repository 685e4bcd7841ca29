package se.ledamot.importer.draft;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the parser made of a kallelse or föredragningslista: the meeting it calls (body, date, time, place), whether
 * it says it replaces an earlier one (Ändrad kallelse), and its items in published order. Nothing is stored; the
 * store decides which meeting and which matters the draft means ({@link MeetingPlan}).
 *
 * @param council    the council named in the title block ("Stenungsunds kommun"), null when none
 * @param bodyName   the body as the document names it ("Kommunfullmäktige", "Barn- och utbildningsnämnden")
 * @param date       the meeting's day, null when the document gives none (then it cannot be stored)
 * @param time       the starting time, null when none
 * @param place      where it meets, null when none
 * @param amended    the document says it replaces an earlier notice ("Ändrad kallelse")
 * @param confidence how sure each meeting field is
 * @param items      the numbered items in published order
 * @param warnings   what the user should check
 * @param text       the whole text read
 */
public record MeetingDraft(String council, String bodyName, LocalDate date, LocalTime time, String place,
        boolean amended, Map<Field, Confidence> confidence, List<AgendaLine> items, List<ImportWarning> warnings,
        String text) {
    /** The meeting's fields the parser reads. */
    public enum Field {
        BODY, DATE, TIME, PLACE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public MeetingDraft {
        EnumMap<Field, Confidence> all = new EnumMap<>(Field.class);
        all.putAll(confidence);
        confidence = Map.copyOf(all);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(text, "text");
    }

    public Confidence confidenceOf(Field field) {
        return confidence.getOrDefault(field, Confidence.MISSING);
    }

    /** The meeting's fields and the items' fields the parser is not sure of, counted. */
    public int unsureCount() {
        int meeting = (int) confidence.values().stream().filter(c -> c == Confidence.UNSURE).count();
        return meeting + items.stream().mapToInt(i -> i.unsureFields().size()).sum();
    }

    /** The same meeting with other items and warnings (an item the council cannot take as a matter, say). */
    public MeetingDraft withItems(List<AgendaLine> newItems, List<ImportWarning> newWarnings) {
        return new MeetingDraft(council, bodyName, date, time, place, amended, confidence, newItems, newWarnings, text);
    }

    /** The same draft on another day, time or place, as the user corrected it (each then sure). */
    public MeetingDraft corrected(LocalDate newDate, LocalTime newTime, String newPlace) {
        EnumMap<Field, Confidence> next = new EnumMap<>(Field.class);
        next.putAll(confidence);
        if (!Objects.equals(newDate, date)) {
            next.put(Field.DATE, Confidence.SURE);
        }
        if (!Objects.equals(newTime, time)) {
            next.put(Field.TIME, Confidence.SURE);
        }
        if (!Objects.equals(newPlace, place)) {
            next.put(Field.PLACE, Confidence.SURE);
        }
        return new MeetingDraft(council, bodyName, newDate, newTime, newPlace, amended, next, items, warnings, text);
    }
}

package se.ledamot.importer.parse;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.draft.Confidence;

/**
 * The date the text was written and the place, from a line of their own: "Stenungsund 2015-02-16", "Umeå den 3 mars
 * 2024", "Datum: 2024-10-01". A date with a place beats one alone; several dates make the choice unsure. A speech's
 * date may stand in its heading instead.
 */
final class DatePlaceExtractor implements Extractor {
    /** One word of a place, taken whole (a place too long for the database is cut, with a warning, when fitted). */
    private static final String PLACE_WORD = "\\p{L}[\\p{L}-]*+";
    private static final Pattern DATE_LINE = Pattern.compile("(?:(?<place>" + PLACE_WORD + "(?: " + PLACE_WORD + ")?)"
            + "(?:\\s*+,)?\\s++)?(?:den\\s++)?" + SwedishDates.DATE + "\\.?(?:,?\\s++(?:kl\\.?\\s*+)?\\d{1,2}[:.]\\d{2})?",
            Scan.FLAGS);
    /** "2015-02-16, Stenungsund", "Den 14 mars 2022, Kalmar": the date first, as many write it. */
    private static final Pattern DATE_THEN_PLACE = Pattern.compile("(?:den\\s++)?" + SwedishDates.DATE
            + "(?:\\s*+,\\s*+|\\s++)(?<place>" + PLACE_WORD + "(?: " + PLACE_WORD + ")?)\\.?", Scan.FLAGS);
    private static final Pattern LABELLED_DATE = Pattern.compile("(?:datum|inlämnad|inlämnat|inkom|inkommen|"
            + "inkommet|daterad|väckt|ingiven|publicerad|publicerat|postat|skrivet|upplagt|upplagd)\\s*+:?\\s*+"
            + "(?:den\\s++)?" + SwedishDates.DATE, Scan.FLAGS);
    private static final Set<String> NOT_PLACES = Set.of("den", "datum", "daterad", "publicerad", "publicerat", "postat",
            "skrivet", "upplagd", "upplagt", "inlämnad", "inkom", "väckt", "måndag", "tisdag", "onsdag", "torsdag",
            "fredag", "lördag", "söndag", "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen",
            "söndagen");

    /** A line that is a date, with or without a place or a label. */
    static boolean isDateLine(String line) {
        return Scan.matches(DATE_LINE, line) || Scan.matches(DATE_THEN_PLACE, line)
                || Scan.lookingAt(LABELLED_DATE, line);
    }

    @Override
    public void extract(CouncilText text, Findings found) {
        LocalDate withPlace = null;
        String place = null;
        LocalDate alone = null;
        Set<LocalDate> all = new LinkedHashSet<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = Scan.matcher(DATE_LINE, line);
            Matcher labelled = Scan.matcher(LABELLED_DATE, line);
            Matcher reversed = Scan.matcher(DATE_THEN_PLACE, line);
            Optional<LocalDate> date = Optional.empty();
            String p = null;
            if (m.matches()) {
                date = SwedishDates.of(m);
                p = m.group("place") == null ? null : withoutDen(m.group("place"));
            } else if (reversed.matches()) {
                date = SwedishDates.of(reversed);
                p = reversed.group("place");
            } else if (labelled.lookingAt()) {
                date = SwedishDates.of(labelled);
            }
            if (date.isEmpty()) {
                continue;
            }
            found.use(i);
            all.add(date.get());
            if (p != null && isPlace(p) && withPlace == null) {
                withPlace = date.get();
                place = p;
            } else if (alone == null) {
                alone = date.get();
            }
        }
        LocalDate submitted = withPlace != null ? withPlace : alone;
        if (submitted == null && fromHeading(text, found)) {
            return;
        }
        if (submitted == null) {
            found.set(MatterField.SUBMITTED, Confidence.MISSING);
            found.warn("importer.warning.noDate");
        } else {
            found.submitted(submitted, all.size() > 1 ? Confidence.UNSURE : Confidence.SURE);
            if (all.size() > 1) {
                found.warn("importer.warning.severalDates", submitted);
            }
        }
        if (place != null) {
            found.matter().place(place);
            found.set(MatterField.PLACE, Confidence.SURE);
        } else {
            found.set(MatterField.PLACE, Confidence.MISSING);
        }
    }

    /** "Anförande KF 2024-02-26 – Budget 2025": the heading's date, unsure, and no place. */
    private static boolean fromHeading(CouncilText text, Findings found) {
        if (found.headingLine() < 0) {
            return false;
        }
        Matcher inHeading = Scan.matcher(SwedishDates.ANY_DATE, text.line(found.headingLine()));
        Optional<LocalDate> date = inHeading.find() ? SwedishDates.of(inHeading) : Optional.empty();
        if (date.isEmpty()) {
            return false;
        }
        found.submitted(date.get(), Confidence.UNSURE);
        found.set(MatterField.PLACE, Confidence.MISSING);
        return true;
    }

    /** "Tierp den" and "Bålsta torsdag" as the place of "Tierp den 4 februari 2025" are Tierp and Bålsta. */
    private static String withoutDen(String place) {
        int space = place.lastIndexOf(' ');
        if (space > 0 && NOT_PLACES.contains(place.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return place.substring(0, space);
        }
        String lower = place.toLowerCase(Locale.ROOT);
        return lower.endsWith("-den") ? place.substring(0, place.length() - 4) : place;
    }

    private static boolean isPlace(String word) {
        return Character.isUpperCase(word.charAt(0)) && !NOT_PLACES.contains(word.toLowerCase(Locale.ROOT));
    }
}

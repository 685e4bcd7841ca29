package se.ledamot.importer.parse;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.MatterField;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.Confidence;

/**
 * Who an interpellation or question is put to: "till" in the heading ("Interpellation till kommunstyrelsens
 * ordförande Anna Lindqvist (S) om ..."), a "Till:" line near the top, or a sentence "... fråga till X (C):". A named
 * person is sure; a role alone ("kommunstyrelsens ordförande") is unsure. A written answer's addressee (named in its
 * heading after "från X till", or else the one who signs it) is found with the signatures.
 */
final class AddresseeExtractor implements Extractor {
    /** Lines near the top that may start with "Till". */
    private static final int TOP_LINES = 15;
    /** "till" and who, up to a topic word: "till X om Y". Anchored at the start, so linear. */
    private static final Pattern TILL = Pattern.compile("\\s?till\\s++(?<who>.+?)(?:\\s++(?:om|angående|gällande|"
            + "rörande|avseende)\\s++(?<topic>.+))?", Scan.FLAGS);
    private static final Pattern TILL_LABEL = Pattern.compile("till\\s*+:\\s*+", Scan.FLAGS);
    private static final Pattern ADDRESSED = Pattern.compile("\\b(?:fråga|frågor|frågan|interpellation)\\s++(?=till\\s)",
            Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        int heading = found.headingLine();
        Addressee roleOnly = null;
        int roleLine = -1;
        for (int i : candidates(text, heading)) {
            if (found.isAnswerDocument() && i == heading) {
                continue;
            }
            String line = i == heading ? found.headingRest() : text.line(i);
            Matcher addressed = Scan.matcher(ADDRESSED, line);
            String from = sentence(addressed.find() && i != heading ? line.substring(addressed.end()) : line);
            Matcher label = Scan.matcher(TILL_LABEL, from);
            Matcher m = Scan.matcher(TILL, label.lookingAt() ? "till " + from.substring(label.end()) : from);
            if (!m.matches()) {
                continue;
            }
            Optional<Addressee> a = Signatures.addressee(Scan.trimEnd(m.group("who"), ":."));
            if (i == heading) {
                found.headingRest(m.group("topic") == null ? "" : "om " + m.group("topic"));
            }
            if (a.isPresent() && a.get().name() != null) {
                found.matter().addressee(a.get());
                found.set(MatterField.ADDRESSEE, Confidence.SURE);
                found.use(i);
                return;
            }
            if (a.isPresent() && roleOnly == null) {
                roleOnly = a.get();
                roleLine = i;
            }
        }
        if (roleOnly != null) {
            found.matter().addressee(roleOnly);
            found.set(MatterField.ADDRESSEE, Confidence.UNSURE);
            found.use(roleLine);
            return;
        }
        if (found.kind().hasAddressee()) {
            found.set(MatterField.ADDRESSEE, Confidence.MISSING);
        }
    }

    /**
     * The text up to the end of its first sentence: a '.', '?' or '!' before a space or the end, unless the '.' ends
     * an initial or an abbreviation ("P. Lund", "bl.a."), so what follows the addressee is never read as part of it.
     */
    static String sentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atGap = i + 1 == text.length() || text.charAt(i + 1) == ' ';
            if (atGap && (c == '?' || c == '!' || c == '.' && !endsShortWord(text, i))) {
                Budget.charge(i + 1L);
                return text.substring(0, i);
            }
        }
        Budget.charge(text.length() + 1L);
        return text;
    }

    /** True when the word before position {@code dot} is a single letter (an initial) or ends an abbreviation. */
    private static boolean endsShortWord(String text, int dot) {
        return dot >= 1 && Character.isLetter(text.charAt(dot - 1))
                && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }

    /** The heading, lines near the top that start with "till", and lines that put a question "till" someone. */
    private static Set<Integer> candidates(CouncilText text, int heading) {
        Set<Integer> out = new LinkedHashSet<>();
        if (heading >= 0) {
            out.add(heading);
        }
        for (int i = 0; i < Math.min(text.size(), TOP_LINES); i++) {
            if (text.line(i).toLowerCase(Locale.ROOT).startsWith("till")) {
                out.add(i);
            }
        }
        for (int i = 0; i < text.size(); i++) {
            if (Scan.find(ADDRESSED, text.line(i))) {
                out.add(i);
            }
        }
        return out;
    }
}

package se.ledamot.importer.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;

/**
 * The kind of matter. A heading in the first lines names it for sure — "Motion om ...", "Interpellation till ...",
 * "Svar på interpellation från ..." (a written answer) — and becomes the heading the other steps start from; without
 * one, signs in the text point at a kind, and the kind is unsure.
 */
final class KindExtractor implements Extractor {
    /** "Ämne: Fråga till ...", "Ärende: Förslag till ..." — a form's or an e-mail's subject line. */
    static final Pattern SUBJECT_LABEL = Pattern.compile(
            "(?:ämne|rubrik|ärende|angående|ang\\.|re|sv)\\s*+:\\s*+", Scan.FLAGS);
    /** What follows a kind word when it names a topic: "om", "angående", "med anledning av". */
    static final Pattern TOPIC = Pattern.compile(
            "(?:,\\s*+)?(?:om|angående|ang\\.|gällande|rörande|avseende|kring|med\\s++anledning\\s++av)\\s++", Scan.FLAGS);
    private static final Pattern ANSWER_HEADING = Pattern.compile(
            "(?:svar\\s++på|svar\\s++till|besvarande\\s++av)\\s++(?<kind>interpellation|enkel\\s++fråga|fråga)(?<rest>.*)",
            Scan.FLAGS);
    private static final Pattern KIND_HEADING = Pattern.compile(
            "(?<kind>motion|interpellation|enkel\\s++fråga|fråga|medborgarförslag|remiss|remissvar|yttrande\\s++över"
                    + "|anförande|inlägg)\\b(?<rest>.*)", Scan.FLAGS);
    /** The lines looked at for a heading, not counting empty, date and party lines. */
    private static final int HEADING_LINES = 6;

    /** Signs in the body that point at a kind, each found once per occurrence; a heading beats them all. */
    private static final Map<MatterKind, List<Pattern>> CUES = Map.of(
            MatterKind.SPEECH, List.of(Pattern.compile("\\bmitt\\s++(?:inlägg|anförande|tal)\\b", Scan.FLAGS),
                    Pattern.compile("\\bi\\s++debatten\\b|\\bi\\s++talarstolen\\b", Scan.FLAGS)),
            MatterKind.REFERRAL, List.of(Pattern.compile("\\b(?:ute\\s++)?på\\s++remiss\\b|\\bremisstid|\\bremissinstans",
                    Scan.FLAGS), Pattern.compile("\\blämna\\s++(?:ett\\s++)?yttrande\\b|\\bremissvar", Scan.FLAGS)),
            MatterKind.INTERPELLATION, List.of(Pattern.compile("\\binterpellation", Scan.FLAGS)),
            MatterKind.QUESTION, List.of(Pattern.compile("\\b(?:enkel\\s++fråga|min\\s++fråga\\s++till)\\b", Scan.FLAGS)),
            MatterKind.CITIZEN_PROPOSAL, List.of(Pattern.compile("\\bmedborgarförslag", Scan.FLAGS)),
            MatterKind.MOTION, List.of(Pattern.compile("\\b(?:denna|den\\s++här)\\s++motion\\b|\\bmotionär", Scan.FLAGS)));
    /** A speech opens by addressing the chair: "Ordförande!", "Fru ordförande,". */
    private static final Pattern CHAIR = Pattern.compile("(?:fru|herr)?\\s?+ordförande[!,]", Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        for (int i = 0, seen = 0; i < text.size() && seen < HEADING_LINES; i++) {
            String line = text.line(i);
            if (line.isEmpty() || DatePlaceExtractor.isDateLine(line) || Signatures.partyLine(line).isPresent()) {
                continue;
            }
            seen++;
            line = withoutSubjectLabel(line);
            Matcher answer = Scan.matcher(ANSWER_HEADING, line);
            if (answer.matches()) {
                found.kind(answer.group("kind").toLowerCase(Locale.ROOT).contains("fråga") ? MatterKind.QUESTION
                        : MatterKind.INTERPELLATION);
                found.answerDocument(true);
                found.heading(i, answer.group("rest"));
                return;
            }
            Matcher heading = Scan.matcher(KIND_HEADING, line);
            if (heading.matches() && isHeading(line, heading.group("rest").strip())) {
                found.kind(headingKind(heading.group("kind")));
                found.heading(i, heading.group("rest"));
                return;
            }
        }
        fromSigns(text, found);
    }

    /** No heading: the kind the text's signs point at most, unsure; a tie is said. */
    private static void fromSigns(CouncilText text, Findings found) {
        Map<MatterKind, Integer> score = new EnumMap<>(MatterKind.class);
        CUES.forEach((k, patterns) -> {
            for (Pattern p : patterns) {
                int n = Scan.count(p, text.flat());
                if (n > 0) {
                    score.merge(k, n, Integer::sum);
                }
            }
        });
        for (String line : text.lines()) {
            if (Scan.lookingAt(CHAIR, line)) {
                score.merge(MatterKind.SPEECH, 1, Integer::sum);
            }
        }
        MatterKind kindSoFar = found.kind();
        if (!ClauseExtractor.clauseLines(text).isEmpty() && ClauseExtractor.triggerLine(text, kindSoFar) >= 0) {
            score.merge(MatterKind.MOTION, 2, Integer::sum);
        }
        if (AnswerExtractor.cueLine(text) >= 0) {
            score.merge(MatterKind.INTERPELLATION, 1, Integer::sum);
        }
        Optional<Map.Entry<MatterKind, Integer>> best = score.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isEmpty()) {
            found.set(MatterField.KIND, Confidence.MISSING);
            found.warn("importer.warning.kindUnknown");
            return;
        }
        found.kind(best.get().getKey());
        found.set(MatterField.KIND, Confidence.UNSURE);
        long ties = score.values().stream().filter(v -> v.equals(best.get().getValue())).count();
        if (ties > 1) {
            found.warn("importer.warning.kindAmbiguous", found.kind());
        }
    }

    /** The line without a leading "Ämne:" or "Ärende:". */
    static String withoutSubjectLabel(String line) {
        Matcher m = Scan.matcher(SUBJECT_LABEL, line);
        return m.lookingAt() ? line.substring(m.end()) : line;
    }

    /** "Motion om ...", "Interpellation till ...", "Fråga:" — not a sentence that starts with the word. */
    private static boolean isHeading(String line, String rest) {
        String r = rest.toLowerCase(Locale.ROOT);
        return line.length() <= 300 && (r.isEmpty() || Scan.lookingAt(TOPIC, rest) || r.startsWith("till ")
                || r.startsWith("från ") || "-–:,".indexOf(r.charAt(0)) >= 0 || !line.endsWith(".") && line.length() <= 150);
    }

    private static MatterKind headingKind(String word) {
        String w = String.join(" ", Scan.words(word.toLowerCase(Locale.ROOT)));
        return switch (w) {
            case "motion" -> MatterKind.MOTION;
            case "interpellation" -> MatterKind.INTERPELLATION;
            case "fråga", "enkel fråga" -> MatterKind.QUESTION;
            case "medborgarförslag" -> MatterKind.CITIZEN_PROPOSAL;
            case "anförande", "inlägg" -> MatterKind.SPEECH;
            default -> MatterKind.REFERRAL;
        };
    }
}

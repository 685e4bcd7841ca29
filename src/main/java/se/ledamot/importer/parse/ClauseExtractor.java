package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;

/**
 * The proposal clauses (att-satser) of a motion or citizen proposal: the "att ..." lines after "yrkar", "föreslår",
 * "Förslag till beslut" (sure), else the clauses in the same sentence as such a word ("Jag föreslår att X och att Y"),
 * else, in a text of a kind that asks for a decision, every "att" line (unsure).
 */
final class ClauseExtractor implements Extractor {
    private static final Pattern TRIGGER = Pattern.compile(
            "\\b(?:föreslår|yrkar|hemställer|yrkande|förslag\\s++till\\s++beslut|föreslås)\\b", Scan.FLAGS);
    private static final Pattern CLAUSE_START = Pattern.compile("(?:[-–•*]|\\d{1,2}[.)])?\\s*+att\\s++(?<clause>.*)",
            Scan.FLAGS);
    private static final Pattern INLINE_CLAUSES = Pattern.compile(
            "\\bbeslut(?:a|ar|ar\\s++om)?(?:\\s*+:)?\\s++att\\s++(?<rest>.+)", Scan.FLAGS);
    private static final Pattern INLINE_PROPOSAL = Pattern.compile(
            "\\b(?:föreslår|yrkar|hemställer)(?:\\s++(?:jag|vi))?(?:\\s++därför)?\\s++att\\s++(?<rest>.+)", Scan.FLAGS);
    /** Between clauses in one sentence: ", att", "; samt att", " och att". */
    private static final Pattern CLAUSE_SPLIT = Pattern.compile(
            "(?:\\s?[,;]\\s?(?:samt\\s|och\\s)?|\\ssamt\\s|\\soch\\s)att\\s", Scan.FLAGS);
    private static final Pattern LEADING_ATT = Pattern.compile("att\\s++", Scan.FLAGS);
    /** Clause lines after a trigger may start this many lines below it. */
    private static final int GAP = 3;

    @Override
    public void extract(CouncilText text, Findings found) {
        MatterKind kind = found.kind();
        int trigger = triggerLine(text, kind);
        List<String> clauses = new ArrayList<>();
        if (trigger >= 0) {
            clauses.addAll(clausesFrom(text, trigger));
            if (clauses.isEmpty()) {
                clauses.addAll(inline(text.line(trigger)));
            }
        }
        Confidence c = Confidence.SURE;
        if (clauses.isEmpty() && kind.hasProposals()) {
            List<Integer> lines = clauseLines(text);
            if (lines.size() >= 2) {
                for (int i : lines) {
                    Matcher m = Scan.matcher(CLAUSE_START, text.line(i));
                    if (m.matches()) {
                        clauses.add(clean(m.group("clause")));
                    }
                }
                c = Confidence.UNSURE;
            }
        }
        if (!clauses.isEmpty()) {
            found.matter().proposals(clauses);
            found.set(MatterField.PROPOSALS, c);
        } else if (kind.hasProposals()) {
            found.set(MatterField.PROPOSALS, Confidence.MISSING);
            found.warn("importer.warning.noProposals");
        }
    }

    /**
     * The line that introduces the proposal clauses: one followed by a list of them, else the last one with its
     * clauses in the same sentence (only where the kind asks for a decision, or is not known); -1 when none does.
     */
    static int triggerLine(CouncilText text, MatterKind kind) {
        for (int i = 0; i < text.size(); i++) {
            if (Scan.find(TRIGGER, text.line(i)) && !clausesFrom(text, i).isEmpty()) {
                return i;
            }
        }
        if (!kind.hasProposals() && kind != MatterKind.OTHER) {
            return -1;
        }
        for (int i = text.size() - 1; i >= 0; i--) {
            if (Scan.find(TRIGGER, text.line(i)) && !inline(text.line(i)).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The lines that start with "att", with or without a dash or number before it. */
    static List<Integer> clauseLines(CouncilText text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (Scan.matches(CLAUSE_START, text.line(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The "att" clauses on the lines after a trigger line, a clause running on over lines in lower case. */
    private static List<String> clausesFrom(CouncilText text, int trigger) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int i = trigger + 1; i < text.size(); i++) {
            String line = text.line(i);
            Matcher m = Scan.matcher(CLAUSE_START, line);
            if (m.matches()) {
                if (current != null) {
                    out.add(clean(current.toString()));
                }
                current = new StringBuilder(m.group("clause"));
            } else if (line.isEmpty()) {
                continue;
            } else if (current != null && Character.isLowerCase(line.charAt(0))) {
                current.append(' ').append(line);
            } else if (current != null || i > trigger + GAP) {
                break;
            }
        }
        if (current != null) {
            out.add(clean(current.toString()));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    /** "... föreslår att fullmäktige beslutar att X, att Y och att Z" on one line. */
    private static List<String> inline(String line) {
        Matcher m = Scan.matcher(INLINE_CLAUSES, line);
        if (!m.find()) {
            m = Scan.matcher(INLINE_PROPOSAL, line);
            if (!m.find()) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        String rest = m.group("rest");
        Matcher split = Scan.matcher(CLAUSE_SPLIT, rest);
        int start = 0;
        while (true) {
            boolean more = split.find();
            String clause = clean(rest.substring(start, more ? split.start() : rest.length()));
            if (!clause.isBlank()) {
                out.add(clause);
            }
            if (!more) {
                return out;
            }
            start = split.end();
        }
    }

    /**
     * A clause without its "att" and without what ends it: punctuation, and a last "samt" or "och" that joined it to
     * the next one (a whole word only: "gemensamt" keeps its ending).
     */
    static String clean(String clause) {
        String s = clause.strip();
        Matcher att = Scan.matcher(LEADING_ATT, s);
        if (att.lookingAt()) {
            s = s.substring(att.end());
        }
        s = Scan.trimEnd(s, " ,;.");
        String lower = s.toLowerCase(Locale.ROOT);
        for (String joiner : List.of("samt", "och")) {
            int at = s.length() - joiner.length();
            if (lower.endsWith(joiner) && (at == 0 || " ,;.".indexOf(s.charAt(at - 1)) >= 0)) {
                s = Scan.trimEnd(s.substring(0, at), " ,;.");
                break;
            }
        }
        return s.strip();
    }
}

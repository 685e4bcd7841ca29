package se.ledamot.importer.parse;

import java.util.regex.Pattern;
import se.ledamot.importer.budget.Budget;

/**
 * The answer to an interpellation or question: everything after the heading of a written answer (or after a cue
 * line under that heading), or after a line such as "Jag lämnar följande svar:" or "Svar:", without signatures,
 * dates and closings, and up to a blog's tail ("2 kommentarer:", "Upplagd av ...").
 */
final class AnswerExtractor implements Extractor {
    private static final Pattern CUE_WORDS = Pattern.compile(
            "\\b(?:följande\\s++svar|mitt\\s++svar|svaret\\s++lyder|svar\\s++på\\s++(?:interpellationen|frågan|frågorna))\\b",
            Scan.FLAGS);
    private static final Pattern CUE_LINE = Pattern.compile("svar\\s*+:?", Scan.FLAGS);
    private static final Pattern BLOG_TAIL = Pattern.compile(
            "\\d++\\s++kommentar(?:er)?:?|inga\\s++kommentarer:?|upplagd\\s++av\\b.*|etiketter:.*|dela\\s++det\\s++här:?",
            Scan.FLAGS);

    /** The line that says the answer follows, or -1. */
    static int cueLine(CouncilText text) {
        return cueLine(text, 0);
    }

    /** The first line from {@code from} on that says the answer follows, or -1. */
    private static int cueLine(CouncilText text, int from) {
        for (int i = Math.max(from, 0); i < text.size(); i++) {
            if (isCue(text.line(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "... följande svar ...:" (a line that ends in a colon) or a line "Svar:" alone. */
    private static boolean isCue(String line) {
        return line.endsWith(":") && Scan.find(CUE_WORDS, line) || line.length() <= 8 && Scan.matches(CUE_LINE, line);
    }

    /**
     * Where a written answer under its heading begins: after the heading, or after a cue line that follows it (a
     * blog's "Jag har nu knåpat ihop följande svar …:" after a sentence about who asked what), so that the answer
     * read aloud begins with the answer itself.
     */
    private static int afterHeading(CouncilText text, int heading) {
        int cue = cueLine(text, heading + 1);
        return cue < 0 ? heading : cue;
    }

    @Override
    public void extract(CouncilText text, Findings found) {
        if (!found.kind().hasAddressee()) {
            return;
        }
        int from = found.isAnswerDocument() ? afterHeading(text, found.headingLine()) : cueLine(text);
        if (from < 0) {
            return;
        }
        StringBuilder answer = new StringBuilder();
        int blank = 0;
        for (int i = from + 1; i < text.size(); i++) {
            String line = text.line(i);
            if (Scan.matches(BLOG_TAIL, line)) {
                break;
            }
            if (found.isUsed(i) && !line.isEmpty() || SignatureExtractor.isClosing(line)) {
                continue;
            }
            // Paragraphs stay apart by one empty line, however many the text had.
            if (line.isEmpty()) {
                blank++;
                continue;
            }
            if (!answer.isEmpty()) {
                answer.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            answer.append(line);
        }
        Budget.charge(answer.length());
        if (!answer.isEmpty()) {
            found.answer(answer.toString());
        }
    }
}

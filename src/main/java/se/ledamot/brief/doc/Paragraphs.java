package se.ledamot.brief.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The author's paragraphs in a stored text, as a brief sets them.
 *
 * <p>A blank line always ends a paragraph. A single line break means one of two things, and the text itself tells
 * which. Text typed into Ledamot or a word processor has a line break only where the author pressed Enter: each
 * such line is a paragraph of its own (an answer of three paragraphs keeps its three breathing points), except that a
 * run of short lines — a signature, an address, a list — stays together line by line. Text taken out of a PDF (or
 * a hard-wrapped e-mail) has a break at the end of every printed line: its lines are of much the same length, and
 * are joined again into running text, a word divided at a line end made whole ("kommun-/fullmäktige"), with a
 * paragraph ending where a short line ends a sentence.
 */
final class Paragraphs {
    /** Lines up to this long are "short": a run of them is kept line by line. */
    private static final int SHORT_LINE = 60;
    /** Hard-wrapped lines are no longer than this; typed paragraphs often are. */
    private static final int WRAPPED_MAX = 130;
    private static final int WRAPPED_MIN = 40;
    /** A wrapped line is at least this share of the block's longest; a shorter one ends its paragraph. */
    private static final double FULL = 0.7;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”)]$");
    /** "integrations- och mottagningsarbetet": the hyphen of a shared compound part stays, with its space. */
    private static final Pattern KEEPS_HYPHEN = Pattern.compile("^(och|eller|samt|respektive|resp\\.|till|som)\\b.*");

    private Paragraphs() {
    }

    /** One paragraph: its lines, each after the first starting on a new line (most paragraphs have one). */
    record Paragraph(List<String> lines) {
        Paragraph {
            lines = List.copyOf(lines);
        }

        String text() {
            return String.join(" ", lines);
        }
    }

    static List<Paragraph> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Paragraph> out = new ArrayList<>();
        for (String block : text.strip().split("\\R[ \\t\\x0B\\f]*\\R\\s*")) {
            List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .map(l -> l.replaceAll("\\s+", " ")).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (hardWrapped(lines)) {
                unwrap(lines, out);
            } else {
                typed(lines, out);
            }
        }
        return out;
    }

    /**
     * Lines of much the same length, none longer than a printed line, most of them ending mid-sentence: text that
     * was wrapped to a column.
     */
    static boolean hardWrapped(List<String> lines) {
        if (lines.size() < 3) {
            return false;
        }
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        if (longest > WRAPPED_MAX || longest < WRAPPED_MIN) {
            return false;
        }
        List<String> inner = lines.subList(0, lines.size() - 1);
        long full = inner.stream().filter(l -> l.length() >= FULL * longest).count();
        // A printed line ends mid-sentence more often than not; typed lines (a list of questions) end sentences.
        long midSentence = inner.stream().filter(l -> !SENTENCE_END.matcher(l).matches()).count();
        return full * 2 >= inner.size() && midSentence * 2 >= inner.size();
    }

    private static void unwrap(List<String> lines, List<Paragraph> out) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder para = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            join(para, line);
            boolean endsParagraph = line.length() < FULL * longest && SENTENCE_END.matcher(line).matches();
            if (endsParagraph || i == lines.size() - 1) {
                out.add(new Paragraph(List.of(para.toString())));
                para.setLength(0);
            }
        }
    }

    /** Adds a wrapped line to the paragraph so far, making whole a word divided at the line end. */
    private static void join(StringBuilder para, String line) {
        int n = para.length();
        boolean divided = n > 1 && para.charAt(n - 1) == '-' && Character.isLowerCase(para.charAt(n - 2))
                && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
        if (divided && !KEEPS_HYPHEN.matcher(line).matches()) {
            para.setLength(n - 1);
        } else if (n > 0) {
            para.append(' ');
        }
        para.append(line);
    }

    private static void typed(List<String> lines, List<Paragraph> out) {
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.length() <= SHORT_LINE) {
                run.add(line);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(new Paragraph(run));
                run = new ArrayList<>();
            }
            out.add(new Paragraph(List.of(line)));
        }
        if (!run.isEmpty()) {
            out.add(new Paragraph(run));
        }
    }
}

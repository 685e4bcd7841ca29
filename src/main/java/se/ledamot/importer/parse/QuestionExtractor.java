package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.budget.Budget;
import se.ledamot.importer.draft.Confidence;

/**
 * The questions of an interpellation or question: a numbered list 1, 2, 3 (sure), else the lines ending in "?" after
 * "Mina frågor är:" or "vill jag fråga:", else — in a question — its sentences that end in "?" (unsure). Scanned by
 * hand where a regular expression would look for the "?" again from every number.
 */
final class QuestionExtractor implements Extractor {
    /** A number before a question: "1.", "2)", "3:" or a bare "1", not part of a longer number or a word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,2})(?:\\s*+[.):])?\\s++(?=\\p{Lu})");
    private static final Pattern INTRO = Pattern.compile("fråg(?:a|or|an|orna)|vill\\s++(?:jag\\s++)?(?:fråga|veta)",
            Scan.FLAGS);
    /** A numbered question or a question sentence holds 3 to 501 characters before its "?". */
    private static final int MIN_NUMBERED = 2;
    private static final int MAX_NUMBERED = 500;
    private static final int MIN_SENTENCE = 5;
    private static final int MAX_SENTENCE = 400;
    /** A question's own questions, found in its sentences, are few. */
    private static final int MAX_SENTENCES = 5;

    @Override
    public void extract(CouncilText text, Findings found) {
        List<String> best = numbered(text.flat(), found.kind());
        Confidence c = Confidence.SURE;
        if (best.isEmpty()) {
            best = introduced(text);
            if (best.isEmpty() && found.kind() == MatterKind.QUESTION && !found.isAnswerDocument()) {
                best = withoutTitleLine(sentences(text, found), text, found);
            }
            c = Confidence.UNSURE;
        }
        if (!best.isEmpty()) {
            found.questions(best, c);
        } else if (found.kind().hasAddressee()) {
            found.set(MatterField.QUESTIONS, Confidence.MISSING);
            found.warn("importer.warning.noQuestions");
        }
    }

    /** The longest run 1, 2, 3 ... of numbered questions, on lines of their own or run together. */
    static List<String> numbered(String flat, MatterKind kind) {
        Matcher m = Scan.matcher(NUMBER, flat);
        List<String> best = List.of();
        List<String> run = new ArrayList<>();
        int mark = -1;
        boolean found = m.find();
        while (found) {
            int p = m.end();
            if (mark <= p) {
                mark = nextOf(flat, "?", p + 1);
            }
            if (mark < 0) {
                break;
            }
            int length = mark - p - 1;
            if (length < MIN_NUMBERED || length > MAX_NUMBERED) {
                found = m.find();
                continue;
            }
            int n = Integer.parseInt(m.group("n"));
            String question = flat.substring(p, mark + 1).strip();
            boolean taken = true;
            if (n == run.size() + 1) {
                run.add(question);
            } else if (n == 1) {
                run = new ArrayList<>(List.of(question));
            } else {
                taken = false;
            }
            if (run.size() > best.size()) {
                best = List.copyOf(run);
            }
            // A number out of turn ("Dnr KS 2024/12 Interpellation …") must not hide the "1." after it.
            found = taken ? m.find(mark + 1) : m.find();
        }
        // A lone "1 ...?" is a number in the prose more often than a list.
        return best.size() >= 2 || kind == MatterKind.QUESTION ? best : List.of();
    }

    /** Unnumbered questions on the lines after "Mina frågor till X är:", each on its own line. */
    private static List<String> introduced(CouncilText text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.size() && out.isEmpty(); i++) {
            if (!isIntro(text.line(i))) {
                continue;
            }
            for (int j = i + 1; j < text.size(); j++) {
                String line = Scan.trimStart(text.line(j), "-–•* ");
                if (line.isEmpty() && out.isEmpty()) {
                    continue;
                }
                if (!line.endsWith("?")) {
                    break;
                }
                out.add(line);
            }
        }
        return out;
    }

    /** A line ending in ":" whose last sentence asks: "Mot bakgrund av detta vill jag fråga:". */
    private static boolean isIntro(String line) {
        if (!line.endsWith(":")) {
            return false;
        }
        int lastStop = Math.max(line.lastIndexOf('.'), Math.max(line.lastIndexOf('?'), line.lastIndexOf('!')));
        Matcher m = Scan.matcher(INTRO, line);
        m.region(lastStop + 1, line.length());
        return m.find();
    }

    /** A question's questions: its sentences that end in "?", outside the lines its heading and signature took. */
    private static List<String> sentences(CouncilText text, Findings found) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < text.size(); i++) {
            String line = text.line(i);
            if (!found.isUsed(i) && !line.isEmpty()) {
                body.append(body.isEmpty() ? "" : " ").append(line);
                // A paragraph ends a sentence even without a stop: a blog's site name is no part of the question.
                boolean paragraphEnd = i + 1 >= text.size() || text.line(i + 1).isEmpty();
                if (paragraphEnd && ".!?:".indexOf(line.charAt(line.length() - 1)) < 0) {
                    body.append('.');
                }
            }
        }
        String s = body.toString();
        List<String> out = new ArrayList<>();
        int stop = -1;
        for (int p = 0; p < s.length() && out.size() < MAX_SENTENCES; p++) {
            boolean start = p == 0 || p >= 2 && ".!?:".indexOf(s.charAt(p - 2)) >= 0 && s.charAt(p - 1) == ' ';
            if (!start || !Scan.isUpperCaseLetter(s.charAt(p))) {
                continue;
            }
            if (stop <= p) {
                stop = nextOf(s, ".?!", p + 1);
            }
            if (stop < 0) {
                break;
            }
            int length = stop - p - 1;
            if (s.charAt(stop) == '?' && length >= MIN_SENTENCE && length <= MAX_SENTENCE) {
                // The question asked twice (as a heading, then in the text) is one question.
                String question = s.substring(p, stop + 1);
                if (!out.contains(question)) {
                    out.add(question);
                }
                p = stop;
            }
        }
        Budget.charge(s.length());
        return out;
    }

    /**
     * A question's title written as a question on the line under its heading ("Hur många lärare saknar behörighet?")
     * is its title, not one of its questions, when the text asks others.
     */
    private static List<String> withoutTitleLine(List<String> questions, CouncilText text, Findings found) {
        if (questions.size() < 2) {
            return questions;
        }
        for (int i = found.headingLine() + 1; i < text.size(); i++) {
            if (!text.line(i).isEmpty() && !found.isUsed(i)) {
                return text.line(i).equals(questions.getFirst()) ? questions.subList(1, questions.size()) : questions;
            }
        }
        return questions;
    }

    /** The index of the first of {@code chars} in the text from {@code from}, or -1. */
    private static int nextOf(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                Budget.charge(i - from + 1L);
                return i;
            }
        }
        Budget.charge(text.length() - from + 1L);
        return -1;
    }
}

package se.ledamot.importer.parse;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.importer.budget.Budget;

/**
 * A council text made ready for the extractors: its lines evened out — any run of whitespace or control characters one
 * space, no soft hyphens or zero-width spaces, no table bar at the end — and all of them as one line ({@link #flat()})
 * for what a writer may have broken over lines. A printed page's furniture is taken out first ({@link PrintedText}:
 * running headers, columns, hyphenated and wrapped lines). Made in a few passes over the text, in linear time.
 */
final class CouncilText {
    private final String original;
    private final String name;
    private final List<String> lines;
    private final String flat;

    private CouncilText(String original, String name, List<String> lines, String flat) {
        this.original = original;
        this.name = name;
        this.lines = List.copyOf(lines);
        this.flat = flat;
    }

    static CouncilText of(String text, String name) {
        return of(text, name, true);
    }

    /**
     * The text's lines as written, without {@link PrintedText}'s joining: a föredragningslista's item lines and Dnr
     * column are read by their own wrap rules ({@link AgendaItems}).
     */
    static CouncilText asWritten(String text, String name) {
        return of(text, name, false);
    }

    private static CouncilText of(String text, String name, boolean printed) {
        String raw = text == null ? "" : text;
        String t = printed ? PrintedText.of(raw) : raw;
        List<String> lines = new ArrayList<>();
        StringBuilder body = new StringBuilder(t.length());
        StringBuilder line = new StringBuilder();
        Cleanup cleanup = new Cleanup();
        boolean space = false;
        int start = 0;
        for (int i = 0; i <= t.length() && !cleanup.comments; i++) {
            char c = i < t.length() ? t.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
                int end = i;
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                cleanup.add(endOfLine(line), t.substring(start, end), lines, body);
                start = i + 1;
                line.setLength(0);
                space = false;
            } else if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            } else if (isSpace(c)) {
                space = true;
            } else {
                if (space && !line.isEmpty()) {
                    line.append(' ');
                }
                space = false;
                line.append(c);
            }
        }
        Budget.charge(t.length());
        StringBuilder flat = new StringBuilder(t.length());
        for (String l : lines) {
            if (!l.isEmpty()) {
                if (!flat.isEmpty()) {
                    flat.append(' ');
                }
                flat.append(l);
            }
        }
        String kept = cleanup.dropped ? Scan.trimStart(Scan.trimEnd(body.toString(), " \t\r\n"), "\r\n") : raw;
        return new CouncilText(kept, name == null ? "" : endOfLine(evened(name)), lines, flat.toString());
    }

    /**
     * The pass that leaves a blog page's furniture out ({@link BlogMatter}): the extractors get the council text and
     * the post's date line, the body the council text alone.
     */
    private static final class Cleanup {
        boolean textBefore;
        boolean dropped;
        boolean comments;
        private boolean first = true;

        void add(String line, String raw, List<String> lines, StringBuilder body) {
            BlogMatter.Kind kind = BlogMatter.of(line, textBefore);
            switch (kind) {
                case TEXT -> {
                    lines.add(line);
                    body.append(first ? "" : "\n").append(raw);
                    first = false;
                    textBefore |= !line.isEmpty();
                }
                case DATELINE -> lines.add(line);
                case FURNITURE -> { }
                case COMMENTS -> comments = true;
            }
            dropped |= kind != BlogMatter.Kind.TEXT;
        }
    }

    /** A one-line text with any run of whitespace or control characters one space, stripped. */
    private static StringBuilder evened(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out;
    }

    /** Whitespace of any kind, and control characters, which no council text means as anything but a gap. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
    }

    /** A table's bar closing the line goes, with the space before it. */
    private static String endOfLine(StringBuilder line) {
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '|') {
            line.setLength(line.length() - 1);
            if (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') {
                line.setLength(line.length() - 1);
            }
        }
        return line.toString();
    }

    /** The text as it came, kept whole as the matter's body; without the blog matter around it when it had some. */
    String original() {
        return original;
    }

    /** The file's name on one line, the title of last resort. */
    String name() {
        return name;
    }

    /** The lines; charged one unit each, so a loop over lines in a loop over lines shows in the counted work. */
    List<String> lines() {
        Budget.charge(lines.size());
        return lines;
    }

    String line(int i) {
        Budget.charge(1);
        return lines.get(i);
    }

    int size() {
        return lines.size();
    }

    /** All lines joined by single spaces, the empty ones left out. */
    String flat() {
        return flat;
    }
}

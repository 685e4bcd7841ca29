package se.ledamot.importer.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.importer.draft.Confidence;
import se.ledamot.l10n.Localization;

/**
 * The title: the topic in the heading ("Motion om <b>att upprätta en integrationsplan</b>", sure), else the first
 * short line after the heading or at the top, the topic of "en motion om X" in the text, a question's first
 * question, and last the file's name (missing). At most 150 characters, cut at a word.
 */
final class TitleExtractor implements Extractor {
    static final int MAX_TITLE = 150;
    private static final Pattern KIND_TOPIC = Pattern.compile(
            "\\b(?:interpellation|motion|fråga|medborgarförslag)\\b[^.?!\\n]{0,60}?\\bom\\s++(?<topic>[^.?!:\\n]{3,80})",
            Scan.FLAGS);
    /** Any "Word:" form line (Från:, Till:, Remissinstanser:) is no title. */
    private static final Pattern LABEL_LINE = Pattern.compile("[\\p{L} -]{2,30}:(?:\\s.*)?", Scan.FLAGS);
    private static final Pattern GREETING = Pattern.compile("(?:hej|hejsan|god\\s++dag|hallå|till\\s.*)[!,.]?",
            Scan.FLAGS);
    private static final Pattern MEETING_PREFIX = Pattern.compile(
            "(?:i\\s++)?(?:KF|KS|kommunfullmäktige|kommunstyrelsen|fullmäktige)\\b[\\s,:–-]*+", Scan.FLAGS);
    private static final Pattern LEADING_ATT = Pattern.compile("att\\s++", Scan.FLAGS);

    @Override
    public void extract(CouncilText text, Findings found) {
        String t = null;
        Confidence c = Confidence.UNSURE;
        MatterKind kind = found.kind();
        if (found.headingLine() >= 0) {
            String rest = withoutTopicWord(tidyHeading(found.headingRest()));
            if (!rest.isBlank() && !found.headingRest().toLowerCase(Locale.ROOT).startsWith("till ")) {
                t = rest;
                c = Confidence.SURE;
            } else {
                t = nextTitleLine(text, found, found.headingLine() + 1);
                String topic = topicOf(t);
                if (topic != null) {
                    t = topic;
                    c = Confidence.SURE;
                }
            }
        }
        if (t == null && kind != MatterKind.OTHER && kind != MatterKind.SPEECH && kind != MatterKind.REFERRAL) {
            Matcher m = Scan.matcher(KIND_TOPIC, String.join("\n", text.lines()));
            if (m.find()) {
                t = m.group("topic");
            }
        }
        if (t == null) {
            t = nextTitleLine(text, found, 0);
        }
        if (t == null && kind == MatterKind.QUESTION && !found.questions().isEmpty()) {
            t = found.questions().getFirst();
        }
        if (t == null || tidy(t).isBlank()) {
            String base = withoutExtension(text.name()).strip();
            t = base.isEmpty() ? Localization.get("importer.title.none") : base;
            c = Confidence.MISSING;
            found.warn("importer.warning.noTitle");
        }
        String title = tidy(t);
        found.matter().title(title.isBlank() ? Localization.get("importer.title.none") : title);
        found.set(MatterField.TITLE, c);
    }

    /** The first short line from a line on that is not a date, a party name, a form label or a greeting. */
    private static String nextTitleLine(CouncilText text, Findings found, int from) {
        for (int i = from; i < text.size(); i++) {
            String line = text.line(i);
            Matcher subject = Scan.matcher(KindExtractor.SUBJECT_LABEL, line);
            if (subject.lookingAt() && !line.substring(subject.end()).isBlank()) {
                return line.substring(subject.end());
            }
            if (line.isEmpty() || found.isUsed(i) || Signatures.partyLine(line).isPresent()
                    || Scan.matches(LABEL_LINE, line) || Scan.matches(GREETING, line)) {
                continue;
            }
            return line.length() <= MAX_TITLE && !line.endsWith(".") && !line.endsWith(":") ? line : null;
        }
        return null;
    }

    /** "MOTION" above "Motion om att inrätta ett ungdomsråd": the second line's topic is the title, sure; else null. */
    private static String topicOf(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = Scan.matcher(KIND_TOPIC, line);
        return m.lookingAt() ? m.group("topic") : null;
    }

    private static String withoutTopicWord(String s) {
        Matcher m = Scan.matcher(KindExtractor.TOPIC, s);
        return m.lookingAt() ? s.substring(m.end()) : s;
    }

    /** What follows the kind word in a heading, without the meeting and date a speech's heading names. */
    private static String tidyHeading(String rest) {
        String s = String.join(" ", Scan.words(Scan.replaceAll(SwedishDates.ANY_DATE, rest, " ")));
        s = Scan.trimStart(s, "-–:, ");
        Matcher meeting = Scan.matcher(MEETING_PREFIX, s);
        if (meeting.lookingAt()) {
            s = s.substring(meeting.end());
        }
        return Scan.trimStart(s, "-–:, ").strip();
    }

    /** A title as shown: no leading "att", no trailing punctuation, a capital first, at most 150 characters. */
    static String tidy(String t) {
        String s = t.strip();
        Matcher att = Scan.matcher(LEADING_ATT, s);
        if (att.lookingAt()) {
            s = s.substring(att.end());
        }
        s = Scan.trimEnd(s, " :;,|").strip();
        if (s.length() > MAX_TITLE) {
            int cut = s.lastIndexOf(' ', MAX_TITLE);
            s = s.substring(0, cut > 40 ? cut : MAX_TITLE) + "…";
        }
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** "motion.docx" as a title is "motion". */
    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        int after = name.length() - dot - 1;
        return dot >= 0 && after >= 1 && after <= 5 ? name.substring(0, dot) : name;
    }
}

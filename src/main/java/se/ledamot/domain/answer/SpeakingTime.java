package se.ledamot.domain.answer;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.ledamot.domain.DomainException;

/**
 * How long a text takes to read aloud at a pace in words per minute. A word is a run of non-space characters that
 * holds at least one letter or digit, so dashes and bullet marks do not count.
 */
public record SpeakingTime(int wordsPerMinute) {
    public static final int DEFAULT_PACE = 130;
    public static final int MIN_PACE = 60;
    public static final int MAX_PACE = 250;
    /** A run with a letter or digit between spaces of any kind (a pasted text's line separator, a no-break space). */
    private static final Pattern WORD = Pattern.compile("(?U)\\S*[\\p{L}\\p{N}]\\S*");

    public SpeakingTime {
        if (wordsPerMinute < MIN_PACE || wordsPerMinute > MAX_PACE) {
            throw new DomainException("answer.pace.outOfRange", MIN_PACE, MAX_PACE);
        }
    }

    public static SpeakingTime standard() {
        return new SpeakingTime(DEFAULT_PACE);
    }

    public static int wordCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The time to speak the text, rounded to whole seconds. */
    public Duration of(String text) {
        return ofWords(wordCount(text));
    }

    public Duration ofWords(int words) {
        return Duration.ofSeconds(Math.round(words * 60.0 / wordsPerMinute));
    }

    /** "m:ss", the form a speaker glances at. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        return "%d:%02d".formatted(s / 60, s % 60);
    }
}

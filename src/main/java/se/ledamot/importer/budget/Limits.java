package se.ledamot.importer.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * The most one file may cost to read and parse.
 *
 * @param time        wall-clock time from the first byte read to the draft
 * @param memoryBytes memory the reading thread may allocate; what it allocates is an upper bound on what it holds
 * @param workPerChar units of counted work the parser may spend per character of text (plus a fixed allowance), far
 *                    above what any text needs, so only a parser gone super-linear reaches it
 */
public record Limits(Duration time, long memoryBytes, long workPerChar) {
    /** What the app uses: half a minute, 4 GB allocated (a 50 MB PDF needs well under a tenth of it), 4000 per char. */
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 4L << 30, 4000);
    /** The fixed allowance of parse work, for very short texts. */
    public static final long BASE_WORK = 10_000_000;

    public Limits {
        Objects.requireNonNull(time, "time");
        if (time.isNegative() || time.isZero() || memoryBytes <= 0 || workPerChar <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The work a parse of {@code chars} characters may take. */
    public long parseWork(int chars) {
        return BASE_WORK + workPerChar * chars;
    }
}

package se.ledamot.domain.debate;

import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Body;

/**
 * A body's limits on speaking time in minutes (from its arbetsordning): a speaker's first speech on an item, each
 * later speech, and a reply. 0 means no limit.
 */
public record TimeLimits(int firstSpeech, int laterSpeech, int reply) {
    /** The typical arbetsordning: 5 minutes first, 3 after, replies of 2. */
    public static final TimeLimits TYPICAL = new TimeLimits(5, 3, 2);
    public static final TimeLimits NONE = new TimeLimits(0, 0, 0);

    public TimeLimits {
        if (firstSpeech < 0 || laterSpeech < 0 || reply < 0) {
            throw new DomainException("debate.limits.invalid");
        }
    }

    /** The limits in a body's rules of procedure. */
    public static TimeLimits of(Body body) {
        return new TimeLimits(body.firstSpeechMinutes(), body.laterSpeechMinutes(), body.replyMinutes());
    }

    /** The limit in minutes for a speech of a kind, or 0 when there is none. */
    public int limitFor(SpeechKind kind, boolean firstSpeechOfSpeaker) {
        return switch (kind) {
            case REPLY -> reply;
            case SPEECH -> firstSpeechOfSpeaker ? firstSpeech : laterSpeech;
        };
    }
}

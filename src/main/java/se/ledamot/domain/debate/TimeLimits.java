package se.ledamot.domain.debate;

import se.ledamot.domain.DomainException;

/**
 * A body's limits on speaking time in minutes (from its arbetsordning): a speaker's first speech on an item, each
 * later speech, and a reply.
 */
public record TimeLimits(int firstSpeech, int laterSpeech, int reply) {
    /** The typical arbetsordning: 5 minutes first, 3 after, replies of 2. */
    public static final TimeLimits TYPICAL = new TimeLimits(5, 3, 2);

    public TimeLimits {
        if (firstSpeech < 1 || laterSpeech < 1 || reply < 1) {
            throw new DomainException("debate.limits.invalid");
        }
    }

    public int limitFor(SpeechKind kind, boolean firstSpeechOfSpeaker) {
        return switch (kind) {
            case REPLY -> reply;
            case SPEECH -> firstSpeechOfSpeaker ? firstSpeech : laterSpeech;
        };
    }
}

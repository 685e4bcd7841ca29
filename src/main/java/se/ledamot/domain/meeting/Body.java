package se.ledamot.domain.meeting;

import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;

/**
 * A body that meets: kommunfullmäktige (KF), kommunstyrelsen (KS) or a committee (nämnd). The council is the body
 * where motions, interpellations and questions are put and answered.
 *
 * @param code                 short stable code, upper case: "KF", "KS", "BUN"
 * @param firstSpeechMinutes   time limit of a first speech (anförande) in a debate, 0 when there is none
 * @param laterSpeechMinutes   time limit of each later speech
 * @param replyMinutes         time limit of a reply (replik)
 */
public record Body(String code, String name, boolean council, int firstSpeechMinutes, int laterSpeechMinutes,
        int replyMinutes) {
    public static final String COUNCIL = "KF";
    public static final String EXECUTIVE_BOARD = "KS";

    public Body {
        code = normalize(code);
        name = Limit.BODY_NAME.check(name);
        if (name == null) {
            throw new DomainException("body.name.missing");
        }
        if (firstSpeechMinutes < 0 || laterSpeechMinutes < 0 || replyMinutes < 0) {
            throw new DomainException("body.timeLimit.negative");
        }
    }

    /** "kf " and "KF" are the same body; a blank code, or one too long to be a key, is refused. */
    public static String normalize(String code) {
        return Limit.BODY_CODE.key(code, "body.code.missing");
    }
}

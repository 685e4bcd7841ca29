package se.ledamot.domain.minutes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a motion moved in the debate (yrkande) asks for. The common ones are said in the minutes' set words ("yrkar
 * bifall till kommunstyrelsens förslag"); an amendment or an addition carries its own text.
 */
public enum MotionType {
    /** Bifall till the prepared proposal (the preparing body's förslag till beslut). */
    APPROVE_PROPOSAL('f'),
    /** Bifall till the motion or citizen proposal itself. */
    APPROVE_MATTER('m'),
    /** Avslag. */
    REJECT('a'),
    /** Återremiss, with its reason. */
    REFER_BACK('r'),
    /** Bordläggning. */
    TABLE('b'),
    /** An amendment (ändringsyrkande) or a proposal of the mover's own: the text says what. */
    AMEND('e'),
    /** An addition (tilläggsyrkande): the text says what is added. */
    ADD('t');

    private final char key;

    MotionType(char key) {
        this.key = key;
    }

    /** The letter that picks this type when the secretary records a motion with the keyboard. */
    public char key() {
        return key;
    }

    /** Whether the minutes need the motion's own words: an amendment, an addition, or the reason for a referral. */
    public boolean needsText() {
        return this == AMEND || this == ADD || this == REFER_BACK;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MotionType> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    public static Optional<MotionType> fromKey(char c) {
        char k = Character.toLowerCase(c);
        return Arrays.stream(values()).filter(t -> t.key == k).findFirst();
    }
}

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
    APPROVE_PROPOSAL,
    /** Bifall till the motion or citizen proposal itself. */
    APPROVE_MATTER,
    /** Avslag. */
    REJECT,
    /** Återremiss, with its reason. */
    REFER_BACK,
    /** Bordläggning. */
    TABLE,
    /** An amendment (ändringsyrkande) or a proposal of the mover's own: the text says what. */
    AMEND,
    /** An addition (tilläggsyrkande): the text says what is added. */
    ADD;

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
}

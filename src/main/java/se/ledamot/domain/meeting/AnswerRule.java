package se.ledamot.domain.meeting;

import java.util.Locale;
import se.ledamot.domain.MatterKind;

/**
 * At which council meeting an interpellation or a question is to be answered, counted from the meeting where it is
 * asked (ställs): the one it was handed in for under the body's submission rule.
 */
public enum AnswerRule {
    /**
     * An interpellation "bör besvaras senast under det sammanträde som följer närmast efter det då interpellationen
     * ställdes": the words of the model arbetsordning most councils use (Bollnäs, Mariestad), built on Kommunallagen
     * 5 kap. 59–63 §§, which leave the handling of interpellations to the arbetsordning. The default for
     * interpellations.
     */
    NEXT_MEETING,
    /**
     * At the meeting where it is asked: what most arbetsordningar say of questions ("en fråga bör besvaras under det
     * sammanträde vid vilket den har ställts"), and what many councils do with interpellations handed in early.
     */
    SAME_MEETING;

    /** The rule a body has when it has chosen none: the law's for interpellations, the usual one for questions. */
    public static AnswerRule defaultFor(MatterKind kind) {
        return kind == MatterKind.QUESTION ? SAME_MEETING : NEXT_MEETING;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

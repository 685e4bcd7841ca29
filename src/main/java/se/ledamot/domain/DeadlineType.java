package se.ledamot.domain;

import java.util.Locale;

/** Which rule a deadline comes from, and how early it starts to warn. The code is used in JSON. */
public enum DeadlineType {
    /** A motion should be decided within one year of submission (Kommunallagen 5 kap. 35 §). */
    MOTION_ONE_YEAR(60),
    /** A citizen proposal likewise (8 kap.), by the council or the nämnd it has been left to. */
    CITIZEN_PROPOSAL_ONE_YEAR(60),
    /** A reply date stated in the matter itself, such as a referral's last day for an opinion. */
    REPLY_DATE(14),
    /**
     * An interpellation is answered at the latest at the meeting after the one where it is asked (the arbetsordning,
     * on KL 5 kap. 59–63 §§); a question, or an interpellation where the body so rules, at the meeting where it is
     * asked.
     */
    ANSWER_AT_MEETING(7),
    /** A written answer to an interpellation must reach the asker before the meeting, by the day before. */
    WRITTEN_ANSWER(7);

    private final int warningDays;

    DeadlineType(int warningDays) {
        this.warningDays = warningDays;
    }

    public int warningDays() {
        return warningDays;
    }

    /** Made once: asked for each matter a long list writes or reads. */
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }
}

package se.ledamot.domain;

import java.util.Locale;

/** Which rule a deadline comes from, and how early it starts to warn. */
public enum DeadlineType {
    /** A motion should be decided within one year of submission (Kommunallagen 5 kap. 35 §). */
    MOTION_ONE_YEAR(60),
    /** A reply date stated in the matter itself, such as a referral's last day for an opinion. */
    REPLY_DATE(14),
    /** An interpellation or question is answered at the meeting after its submission. */
    NEXT_MEETING(7),
    /** A written answer to an interpellation must reach the asker before the meeting, by the council's rule. */
    WRITTEN_ANSWER(7);

    private final int warningDays;

    DeadlineType(int warningDays) {
        this.warningDays = warningDays;
    }

    public int warningDays() {
        return warningDays;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

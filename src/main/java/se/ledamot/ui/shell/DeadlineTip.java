package se.ledamot.ui.shell;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import se.ledamot.domain.Deadline;
import se.ledamot.l10n.DeadlineText;

/**
 * A deadline explaining itself where it is shown (the register, an agenda): which deadline and its date, then the
 * rule and the dates it was computed from ({@link DeadlineText}). Long enough to read.
 */
public final class DeadlineTip {
    private static final double WIDTH = 480;

    private DeadlineTip() {
    }

    public static Tooltip of(Deadline deadline) {
        Tooltip tip = new Tooltip(text(deadline));
        tip.setWrapText(true);
        tip.setMaxWidth(WIDTH);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /** "Besvaras vid sammanträdet: 14 december 2026", then how that date was reached. */
    public static String text(Deadline deadline) {
        return DeadlineText.when(deadline) + "\n"
                + DeadlineText.explain(deadline);
    }
}

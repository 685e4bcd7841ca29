package se.ledamot.ui.shell;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import se.ledamot.domain.Deadline;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.l10n.Localization;

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

    /** "Svar vid sammanträdet 2026-12-14", then how that date was reached. */
    public static String text(Deadline deadline) {
        return Localization.get("deadline." + deadline.type().code()) + " " + deadline.date() + "\n"
                + DeadlineText.explain(deadline);
    }
}

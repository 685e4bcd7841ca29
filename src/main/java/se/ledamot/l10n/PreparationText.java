package se.ledamot.l10n;

import se.ledamot.domain.meeting.PreparationStep;

/**
 * One step of a matter's preparation in words, for the report of unfinished motions: "2025-09-22 Remitterad till
 * Kommunstyrelsen", "2026-02-10 Behandlad i BUN § 4: Bifall – Nämnden lämnar yttrande …".
 */
public final class PreparationText {
    private PreparationText() {
    }

    /** The step with its date first. */
    public static String of(PreparationStep step) {
        return step.date() + " " + event(step);
    }

    /** What happened, without the date: for a list that shows the date apart. */
    public static String event(PreparationStep step) {
        return switch (step.event()) {
            case REFERRED -> step.body() == null ? Localization.get("prep.referredNowhere")
                    : Localization.get("prep.referred", step.body());
            case PREPARED -> Localization.get("prep.prepared");
            case HANDLED -> Localization.get("prep.handled", step.body(), step.item())
                    + (step.decision() == null ? "" : ": " + Localization.decision(step.decision()))
                    + (step.text().isEmpty() ? "" : " – " + step.text());
        };
    }
}

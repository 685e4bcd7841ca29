package se.ledamot.ui.sync;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import se.ledamot.domain.sync.SavedBy;
import se.ledamot.l10n.Dates;
import se.ledamot.l10n.Localization;

/**
 * The heading of the other side in the conflict view, with who saved it and when where that is known: "Sparat av
 * Karin Dahl (S) i dag kl. 14.32", "Sparat i ett annat fönster den 3 december kl. 09.05", "Sparat av dig på en annan
 * dator i går kl. 17.40", "På servern, sparat av …".
 * A day and a time are written out as everywhere ({@link Dates}), so English says "today at 14:32".
 */
public final class SavedByWords {
    private SavedByWords() {
    }

    /**
     * @param meanwhile a save met another's (online, or another window), rather than a sync met the server's copy
     * @param clock     the window's clock, for "i dag"; null: every day written out
     */
    static String heading(SavedBy by, boolean meanwhile, Clock clock) {
        if (!by.known()) {
            return Localization.get(meanwhile ? "ui.sync.conflicts.theirs.saved" : "ui.sync.conflicts.theirs");
        }
        return Localization.get(meanwhile ? "ui.sync.conflicts.theirs.savedWho" : "ui.sync.conflicts.theirs.who",
                clock == null ? who(by, ZoneId.systemDefault(), null)
                        : who(by, clock.getZone(), LocalDate.now(clock)));
    }

    /**
     * The choice that keeps the other side, naming it as the heading does: "Behåll den andra datorns" when it was her
     * own save on another computer, "Behåll det andra fönstrets", else "Behåll den andras" or "Behåll serverns".
     */
    static String keepTheirs(SavedBy by, boolean meanwhile) {
        return Localization.get(by.you() ? "ui.sync.conflicts.chooseTheirs.you"
                : by.otherWindow() ? "ui.sync.conflicts.chooseTheirs.window"
                : meanwhile ? "ui.sync.conflicts.chooseTheirs.saved" : "ui.sync.conflicts.chooseTheirs");
    }

    /**
     * The choice that keeps this side: "Behåll min", but where both sides are hers, the one this side is ("Behåll det
     * här fönstrets" online, "Behåll den här datorns" after a sync).
     */
    static String keepMine(SavedBy by, boolean meanwhile) {
        if (!by.you() && !by.otherWindow()) {
            return Localization.get("ui.sync.conflicts.chooseMine");
        }
        return Localization.get(meanwhile ? "ui.sync.conflicts.chooseMine.window" : "ui.sync.conflicts.chooseMine.here");
    }

    /**
     * Who saved and when, as the heading says it after "Sparat": "av Karin Dahl (S) i dag kl. 14.32", "i ett annat
     * fönster i går kl. 09.05", "av dig på en annan dator i dag kl. 14.05"; "" when the store does not know.
     *
     * @param today the window's day, for "i dag"; null: every day written out
     */
    public static String who(SavedBy by, LocalDate today) {
        return who(by, ZoneId.systemDefault(), today);
    }

    private static String who(SavedBy by, ZoneId zone, LocalDate today) {
        if (!by.known()) {
            return "";
        }
        String who = by.otherWindow() ? Localization.get("ui.sync.conflicts.by.window")
                : by.you() ? Localization.get("ui.sync.conflicts.by.you")
                : Localization.get("ui.sync.conflicts.by.person", by.party().isEmpty() ? by.name()
                        : Localization.get("ui.sync.conflicts.person", by.name(), by.party()));
        return by.at() == null ? who : who + " " + when(by, zone, today);
    }

    /** "i dag kl. 14.32", "i går kl. 09.05", "den 3 december kl. 09.05", "den 3 december 2025 kl. 09.05". */
    static String when(SavedBy by, Clock clock) {
        return clock == null ? when(by, ZoneId.systemDefault(), null)
                : when(by, clock.getZone(), LocalDate.now(clock));
    }

    private static String when(SavedBy by, ZoneId zone, LocalDate today) {
        ZonedDateTime at = by.at().atZone(zone);
        String time = Dates.time(at.toLocalTime());
        LocalDate day = at.toLocalDate();
        if (day.equals(today)) {
            return Localization.get("ui.sync.conflicts.at.today", time);
        }
        if (today != null && day.equals(today.minusDays(1))) {
            return Localization.get("ui.sync.conflicts.at.yesterday", time);
        }
        return Localization.get("ui.sync.conflicts.at.day", Dates.running(day, today), time);
    }
}

package se.ledamot.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.ledamot.domain.meeting.CouncilRules;
import se.ledamot.domain.meeting.RuleFields;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.TaskExecutor;

/**
 * Optimistic locking for the settings screen (issue 16.5: two secretaries of the council on one server, or two
 * windows on one folder): the rules as the form was filled from them, or as last sent, which every save is compared
 * with, and the settings both changed waiting for the user's choice. A choice put aside ("Välj senare") is kept on
 * disk too (in a {@link PutAside.Store}), the rules whole: after the window was closed or the program stopped, opening
 * Inställningar asks again. FX thread only.
 */
final class RulesCopy {
    /** The name its choices put aside are kept under. */
    static final String FORM = "settings.rules";
    private static final String KEY = "council";

    private final FormConflicts.Save<CouncilRules> save;
    private CouncilRules copy;
    private final FormConflicts<CouncilRules> stale = new FormConflicts<>("council_rules", RuleConflicts::readable);

    /**
     * @param putAside where a choice put aside is kept, {@code rows} how the rules are kept whole there
     * @param read     the rules as stored now (in the lane)
     * @param save     how the rules are stored against the copy they were changed from
     */
    RulesCopy(PutAside.Store putAside, PutAside.Rows<CouncilRules> rows, TaskExecutor lane,
            Supplier<CouncilRules> read, FormConflicts.Save<CouncilRules> save) {
        this.save = save;
        stale.keepIn(new KeptAside<>(putAside, FORM, lane, k -> Optional.of(read.get()),
                KeptAside.Typed.whole(rows, (k, b, m, s) -> RuleFields.of(b, m, s)),
                (k, b, m, s) -> RuleFields.of(b, m, s)));
    }

    /**
     * The settings put aside before (in a window since closed, or before a crash), met with the rules as stored now
     * and asked again, once, after the rules were read: {@code shown} gets what the form is to show (this side's
     * values in the settings asked), {@code say} the line.
     */
    void askKept(Consumer<CouncilRules> shown, Consumer<String> say) {
        stale.askKept(save, "settings.conflict.keptAside", () -> {
            if (stale.waits(KEY) && copy != null) {
                CouncilRules read = copy;
                copy = stale.copyOf(KEY, read);
                shown.accept(stale.keepAsked(KEY, read));
            }
            return false;
        }, say);
    }

    /** Shows the choice on the rules that waits in the conflict view again; true when none waits. */
    boolean ask() {
        return stale.ask();
    }

    /** The rules whose choice waits, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    /**
     * The rules were read: the copy, true. False while a choice waits: the copy stays as both sides started, and the
     * form as it is (this side's values are what the choice is made against).
     */
    boolean read(CouncilRules rules) {
        if (stale.waits(KEY)) {
            return false;
        }
        copy = rules;
        return true;
    }

    /** A save of {@code next} starts: the copy it is compared with. The copy moves on to what is sent at once. */
    CouncilRules sending(CouncilRules next) {
        CouncilRules base = copy;
        copy = next;
        return base;
    }

    /**
     * The save came back: what the form is to show (the other's settings in it; this side's where a choice waits,
     * which the conflict view asks now), or null when what was sent is what is stored.
     */
    CouncilRules saved(CouncilRules base, CouncilRules next, RowMerge<CouncilRules> merge) {
        CouncilRules nextCopy = copy == next ? merge.nextBase(base) : copy;
        if (merge.conflicts().isEmpty()) {
            stale.saved(KEY);
        }
        CouncilRules shown = !merge.conflicts().isEmpty()
                ? stale.met(KEY, base, next, merge, Localization.get("settings.conflict.title"))
                : merge.merged().equals(next) ? null : merge.merged();
        copy = nextCopy;
        return shown;
    }

    /** The save failed: the next one is compared with the copy this one was. */
    void failed(CouncilRules base, CouncilRules next) {
        copy = copy == next ? base : copy;
    }

    /** The user chose for one setting: the rules as typed, with the stored value if so chosen; null if not ours. */
    CouncilRules choose(Conflict c, Resolution choice, CouncilRules typed) {
        return stale.waits(KEY) ? stale.choose(c, choice, typed) : null;
    }

    /** Once every setting is chosen, true: the copy holds the stored values, so the next save sends the choices. */
    boolean settled() {
        FormConflicts.Settled<CouncilRules> next = stale.settled(KEY, copy);
        if (next != null) {
            copy = next.copy();
        }
        return next != null;
    }

    void onConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    /**
     * Rules that came back from a save of {@code sent}, with what was typed since put over them: a setting typed
     * since stays as typed (the next save compares it).
     */
    static CouncilRules keepingTyped(CouncilRules rules, CouncilRules sent, CouncilRules typed) {
        RowMerge<CouncilRules> since = RowMerge.of(sent, typed, rules, RuleFields.of(sent, typed, rules));
        CouncilRules shown = since.merged();
        for (RowField<CouncilRules> f : since.conflicts()) {
            shown = f.take().apply(shown, typed);
        }
        return shown;
    }
}

package se.ledamot.ui.minutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The settings the papers are made with, in the window: the council's logo (its name, shown beside, is Inställningar's
 * and changed there: one name for papers and screens), the notice board and where the minutes are kept, and for the
 * body of the chosen meeting its chair and vice chairs, secretary, public access, webcast, number of justerare, and its
 * members and substitutes (one "Namn (PARTI)" a line). Saved with one action, and when typing pauses, in the
 * background in the Protokoll screen's lane; a refusal stores nothing and says why, a failed write keeps what was
 * typed.
 */
public final class PaperSettingsViewModel {
    private final AppContext context;
    /** The Protokoll screen's lane: the settings are stored after, and read before, its other work. */
    private final TaskExecutor lane;
    private final Debouncer pause;
    private final PaperService papers;
    private final ReadOnlyStringWrapper error;
    /** The tab's own line: a settings message under the other tabs read as theirs (walk15). */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper council = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bodyName = new ReadOnlyStringWrapper("");
    private final PaperSettingsForm form = new PaperSettingsForm();

    private Body body;
    private Logo logo;
    /** The fields as last filled from, or sent to, the store: what differs from it is typed and not yet stored. */
    private List<Object> filled = List.of();
    /** What the settings said last on Protokoll's line (a refusal, a failed save): a pause's store takes it away. */
    private String said = "";

    PaperSettingsViewModel(AppContext context, TaskExecutor lane, ReadOnlyStringWrapper error) {
        this.context = context;
        this.lane = lane;
        this.papers = context.services().papers();
        this.error = error;
        var putAside = context.services().putAside();
        this.kept = new PaperSettingsConflicts(putAside, putAside.rows(PaperSettings.class), lane,
                context.services().bodies()::find, papers::settings, papers::saveSettings);
        this.stale = kept.stale();
        this.pause = context.newDebouncer();
        form.onChange(this::changed);
    }

    /**
     * Stored when typing pauses too, as in the editor: a crash loses nothing typed before the pause. Only into the
     * body typed for (another's meeting chosen meanwhile was handed it), not while a choice waits on it.
     */
    private void changed() {
        String typedFor = key();
        pause.schedule(() -> {
            if (typedFor.equals(key()) && typed() && !stale.waits(typedFor)) {
                save(() -> { }, true);
            }
        });
    }

    /** The row key of the settings shown: the body's code (a choice waits per body). */
    private String key() {
        return kept.key(body);
    }

    /** The settings as the form was filled from them (or as last sent): what a save is compared with. */
    private PaperSettings copy = PaperSettings.empty();
    private final PaperSettingsConflicts kept;
    private final FormConflicts<PaperSettings> stale;

    /** @param council the council's name, as Inställningar holds it */
    record Stored(PaperSettings settings, Body body, String council) {
    }

    /** Reads the settings, with the body that holds the meeting; runs in the background. */
    Stored read(String bodyCode) {
        return new Stored(papers.settings(), context.services().bodies().find(bodyCode).orElse(null),
                context.services().settings().councilName());
    }

    /** Shows settings read by {@link #read}, with the part of the body that holds the meeting: the form's copy. */
    void show(Stored stored) {
        council.set(stored.council());
        if (typed() && sameBody(stored.body())) {
            // Typed and not stored yet (the screen shown again, a meeting of the same body chosen): it stays.
            return;
        }
        String k = kept.key(stored.body());
        if (stale.waits(k)) {
            // A choice put aside waits on these settings: the copy as both sides found them, the form her values.
            copy = stale.copyOf(k, stored.settings());
            fill(new Stored(stale.keepAsked(k, stored.settings()), stored.body(), stored.council()));
            return;
        }
        copy = stored.settings();
        fill(stored);
    }

    private void fill(Stored stored) {
        PaperSettings s = stored.settings();
        logo = s.logo();
        logoName.set(Localization.get(logo == null ? "minutes.ui.settings.noLogo" : "minutes.ui.settings.hasLogo"));
        body = stored.body();
        bodyName.set(body == null ? "" : body.name());
        form.fill(s, body);
        filled = values();
    }

    private boolean sameBody(Body other) {
        return body == null ? other == null : other != null && body.code().equals(other.code());
    }

    /** The form's fields, to tell whether something was typed since they were filled or sent; the logo last. */
    private List<Object> values() {
        List<Object> values = new java.util.ArrayList<>(form.values());
        values.add(logo);
        return values;
    }

    /** Fills the form with a save's answer, keeping what was typed since the save was sent ({@code sent}). */
    private void refill(Stored answer, List<Object> sent) {
        List<Object> now = values();
        String logoNow = logoName.get();
        fill(answer);
        form.keepTypedSince(sent, now);
        if (!java.util.Objects.equals(now.getLast(), sent.getLast())) {
            logo = (Logo) now.getLast();
            logoName.set(logoNow);
        }
    }

    /**
     * Whether a field holds what is not stored: the screen stores it when left, and before a paper is written, as
     * the rest of the window stores what is typed without a button.
     */
    public boolean typed() {
        return !values().equals(filled);
    }

    /** Stores what is typed and not stored yet; false (and said why) when a field does not make sense. */
    public boolean flush() {
        return !typed() || save(() -> { });
    }

    /** The choices on the settings that wait, as the conflict view shows them. */
    List<Conflict> waiting() {
        return stale.waiting();
    }

    /** Runs {@code then} once what is typed is stored (at once when nothing is); not when it cannot be stored. */
    public void storedThen(Runnable then) {
        if (!typed()) {
            then.run();
        } else {
            save(then);
        }
    }

    /** Asks for a PNG or JPEG file to print at the head of every paper. */
    public void chooseLogo() {
        List<Path> files = context.dialogs().chooseFilesToOpen(Localization.get("minutes.ui.settings.logo"),
                Localization.get("minutes.ui.settings.logoFilter"), "png", "jpg", "jpeg");
        if (files.isEmpty()) {
            return;
        }
        try {
            logo = Logo.of(Files.readAllBytes(files.getFirst()));
            logoName.set(files.getFirst().getFileName().toString());
            error.set("");
            changed();
        } catch (IOException e) {
            error.set(Localization.get("cli.papers.logoUnreadable", files.getFirst()));
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeLogo() {
        logo = null;
        logoName.set(Localization.get("minutes.ui.settings.noLogo"));
        changed();
    }

    /**
     * Stores every setting at once in the background, then runs {@code saved}. False (and said why) when a field does
     * not make sense; a failed write keeps what was typed and says why.
     */
    public boolean save(Runnable saved) {
        return save(saved, false);
    }

    /** As {@link #save(Runnable)}; {@code quiet} at a pause in typing: a save that asks nothing says nothing. */
    private boolean save(Runnable saved, boolean quiet) {
        Body of = body;
        PaperSettings base = copy;
        PaperSettings mine;
        try {
            mine = form.typed(base, logo, body);
        } catch (RuntimeException e) {
            error.set(said = Errors.describe(e));
            return false;
        }
        // Compared with the copy the form was filled from (issue 16.5); the copy moves on to what is sent at once.
        copy = mine;
        List<Object> sent = values();
        BackgroundTask.of(p -> papers.saveSettings(base, mine, of)).onSuccess(merge -> {
            filled = sent;
            PaperSettings next = copy == mine ? merge.nextBase(base) : copy;
            if (!merge.conflicts().isEmpty()) {
                refill(new Stored(stale.met(kept.key(of), base, mine, merge, PaperSettingsConflicts.title(of)), of,
                        council.get()), sent);
            } else {
                stale.saved(kept.key(of));
            }
            if (merge.conflicts().isEmpty() && !merge.merged().equals(mine)) {
                refill(new Stored(merge.merged(), of, council.get()), sent);
            }
            copy = next;
            if (!quiet || error.get().equals(said)) { // the line is Protokoll's: another form's words stay
                error.set("");
            }
            if (!quiet || !merge.conflicts().isEmpty()) {
                status.set(merge.conflicts().isEmpty() ? Localization.get("minutes.ui.settings.saved")
                        : Localization.get("minutes.ui.settings.savedButAsked", merge.conflicts().size()));
            }
            saved.run();
        }).onFailure(e -> {
            copy = copy == mine ? base : copy;
            error.set(said = Localization.get("minutes.ui.settings.saveFailed", Errors.describe(e)));
        }).executeWith(lane);
        return true;
    }

    /**
     * The settings put aside before (in a window since closed, or before a crash), met with the settings as stored
     * now and asked again, once: the body shown, when it is one of them and nothing was typed, shows her values;
     * {@code say} gets the line (Protokoll's, which the meeting's first read does not wipe).
     */
    void askKept(Consumer<String> say) {
        stale.askKept(kept::saveKept, "minutes.ui.settings.keptAside", () -> {
            if (stale.waits(key()) && !typed()) {
                PaperSettings storedNow = copy;
                copy = stale.copyOf(key(), storedNow);
                fill(new Stored(stale.keepAsked(key(), storedNow), body, council.get()));
            }
            return false;
        }, say);
    }

    /** The settings whose choice waits, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    /**
     * The user chose in the conflict view; once every field is chosen the form is saved again with the choice. A
     * choice for the settings of a body not shown (a meeting of another body chosen since) is made on the values kept
     * and stored in the background.
     */
    public void choose(Conflict c, Resolution choice, Runnable after) {
        try {
            boolean here = c.key().equals(key());
            PaperSettings shown = !stale.waits(c.key()) ? null
                    : stale.choose(c, choice, here ? form.typed(copy, logo, body) : stale.kept(c.key()));
            if (shown != null && here) {
                fill(new Stored(shown, body, council.get()));
            }
            FormConflicts.Settled<PaperSettings> next = shown == null ? null
                    : stale.settled(c.key(), here ? copy : null);
            if (next != null && here) {
                copy = next.copy();
                save(() -> { });
            } else if (next != null) {
                stale.storeAside(c.key(), next, c.title(), kept::saveKept, lane, () -> { },
                        e -> error.set(Localization.get("minutes.ui.settings.saveFailed", Errors.describe(e))));
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
        after.run();
    }

    public void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    /** The council's name the papers print: Inställningar's, shown here to read. */
    public ReadOnlyStringProperty council() {
        return council;
    }

    public ReadOnlyStringProperty logoName() {
        return logoName.getReadOnlyProperty();
    }

    public StringProperty noticeBoard() {
        return form.noticeBoard;
    }

    public StringProperty minutesKept() {
        return form.minutesKept;
    }

    public ReadOnlyStringProperty bodyName() {
        return bodyName.getReadOnlyProperty();
    }

    public StringProperty chair() {
        return form.chair;
    }

    /** The first vice ordförande, who presides when the ordförande is away (5 kap. 11 § kommunallagen). */
    public StringProperty firstVice() {
        return form.firstVice;
    }

    public StringProperty secondVice() {
        return form.secondVice;
    }

    /** What is odd in the chairs typed (one named twice, one not a ledamot), said as it is typed; empty if nothing. */
    public StringBinding chairsNotice() {
        return form.chairsNotice;
    }

    public StringProperty secretary() {
        return form.secretary;
    }

    public BooleanProperty publicMeeting() {
        return form.publicMeeting;
    }

    public StringProperty webcast() {
        return form.webcast;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public IntegerProperty adjusters() {
        return form.adjusters;
    }

    public StringProperty members() {
        return form.members;
    }

    public StringProperty substitutes() {
        return form.substitutes;
    }
}

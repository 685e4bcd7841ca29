package se.ledamot.ui.minutes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.PaperFields;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.domain.sync.PutAside;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The papers' settings' choices that wait (issue 16.5), per body: a save compares the council's fields and those of
 * the body of the meeting shown, so a choice is kept under that body's code, and put back (after a restart too) on
 * the council's and that body's fields. Kept on disk as the settings whole ({@link KeptAside.Typed#whole}).
 */
final class PaperSettingsConflicts {
    /** Where a choice put aside is kept. */
    static final String FORM = "minutes.settings";
    /** The key of the council's part alone: the meeting shown was of no known body. */
    private static final String NO_BODY = "-";

    /** How the settings are stored: changed from the copy {@code base}, compared on the council's and a body's. */
    interface Save {
        RowMerge<PaperSettings> save(PaperSettings base, PaperSettings mine, Body body);
    }

    private final Function<String, Optional<Body>> findBody;
    private final Supplier<PaperSettings> read;
    private final Save save;
    /** The bodies of the settings shown or kept, by key: their fields are the council's and that body's. */
    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final FormConflicts<PaperSettings> stale = new FormConflicts<>("paper_settings",
            (c, b, m, t) -> MinutesConflicts.readable(c, bodies.get(c.key()), b, m, t));

    /**
     * @param putAside where a choice put aside is kept, {@code rows} how the settings are kept whole there
     * @param findBody a body by its code (in the lane), {@code read} the settings as stored now (in the lane)
     */
    PaperSettingsConflicts(PutAside.Store putAside, PutAside.Rows<PaperSettings> rows, TaskExecutor lane,
            Function<String, Optional<Body>> findBody, Supplier<PaperSettings> read, Save save) {
        this.findBody = findBody;
        this.read = read;
        this.save = save;
        stale.keepIn(new KeptAside<>(putAside, FORM, lane, this::storedFor, KeptAside.Typed.whole(rows, this::fields),
                this::fields));
    }

    FormConflicts<PaperSettings> stale() {
        return stale;
    }

    /** The key a choice on the settings of {@code body} (null: no known body) waits under; the body is noted. */
    String key(Body body) {
        if (body == null) {
            return NO_BODY;
        }
        bodies.put(body.code(), body);
        return body.code();
    }

    /** The heading of a choice on the settings, naming the body whose they are. */
    static String title(Body of) {
        return of == null ? Localization.get("minutes.ui.settings.title")
                : Localization.get("minutes.ui.settings.titleOf", of.name());
    }

    /** The settings as stored now, for a choice kept under {@code key} (in the lane): empty when its body is gone. */
    private Optional<PaperSettings> storedFor(String key) {
        Optional<Body> of = NO_BODY.equals(key) ? Optional.empty() : findBody.apply(key);
        of.ifPresent(this::key);
        return of.isPresent() || NO_BODY.equals(key) ? Optional.of(read.get()) : Optional.empty();
    }

    private List<RowField<PaperSettings>> fields(String key, PaperSettings base, PaperSettings mine,
            PaperSettings stored) {
        return PaperFields.of(bodies.get(key));
    }

    /** Stores settings kept aside (in the lane), compared on the fields of the body whose settings she changed. */
    RowMerge<PaperSettings> saveKept(PaperSettings base, PaperSettings mine) {
        Body changed = bodies.values().stream().filter(b -> !base.of(b).equals(mine.of(b))).findFirst().orElse(null);
        return save.save(base, mine, changed);
    }
}

package se.ledamot.ui.meetings;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.StandardItem;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PutAsideService;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.sync.FormConflicts;
import se.ledamot.ui.sync.KeptAside;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.Debouncer;
import se.ledamot.ui.task.TaskExecutor;

/**
 * The heading (of a free-text item) and the förslag till beslut of the agenda item chosen, as the secretary corrects
 * them while preparing the föredragningslista. Stored in the lane against the copy of the item they were typed over
 * (optimistic locking, issue 16.5): what another secretary saved meanwhile in another text stays, and the same text
 * changed by both waits for the user's choice in the conflict view. What is typed is stored when typing pauses,
 * "Spara punkten" is pressed, another item is chosen or the screen is left; a text whose save failed is kept for its
 * item and shown again with it. A choice put aside ("Välj senare") is kept durably too ({@link PutAsideService}): after the window
 * was closed or the program stopped, opening Sammanträden asks again.
 */
final class AgendaItemTextsViewModel {
    /** The name its choices put aside are kept under. */
    static final String FORM = "meetings.texts";
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final Runnable stored;
    private final FormConflicts<AgendaItem> stale = new FormConflicts<>("agenda_item", (c, base, mine, theirs) -> c);
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty proposal = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper chosen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper freeText = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proposalPrompt = new ReadOnlyStringWrapper("");
    /** What the form says while no item's texts are shown: choose one, or what the standard item chosen is. */
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(Localization.get("meeting.ui.item.choose"));
    /** Texts whose save failed, and the copy they were typed over. */
    private record Unsaved(AgendaItem base, AgendaItem mine) {
    }

    /** Per item, the texts whose save failed: shown again with the item, and stored from there. */
    private final Map<Long, Unsaved> unsaved = new HashMap<>();
    /** The item chosen, as last shown; null when none. */
    private AgendaItem item;
    private String title = "";
    /** The copy the next save is made from; it moves on to what is sent at once. */
    private AgendaItem copy;
    /** The texts as stored or handed over (null: still to be stored): the form differs when something was typed. */
    private String storedHeading = "";
    private String storedProposal = "";
    /** The heading of the matter item chosen, as the agenda shows it. */
    private String matterHeading = "";
    /** The body's standard item the item chosen is ("Val av justerare"), or null. */
    private StandardItem standard;
    /** Saves handed over and not yet ended: a read does not replace what they will store. */
    private int saving;

    /** @param stored told when a save has ended, so that the agenda is read again (an item's heading in the list) */
    AgendaItemTextsViewModel(MeetingService meetings, PutAsideService putAside, TaskExecutor lane, Debouncer pause,
            Runnable stored) {
        this.meetings = meetings;
        this.lane = lane;
        this.stored = stored;
        stale.keepIn(new KeptAside<>(putAside, FORM, lane, k -> meetings.item(Long.parseLong(k)),
                KeptAside.Typed.asText(AgendaItem::withField), (k, b, m, s) -> AgendaItem.FIELDS));
        // Stored when typing pauses too, as in the editor: a crash loses nothing typed before the pause. Only into
        // the item typed for (another chosen meanwhile was handed it on leaving; Partigrupp stored S's typing into
        // V's), and not while a choice waits on it: the conflict view would come back at every pause.
        ChangeListener<String> typing = (o, was, now) -> {
            Long typedFor = item == null ? null : item.id();
            pause.schedule(() -> {
                if (item != null && item.id().equals(typedFor) && typed() && !stale.waits(key(item))) {
                    save();
                }
            });
        };
        heading.addListener(typing);
        proposal.addListener(typing);
    }

    /**
     * The texts put aside before (in a window since closed, or before a crash), met with the items as stored now and
     * asked again in the conflict view, once; the item shown, when it is one of them and nothing was typed over it,
     * shows the texts typed then. Texts kept for an item taken off the agenda since are forgotten, and the line says
     * what they were.
     */
    void askKept() {
        stale.askKept(meetings::saveItem, "meeting.ui.item.keptAside", () -> {
            if (item != null && stale.waits(key(item)) && !typed() && saving == 0) {
                copy = stale.copyOf(key(item), item);
                AgendaItem asked = stale.keepAsked(key(item), item);
                fill(asked, asked);
            }
            stored.run();
            return false;
        }, error::set);
    }

    /**
     * Shows the texts of an item (or none) after handing over what was typed for the one before. The same item read
     * again keeps what was typed and what a save still on its way will store; a text whose choice waits in the
     * conflict view is shown as typed here, still to be stored (leaving the item asks again).
     */
    void show(AgendaRow shown) {
        AgendaRow row = shown == null || shown.item() == null ? null : shown; // a standard item not on the agenda
        boolean same = row != null && item != null && row.item().id().equals(item.id());
        if (same && (typed() || saving > 0)) {
            return;
        }
        if (!same && typed()) {
            save();
        }
        item = row == null ? null : row.item();
        chosen.set(item != null);
        hint.set(shown != null && shown.item() == null ? Localization.get("meeting.ui.item.standard", shown.heading())
                : Localization.get("meeting.ui.item.choose"));
        freeText.set(item != null && item.isFreeText());
        error.set("");
        matterHeading = row == null ? "" : row.heading();
        standard = row == null ? null : row.standard();
        // No item to fill in (none chosen, or a standard item the agenda does not hold): the greyed field shows no
        // example, the hint above says why (walk22: it showed the general "Kommunstyrelsen föreslår …" under Upprop).
        proposalPrompt.set(row == null ? ""
                : proposalPrompt(row.matter() == null ? null : row.matter().kind(), row.item().text()));
        if (item == null) {
            fill(null, null);
            return;
        }
        title = row.label() + "  " + row.heading();
        String key = key(item);
        Unsaved failed = unsaved.remove(item.id());
        copy = failed != null ? failed.base() : stale.copyOf(key, item);
        // A text whose choice waits counts as handed over: leaving the item does not save it again; it is asked.
        AgendaItem asked = stale.keepAsked(key, item);
        fill(failed != null ? failed.mine() : asked, failed != null ? item : asked);
        if (!same && stale.waits(key)) {
            // Back on an item whose choice was put aside: this side's texts are shown, and asked again.
            error.set(Localization.get("meeting.ui.item.waits"));
            stale.ask();
        }
    }

    /** Puts {@code shown}'s texts on screen; {@code stored}'s are what counts as not typed. */
    private void fill(AgendaItem shown, AgendaItem stored) {
        storedHeading = headingOf(stored);
        storedProposal = stored == null ? "" : stored.proposal();
        heading.set(headingOf(shown));
        proposal.set(shown == null ? "" : shown.proposal());
    }

    /** A free-text item's own heading; a matter's item is headed by the matter's title. */
    private String headingOf(AgendaItem i) {
        return i == null ? "" : i.isFreeText() ? shown(i.text()) : matterHeading;
    }

    /**
     * A standard item's heading as stored (Swedish, as the papers print it) in the window's language, as the agenda's
     * list says it (english27: the English field read "Val av justerare och tid för justering"); any other as typed.
     */
    private String shown(String text) {
        return Kallelse.title(standard, text);
    }

    /** {@code i} with the heading on screen: the text it has while that is still its heading as shown, else typed. */
    private AgendaItem withHeading(AgendaItem i) {
        return i.isFreeText() && !heading.get().equals(shown(i.text())) ? i.withText(heading.get()) : i;
    }

    /** Whether the texts on screen differ from what is stored or handed over. */
    boolean typed() {
        return item != null && (!heading.get().equals(storedHeading) || !proposal.get().equals(storedProposal));
    }

    /** Hands the texts on screen over to be stored; a text the item cannot hold is refused at once, and said. */
    void save() {
        if (item == null) {
            return;
        }
        AgendaItem base = copy;
        AgendaItem mine;
        try {
            mine = withHeading(base).withProposal(proposal.get());
        } catch (DomainException e) {
            error.set(Localization.message(e));
            return;
        }
        error.set("");
        copy = mine;
        storedHeading = heading.get();
        storedProposal = proposal.get();
        saving++;
        long id = mine.id();
        String key = key(mine);
        String heading = title;
        BackgroundTask.of(p -> meetings.saveItem(base, mine)).onSuccess(merge -> {
            saving--;
            boolean here = item != null && item.id() == id;
            if (here && copy == mine) {
                copy = merge.nextBase(base);
            }
            if (merge.conflicts().isEmpty()) {
                stale.saved(key);
            } else {
                AgendaItem asked = stale.met(key, base, mine, merge, heading);
                if (here && !typed()) {
                    item = merge.merged();
                    fill(asked, asked);
                }
            }
            stored.run();
        }).onFailure(e -> {
            saving--;
            error.set(Localization.get("meeting.ui.item.saveFailed", Errors.describe(e)));
            if (item != null && item.id() == id) {
                copy = copy == mine ? base : copy;
                storedHeading = null;
            } else {
                unsaved.putIfAbsent(id, new Unsaved(base, mine));
            }
        }).executeWith(lane);
    }

    /**
     * Hands what was typed over (the screen is left, or the window closes); false while a text is not stored: its
     * save failed, or an item waits for a choice in the conflict view (asked again).
     */
    boolean flush() {
        if (typed()) {
            save();
        }
        return stale.ask() && unsaved.isEmpty();
    }

    /**
     * The user chose in the conflict view: the stored text, this one or the merged text comes on screen; once every
     * text is chosen it is stored over what is stored now. An item not shown (its choice put aside) is stored from the
     * texts kept for it.
     */
    void choose(Conflict c, Resolution choice, String merged, Runnable after) {
        if (stale.waits(c.key())) {
            boolean shown = item != null && key(item).equals(c.key());
            AgendaItem values = shown ? withHeading(item).withProposal(proposal.get()) : stale.kept(c.key());
            AgendaItem picked = choice == Resolution.MERGED
                    ? stale.choose(c, Resolution.MINE, values.withLongText(c.field(), merged))
                    : stale.choose(c, choice, values);
            FormConflicts.Settled<AgendaItem> next = stale.settled(c.key(), shown ? copy : null);
            if (shown) {
                heading.set(picked.isFreeText() ? shown(picked.text()) : heading.get());
                proposal.set(picked.proposal());
                error.set("");
            }
            if (next != null && shown) {
                copy = next.copy();
                save();
            } else if (next != null) {
                stale.storeAside(c.key(), next, c.title(), meetings::saveItem, lane, stored,
                        e -> error.set(Localization.get("meeting.ui.item.saveFailed", Errors.describe(e))));
            }
        }
        after.run();
    }

    /** The items whose texts wait for a choice put aside, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return stale.waitingAside();
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        stale.onConflicts = show;
    }

    private static String key(AgendaItem i) {
        return String.valueOf(i.id());
    }

    StringProperty heading() {
        return heading;
    }

    StringProperty proposal() {
        return proposal;
    }

    /** Whether an item is chosen, so its texts can be edited. */
    ReadOnlyBooleanProperty chosen() {
        return chosen.getReadOnlyProperty();
    }

    ReadOnlyStringProperty hint() {
        return hint.getReadOnlyProperty();
    }

    /** Whether the item chosen is a free-text item, whose heading is its own (a matter's is the matter's title). */
    ReadOnlyBooleanProperty freeText() {
        return freeText.getReadOnlyProperty();
    }

    /** The last refusal or failure, in words; empty when the last save went through. */
    /** The example shown in an empty förslag till beslut, in the words of the item chosen. */
    ReadOnlyStringProperty proposalPrompt() {
        return proposalPrompt.getReadOnlyProperty();
    }

    /**
     * A motion is approved, a remiss answered, an interpellation answered, another item (kind null: free text)
     * decided: the example in the item's own words, as Protokoll's decision has it. A standard item has its own
     * ("Val av justerare": who checks the minutes), or none where nothing is proposed (Upprop, Allmänhetens
     * frågestund): "Kommunstyrelsen föreslår …" is not how the chair opens those.
     *
     * @param heading a free-text item's heading, null for a matter's item
     */
    static String proposalPrompt(MatterKind kind, String heading) {
        var standard = kind == null ? StandardItem.Kind.named(heading) : Optional.<StandardItem.Kind>empty();
        if (standard.isPresent()) {
            return NO_PROPOSAL.contains(standard.get()) ? "" : Localization.get("meeting.ui.item.proposal.prompt",
                    Localization.get("meeting.ui.item.proposal.example." + standard.get().code()));
        }
        String example = kind == null ? "item" : kind.hasProposals() ? "proposal"
                : kind == MatterKind.REFERRAL ? "referral" : kind.hasAddressee() ? "answer" : "item";
        String definite = Grammar.definite(kind);
        return Localization.get("meeting.ui.item.proposal.prompt", Localization.get(
                "meeting.ui.item.proposal.example." + example,
                example.equals("answer") ? definite : definite.toLowerCase(Localization.locale())));
    }

    /** Standard items on which nothing is proposed or decided: their förslag till beslut shows no example. */
    private static final Set<StandardItem.Kind> NO_PROPOSAL = EnumSet.of(
            StandardItem.Kind.ROLL_CALL, StandardItem.Kind.PUBLIC_QUESTIONS);

    ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}

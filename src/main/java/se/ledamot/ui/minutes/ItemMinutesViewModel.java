package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.task.BackgroundTask;
import se.ledamot.ui.task.TaskExecutor;

/**
 * What the minutes record of the chosen item, written live during the meeting: the motions moved (yrkanden), which
 * proposal the chair found carried, the vote, the reservations, the notes, and the decision's wording.
 * <p>
 * Reads and writes run in the screen's lane, after the writes before them (the attendance the record is checked
 * against included), so the FX thread never waits for the disk. A change is checked by the domain at once (a refusal
 * is said and hands nothing over), shown at once, and stored whole in the background; the form is emptied for the
 * next line. A write that fails is said, the lists go back to what is stored, and what was typed is put back in the
 * form. The decision's wording is kept by a {@link DecisionWordingViewModel}.
 */
public final class ItemMinutesViewModel {
    private final PaperService papers;
    private final MeetingService meetings;
    private final TaskExecutor lane;
    private final ObservableList<Attendee> attendees;
    private final ReadOnlyStringWrapper error;
    private final VoteForm vote = new VoteForm();
    private final ItemForms forms = new ItemForms();
    private final DecisionWordingViewModel decision;

    private final ReadOnlyObjectWrapper<MinutesViewModel.EntryRow> entry = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MovedMotion> motions = FXCollections.observableArrayList();
    private final ObservableList<String> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> carried = new SimpleObjectProperty<>();
    private final ObservableList<Reservation> reservations = FXCollections.observableArrayList();
    private final ObservableList<MinutesNote> notes = FXCollections.observableArrayList();

    /** The record as shown: what is stored and the changes handed over after it; null until it is read. */
    private ItemMinutes current;
    /** The record of the item shown as last read or written: shown again when a write fails. */
    private ItemMinutes stored;
    /** Per item, the changes handed over and not yet ended: a read does not replace what they will store. */
    private final Map<Long, Integer> pending = new HashMap<>();
    private boolean showing;

    ItemMinutesViewModel(AppContext context, TaskExecutor lane, ObservableList<Attendee> attendees,
            ReadOnlyStringWrapper error) {
        this.papers = context.services().papers();
        this.lane = lane;
        this.attendees = attendees;
        this.error = error;
        this.meetings = context.services().meetings();
        this.decision = new DecisionWordingViewModel(meetings, lane, error);
        carried.addListener((o, was, now) -> {
            if (!showing && current != null && !Objects.equals(now, current.carried())) {
                change(m -> m.withOrder(m.order(), now), () -> { });
            }
        });
    }

    /**
     * Shows an item's record, read in the lane; a standard item not on the agenda has none to keep. The wording typed
     * for the item shown until now is stored first. The same item shown again (the screen read again) keeps what is on
     * screen until the read comes back.
     */
    void show(MinutesViewModel.EntryRow row) {
        AgendaItem item = row == null ? null : row.item();
        boolean same = item != null && shownItem() == item.id();
        decision.show(item);
        entry.set(row);
        if (!same) {
            vote.leave(current);
            stored = null;
            display(null);
            vote.show(null, deciding());
        }
        if (item != null) {
            read(item.id(), true);
        }
    }

    /** An item's record and its decision's wording, as stored. */
    private record Read(ItemMinutes minutes, String wording) {
    }

    /**
     * Reads an item's record in the lane and shows it: at once when none is shown yet, otherwise only when no change
     * made since is still to be stored (it will store a newer record than this read).
     */
    private void read(long itemId, boolean sayFailure) {
        BackgroundTask.of(p -> new Read(Objects.requireNonNullElse(papers.itemMinutes(itemId),
                ItemMinutes.empty(itemId)), meetings.item(itemId)
                .map(AgendaItem::decisionText).orElse(""))).onSuccess(read -> {
            boolean first = current == null;
            if (shownItem() != itemId || !first && pending.getOrDefault(itemId, 0) > 0) {
                return;
            }
            decision.read(itemId, read.wording());
            stored = read.minutes();
            display(stored);
            if (first) {
                vote.show(itemId, stored.vote(), deciding());
            } else {
                vote.follow(deciding());
            }
        }).onFailure(e -> {
            if (sayFailure) {
                error.set(Errors.describe(e));
            }
        }).executeWith(lane);
    }

    private void refresh() {
        showing = true;
        try {
            motions.setAll(current == null ? List.of() : current.motions());
            List<String> labels = new ArrayList<>();
            labels.add(Localization.get("minutes.ui.carried.proposal"));
            for (int i = 0; i < motions.size(); i++) {
                labels.add((i + 1) + ". " + motions.get(i).by().display());
            }
            proposals.setAll(labels);
            carried.set(current == null ? null : current.carried());
            reservations.setAll(current == null ? List.of() : current.reservations());
            notes.setAll(current == null ? List.of() : current.notes());
        } finally {
            showing = false;
        }
    }

    private List<Person> deciding() {
        return new Attendance(List.copyOf(attendees)).deciding().stream().map(Attendee::person).toList();
    }

    private long shownItem() {
        MinutesViewModel.EntryRow row = entry.get();
        return row == null || row.item() == null ? -1 : row.item().id();
    }

    /**
     * Checks a change against the attendance, shows it and hands it to the lane. False (and said why) when the domain
     * refuses it: nothing is then handed over. When the write fails, {@code failed} runs, the record last stored is
     * shown again and read once more (the truth, after the writes queued behind it).
     */
    private boolean change(UnaryOperator<ItemMinutes> how, Runnable failed) {
        if (current == null) {
            return false;
        }
        ItemMinutes next;
        try {
            next = how.apply(current);
            if (!attendees.isEmpty()) {
                next.check(new Attendance(List.copyOf(attendees)));
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
        current = next;
        refresh();
        error.set("");
        long id = next.itemId();
        pending.merge(id, 1, Integer::sum);
        BackgroundTask.of(p -> {
            papers.saveItemMinutes(next);
            return next;
        }).onSuccess(written -> {
            if (ended(id)) {
                stored = written;
                display(written);
            }
        }).onFailure(e -> {
            error.set(Localization.get("minutes.ui.item.saveFailed", Errors.describe(e)));
            failed.run();
            if (ended(id)) {
                display(stored);
                read(id, false);
            }
        }).executeWith(lane);
        return true;
    }

    /** A change of an item has ended; true when it was the last one still to end for the item shown. */
    private boolean ended(long itemId) {
        int left = pending.merge(itemId, -1, Integer::sum);
        return left == 0 && shownItem() == itemId;
    }

    private void display(ItemMinutes record) {
        current = record;
        refresh();
    }

    /**
     * A line made from a form (a motion, a reservation, a note): handed over and the form emptied for the next line;
     * if its write fails, what was typed goes back into the form, unless something new has been typed there since.
     */
    private boolean add(FormLine line, StringProperty... form) {
        if (current == null) {
            return false;
        }
        List<String> typed = Arrays.stream(form).map(StringProperty::get).toList();
        UnaryOperator<ItemMinutes> how;
        try {
            how = line.made();
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        }
        boolean handedOver = change(how, () -> {
            if (Arrays.stream(form).allMatch(f -> f.get().isBlank())) {
                for (int i = 0; i < form.length; i++) {
                    form[i].set(typed.get(i));
                }
            }
        });
        if (handedOver) {
            for (StringProperty f : form) {
                f.set("");
            }
        }
        return handedOver;
    }

    /** Takes the line at an index off one of the record's lists. */
    private void remove(int index, Function<ItemMinutes, List<?>> list,
            BiFunction<ItemMinutes, Integer, ItemMinutes> without) {
        if (current != null && index >= 0 && index < list.apply(current).size()) {
            change(m -> without.apply(m, index), () -> { });
        }
    }

    /** How a line read from its form changes the record; throws a domain refusal when the form does not make sense. */
    @FunctionalInterface
    private interface FormLine {
        UnaryOperator<ItemMinutes> made();
    }

    /** Records the motion in the form, by the person named, and clears the form for the next one. */
    public void addMotion() {
        MotionType type = forms.motionType().get();
        Person[] by = new Person[1];
        boolean handedOver = add(() -> {
            MovedMotion m = new MovedMotion(Person.parse(forms.motionBy().get().strip()), type,
                    forms.motionText().get(), List.of());
            by[0] = m.by();
            return r -> r.withMotion(m);
        }, forms.motionBy(), forms.motionText());
        if (handedOver) {
            forms.motionType().set(MotionType.APPROVE_PROPOSAL);
            if (type != MotionType.APPROVE_PROPOSAL) {
                vote.proposeNo(by[0]);
            }
        }
    }

    public void removeMotion(int index) {
        remove(index, ItemMinutes::motions, ItemMinutes::withoutMotion);
    }

    /** Casts a deciding member's vote and saves the vote when it can stand (a tie waits for the casting vote). */
    public void cast(int index, Choice choice) {
        if (current != null && vote.has(index)) {
            vote.cast(index, choice);
            saveVote();
        }
    }

    /** Saves the vote as the form and the ballots hold it. */
    public void saveVote() {
        if (current == null) {
            return;
        }
        try {
            var v = vote.toVote();
            change(m -> m.withVote(v), () -> { });
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    /** Takes the vote off the item: there was none. */
    public void removeVote() {
        if (change(m -> m.withVote(null), () -> { })) {
            vote.clear();
        }
    }

    /** Records that the people named reserve themselves against the decision. */
    public void addReservation() {
        add(() -> {
            Reservation r = new Reservation(MeetingMinutesForm.people(forms.reserveBy().get()),
                    forms.reserveFavour().get().isBlank() ? null : forms.reserveFavour().get(), null);
            return m -> m.withReservation(r);
        }, forms.reserveBy(), forms.reserveFavour());
    }

    public void removeReservation(int index) {
        remove(index, ItemMinutes::reservations, ItemMinutes::withoutReservation);
    }

    /** Records a note (protokollsanteckning) by the people named. */
    public void addNote() {
        add(() -> {
            MinutesNote n = new MinutesNote(MeetingMinutesForm.people(forms.noteBy().get()),
                    forms.noteText().get());
            return m -> m.withNote(n);
        }, forms.noteBy(), forms.noteText());
    }

    public void removeNote(int index) {
        remove(index, ItemMinutes::notes, ItemMinutes::withoutNote);
    }

    /** Stores the decision's wording as the minutes print it; the decision itself is taken in the debate. */
    public void saveDecision() {
        decision.save();
    }

    /** Hands the wording typed over to be stored; false when a vote typed cannot be stored yet (a tie). */
    boolean flush() {
        if (decision.typed()) {
            decision.save();
        }
        return vote.stored(current == null ? null : current.vote());
    }

    /** Whether the chosen item can have a record: it is on the agenda and its record has been read. */
    public boolean recording() {
        return current != null;
    }

    public ReadOnlyObjectProperty<MinutesViewModel.EntryRow> entry() {
        return entry.getReadOnlyProperty();
    }

    /** The lines being typed: the next motion, reservation and note. */
    public ItemForms forms() {
        return forms;
    }

    public VoteForm vote() {
        return vote;
    }

    public ObservableList<MovedMotion> motions() {
        return motions;
    }

    public ObservableList<String> proposals() {
        return proposals;
    }

    public ObjectProperty<Integer> carried() {
        return carried;
    }

    public ObservableList<Reservation> reservations() {
        return reservations;
    }

    public ObservableList<MinutesNote> notes() {
        return notes;
    }

    public StringProperty decisionText() {
        return decision.text();
    }
}

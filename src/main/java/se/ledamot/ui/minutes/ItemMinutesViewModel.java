package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;
import se.ledamot.ui.shell.Screen;
import se.ledamot.ui.task.TaskExecutor;

/**
 * What the minutes record of the chosen item, written live during the meeting: the motions moved (yrkanden), which
 * proposal the chair found carried, the vote, the reservations, the notes, and the decision's wording.
 * <p>
 * A change is checked by the domain at once (a refusal is said and hands nothing over), shown at once, and stored by
 * an {@link ItemRecordViewModel} in the background, compared with the copy it was made from (issue 16.5); the form is
 * emptied for the next line. A write that fails is said, the lists go back to what is stored, and what was typed is
 * put back in the form. The decision's wording is kept by a {@link DecisionWordingViewModel}.
 */
public final class ItemMinutesViewModel {
    private final VoteForm vote = new VoteForm();
    private final ItemForms forms = new ItemForms();
    private final DecisionWordingViewModel decision;
    private final ItemDecisionViewModel taken;
    private final ObservableList<Attendee> attendees;
    private final ReadOnlyStringWrapper error;

    private final ReadOnlyObjectWrapper<EntryRow> entry = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MovedMotion> motions = FXCollections.observableArrayList();
    private final ObservableList<String> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> carried = new SimpleObjectProperty<>();
    private final ObservableList<Reservation> reservations = FXCollections.observableArrayList();
    private final ObservableList<MinutesNote> notes = FXCollections.observableArrayList();
    private final ItemRecordViewModel record;
    private final StandardItemViewModel standard;
    private boolean showing;
    private Consumer<List<Conflict>> onConflicts = list -> { };

    ItemMinutesViewModel(AppContext context, TaskExecutor lane, ObservableList<Attendee> attendees,
            ReadOnlyStringWrapper error, ReadOnlyObjectProperty<Meeting> meeting, Runnable reread) {
        this.attendees = attendees;
        this.error = error;
        this.standard = new StandardItemViewModel(context.services().papers(), lane, meeting, error, reread);
        MeetingService meetings = context.services().meetings();
        this.decision = new DecisionWordingViewModel(context, lane, error);
        this.taken = new ItemDecisionViewModel(context.services().debates(), lane, error, context::mattersChanged);
        this.record = new ItemRecordViewModel(context.services().papers(), meetings, context.services().putAside(),
                lane, attendees, error,
                entry.getReadOnlyProperty(), new ItemRecordViewModel.Shown() {
                    @Override
                    public void record(ItemMinutes shown) {
                        refresh(shown);
                    }

                    @Override
                    public void read(ItemMinutes shown, AgendaItem item, boolean first) {
                        decision.read(item);
                        if (first) {
                            taken.show(item, entry.get() == null ? null : entry.get().kind());
                            vote.show(shown, deciding());
                        } else {
                            vote.follow(deciding());
                        }
                    }
                });
        carried.addListener((o, was, now) -> {
            ItemMinutes current = record.current();
            if (!showing && current != null && !Objects.equals(now, current.carried())) {
                record.change(m -> m.withOrder(m.order(), now), () -> { });
            }
        });
    }

    /**
     * Shows an item's record, read in the lane; a standard item not on the agenda is put on it first, to be written on
     * (not once justerat). The wording typed for the item shown until now is stored first. The same item shown again
     * (the screen read again) keeps what is on screen until the read comes back.
     */
    void show(EntryRow row) {
        AgendaItem item = row == null ? null : row.item();
        boolean same = item != null && shownItem() == item.id();
        decision.show(item, row == null ? null : row.toString(), row == null ? null : row.usual());
        if (!same) {
            taken.show(item, row == null ? null : row.kind());
        }
        entry.set(row);
        if (!same) {
            vote.leave(record.current());
            record.leave();
            vote.showVote(null, deciding());
            if (item != null && !lineAfterRead().isEmpty()) {
                // Back on an item whose choice was put aside: this side's values are shown, and asked again.
                error.set(lineAfterRead());
                ask();
            }
        }
        if (item != null) {
            record.read(item.id(), true);
        } else if (row != null && !taken.adjusted().get()) {
            standard.put(row);
        }
    }

    private void refresh(ItemMinutes current) {
        showing = true;
        try {
            motions.setAll(current == null ? List.of() : current.motions());
            List<String> labels = Stream.concat(Stream.of(Localization.get("minutes.ui.carried.proposal")),
                    java.util.stream.IntStream.range(0, motions.size())
                            .mapToObj(i -> (i + 1) + ". " + motions.get(i).by().display())).toList();
            if (!proposals.equals(labels)) {
                proposals.setAll(labels);
            }
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

    /** The line under the form once a read went well: that a choice put aside waits on the item shown, or none. */
    String lineAfterRead() {
        long id = shownItem();
        return decision.waits(id) || record.waits(id) ? Localization.get("minutes.ui.item.waits") : "";
    }

    private long shownItem() {
        EntryRow row = entry.get();
        return row == null || row.item() == null ? -1 : row.item().id();
    }

    /**
     * A line made from a form (a motion, a reservation, a note): handed over and the form emptied for the next line;
     * if its write fails, what was typed goes back into the form, unless something new has been typed there since.
     */
    private boolean add(FormLine line, StringProperty... form) {
        if (record.current() == null) {
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
        boolean handedOver = record.change(how, () -> {
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
        ItemMinutes current = record.current();
        if (current != null && index >= 0 && index < list.apply(current).size()) {
            record.change(m -> without.apply(m, index), () -> { });
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
        if (record.current() != null && vote.has(index)) {
            vote.cast(index, choice);
            saveVote();
        }
    }

    /** Saves the vote as the form and the ballots hold it. */
    public void saveVote() {
        if (record.current() == null) {
            return;
        }
        try {
            var v = vote.toVote();
            record.change(m -> m.withVote(v), () -> { });
        } catch (DomainException e) {
            error.set(Errors.describe(e));
        }
    }

    /** Takes the vote off the item: there was none. */
    public void removeVote() {
        if (record.change(m -> m.withVote(null), () -> { })) {
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

    /** Stores the decision's wording as the minutes print it, and says so once it is stored. */
    public void saveDecision() {
        decision.saveAndSay();
    }

    /**
     * Hands the wording typed over to be stored; false when a vote typed cannot be stored yet (a tie). The choices
     * put aside are asked by the screen, with the minutes' and the settings' ({@link #waiting}).
     */
    boolean flush() {
        decision.handOver();
        return vote.stored(record.current() == null ? null : record.current().vote());
    }

    /** The choices that wait, of the items' records and wordings, as the conflict view shows them. */
    List<Conflict> waiting() {
        List<Conflict> all = new ArrayList<>(decision.waiting());
        all.addAll(record.waiting());
        return all;
    }

    /** Shows every choice that waits, of the items' records and wordings, in one conflict view. */
    private void ask() {
        List<Conflict> all = waiting();
        if (!all.isEmpty()) {
            onConflicts.accept(all);
        }
    }

    /** The wordings put aside before the window was last closed (or the program stopped): asked again, once. */
    void askKept() {
        decision.askKept();
        record.askKept(decision::sayFirst);
    }

    /** Says a line about the choices kept from before, so that the screen's first reads do not wipe it. */
    void sayFirst(String line) {
        decision.sayFirst(line);
    }

    /** The items whose wording or record waits for a choice put aside, kept on disk till it is made. */
    List<Screen.Aside> waitingAside() {
        return Stream.concat(decision.waitingAside().stream(), record.waitingAside().stream()).toList();
    }

    /** Whether the chosen item can have a record: it is on the agenda and its record has been read. */
    public boolean recording() {
        return record.current() != null;
    }

    /** The user chose in the conflict view for this item's minutes or its decision's wording (issue 16.5). */
    void choose(Conflict c, Resolution choice, String text, Runnable after) {
        if ("agenda_item".equals(c.entity())) {
            decision.choose(c, choice, text, after);
        } else {
            record.choose(c, choice, after);
        }
    }

    void setOnConflicts(Consumer<List<Conflict>> show) {
        onConflicts = show;
        record.setOnConflicts(show);
        decision.setOnConflicts(show);
    }

    public ReadOnlyObjectProperty<EntryRow> entry() {
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

    /** The decision taken on the item, as the minutes record it; choosing one moves the matter. */
    ItemDecisionViewModel decisionTaken() {
        return taken;
    }

    public StringProperty decisionText() {
        return decision.text();
    }

    /** The decision's wording, with the wording offered beside it. */
    DecisionWordingViewModel wording() {
        return decision;
    }
}

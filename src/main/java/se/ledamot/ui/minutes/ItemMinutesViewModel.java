package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.l10n.Localization;
import se.ledamot.service.MeetingService;
import se.ledamot.service.PaperService;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.Errors;

/**
 * What the minutes record of the chosen item, written live during the meeting: the motions moved (yrkanden), which
 * proposal the chair found carried, the vote with each deciding member's vote, the reservations, the notes, and the
 * decision's wording. Every change is saved at once and checked by the domain; a refusal is said in words and leaves
 * what was stored. The vote's ballots are kept here while they are cast, so a tie waiting for the chair's casting vote
 * loses nothing.
 */
public final class ItemMinutesViewModel {
    /** A deciding member and the vote cast, or none yet. */
    public record Voter(Person person, Choice choice) {
    }

    private final PaperService papers;
    private final MeetingService meetings;
    private final ObservableList<Attendee> attendees;
    private final ReadOnlyStringWrapper error;

    private final ReadOnlyObjectWrapper<MinutesViewModel.EntryRow> entry = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MovedMotion> motions = FXCollections.observableArrayList();
    private final ObservableList<String> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> carried = new SimpleObjectProperty<>();
    private final ObservableList<Voter> voters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper tally = new ReadOnlyStringWrapper("");
    private final ObservableList<Reservation> reservations = FXCollections.observableArrayList();
    private final ObservableList<MinutesNote> notes = FXCollections.observableArrayList();

    private final StringProperty motionBy = new SimpleStringProperty("");
    private final ObjectProperty<MotionType> motionType = new SimpleObjectProperty<>(MotionType.APPROVE_PROPOSAL);
    private final StringProperty motionText = new SimpleStringProperty("");
    private final StringProperty voteYes = new SimpleStringProperty("");
    private final StringProperty voteNo = new SimpleStringProperty("");
    private final ObjectProperty<Choice> casting = new SimpleObjectProperty<>();
    private final StringProperty reserveBy = new SimpleStringProperty("");
    private final StringProperty reserveFavour = new SimpleStringProperty("");
    private final StringProperty noteBy = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty decisionText = new SimpleStringProperty("");

    private ItemMinutes current;
    private boolean showing;

    ItemMinutesViewModel(AppContext context, ObservableList<Attendee> attendees, ReadOnlyStringWrapper error) {
        this.papers = context.services().papers();
        this.meetings = context.services().meetings();
        this.attendees = attendees;
        this.error = error;
        carried.addListener((o, was, now) -> {
            if (!showing && current != null && !Objects.equals(now, current.carried())) {
                save(current.withOrder(current.order(), now));
            }
        });
    }

    /** Shows an item's record; a standard item not on the agenda has none to keep. */
    void show(MinutesViewModel.EntryRow row) {
        entry.set(row);
        AgendaItem item = row == null ? null : row.item();
        current = item == null ? null : papers.itemMinutes(item.id());
        decisionText.set(item == null ? "" : item.decisionText());
        refresh();
        Vote v = current == null ? null : current.vote();
        voteYes.set(v == null ? Localization.get("minutes.ui.vote.yesDefault") : v.yes());
        voteNo.set(v == null ? "" : v.no());
        casting.set(v == null ? null : v.casting());
        voters.setAll(deciding().stream().map(p -> new Voter(p, v == null ? null : v.ballots().stream()
                .filter(b -> b.voter().name().equalsIgnoreCase(p.name())).map(Ballot::choice)
                .findFirst().orElse(null))).toList());
        updateTally();
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

    /** Records the motion in the form, by the person named, and clears the form for the next one. */
    public void addMotion() {
        if (current == null) {
            return;
        }
        try {
            MovedMotion m = new MovedMotion(Person.parse(motionBy.get().strip()), motionType.get(),
                    motionText.get(), List.of());
            if (save(current.withMotion(m))) {
                motionBy.set("");
                motionText.set("");
                motionType.set(MotionType.APPROVE_PROPOSAL);
                if (voteNo.get().isBlank() && m.type() != MotionType.APPROVE_PROPOSAL) {
                    voteNo.set(Localization.get("minutes.ui.vote.noDefault", owner(m.by()), m.by().display()));
                }
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeMotion(int index) {
        if (current != null && index >= 0 && index < current.motions().size()) {
            save(current.withoutMotion(index));
        }
    }

    /** "Jan Alexanderssons (V)", as the chair names a motion in Swedish. */
    private static String owner(Person p) {
        char last = Character.toLowerCase(p.name().charAt(p.name().length() - 1));
        String name = last == 's' || last == 'x' || last == 'z' ? p.name() : p.name() + "s";
        return p.party() == null ? name : name + " (" + p.party() + ")";
    }

    /** Casts a deciding member's vote and saves the vote when it can stand (a tie waits for the casting vote). */
    public void cast(int index, Choice choice) {
        if (current == null || index < 0 || index >= voters.size()) {
            return;
        }
        voters.set(index, new Voter(voters.get(index).person(), choice));
        updateTally();
        saveVote();
    }

    /** Saves the vote as the form and the ballots hold it. */
    public void saveVote() {
        if (current == null) {
            return;
        }
        try {
            List<Ballot> ballots = voters.stream().filter(v -> v.choice() != null)
                    .map(v -> new Ballot(v.person(), v.choice())).toList();
            save(current.withVote(new Vote(voteYes.get(), voteNo.get(), ballots, casting.get())));
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    /** Takes the vote off the item: there was none. */
    public void removeVote() {
        if (current != null && save(current.withVote(null))) {
            voters.setAll(voters.stream().map(v -> new Voter(v.person(), null)).toList());
            casting.set(null);
            updateTally();
        }
    }

    private void updateTally() {
        long yes = voters.stream().filter(v -> v.choice() == Choice.YES).count();
        long no = voters.stream().filter(v -> v.choice() == Choice.NO).count();
        long abstain = voters.stream().filter(v -> v.choice() == Choice.ABSTAIN).count();
        tally.set(Localization.get("minutes.ui.vote.tally", yes, no, abstain,
                voters.stream().filter(v -> v.choice() == null).count()));
    }

    /** Records that the people named reserve themselves against the decision. */
    public void addReservation() {
        if (current == null) {
            return;
        }
        try {
            Reservation r = new Reservation(MeetingMinutesForm.people(reserveBy.get()),
                    reserveFavour.get().isBlank() ? null : reserveFavour.get(), null);
            if (save(current.withReservation(r))) {
                reserveBy.set("");
                reserveFavour.set("");
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeReservation(int index) {
        if (current != null && index >= 0 && index < current.reservations().size()) {
            save(current.withoutReservation(index));
        }
    }

    /** Records a note (protokollsanteckning) by the people named. */
    public void addNote() {
        if (current == null) {
            return;
        }
        try {
            if (save(current.withNote(new MinutesNote(MeetingMinutesForm.people(noteBy.get()), noteText.get())))) {
                noteBy.set("");
                noteText.set("");
            }
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    public void removeNote(int index) {
        if (current != null && index >= 0 && index < current.notes().size()) {
            save(current.withoutNote(index));
        }
    }

    /** Saves the decision's wording as the minutes print it; the decision itself is taken in the debate. */
    public void saveDecision() {
        AgendaItem item = entry.get() == null ? null : entry.get().item();
        if (item == null) {
            return;
        }
        try {
            AgendaItem next = item.withDecision(item.decision(), decisionText.get());
            meetings.saveItem(next);
            entry.set(new MinutesViewModel.EntryRow(entry.get().number(), entry.get().paragraph(),
                    entry.get().title(), next));
            error.set("");
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
        }
    }

    private boolean save(ItemMinutes next) {
        try {
            papers.saveItemMinutes(next);
            current = next;
            error.set("");
            return true;
        } catch (RuntimeException e) {
            error.set(Errors.describe(e));
            return false;
        } finally {
            refresh();
        }
    }

    /** Whether the chosen item can have a record: it is on the agenda. */
    public boolean recording() {
        return current != null;
    }

    public ReadOnlyObjectProperty<MinutesViewModel.EntryRow> entry() {
        return entry.getReadOnlyProperty();
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

    public ObservableList<Voter> voters() {
        return voters;
    }

    public ReadOnlyStringProperty tally() {
        return tally.getReadOnlyProperty();
    }

    public ObservableList<Reservation> reservations() {
        return reservations;
    }

    public ObservableList<MinutesNote> notes() {
        return notes;
    }

    public StringProperty motionBy() {
        return motionBy;
    }

    public ObjectProperty<MotionType> motionType() {
        return motionType;
    }

    public StringProperty motionText() {
        return motionText;
    }

    public StringProperty voteYes() {
        return voteYes;
    }

    public StringProperty voteNo() {
        return voteNo;
    }

    public ObjectProperty<Choice> casting() {
        return casting;
    }

    public StringProperty reserveBy() {
        return reserveBy;
    }

    public StringProperty reserveFavour() {
        return reserveFavour;
    }

    public StringProperty noteBy() {
        return noteBy;
    }

    public StringProperty noteText() {
        return noteText;
    }

    public StringProperty decisionText() {
        return decisionText;
    }
}

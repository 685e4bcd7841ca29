package se.ledamot.ui.minutes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Ballot;
import se.ledamot.domain.minutes.Choice;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.Vote;
import se.ledamot.l10n.Localization;

/**
 * The vote on an item as the secretary records it: what a yes and a no stand for, each deciding member's vote and the
 * chair's casting vote, with the running tally. The ballots are kept here while they are cast, so a tie waiting for
 * the casting vote loses nothing, also while another item is shown; {@link #toVote()} reads the form back into a
 * vote to store.
 */
public final class VoteForm {
    /** A deciding member and the vote cast, or none yet. */
    public record Voter(Person person, Choice choice) {
    }

    private final ObservableList<Voter> voters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper tally = new ReadOnlyStringWrapper("");
    private final StringProperty yes = new SimpleStringProperty("");
    private final StringProperty no = new SimpleStringProperty("");
    private final ObjectProperty<Choice> casting = new SimpleObjectProperty<>();
    /** Per item, the vote typed and not stored (a tie waiting for the casting vote): shown again with its item. */
    private final Map<Long, Draft> kept = new HashMap<>();

    /** Shows a stored vote (or none) for these deciding members. */
    void showVote(Vote v, List<Person> deciding) {
        restore(v == null ? new Draft(Localization.get("minutes.ui.vote.yesDefault"), "", List.of(), null)
                : new Draft(v.yes(), v.no(), v.ballots().stream().map(b -> new Voter(b.voter(), b.choice())).toList(),
                        v.casting()), deciding);
    }

    /**
     * Shows an item's vote for these deciding members: what was typed and kept for it, otherwise as stored; with none
     * stored, a no stands for the first motion against the proposal, as when it was moved (it was gone on a restart).
     */
    void show(ItemMinutes shown, List<Person> deciding) {
        Draft typed = kept.remove(shown.itemId());
        if (typed != null) {
            restore(typed, deciding);
        } else {
            showVote(shown.vote(), deciding);
            if (shown.vote() == null) {
                shown.motions().stream().filter(m -> m.type() != MotionType.APPROVE_PROPOSAL).findFirst()
                        .ifPresent(m -> proposeNo(m.by()));
            }
        }
    }

    /** Another item is chosen: what was typed for this one is kept when its stored vote does not hold it. */
    void leave(ItemMinutes shown) {
        if (shown != null && differs(shown.vote())) {
            kept.put(shown.itemId(), new Draft(yes.get(), no.get(), List.copyOf(voters), casting.get()));
        }
    }

    /** Whether every vote typed is stored: none kept for another item, and the form holds the vote shown. */
    boolean stored(Vote shown) {
        return kept.isEmpty() && !differs(shown);
    }

    /** The form as typed, kept while another item is shown: a tie waiting for the casting vote cannot be stored. */
    private record Draft(String yes, String no, List<Voter> voters, Choice casting) {
    }

    private void restore(Draft d, List<Person> deciding) {
        yes.set(d.yes());
        no.set(d.no());
        casting.set(d.casting());
        voters.setAll(deciding.stream().map(p -> new Voter(p, d.voters().stream()
                .filter(v -> v.person().name().equalsIgnoreCase(p.name())).map(Voter::choice)
                .findFirst().orElse(null))).toList());
        updateTally();
    }

    /** Whether the form holds votes, sides or a casting vote that the stored vote does not. */
    private boolean differs(Vote stored) {
        if (stored == null) {
            return casting.get() != null || voters.stream().anyMatch(v -> v.choice() != null);
        }
        return !yes.get().equals(stored.yes()) || !no.get().equals(stored.no()) || casting.get() != stored.casting()
                || !cast().equals(stored.ballots().stream().map(b -> new Cast(b.voter().name(), b.choice()))
                        .collect(Collectors.toSet()));
    }

    /** A vote cast, by name: a stored voter and the same member in the attendance may differ in party or title. */
    private record Cast(String name, Choice choice) {
        Cast {
            name = name.toLowerCase(Locale.ROOT);
        }
    }

    private Set<Cast> cast() {
        return voters.stream().filter(v -> v.choice() != null).map(v -> new Cast(v.person().name(), v.choice()))
                .collect(Collectors.toSet());
    }

    /** The deciding members changed (the attendance was edited): the list follows, keeping the votes cast. */
    void follow(List<Person> deciding) {
        if (!deciding.equals(voters.stream().map(Voter::person).toList())) {
            voters.setAll(deciding.stream().map(p -> new Voter(p, voters.stream().filter(v -> v.person().equals(p))
                    .map(Voter::choice).findFirst().orElse(null))).toList());
            updateTally();
        }
    }

    /** Whether a member is at this place in the list. */
    boolean has(int index) {
        return index >= 0 && index < voters.size();
    }

    void cast(int index, Choice choice) {
        voters.set(index, new Voter(voters.get(index).person(), choice));
        updateTally();
    }

    /** The vote as the form holds it; throws a domain refusal (said in words) when it cannot stand as typed. */
    Vote toVote() {
        List<Ballot> ballots = voters.stream().filter(v -> v.choice() != null)
                .map(v -> new Ballot(v.person(), v.choice())).toList();
        return new Vote(yes.get(), no.get(), ballots, casting.get());
    }

    /** Every vote taken back: there was no vote. */
    void clear() {
        voters.setAll(voters.stream().map(v -> new Voter(v.person(), null)).toList());
        casting.set(null);
        updateTally();
    }

    /** After the first motion against the proposal, a no stands for that motion unless the secretary said otherwise. */
    void proposeNo(Person mover) {
        if (no.get().isBlank()) {
            no.set(Localization.get("minutes.ui.vote.noDefault", owner(mover), mover.display()));
        }
    }

    /** "Jan Alexanderssons (V)", as the chair names a motion in Swedish. */
    private static String owner(Person p) {
        char last = Character.toLowerCase(p.name().charAt(p.name().length() - 1));
        String name = last == 's' || last == 'x' || last == 'z' ? p.name() : p.name() + "s";
        return p.party() == null ? name : name + " (" + p.party() + ")";
    }

    private void updateTally() {
        tally.set(Localization.get("minutes.ui.vote.tally", count(Choice.YES), count(Choice.NO),
                count(Choice.ABSTAIN), count(null)));
    }

    private long count(Choice c) {
        return voters.stream().filter(v -> v.choice() == c).count();
    }

    public ObservableList<Voter> voters() {
        return voters;
    }

    public ReadOnlyStringProperty tally() {
        return tally.getReadOnlyProperty();
    }

    public StringProperty yes() {
        return yes;
    }

    public StringProperty no() {
        return no;
    }

    public ObjectProperty<Choice> casting() {
        return casting;
    }
}

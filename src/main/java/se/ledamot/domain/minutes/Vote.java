package se.ledamot.domain.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Person;

/**
 * An open vote (votering, omröstning) on an item: what a yes and what a no stand for, as the chair put them, and each
 * member's vote; the minutes show the result and how each member voted (5 kap. 67 § 3 och 5 kommunallagen). On equal
 * numbers the chair decides (utslagsröst): the {@code casting} vote then says which side won.
 *
 * @param yes     what a yes stands for: "bifall till kommunstyrelsens förslag"
 * @param no      what a no stands for: "bifall till Jan Alexanderssons (V) yrkande"
 * @param casting the chair's casting vote on equal numbers, YES or NO; null when not needed or not yet recorded
 */
public record Vote(String yes, String no, List<Ballot> ballots, Choice casting) {

    public Vote {
        yes = Limit.AGENDA_TEXT.check(yes);
        no = Limit.AGENDA_TEXT.check(no);
        if (yes == null || no == null) {
            throw new DomainException("minutes.vote.sides");
        }
        ballots = List.copyOf(ballots == null ? List.of() : ballots);
        Set<String> seen = new HashSet<>();
        for (Ballot b : ballots) {
            if (!seen.add(Attendance.key(b.voter().name()))) {
                throw new DomainException("minutes.vote.twice", b.voter().display());
            }
        }
        if (casting == Choice.ABSTAIN) {
            throw new DomainException("minutes.vote.casting");
        }
    }

    public long count(Choice c) {
        return ballots.stream().filter(b -> b.choice() == c).count();
    }

    /**
     * The votes of these members, each found by name (the attendance and a ballot may give one member a different
     * party or title); a member who cast none is not in the map. The ballots are looked through once, not once per
     * member: the list of a council of a hundred asked ten thousand questions.
     */
    public Map<Person, Choice> choicesOf(Collection<Person> voters) {
        Map<String, Choice> byName = new HashMap<>();
        ballots.forEach(b -> byName.put(Attendance.key(b.voter().name()), b.choice()));
        Map<Person, Choice> choices = new HashMap<>();
        for (Person voter : voters) {
            Choice c = byName.get(Attendance.key(voter.name()));
            if (c != null) {
                choices.put(voter, c);
            }
        }
        return choices;
    }

    /** Whether the numbers of yes and no are equal, so the chair's casting vote decides. */
    public boolean tied() {
        return count(Choice.YES) == count(Choice.NO);
    }

    /** The side that won: the more votes, or on equal numbers the chair's casting vote; empty when that is missing. */
    public Optional<Choice> outcome() {
        long yesVotes = count(Choice.YES);
        long noVotes = count(Choice.NO);
        if (yesVotes != noVotes) {
            return Optional.of(yesVotes > noVotes ? Choice.YES : Choice.NO);
        }
        return Optional.ofNullable(casting);
    }

    /** The vote with a member's vote cast or changed. */
    public Vote cast(Person voter, Choice choice) {
        List<Ballot> next = new ArrayList<>(ballots);
        String key = Attendance.key(voter.name());
        next.removeIf(b -> Attendance.key(b.voter().name()).equals(key));
        int at = ballots.stream().map(b -> Attendance.key(b.voter().name())).toList().indexOf(key);
        next.add(at < 0 ? next.size() : at, new Ballot(voter, choice));
        return new Vote(yes, no, next, casting);
    }

    public Vote withCasting(Choice c) {
        return new Vote(yes, no, ballots, c);
    }

    /** Refused when someone voted who does not take part in the decisions, or a deciding member has no vote. */
    public void check(Attendance attendance) {
        for (Ballot b : ballots) {
            if (!attendance.decides(b.voter())) {
                throw new DomainException("minutes.vote.notDeciding", b.voter().display());
            }
        }
        if (tied() && casting == null) {
            throw new DomainException("minutes.vote.castingMissing", count(Choice.YES), count(Choice.NO));
        }
    }
}

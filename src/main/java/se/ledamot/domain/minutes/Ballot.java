package se.ledamot.domain.minutes;

import java.util.Objects;
import se.ledamot.domain.Person;

/** One member's vote in an open vote (votering). */
public record Ballot(Person voter, Choice choice) {
    public Ballot {
        Objects.requireNonNull(voter, "voter");
        Objects.requireNonNull(choice, "choice");
    }
}

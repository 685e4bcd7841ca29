package se.ledamot.ui.minutes;

import java.util.ArrayList;
import java.util.List;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Seat;

/**
 * A body's chair, vice chairs and seats as typed in the papers' settings ("Namn (PARTI)", the seats one a line),
 * understood before anything is handed to the background; a name that is not one throws, said in words.
 */
record TypedSeats(Person chair, Person firstVice, Person secondVice, List<Person> members, List<Person> substitutes) {

    static TypedSeats of(String chair, String firstVice, String secondVice, String members, String substitutes) {
        return new TypedSeats(person(chair), person(firstVice), person(secondVice), people(members),
                people(substitutes));
    }

    List<Seat> all() {
        List<Seat> seats = new ArrayList<>();
        members.forEach(p -> seats.add(new Seat(p, Seat.Role.MEMBER)));
        substitutes.forEach(p -> seats.add(new Seat(p, Seat.Role.SUBSTITUTE)));
        return seats;
    }

    /** A person as the fields show one: "Name (PARTY)", or empty. */
    static String display(Person p) {
        return p == null ? "" : p.display();
    }

    /** Seats as the fields show them, one a line. */
    static String lines(List<Seat> seats) {
        return String.join("\n", seats.stream().map(s -> s.person().display()).toList());
    }

    private static Person person(String text) {
        return text == null || text.isBlank() ? null : Person.parse(text);
    }

    private static List<Person> people(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(Person::parse).toList();
    }
}

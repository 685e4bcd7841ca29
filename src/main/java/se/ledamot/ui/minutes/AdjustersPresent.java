package se.ledamot.ui.minutes;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Person;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.l10n.Localization;

/**
 * Says which of the justerare typed are not noted as deciding under Närvarande: the justerare sign for the meeting
 * they sat in (5 kap. 69 § kommunallagen), so one noted absent is a slip in the names or in the attendance. The walk
 * (walk25) printed "Utses att justera Lena Ek (S)" over a närvarolista that had her "frånvarande". Said, not refused:
 * she may write the justerare before the attendance, and nothing is said while no attendance is noted.
 */
final class AdjustersPresent {
    private AdjustersPresent() {
    }

    static StringBinding warning(StringProperty adjusters, ObservableList<Attendee> attendees) {
        return Bindings.createStringBinding(() -> {
            String absent = absent(adjusters.get(), attendees);
            return absent.isEmpty() ? "" : Localization.get("minutes.ui.adjusters.absent", absent);
        }, adjusters, attendees);
    }

    /** The justerare in {@code typed} not deciding in {@code attendees}, joined; empty while no one is noted. */
    static String absent(String typed, List<Attendee> attendees) {
        if (attendees.isEmpty()) {
            return "";
        }
        try {
            Attendance attendance = new Attendance(attendees);
            return MeetingMinutesForm.people(typed).stream().filter(p -> !attendance.decides(p))
                    .map(Person::display).collect(Collectors.joining(", "));
        } catch (DomainException halfTyped) {
            return ""; // "Lena Ek (" while she types: said once the name is whole
        }
    }
}

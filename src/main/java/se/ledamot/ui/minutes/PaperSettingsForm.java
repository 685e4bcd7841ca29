package se.ledamot.ui.minutes;

import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.PaperSettings;

/**
 * The papers' settings as typed in Protokoll: the notice board and where the minutes are kept, and for one body its
 * chairs, secretary, public access, webcast, number of justerare, members and substitutes. Filled from stored
 * settings, and read back into settings to store; the seats as typed ("Namn (PARTI)" a line) are understood here.
 */
final class PaperSettingsForm {
    final StringProperty noticeBoard = new SimpleStringProperty("");
    final StringProperty minutesKept = new SimpleStringProperty("");
    final StringProperty chair = new SimpleStringProperty("");
    final StringProperty firstVice = new SimpleStringProperty("");
    final StringProperty secondVice = new SimpleStringProperty("");
    final StringProperty secretary = new SimpleStringProperty("");
    final BooleanProperty publicMeeting = new SimpleBooleanProperty();
    final StringProperty webcast = new SimpleStringProperty("");
    final IntegerProperty adjusters = new SimpleIntegerProperty(1);
    final StringProperty members = new SimpleStringProperty("");
    final StringProperty substitutes = new SimpleStringProperty("");
    final StringBinding chairsNotice = ChairsNamed.notice(chair, firstVice, secondVice, members);
    private final FormValues fields = new FormValues(noticeBoard, minutesKept, chair, firstVice, secondVice, secretary,
            publicMeeting, webcast, adjusters, members, substitutes);

    /** Shows {@code s}: the council's fields, and {@code body}'s part when there is one. */
    void fill(PaperSettings s, Body body) {
        noticeBoard.set(orEmpty(s.noticeBoard()));
        minutesKept.set(orEmpty(s.minutesKept()));
        if (body != null) {
            BodyPapers b = s.of(body);
            chair.set(TypedSeats.display(b.chair()));
            firstVice.set(TypedSeats.display(b.firstVice()));
            secondVice.set(TypedSeats.display(b.secondVice()));
            secretary.set(orEmpty(b.secretary()));
            publicMeeting.set(b.publicMeeting());
            webcast.set(orEmpty(b.webcast()));
            adjusters.set(b.adjusters());
            members.set(TypedSeats.lines(b.members()));
            substitutes.set(TypedSeats.lines(b.substitutes()));
        }
    }

    /** Runs {@code changed} whenever a field changes: typed or filled. */
    void onChange(Runnable changed) {
        fields.onChange(changed);
    }

    /** The fields' values, in a fixed order. */
    List<Object> values() {
        return fields.values();
    }

    /** Puts back each field whose value {@code now} (read before the form was filled) differs from {@code sent}. */
    void keepTypedSince(List<Object> sent, List<Object> now) {
        fields.keepTypedSince(sent, now);
    }

    /** The settings as the form holds them over {@code from}, with {@code logo}; seats typed wrongly are refused. */
    PaperSettings typed(PaperSettings from, Logo logo, Body body) {
        TypedSeats seats = TypedSeats.of(chair.get(), firstVice.get(), secondVice.get(), members.get(),
                substitutes.get());
        PaperSettings s = from.withLogo(logo).withArchive(blankToNull(noticeBoard.get()),
                blankToNull(minutesKept.get()));
        return body == null ? s : s.withBody(s.of(body).withChair(seats.chair())
                .withVice(seats.firstVice(), seats.secondVice())
                .withSecretary(blankToNull(secretary.get())).withPublicMeeting(publicMeeting.get(),
                        blankToNull(webcast.get())).withAdjusters(adjusters.get()).withSeats(seats.all()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.l10n.Localization;

/**
 * An interpellation (kommunallagen 5 kap. 59–63 §§) or a question (64 §) leads to no decision: Protokoll's form
 * stops a yrkande, a vote or a reservation on its item, and so does the application layer that the form and the
 * command line write through (the walk of session 11 found only the form refusing).
 */
class AnsweredOnlyMinutesTest {
    private static final Person JAN = Person.parse("Jan Alexandersson (V)");

    @TempDir
    Path folder;

    private Ledamot app;
    private long interpellationItem;
    private long questionItem;
    private long motionItem;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        long meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))).id();
        interpellationItem = item(meeting, MatterKind.INTERPELLATION, "Interpellation om simhallen");
        questionItem = item(meeting, MatterKind.QUESTION, "Fråga om busstiderna");
        motionItem = item(meeting, MatterKind.MOTION, "Motion om cykelvägar");
    }

    private long item(long meeting, MatterKind kind, String title) {
        long matter = app.matters().add(Matter.newMatter(kind, title).submitted(LocalDate.parse("2026-11-02"))
                .authors(List.of(JAN)).status(Status.SUBMITTED).build()).id();
        return app.meetings().addMatters(meeting, List.of(matter)).getFirst().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aYrkandeOnAnInterpellationIsRefusedInSwedishNamingTheLaw() {
        ItemMinutes moved = ItemMinutes.empty(interpellationItem).withMotion(MovedMotion.of(JAN, MotionType.REJECT));

        assertThatThrownBy(() -> app.papers().saveItemMinutes(moved)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Localization.message(e)).contains("interpellation").contains("5\u00a0kap. 59–63")
                        .contains("inga yrkanden"));
        assertThatThrownBy(() -> app.papers().saveItemMinutes(ItemMinutes.empty(interpellationItem), moved))
                .isInstanceOf(DomainException.class);
        assertThat(app.papers().itemMinutes(interpellationItem)).satisfiesAnyOf(
                m -> assertThat(m).isNull(), m -> assertThat(m.motions()).isEmpty());
    }

    @Test
    void aReservationOnAQuestionIsRefusedAndANoteIsStored() {
        assertThatThrownBy(() -> app.papers().saveItemMinutes(ItemMinutes.empty(questionItem)
                .withReservation(Reservation.of(JAN)))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Localization.message(e)).contains("fråga").contains("64\u00a0§"));

        ItemMinutes noted = ItemMinutes.empty(questionItem)
                .withNote(new MinutesNote(List.of(JAN), "Svaret kom inte i tid."));
        app.papers().saveItemMinutes(noted);
        assertThat(app.papers().itemMinutes(questionItem).notes()).hasSize(1);
    }

    @Test
    void aMotionsItemStillTakesAYrkande() {
        app.papers().saveItemMinutes(ItemMinutes.empty(motionItem).withMotion(MovedMotion.of(JAN, MotionType.REJECT)));
        assertThat(app.papers().itemMinutes(motionItem).motions()).hasSize(1);
    }
}

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
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Attendance;
import se.ledamot.domain.minutes.Attendee;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.MeetingPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.l10n.Localization;

/**
 * A protokoll is justerat by those who sign it (5 kap. 69 § kommunallagen; the arbetsordning names ordföranden och
 * justerare): a justering without an ordförande, a sekreterare or justerare is refused, the message naming each one
 * missing, and nothing is stored. The meeting's own ordförande and sekreterare sign, else the body's, alike for the
 * justering, the protokoll and its extract. A protokoll that records no one present is not justerat either: it is to
 * say which ledamöter took part in each decision (5 kap. 67 §).
 */
class JusteringSignersTest {
    private static final LocalDate ADJUSTED = LocalDate.parse("2026-10-15");
    private static final Attendance PRESENT = new Attendance(List.of(Attendee.member(Person.parse("Lena Ek (S)"))));

    @TempDir
    Path folder;

    private Ledamot app;
    private long meeting;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        meeting = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-12"))).id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aProtokollWithNoOneToSignItIsNotJusteratAndTheMessageNamesWhoIsMissing() {
        Minutes blank = Minutes.blank(meeting).withChair(null, null);
        assertThatThrownBy(() -> app.papers().saveMinutes(blank.withApproval(ADJUSTED, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Localization.message(e))
                        .contains("utan ordförande, sekreterare och justerare", "5 kap. 69 §"));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isNull();
    }

    @Test
    void onlyTheJusterareMissingIsNamed() {
        Minutes chaired = Minutes.blank(meeting).withChair(Person.parse("Anna Ordf (S)"), "Sara Sekr");
        app.papers().saveMinutes(chaired);
        assertThatThrownBy(() -> app.papers().saveMinutes(app.papers().storedMinutes(meeting), chaired
                .withApproval(ADJUSTED, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Localization.message(e))
                        .contains("utan justerare.").doesNotContain("ordförande och", "sekreterare och"));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isNull();
    }

    @Test
    void withOrdforandeSekreterareAndJusterareTheProtokollIsJusterat() {
        Minutes signed = Minutes.blank(meeting).withChair(Person.parse("Anna Ordf (S)"), "Sara Sekr")
                .withAdjustment(List.of(Person.parse("Lena Ek (S)"), Person.parse("Östen Müller (M)")), null, null,
                        null).withAttendance(PRESENT);
        app.papers().saveMinutes(signed.withApproval(ADJUSTED, null, null));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isEqualTo(ADJUSTED);
    }

    @Test
    void aProtokollThatRecordsNoOnePresentIsNotJusteratAndTheMessageSaysWhereToFillItIn() {
        Minutes signed = Minutes.blank(meeting).withChair(Person.parse("Anna Ordf (S)"), "Sara Sekr")
                .withAdjustment(List.of(Person.parse("Lena Ek (S)")), null, null, null);
        // Övriga närvarande take no part in the decisions: still no one the protokoll can say decided.
        Minutes onlyOthers = signed.withAttendance(new Attendance(List.of(Attendee.other(Person.parse("Per Tjänsteman"),
                "kommunchef"))));
        for (Minutes m : List.of(signed, onlyOthers)) {
            assertThatThrownBy(() -> app.papers().saveMinutes(m.withApproval(ADJUSTED, null, null)))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Localization.message(e))
                            .contains("utan närvaro", "Fyll i närvaron under Närvarande på fliken Sammanträdet",
                                    "5 kap. 67 §"));
            assertThat(app.papers().storedMinutes(meeting).adjusted()).isNull();
        }
    }

    @Test
    void theMeetingsOwnSignersElseTheBodysSignTheJusteringTheProtokollAndTheExtract() throws Exception {
        Body kf = app.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst().orElseThrow();
        PaperSettings s = app.papers().settings();
        app.papers().saveSettings(s.withBody(s.of(kf).withChair(Person.parse("Bo Ordf (M)")).withSecretary("Kim Sekr")));
        // Only justerare and attendance typed: the body's ordförande and sekreterare sign.
        app.papers().saveMinutes(Minutes.blank(meeting).withAdjustment(List.of(Person.parse("Lena Ek (S)")), null,
                null, null).withAttendance(PRESENT).withApproval(ADJUSTED, null, null));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isEqualTo(ADJUSTED);
        MeetingPapers papers = app.papers().papers(meeting);
        assertThat(papers.chair()).isEqualTo(Person.parse("Bo Ordf (M)"));
        assertThat(papers.secretary()).isEqualTo("Kim Sekr");
        assertThat(PaperServiceTest.text(app.papers().utdrag(meeting, 1))).contains("Kim Sekr, sekreterare");

        // The meeting's own sekreterare signs instead, in the protokoll and its extract alike.
        Minutes stored = app.papers().storedMinutes(meeting);
        app.papers().saveMinutes(stored, stored.withChair(null, "Maj Sekr"));
        assertThat(app.papers().papers(meeting).secretary()).isEqualTo("Maj Sekr");
        assertThat(app.papers().papers(meeting).chair()).isEqualTo(Person.parse("Bo Ordf (M)"));
        assertThat(PaperServiceTest.text(app.papers().utdrag(meeting, 1))).contains("Maj Sekr, sekreterare")
                .doesNotContain("Kim Sekr");
        assertThat(PaperServiceTest.text(app.papers().protokoll(meeting))).contains("Maj Sekr", "Bo Ordf")
                .doesNotContain("Kim Sekr");
    }
}

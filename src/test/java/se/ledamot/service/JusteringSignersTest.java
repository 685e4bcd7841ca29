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
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.l10n.Localization;

/**
 * A protokoll is justerat by those who sign it (5 kap. 69 § kommunallagen; the arbetsordning names ordföranden och
 * justerare): a justering without an ordförande, a sekreterare or justerare is refused, the message naming each one
 * missing, and nothing is stored.
 */
class JusteringSignersTest {
    private static final LocalDate ADJUSTED = LocalDate.parse("2026-10-15");

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
                        null);
        app.papers().saveMinutes(signed.withApproval(ADJUSTED, null, null));
        assertThat(app.papers().storedMinutes(meeting).adjusted()).isEqualTo(ADJUSTED);
    }
}

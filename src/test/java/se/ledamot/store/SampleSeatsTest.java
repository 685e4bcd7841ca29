package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.minutes.Seat;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;

/** The sample council's ledamöter and ersättare: given with the samples, taken away with them, never over her own. */
@OnBothEngines
class SampleSeatsTest {
    @Parameter
    Engine engine;

    @TempDir
    Path folder;

    @Test
    void theSamplesSeatTheCouncilAndTakeTheirSeatsAwayAgainKeepingOneTypedBeside() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            samples.loadIfNew();
            List<Seat> seats = council(db).seats();
            assertThat(seats).hasSize(49).contains(Seat.member("Jan Alexandersson (V)"),
                    Seat.member("Emma Ramhult (V)"), Seat.member("Patrik Christierson (KD)"),
                    Seat.member("Göran Dahlström (S)"), Seat.substitute("Lennart Andréasson (V)"));
            assertThat(seats).filteredOn(s -> s.role() == Seat.Role.MEMBER).hasSize(31);
            assertThat(council(db).chair()).as("the sample ordförande, one of the ledamöter")
                    .isEqualTo(Person.parse("Anders Nilsson (S)"));
            assertThat(seats).contains(Seat.member(council(db).chair().display()));
            assertThat(List.of(council(db).firstVice(), council(db).secondVice())).as("the sample vice ordförande")
                    .containsExactly(Person.parse("Per Holm (M)"), Person.parse("Birgitta Svahn (C)"));
            assertThat(seats).contains(Seat.member("Per Holm (M)"), Seat.member("Birgitta Svahn (C)"));
            assertThat(council(db).secretary()).as("the sample sekreterare").isEqualTo("Karin Wester");
            assertThat(SampleData.councilPapersAreSamples(db.dsl(), Clock.systemUTC())).isTrue();
            // The anslagsbevis names where the protokoll is kept (walk25: a blank line on the samples' protokoll).
            assertThat(settings(db).minutesKept()).isEqualTo("Kommunledningskontoret");
            assertThat(SampleData.councilSettingsAreSamples(db.dsl(), Clock.systemUTC())).isTrue();
            List<Seat> withHers = new ArrayList<>(seats);
            withHers.add(Seat.member("Kim Nord (S)"));
            save(db, council(db).withSeats(withHers));
            assertThat(SampleData.councilPapersAreSamples(db.dsl(), Clock.systemUTC())).isFalse();

            assertThat(samples.remove()).isEqualTo(4);

            assertThat(council(db).seats()).containsExactly(Seat.member("Kim Nord (S)"));
            assertThat(council(db).chair()).as("the sample ordförande goes with the samples").isNull();
            assertThat(council(db).firstVice()).isNull();
            assertThat(council(db).secondVice()).isNull();
            assertThat(council(db).secretary()).isNull();
            assertThat(settings(db).minutesKept()).as("the sample place goes with the samples").isNull();
        }
    }

    @Test
    void aCouncilWithSeatsOfItsOwnKeepsThemWhenTheSamplesComeAndGo() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            save(db, council(db).withSeats(List.of(Seat.member("Åsa Öst (S)"), Seat.substitute("Bo Ek (M)"))));
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            assertThat(samples.load()).hasSize(4);
            assertThat(council(db).seats()).containsExactly(Seat.member("Åsa Öst (S)"), Seat.substitute("Bo Ek (M)"));
            assertThat(council(db).chair()).as("her council's papers are hers: no sample ordförande").isNull();
            samples.remove();
            assertThat(council(db).seats()).containsExactly(Seat.member("Åsa Öst (S)"), Seat.substitute("Bo Ek (M)"));
        }
    }

    /** The council's own ordförande and sekreterare, typed before or after the samples came, stay when they go. */
    @Test
    void herOwnChairAndSecretaryStayWhenTheSamplesGo() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            SampleData samples = new SampleData(db.dsl(), Clock.systemUTC());
            samples.loadIfNew();
            save(db, council(db).withChair(Person.parse("Kim Nord (S)")));
            assertThat(SampleData.councilPapersAreSamples(db.dsl(), Clock.systemUTC())).isFalse();

            samples.remove();

            assertThat(council(db).chair()).isEqualTo(Person.parse("Kim Nord (S)"));
            assertThat(council(db).secretary()).as("the sample sekreterare goes").isNull();
        }
    }

    /** A folder whose samples came before they had an ordförande still keeps its sample papers off the server. */
    @Test
    void sampleSeatsWithoutTheSampleChairAreStillOnlySamples() {
        try (OpenDatabase db = TestDatabases.open(engine, folder)) {
            new SampleData(db.dsl(), Clock.systemUTC()).loadIfNew();
            save(db, council(db).withChair(null).withSecretary(null));

            assertThat(SampleData.councilPapersAreSamples(db.dsl(), Clock.systemUTC())).isTrue();
        }
    }

    private static PaperSettings settings(OpenDatabase db) {
        return new PaperSettingsStore(db.dsl(), Clock.systemUTC()).load();
    }

    private static BodyPapers council(OpenDatabase db) {
        return new PaperSettingsStore(db.dsl(), Clock.systemUTC()).load()
                .of(new BodyStore(db.dsl()).require(Body.COUNCIL));
    }

    private static void save(OpenDatabase db, BodyPapers papers) {
        new PaperSettingsStore(db.dsl(), Clock.systemUTC()).save(PaperSettings.empty().withBody(papers));
    }
}

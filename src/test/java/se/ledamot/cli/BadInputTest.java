package se.ledamot.cli;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.GROUP_POSITION;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MATTER_CHANGE;
import static se.ledamot.store.jooq.Tables.MATTER_PROPOSAL;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.l10n.Localization;
import se.ledamot.store.AgendaStore;
import se.ledamot.store.Database;
import se.ledamot.store.MatterStore;
import se.ledamot.store.MeetingStore;
import se.ledamot.store.PositionStore;
import se.ledamot.store.TestDatabases;

/**
 * Each bad input found by probing the command line (issue 18, "Inputs without bounds or meaning") is refused with a
 * sentence in Swedish — and in English under LEDAMOT_LANG=en — and leaves the database as it was.
 */
// Alone, not beside other test classes (pom.xml runs those without a window two at a time): it sets Localization's
// language, which every class reads, to English.
@Isolated
class BadInputTest extends CommandLineTest {
    private static final String X300 = "x".repeat(300);

    private String meeting;
    private String motion;

    @BeforeEach
    void someData() {
        try (Database db = TestDatabases.local(data)) {
            Matter m = new MatterStore(db.dsl(), Clock.systemUTC()).add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                    .authors(List.of(new Person("Anna Ek", "V"))).build());
            MeetingStore meetings = new MeetingStore(db.dsl(), Clock.systemUTC());
            Meeting kf = meetings.add(new Meeting(null, "KF", LocalDate.of(2026, 12, 14), null, "Kommunhuset", null));
            AgendaItem item = new AgendaStore(db.dsl(), Clock.systemUTC()).addMatters(kf.id(), List.of(m.id())).getFirst();
            new PositionStore(db.dsl(), Clock.systemUTC(), "V").save(Position.undecided(item.id(), "V").withStance(Stance.SUPPORT)
                    .withSpeaker("Anna Ek"));
            motion = String.valueOf(m.id());
            meeting = String.valueOf(kf.id());
        }
    }

    @AfterEach
    void swedishAgain() {
        Localization.setLocale(Localization.SWEDISH);
    }

    /** Every row of every table that a command here could write. */
    private String database() {
        try (Database db = TestDatabases.local(data)) {
            return Stream.of(MATTER, MATTER_AUTHOR, MATTER_PROPOSAL, MATTER_CHANGE, MEETING, AGENDA_ITEM,
                    GROUP_POSITION).map(t -> db.dsl().selectFrom(t).fetch().format(1000)).reduce("", String::concat);
        }
    }

    /** "add --kind motion --title T" and the words given. */
    private static String[] addMotion(String... more) {
        return Stream.concat(Stream.of("add", "--kind", "motion", "--title", "T"), Stream.of(more))
                .toArray(String[]::new);
    }

    private static Arguments controlInTitle(String what, String title, String code) {
        return Arguments.of("title with " + what, new String[] {"add", "--kind", "motion", "--title", title},
                Cli.USAGE, "Värdet för --title ska vara en enda rad utan styrtecken, men har " + code + ".",
                "The value of --title must be a single line without control characters, but has " + code + ".");
    }

    static Stream<Arguments> badInputs() {
        String group30 = "A".repeat(30);
        return Stream.of(
                Arguments.of("300-character author", addMotion("--author", X300), Cli.REFUSED,
                        "Namnet får vara högst 200 tecken, men har 300.",
                        "The name may be at most 200 characters long, but has 300."),
                Arguments.of("300-character addressee", new String[] {"add", "--kind", "interpellation",
                        "--title", "T", "--to", X300}, Cli.REFUSED,
                        "Namnet får vara högst 200 tecken, men har 300.",
                        "The name may be at most 200 characters long, but has 300."),
                Arguments.of("300-character number", addMotion("--number", X300), Cli.REFUSED,
                        "Diarienumret får vara högst 100 tecken, men har 300.",
                        "The registration number may be at most 100 characters long, but has 300."),
                Arguments.of("300-character meeting place", new String[] {"meeting", "add", "--body", "KF",
                        "--date", "2027-01-20", "--place", X300}, Cli.REFUSED,
                        "Platsen får vara högst 200 tecken, men har 300.",
                        "The place may be at most 200 characters long, but has 300."),
                Arguments.of("date +99999-01-01", addMotion("--submitted", "+99999-01-01"), Cli.USAGE,
                        "Datumet +99999-01-01 går inte att spara. Skriv ett datum mellan år 1900 och 2200.",
                        "The date +99999-01-01 cannot be stored. Enter a date between the years 1900 and 2200."),
                Arguments.of("meeting in year 1066", new String[] {"meeting", "add", "--body", "KF", "--date",
                        "1066-10-14"}, Cli.USAGE,
                        "Datumet 1066-10-14 går inte att spara. Skriv ett datum mellan år 1900 och 2200.",
                        "The date 1066-10-14 cannot be stored. Enter a date between the years 1900 and 2200."),
                controlInTitle("NUL", "a\u0000b", "U+0000"),
                controlInTitle("ESC", "a\u001B[31mröd", "U+001B"),
                controlInTitle("BEL", "a\u0007b", "U+0007"),
                controlInTitle("a line break", "två\nrader", "U+000A"),
                Arguments.of("clause with ESC", addMotion("--proposal", "att\u001B[2J"), Cli.USAGE,
                        "Texten för --proposal har styrtecknet U+001B, som inte kan sparas.",
                        "The text of --proposal has the control character U+001B, which cannot be stored."),
                Arguments.of("author without a name", addMotion("--author", "(V)"), Cli.USAGE,
                        "”(V)” är inget namn. Skriv namnet och sedan partiet inom parentes, till exempel "
                                + "”Anna Andersson (V)”.",
                        "\"(V)\" is not a name. Write the name and then the party in brackets, such as "
                                + "\"Anna Andersson (V)\"."),
                Arguments.of("30-letter group code", new String[] {"position", "1", "1", "--group", group30,
                        "--stance", "reject"}, Cli.REFUSED,
                        "Partigruppens kod får vara högst 20 tecken, men har 30.",
                        "The party group's code may be at most 20 characters long, but has 30."),
                Arguments.of("25-letter group code reading", new String[] {"agenda", "1", "--group",
                        "A".repeat(25)}, Cli.REFUSED,
                        "Partigruppens kod får vara högst 20 tecken, men har 25.",
                        "The party group's code may be at most 20 characters long, but has 25."),
                Arguments.of("250-character speaker", new String[] {"position", "1", "1", "--group", "V",
                        "--stance", "reject", "--speaker", "s".repeat(250)}, Cli.REFUSED,
                        "Talarens namn får vara högst 200 tecken, men har 250.",
                        "The speaker's name may be at most 200 characters long, but has 250."),
                Arguments.of("25-letter group code for a server login", new String[] {"server", "user", "anna",
                        "--group", "A".repeat(25), "--server", "postgresql://127.0.0.1:1/ledamot"}, Cli.REFUSED,
                        "Partigruppens kod får vara högst 20 tecken, men har 25.",
                        "The party group's code may be at most 20 characters long, but has 25."),
                Arguments.of("show abc", new String[] {"show", "abc"}, Cli.USAGE,
                        "”abc” är inget nummer. Skriv numret som ett heltal, till exempel 12.",
                        "\"abc\" is not a number. Write the number as a whole number, such as 12."),
                Arguments.of("show 99999999999999999999", new String[] {"show", "99999999999999999999"}, Cli.USAGE,
                        "”99999999999999999999” är för stort för att vara ett nummer här",
                        "\"99999999999999999999\" is too large to be a number here"),
                Arguments.of("brief --matter and --answer", new String[] {"brief", "--matter", "1", "--answer",
                        "1", "-o", "x.pdf"}, Cli.USAGE,
                        "Ange bara en av --matter, --answer, --meeting, --unfinished, --kallelse, --handlingar, "
                                + "--protokoll, --utdrag.",
                        "Give only one of --matter, --answer, --meeting, --unfinished, --kallelse, --handlingar, "
                                + "--protokoll, --utdrag."),
                Arguments.of("option given twice", new String[] {"add", "--kind", "motion", "--title", "A",
                        "--title", "B"}, Cli.USAGE,
                        "--title får bara anges en gång.",
                        "--title may be given only once."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedInWordsAndChangesNothing(String what, String[] args, int exit, String swedish, String english) {
        String before = database();
        assertThat(run(args)).as(err).isEqualTo(exit);
        assertThat(err).contains(swedish).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(out).isEmpty();
        Localization.setLocale(Localization.ENGLISH);
        assertThat(run(args)).as(err).isEqualTo(exit);
        assertThat(err).contains(english).doesNotContain("Exception");
        Localization.setLocale(Localization.SWEDISH);
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void aTwentyLetterGroupSeesOnlyItsOwnPositions() throws Exception {
        String twenty = "A".repeat(20);
        assertThat(run("position", meeting, motion, "--group", twenty, "--stance", "reject")).as(err).isZero();
        assertThat(run("agenda", meeting, "--group", "A".repeat(19), "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("items").get(0).get("position").get("stance").isNull()).isTrue();
        assertThat(run("agenda", meeting, "--group", twenty, "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("items").get(0).get("position").get("stance").asText())
                .isEqualTo("reject");
    }

    @Test
    void anAtSignIsTakenAsItIsNotAsAFileToRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("hostname"), "hemlig-dator");
        assertThat(run("add", "--kind", "motion", "--title", "@" + secret, "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("title").asText()).isEqualTo("@" + secret);
        assertThat(out).doesNotContain("hemlig-dator");
    }

    @Test
    void controlCharactersEchoedBackAreShownNotSentToTheTerminal() {
        assertThat(run("show", "1\u001B[2J\u0007")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("”1␛[2J␇” är inget nummer.").doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void dataMustNameAFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path here = Path.of("").toAbsolutePath().resolve("ledamot.mv.db");
        assertThat(here).doesNotExist();
        assertThat(runWithoutData("--data", "", "list")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--data måste ange en mapp; ett tomt namn skulle betyda mappen du står i.");
        assertThat(here).doesNotExist();
        Path file = Files.writeString(dir.resolve("inte-en-mapp"), "x");
        assertThat(runWithoutData("--data", file.toString(), "add", "--kind", "motion", "--title", "T"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).contains("--data måste ange en mapp, men ”" + file + "” är en fil.");
        assertThat(Files.readString(file)).isEqualTo("x");
        assertThat(dir.resolve("ledamot.mv.db")).doesNotExist();
    }
}

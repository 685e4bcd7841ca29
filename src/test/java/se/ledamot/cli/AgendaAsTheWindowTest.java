package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.papers.NoticeAgenda;
import se.ledamot.service.Ledamot;
import se.ledamot.store.Database;
import se.ledamot.store.OpenOptions;
import se.ledamot.store.sync.Replica;
import se.ledamot.store.sync.ServerIdentity;

/**
 * `agenda MEETING` says what Sammanträden and Partigrupp say about the same item (walks of session 10): the item's
 * number on the föredragningslista ("Punkt 5", the body's standard items counted, as the kallelse prints it; a § is
 * the protokoll's), and for a group whose positions the user may not see, that they are not visible, not undecided.
 */
class AgendaAsTheWindowTest extends CommandLineTest {

    /** The planned sample meeting: the window lists its items as Punkt 2, 5, 6 and 7 (KF's standard items first). */
    private String sampleMeeting() throws Exception {
        assertThat(run("samples")).as(err).isZero();
        assertThat(run("meetings", "--json")).as(err).isZero();
        for (JsonNode m : json.readTree(out)) {
            if (m.get("status").asText().equals("planned")) {
                return m.get("id").asText();
            }
        }
        throw new AssertionError("no planned sample meeting");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private List<String> itemLines() {
        return out.lines().filter(l -> l.startsWith("Punkt") || l.startsWith("§")).map(String::strip).toList();
    }

    /** Walk (party group): `agenda --group V` exited 2, though the help shows the meeting as optional. */
    @Test
    void withoutAMeetingItIsTheNextPlannedMeetingAsPartigruppChoosesIt() throws Exception {
        String meeting = sampleMeeting();
        assertThat(run("agenda", meeting, "--group", "V")).as(err).isZero();
        String named = out;
        assertThat(run("agenda", "--group", "V")).as(err).isZero();
        assertThat(out).isEqualTo(named).contains("Gruppen V:");
        assertThat(run("agenda", meeting)).as(err).isZero();
        named = out;
        assertThat(run("agenda")).as(err).isZero();
        assertThat(out).isEqualTo(named);
    }

    @Test
    void withoutAMeetingAndNonePlannedTheUserIsToldToNameOne() {
        assertThat(run("agenda", "--group", "V")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("Det finns inget planerat sammanträde från i dag", "ledamot agenda SAMMANTRÄDE");
    }

    @Test
    void theItemsAreNumberedAsOnTheKallelseAndInTheWindowNotAsParagraphs() throws Exception {
        String meeting = sampleMeeting();
        assertThat(run("agenda", meeting)).as(err).isZero();
        List<String> lines = itemLines();
        assertThat(lines).noneMatch(l -> l.startsWith("§"));
        assertThat(lines.get(1)).isEqualTo("Punkt 2   Val av justerare och tid för justering");
        assertThat(lines.get(4)).startsWith("Punkt 5   Motion: Upprätta en integrationsplan — Jan Alexandersson (V)");
        assertThat(lines.get(5)).startsWith("Punkt 6   Interpellation: Integrationsenhet");
        assertThat(lines.get(6)).startsWith("Punkt 7   Remiss: Frivilligorganisationer");

        assertThat(run("agenda", meeting, "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("items")).filteredOn(i -> !i.get("id").isNull())
                .extracting(i -> i.get("number").asInt()).containsExactly(2, 5, 6, 7);
    }

    /**
     * The list is the kallelse's, as Sammanträden shows it: the body's standard items among the agenda's, in its
     * order and under its numbers, those the agenda does not hold ("Upprop") too, marked as standard in the JSON.
     */
    @Test
    void theListIsTheKallelsesWithTheStandardItems() throws Exception {
        String meeting = sampleMeeting();
        List<NoticeAgenda.Slot> notice;
        try (Ledamot app = Ledamot.open(data)) {
            Meeting m = app.meetings().list().stream().filter(x -> x.id() == Long.parseLong(meeting)).findFirst()
                    .orElseThrow();
            notice = app.papers().noticeAgenda(m, app.meetings().agenda(m.id()));
        }
        assertThat(notice).anyMatch(s -> s.item() == null);
        assertThat(run("agenda", meeting)).as(err).isZero();
        List<String> lines = itemLines();
        assertThat(lines).extracting(l -> Integer.parseInt(l.split("\\s+")[1]))
                .isEqualTo(notice.stream().map(NoticeAgenda.Slot::number).toList());
        assertThat(lines.getFirst()).isEqualTo("Punkt 1   Upprop");

        assertThat(run("agenda", meeting, "--json")).as(err).isZero();
        JsonNode items = json.readTree(out).get("items");
        assertThat(items).extracting(i -> i.get("number").asInt())
                .isEqualTo(notice.stream().map(NoticeAgenda.Slot::number).toList());
        assertThat(items).extracting(i -> i.get("standard").asBoolean())
                .isEqualTo(notice.stream().map(s -> s.standard() != null).toList());
        assertThat(items).extracting(i -> i.get("id").isNull())
                .isEqualTo(notice.stream().map(s -> s.item() == null).toList());
        assertThat(items.get(0).get("text").asText()).isEqualTo("Upprop");
    }

    @Test
    void addingToTheAgendaNamesTheItemByItsNumberOnTheList() throws Exception {
        assertThat(run("meeting", "add", "--body", "KF", "--date", "2027-02-08")).as(err).isZero();
        String meeting = out.strip();
        assertThat(run("add", "--kind", "motion", "--title", "Motion om cykelvägar")).as(err).isZero();
        String motion = out.strip();
        assertThat(run("agenda", "add", meeting, motion)).as(err).isZero();
        String added = out.strip();
        assertThat(run("agenda", meeting, "--json")).as(err).isZero();
        JsonNode item = stream(json.readTree(out).get("items")).filter(i -> !i.get("matter").isNull())
                .findFirst().orElseThrow();
        int number = item.get("number").asInt();
        // After KF's standard opening items, as the kallelse prints it.
        assertThat(number).isGreaterThan(1);
        assertThat(added).isEqualTo("Punkt " + number + ": ärende " + motion);
        assertThat(run("agenda", meeting)).as(err).isZero();
        assertThat(itemLines()).filteredOn(l -> l.contains("Motion om cykelvägar")).singleElement().asString()
                .startsWith("Punkt " + number + " ");
    }

    @Test
    void aProceduralItemNeedsNoPositionAsPartigruppSays() throws Exception {
        String meeting = sampleMeeting();
        assertThat(run("agenda", meeting, "--group", "S")).as(err).isZero();
        assertThat(out).contains("Gruppen S: Behövs inte (inget förslag till beslut)")
                .contains("Gruppen S: Inte bestämt");
    }

    /** Bo of group S works in a copy of the server: V's positions are kept from him, as Partigrupp says. */
    @Test
    void anotherGroupsPositionsKeptFromTheUserAreSaidToBeHiddenNotUndecided() throws Exception {
        try (Database local = Database.open(data, OpenOptions.on(Clock.systemUTC()))) {
            Replica.join(local.dsl(), "postgresql://server.example/ledamot", new ServerIdentity("bo", "S", "member"),
                    Clock.systemUTC());
        }
        String meeting = sampleMeeting();
        assertThat(run("agenda", meeting, "--group", "V")).as(err).isZero();
        assertThat(out).contains("Du ser inte grupp V:s ställningstaganden")
                .contains("Gruppen V: Syns inte för dig").doesNotContain("Inte bestämt")
                .doesNotContain("Jan Alexandersson,");
        assertThat(out.lines().filter(l -> l.contains("Gruppen V:"))).hasSize(4)
                .allMatch(l -> l.endsWith("Syns inte för dig"));

        assertThat(run("agenda", meeting, "--group", "V", "--json")).as(err).isZero();
        JsonNode agenda = json.readTree(out);
        assertThat(agenda.get("positions_visible").asBoolean(true)).isFalse();
        assertThat(agenda.get("items")).allMatch(i -> i.get("position").isNull());

        assertThat(run("agenda", meeting, "--group", "s", "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("positions_visible").asBoolean(false)).isTrue();
        assertThat(json.readTree(out).get("items").get(1).get("position").get("stance").isNull()).isTrue();
    }
}

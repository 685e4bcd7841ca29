package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
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

    private List<String> itemLines() {
        return out.lines().filter(l -> l.startsWith("Punkt") || l.startsWith("§")).map(String::strip).toList();
    }

    @Test
    void theItemsAreNumberedAsOnTheKallelseAndInTheWindowNotAsParagraphs() throws Exception {
        String meeting = sampleMeeting();
        assertThat(run("agenda", meeting)).as(err).isZero();
        List<String> lines = itemLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Punkt 2   Val av justerare och tid för justering");
        assertThat(lines.get(1)).startsWith("Punkt 5   Motion: Upprätta en integrationsplan — Jan Alexandersson (V)");
        assertThat(lines.get(2)).startsWith("Punkt 6   Interpellation: Integrationsenhet");
        assertThat(lines.get(3)).startsWith("Punkt 7   Remiss: Frivilligorganisationer");

        assertThat(run("agenda", meeting, "--json")).as(err).isZero();
        assertThat(json.readTree(out).get("items")).extracting(i -> i.get("number").asInt())
                .containsExactly(2, 5, 6, 7);
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
        int number = json.readTree(out).get("items").get(0).get("number").asInt();
        // After KF's standard opening items, as the kallelse prints it.
        assertThat(number).isGreaterThan(1);
        assertThat(added).isEqualTo("Punkt " + number + ": ärende " + motion);
        assertThat(run("agenda", meeting)).as(err).isZero();
        assertThat(itemLines()).singleElement().asString().startsWith("Punkt " + number + " ");
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

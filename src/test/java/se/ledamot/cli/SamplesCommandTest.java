package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SamplesCommandTest extends CommandLineTest {

    @Test
    void samplesCommandLoadsTheMattersAndTheMeetingWhoseBriefCanBeWritten() throws Exception {
        assertThat(run("samples")).as(err).isZero();
        assertThat(out).contains("Motion").contains("Interpellation").contains("Remiss")
                .contains("Sammanträde").contains("Klart: 4 exempelärenden sparade.")
                .doesNotContainPattern("KF \\d{4}-\\d\\d-\\d\\d"); // the meeting's day written out

        assertThat(run("list", "--json")).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(4);
        assertThat(run("meetings", "--json")).as(err).isZero();
        JsonNode meetings = new ObjectMapper().readTree(out);
        // The planned meeting, the held one before it where the sample interpellation was asked, and the one in August
        // where the motion was announced (oldest first).
        assertThat(meetings).hasSize(3);
        String id = meetings.get(2).get("id").asText();
        assertThat(meetings.get(2).get("status").asText()).isEqualTo("planned");

        assertThat(run("agenda", id, "--group", "V", "--json")).as(err).isZero();
        assertThat(out).contains("Val av justerare").contains("Jan Alexandersson");

        Path pdf = data.resolve("brief.pdf");
        assertThat(run("brief", "--meeting", id, "--group", "V", "-o", pdf.toString())).as(err).isZero();
        assertThat(pdf).isNotEmptyFile();
    }

    @Test
    void samplesTwiceStoreNothingTheSecondTime() throws Exception {
        assertThat(run("samples")).as(err).isZero();
        assertThat(run("samples")).as(err).isZero();
        assertThat(out).contains("Exemplen finns redan");
        assertThat(run("meetings", "--json")).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(3);
        assertThat(run("list", "--json")).as(err).isZero();
        assertThat(new ObjectMapper().readTree(out)).hasSize(4);
    }
}

package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.service.Ledamot;

/**
 * {@code list --json} and {@code overdue --json} on the generator's data (every kind and status, meetings, eight
 * years) print byte for byte what an indenting ObjectMapper prints for the matters as the register lists them, and
 * for the overdue entries the rules find over every open matter (not only the candidates SQL narrows them to), each
 * entry as the command makes it.
 */
class GeneratedJsonTest extends CommandLineTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final ObjectMapper INDENTING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void listAndOverdueJsonAreWhatTheMapperWritesForTheWholeRegister() throws Exception {
        List<Matter> outlines;
        Deadlines rules;
        try (Ledamot app = Ledamot.open(data, Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC))) {
            app.generate().generate(500, 15, n -> { }, n -> { });
            app.trash().trash(outlines(app).get(3).id());
            outlines = outlines(app);
            rules = app.deadlines().rules();
        }
        assertThat(run("list", "--json")).as(err).isZero();
        assertThat(out).isEqualTo(INDENTING.writeValueAsString(outlines.stream().map(m -> MatterJson.of(m, rules))
                .toList()) + System.lineSeparator());

        List<Matter> open = outlines.stream().filter(m -> m.lifecycle().isOpen(m.status())).toList();
        int entries = 0;
        for (LocalDate day : List.of(TODAY.minusYears(3), TODAY, TODAY.plusMonths(8))) {
            List<Overdue.Entry> overdue = Overdue.of(open, rules, day);
            entries += overdue.size();
            assertThat(run("overdue", "--json", "--today", day.toString())).as(err).isZero();
            assertThat(out).as("overdue on " + day).isEqualTo(INDENTING.writeValueAsString(overdue.stream()
                    .map(e -> OverdueCommand.json(e, rules)).toList()) + System.lineSeparator());
        }
        assertThat(entries).isGreaterThan(50);
    }

    private static List<Matter> outlines(Ledamot app) {
        return app.matters().listOutlines();
    }
}

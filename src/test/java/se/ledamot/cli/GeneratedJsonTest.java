package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.meeting.Overdue;
import se.ledamot.l10n.DeadlineText;
import se.ledamot.service.Ledamot;

/**
 * {@code list --json} and {@code overdue --json} on the generator's data (every kind and status, meetings, eight
 * years) print byte for byte what an indenting ObjectMapper prints for the matters as the register lists them, and
 * for the overdue entries the rules find over every open matter (not only the candidates SQL narrows them to), each
 * entry its matter's JSON with the deadline it is past: also for a matter past two deadlines.
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
        long pastTwo = 0;
        for (LocalDate day : List.of(TODAY.minusYears(3), TODAY, TODAY.plusMonths(8))) {
            List<Overdue.Entry> overdue = Overdue.of(open, rules, day);
            entries += overdue.size();
            pastTwo += overdue.size() - overdue.stream().map(e -> e.matter().id()).distinct().count();
            assertThat(run("overdue", "--json", "--today", day.toString())).as(err).isZero();
            assertThat(out).as("overdue on " + day).isEqualTo(INDENTING.writeValueAsString(overdue.stream()
                    .map(e -> entry(e, rules)).toList()) + System.lineSeparator());
        }
        assertThat(entries).isGreaterThan(50);
        assertThat(pastTwo).as("entries of matters past two deadlines").isPositive();
    }

    /** An entry of {@code overdue --json} as its names say: the matter as {@code list --json} has it, the deadline past. */
    private static Map<String, Object> entry(Overdue.Entry e, Deadlines rules) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("matter", MatterJson.of(e.matter(), rules));
        entry.put("deadline", e.deadline().date().toString());
        entry.put("deadline_type", e.deadline().type().code());
        entry.put("deadline_rule", DeadlineText.explainForMachine(e.deadline()));
        entry.put("days_overdue", e.daysOverdue());
        return entry;
    }

    private static List<Matter> outlines(Ledamot app) {
        List<Matter> all = new java.util.ArrayList<>();
        app.matters().eachOutline(all::add);
        return all;
    }
}

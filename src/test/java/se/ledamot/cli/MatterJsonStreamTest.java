package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.DeadlineService;

/** `list --json` writes its matters one at a time, and prints exactly what the whole list as one string did. */
class MatterJsonStreamTest {
    private final Deadlines deadlines = DeadlineService.withoutCalendar();

    @Test
    void theStreamedListIsTheListWrittenWhole() {
        List<Matter> matters = List.of(
                Matter.newMatter(MatterKind.MOTION, "Motion om «skolskjuts»").number("KS 2026/1")
                        .submitted(LocalDate.parse("2026-03-01")).status(Status.SUBMITTED)
                        .authors(List.of(new Person("Åsa Ek", "V"))).proposals(List.of("att utreda")).id(1L).build(),
                Matter.newMatter(MatterKind.QUESTION, "Fråga\nmed radbrytning").status(Status.SUBMITTED).id(2L)
                        .build());
        for (List<Matter> list : List.of(matters, List.<Matter>of())) {
            assertThat(streamed(list)).isEqualTo(MatterJson.write(list.stream().map(m -> MatterJson.of(m,
                    deadlines)).toList()) + System.lineSeparator());
        }
    }

    private String streamed(List<Matter> matters) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            MatterJson.writeList(out, matters, deadlines);
        }
        return text.toString();
    }
}

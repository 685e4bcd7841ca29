package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Deadlines;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.service.DeadlineService;

/**
 * `list --json` writes its matters one at a time, and prints exactly what Jackson's indenting ObjectMapper printed for
 * the whole list as one string (the command line no longer makes the mapper for maps, lists, texts and numbers), as
 * the terminal's filter shows it (DEL and C1 controls as signs) though it is written past the filter.
 */
class MatterJsonStreamTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Deadlines deadlines = DeadlineService.withoutCalendar();

    @Test
    void theStreamedListIsTheListTheMapperWrote() throws Exception {
        List<Matter> matters = List.of(
                Matter.newMatter(MatterKind.MOTION, "Motion om «skolskjuts» \"citat\" \\ / \u0001 \u007f \u2028")
                        .number("KS 2026/1").submitted(LocalDate.parse("2026-03-01")).status(Status.SUBMITTED)
                        .authors(List.of(new Person("Åsa Ek", "V"), new Person("Bo Ek", null)))
                        .proposals(List.of("att utreda", "att bygga")).tags(Set.of("skola", "buss")).id(1L).build(),
                Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation").submitted(LocalDate.parse("2026-02-01"))
                        .addressee(new Addressee("Cia Ek", "M", "ordförande")).questions(List.of("Varför?", "Hur?"))
                        .status(Status.SUBMITTED).id(3L).build(),
                Matter.newMatter(MatterKind.QUESTION, "Fråga\nmed radbrytning").status(Status.SUBMITTED).id(2L)
                        .build());
        for (List<Matter> list : List.of(matters, List.<Matter>of())) {
            assertThat(streamed(list)).isEqualTo(TerminalText.visible(MAPPER.writeValueAsString(list.stream()
                    .map(m -> MatterJson.of(m, deadlines)).toList())) + System.lineSeparator());
        }
    }

    @Test
    void oneValueIsWrittenAsTheMapperWroteIt() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "Å \"ä\"\t\u0000");
        value.put("count", 3);
        value.put("id", 12_345_678_901L);
        value.put("yes", true);
        value.put("none", null);
        value.put("empty", List.of());
        value.put("nothing", Map.of());
        value.put("sum", new java.math.BigDecimal("12.50"));
        value.put("share", 0.25);
        value.put("nested", List.of(Map.of("a", List.of("b", 1))));
        assertThat(MatterJson.write(value)).isEqualTo(MAPPER.writeValueAsString(value));
        assertThat(MatterJson.write(List.of())).isEqualTo(MAPPER.writeValueAsString(List.of()));
        assertThat(MatterJson.write(null)).isEqualTo(MAPPER.writeValueAsString(null));
    }

    /** A matter's texts never hold control characters; the list is written past the filter, and signs them itself. */
    @Test
    void theListsGeneratorSignsWhatTheTerminalsFilterSigns() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a\u007fb\u0085c\u009bd\u0001e\u001b\u00e5\u00a0\u2028\n\t");
        value.put("list", List.of("\u0080", "ok"));
        StringWriter text = new StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = PlainJson.generator(text)) {
            g.setCharacterEscapes(TerminalText.JSON_SIGNS);
            PlainJson.write(g, value);
        }
        assertThat(text.toString()).isEqualTo(TerminalText.visible(MAPPER.writeValueAsString(value)))
                .contains("a\u2421b<U+0085>c<U+009B>d").doesNotContain("\u007f");
    }

    /** On the process's standard output the list is written as bytes: the same bytes the writer's encoder made. */
    @Test
    void theListAsBytesIsTheListAsText() {
        List<Matter> matters = List.of(Matter.newMatter(MatterKind.MOTION,
                        "Åsa \uD83D\uDE00 «ö» \u2028 \u00a0 \u20ac \u0085 \u009b \u007f \"x\" \\ ∑ 中").number("KS 1")
                        .authors(List.of(new Person("Ödön \uD83C\uDDF8\uD83C\uDDEA", "S"))).tags(Set.of("å", "z"))
                        .status(Status.SUBMITTED).id(7L).build(),
                Matter.newMatter(MatterKind.QUESTION, "Fråga").status(Status.SUBMITTED).id(8L).build());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ByteOutput out = new ByteOutput(bytes);
        out.print("före ");
        MatterJson.writeList(TerminalText.safe(out), matters, deadlines);
        out.print("efter");
        out.flush();
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("före " + streamed(matters) + "efter").contains("\uD83D\uDE00");
    }

    /**
     * The list is formatted in pieces on other threads and the pieces joined: whatever their size, as text or as
     * bytes, it is the list the mapper wrote, in the order the matters came.
     */
    @Test
    void theListFormattedInPiecesIsTheListTheMapperWrote() throws Exception {
        List<Matter> matters = java.util.stream.IntStream.range(0, 7).mapToObj(i -> Matter.newMatter(
                        i % 2 == 0 ? MatterKind.MOTION : MatterKind.QUESTION, "Ärende " + i + " \u007f «å»")
                .submitted(LocalDate.parse("2026-03-01").minusDays(i)).status(Status.SUBMITTED)
                .authors(List.of(new Person("Åsa Ek " + i, "V"))).id(100L - i).build()).toList();
        for (int size : new int[] {0, 1, 2, 6, 7}) {
            List<Matter> list = matters.subList(0, size);
            String mapper = TerminalText.visible(MAPPER.writeValueAsString(list.stream()
                    .map(m -> MatterJson.of(m, deadlines)).toList())) + System.lineSeparator();
            for (int piece : new int[] {1, 2, 3, MatterJson.ListWriter.PIECE}) {
                assertThat(streamed(list, piece)).as("%d matters in pieces of %d", size, piece).isEqualTo(mapper);
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                ByteOutput out = new ByteOutput(bytes);
                try (MatterJson.ListWriter writer = new MatterJson.ListWriter(TerminalText.safe(out), deadlines,
                        piece)) {
                    list.forEach(writer);
                }
                out.flush();
                assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(mapper);
            }
        }
    }

    private String streamed(List<Matter> matters) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            MatterJson.writeList(out, matters, deadlines);
        }
        return text.toString();
    }

    private String streamed(List<Matter> matters, int piece) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text); MatterJson.ListWriter writer = new MatterJson.ListWriter(out,
                deadlines, piece)) {
            matters.forEach(writer);
        }
        return text.toString();
    }
}

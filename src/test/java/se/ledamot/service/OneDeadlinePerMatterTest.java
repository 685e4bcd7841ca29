package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.BriefPdf;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.cli.Cli;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.importer.ImportItem;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.register.MatterRow;
import se.ledamot.ui.register.RegisterViewModel;

/**
 * A matter has one deadline wherever it is shown: for every sample matter (with the sample meeting on the calendar),
 * and a question to be answered at that meeting, the matter brief, {@code list --json}, the register's row and
 * {@code overdue} give the same date.
 */
class OneDeadlinePerMatterTest {
    /** The brief writes dates out as Swedish papers do: "Tidsgräns 14 december 2026 (…)". */
    private static final Pattern BRIEF_DEADLINE = Pattern.compile("Tidsgräns\\s+(\\d{1,2} \\p{L}+ \\d{4})");
    private static final DateTimeFormatter BRIEF_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu",
            Locale.forLanguageTag("sv"));
    /** So late that every deadline is past and overdue lists every matter that has one. */
    private static final String FAR_FUTURE = "2100-01-01";

    @TempDir
    Path folder;

    @Test
    void theBriefTheListTheRegisterAndOverdueGiveTheSameDeadline() throws Exception {
        Map<Long, Optional<LocalDate>> brief = new TreeMap<>();
        Map<Long, Optional<LocalDate>> register = new TreeMap<>();
        long question;
        try (TestContext test = new TestContext(folder)) {
            for (ImportItem item : test.services.samples().load().matters()) {
                long id = item.stored().id();
                brief.put(id, deadlineIn(test.services.briefs().matter(id)));
            }
            // Its deadline comes from the meeting calendar only: it is answered at the sample meeting, where it is asked.
            question = test.services.matters().add(Matter.newMatter(MatterKind.QUESTION, "Fråga om skolskjutsarna")
                    .submitted(LocalDate.parse("2026-11-12")).status(Status.SUBMITTED)
                    .authors(List.of(new Person("Karin Berg", "S")))
                    .addressee(new Addressee("Per Holm", "M", null)).build()).id();
            brief.put(question, deadlineIn(test.services.briefs().matter(question)));
            RegisterViewModel vm = new RegisterViewModel(test.context);
            vm.reload();
            for (MatterRow row : vm.visibleRows()) {
                register.put(row.id(), Optional.ofNullable(row.deadlineProperty().get()).map(d -> d.date()));
            }
        }
        Map<Long, Optional<LocalDate>> list = new TreeMap<>();
        for (JsonNode m : cli("list", "--json")) {
            list.put(m.get("id").asLong(), date(m.get("deadline")));
        }
        Map<Long, Optional<LocalDate>> overdue = new TreeMap<>();
        brief.keySet().forEach(id -> overdue.put(id, Optional.empty()));
        for (JsonNode e : cli("overdue", "--json", "--today", FAR_FUTURE)) {
            // A matter past two deadlines is listed twice; the one it shows elsewhere is the nearest.
            long id = e.get("matter").get("id").asLong();
            LocalDate d = LocalDate.parse(e.get("deadline").asText());
            overdue.merge(id, Optional.of(d), (a, b) -> a.isEmpty() || b.get().isBefore(a.get()) ? b : a);
        }

        assertThat(brief).hasSize(5);
        assertThat(brief.get(question)).isPresent();
        assertThat(list).isEqualTo(brief);
        assertThat(register).isEqualTo(brief);
        assertThat(overdue).isEqualTo(brief);
    }

    private static Optional<LocalDate> deadlineIn(se.ledamot.brief.layout.Document doc) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BriefPdf.write(doc, PdfWriter.Progress.NONE).bytes())) {
            Matcher m = BRIEF_DEADLINE.matcher(new PDFTextStripper().getText(pdf));
            return m.find() ? Optional.of(LocalDate.parse(m.group(1), BRIEF_DATE)) : Optional.empty();
        }
    }

    private JsonNode cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(args),
                java.util.stream.Stream.of("--data", folder.toString())).toArray(String[]::new);
        assertThat(Cli.create(f -> { }, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute(all)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static Optional<LocalDate> date(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(node.asText()));
    }
}

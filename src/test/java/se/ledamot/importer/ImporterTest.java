package se.ledamot.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.importer.read.TestDocuments;

/** Files of every format and encoding, made here, come out as the matters they are; bad ones say why. */
class ImporterTest {
    private static final String MOTION = """
            Motion om fler förskoleplatser i Tierp

            Barnen i Tierp blir fler och förskolorna är fulla.

            Vi yrkar att kommunfullmäktige beslutar

            att barn- och utbildningsnämnden får i uppdrag att planera för två nya förskolor
            att planeringen redovisas senast i juni 2025

            Tierp den 4 februari 2025

            Sara Lind (C)    Olof Berg (C)
            """;
    private static final String INTERPELLATION = """
            Interpellation till tekniska nämndens ordförande Jonas Ek (M)
            Vinterväghållningen i Skellefteå
            Många cykelvägar plogades inte förrän sent på eftermiddagen i januari.
            1. Vilken tid ska cykelvägarna vara plogade?
            2. Hur följer nämnden upp entreprenörens arbete?
            Skellefteå 2024-01-29
            Lena Holm (V)
            """;
    private static final String QUESTION = """
            Enkel fråga till kommunalrådet Märta Åberg (S)
            Varför har biblioteket i Öregrund stängt på lördagar? Kommer öppettiderna att utökas?
            Östhammar 2023-05-15
            Sven Öhrn (M)
            """;
    private static final String CITIZEN_PROPOSAL = """
            Medborgarförslag: Hundrastgård i Västra Hagen

            Det finns ingen inhägnad plats för hundar i stadsdelen.

            Jag föreslår att kommunen bygger en hundrastgård i parken vid Västra Hagen.

            Med vänliga hälsningar
            Karin Sjöberg
            2024-06-02
            """;

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    private ImportItem one(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        ImportItem item = importer.prepare(file);
        assertThat(item.failure()).as(name).isNull();
        return item;
    }

    @Test
    void motionWrittenInWordIsAMotionWithItsClausesAndBothSignatories() throws Exception {
        var m = one("motion.docx", TestDocuments.docx(MOTION)).draft().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.MOTION);
        assertThat(m.title()).isEqualTo("Fler förskoleplatser i Tierp");
        assertThat(m.proposals()).containsExactly(
                "barn- och utbildningsnämnden får i uppdrag att planera för två nya förskolor",
                "planeringen redovisas senast i juni 2025");
        assertThat(m.authors()).containsExactly(new Person("Sara Lind", "C"), new Person("Olof Berg", "C"));
        assertThat(m.submitted()).isEqualTo(LocalDate.of(2025, 2, 4));
    }

    @Test
    void interpellationAsPdfHasAddresseeTitleAndQuestions() throws Exception {
        ImportItem item = one("interpellation.pdf", TestDocuments.pdf(INTERPELLATION));
        var m = item.draft().matter();
        assertThat(item.source().format()).isEqualTo("pdf");
        assertThat(m.kind()).isEqualTo(MatterKind.INTERPELLATION);
        assertThat(m.addressee()).isEqualTo(new Addressee("Jonas Ek", "M", "tekniska nämndens ordförande"));
        assertThat(m.title()).isEqualTo("Vinterväghållningen i Skellefteå");
        assertThat(m.questions()).containsExactly("Vilken tid ska cykelvägarna vara plogade?",
                "Hur följer nämnden upp entreprenörens arbete?");
        assertThat(m.authors()).containsExactly(new Person("Lena Holm", "V"));
    }

    @Test
    void questionInWindows1252IsAQuestionWithItsSwedishLetters() throws Exception {
        var m = one("fraga.txt", QUESTION.getBytes("windows-1252")).draft().matter();
        assertThat(m.kind()).isEqualTo(MatterKind.QUESTION);
        assertThat(m.addressee()).isEqualTo(new Addressee("Märta Åberg", "S", "kommunalrådet"));
        assertThat(m.questions()).containsExactly("Varför har biblioteket i Öregrund stängt på lördagar?",
                "Kommer öppettiderna att utökas?");
        assertThat(m.authors()).containsExactly(new Person("Sven Öhrn", "M"));
        assertThat(m.body()).contains("Öregrund").doesNotContain("Ã");
    }

    @Test
    void citizenProposalAsTextAndAsOpenDocumentGiveTheSameDraft() throws Exception {
        var txt = one("forslag.txt", CITIZEN_PROPOSAL.getBytes(StandardCharsets.UTF_8)).draft().matter();
        var odt = one("forslag.odt", TestDocuments.odt(CITIZEN_PROPOSAL)).draft().matter();
        for (var m : List.of(txt, odt)) {
            assertThat(m.kind()).isEqualTo(MatterKind.CITIZEN_PROPOSAL);
            assertThat(m.title()).isEqualTo("Hundrastgård i Västra Hagen");
            assertThat(m.proposals()).containsExactly("kommunen bygger en hundrastgård i parken vid Västra Hagen");
            assertThat(m.authors()).containsExactly(new Person("Karin Sjöberg", null));
            assertThat(m.submitted()).isEqualTo(LocalDate.of(2024, 6, 2));
        }
    }

    @Test
    void folderIsGoneThroughAndABadFileStopsNothingElse() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/motion.txt"), MOTION);
        Files.write(sub.resolve("trasig.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        Files.writeString(sub.resolve("fraga.txt"), QUESTION);
        Files.writeString(dir.resolve("a/.dold.txt"), MOTION);
        AtomicInteger calls = new AtomicInteger();
        List<String> reported = new ArrayList<>();
        List<ImportItem> items = importer.prepare(List.of(dir.resolve("a")), (done, total, file) -> {
            calls.incrementAndGet();
            assertThat(total).isEqualTo(3);
            reported.add(file);
        }, () -> false);
        assertThat(items).extracting(i -> Path.of(i.file()).getFileName().toString())
                .containsExactly("fraga.txt", "trasig.pdf", "motion.txt");
        assertThat(items.get(1).failureText()).contains("trasig.pdf");
        assertThat(items.get(0).isFailed()).isFalse();
        assertThat(items.get(2).draft().matter().kind()).isEqualTo(MatterKind.MOTION);
        assertThat(calls).hasValue(3);
        assertThat(reported).hasSize(3);
    }

    @Test
    void sameTextTwiceInOneBatchIsMarkedAsDuplicateOfTheFirst() throws Exception {
        Files.writeString(dir.resolve("1.txt"), MOTION);
        Files.writeString(dir.resolve("2.txt"), MOTION.replace("\n", "\r\n").replace(" ", "  "));
        List<ImportItem> items = importer.prepare(List.of(dir), ImportProgress.NONE, () -> false);
        assertThat(items.get(0).isDuplicate()).isFalse();
        assertThat(items.get(1).duplicateOfFile()).isEqualTo(items.get(0).file());
        assertThat(items.get(1).isStorable()).isFalse();
    }

    @Test
    void sameMotionAsWordAndAsTextIsOneText() throws Exception {
        Files.write(dir.resolve("motion.docx"), TestDocuments.docx(MOTION));
        Files.writeString(dir.resolve("motion.txt"), MOTION);
        List<ImportItem> items = importer.prepare(List.of(dir), ImportProgress.NONE, () -> false);
        assertThat(items.get(0).source().textHash()).isEqualTo(items.get(1).source().textHash());
        assertThat(items.get(1).duplicateOfFile()).isEqualTo(items.get(0).file());
    }

    @Test
    void cancellingStopsBeforeTheNextFile() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(dir.resolve(i + ".txt"), MOTION + i);
        }
        AtomicInteger done = new AtomicInteger();
        List<ImportItem> items = importer.prepare(List.of(dir), (d, t, f) -> done.set(d), () -> done.get() >= 2);
        assertThat(items).hasSize(2);
    }
}

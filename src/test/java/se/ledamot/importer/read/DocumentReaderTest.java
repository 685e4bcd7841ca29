package se.ledamot.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.DomainException;
import se.ledamot.importer.hostile.HostilePdfs;
import se.ledamot.importer.hostile.Zips;
import se.ledamot.l10n.Localization;

class DocumentReaderTest {
    private static final String QUESTION = """
            Fråga till socialnämndens ordförande Åsa Öberg (C)
            Hur många äldre väntar på särskilt boende i Härnösand?
            Härnösand 2021-11-08
            Göran Ärlig (KD)""";

    @TempDir
    Path dir;

    private ReadDocument read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return DocumentReader.read(file);
    }

    private String refusal(String name, byte[] bytes) {
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try {
            DocumentReader.read(file);
        } catch (DomainException e) {
            return Localization.message(e);
        }
        throw new AssertionError(name + " was read");
    }

    @Test
    void windows1252QuestionIsReadWithItsSwedishLetters() throws Exception {
        ReadDocument doc = read("fraga.txt", QUESTION.getBytes("windows-1252"));
        assertThat(doc.text()).isEqualTo(QUESTION).doesNotContain("Ã");
        assertThat(doc.format()).isEqualTo("text/windows-1252");
    }

    @Test
    void utf8TextWithOrWithoutByteOrderMarkIsReadAsUtf8() throws Exception {
        assertThat(read("a.txt", QUESTION.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(QUESTION);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = Arrays.copyOf(bom, 3 + QUESTION.getBytes(StandardCharsets.UTF_8).length);
        System.arraycopy(QUESTION.getBytes(StandardCharsets.UTF_8), 0, withBom, 3, withBom.length - 3);
        assertThat(read("b.txt", withBom).text()).isEqualTo(QUESTION);
    }

    @Test
    void wordPdfAndOpenDocumentFilesGiveTheirText() throws Exception {
        assertThat(read("motion.docx", TestDocuments.docx(QUESTION)).text()).contains("Åsa Öberg (C)")
                .contains("Hur många äldre väntar på särskilt boende i Härnösand?");
        assertThat(read("interpellation.pdf", TestDocuments.pdf(QUESTION)).text()).contains("Åsa Öberg (C)")
                .contains("Göran Ärlig (KD)");
        assertThat(read("forslag.odt", TestDocuments.odt(QUESTION)).text()).isEqualTo(QUESTION + "\n");
    }

    @Test
    void documentsAreRecognisedByTheirContentWhateverTheirName() throws Exception {
        assertThat(read("utan-filändelse", TestDocuments.pdf(QUESTION)).format()).isEqualTo("pdf");
        assertThat(read("dokument.bin", TestDocuments.docx(QUESTION)).format()).isEqualTo("docx");
        assertThat(read("dokument", TestDocuments.odt(QUESTION)).format()).isEqualTo("odt");
    }

    @Test
    void emptyAndBlankFilesAreRefusedAsEmpty() {
        assertThat(refusal("tom.txt", new byte[0])).isEqualTo("Filen tom.txt är tom.");
        assertThat(refusal("blank.txt", " \n\n\t ".getBytes(StandardCharsets.UTF_8))).isEqualTo("Filen blank.txt är tom.");
    }

    @Test
    void binaryFileIsRefusedAsNotADocument() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(refusal("bild.png", png)).contains("bild.png").contains("varken text, PDF");
    }

    @Test
    void truncatedPdfAndWordFilesAreRefusedAsBroken() throws Exception {
        byte[] pdf = TestDocuments.pdf(QUESTION);
        byte[] docx = TestDocuments.docx(QUESTION);
        assertThat(refusal("halv.pdf", Arrays.copyOf(pdf, 200))).isEqualTo(
                "PDF-filen halv.pdf är trasig eller ofullständig och kunde inte läsas.");
        assertThat(refusal("halv.docx", Arrays.copyOf(docx, docx.length / 2))).isEqualTo(
                "Word-filen halv.docx är trasig eller ofullständig och kunde inte läsas.");
        assertThat(refusal("halv.odt", Arrays.copyOf(TestDocuments.odt(QUESTION), 60))).contains("halv.odt")
                .contains("trasig");
    }

    @Test
    void oldWordFormatIsRefusedWithAdviceToSaveAsDocx() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal("gammal.doc", ole)).contains(".docx");
        assertThat(refusal("gammal-utan-namn", ole)).contains(".docx");
    }

    @Test
    void hundredMegabyteTextIsRefusedBySizeWithoutBeingRead() throws Exception {
        Path big = dir.resolve("stor.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReader.read(big)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Localization.message(e)).isEqualTo(
                        "Filen stor.txt är för stor (100 MB). Ledamot läser dokument på högst 10 MB; "
                                + "ett ärende är sällan större än några hundra kB."));
        System.out.printf("100 MB file refused in %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void missingFileIsSaidToBeMissing() {
        assertThatThrownBy(() -> DocumentReader.read(dir.resolve("borta.pdf"))).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(Localization.message(e)).isEqualTo("Filen borta.pdf finns inte (längre)."));
    }

    @Test
    void aPdfOfMoreThanThreeThousandPagesIsRefusedBeforeAPageIsRead() {
        assertThat(spaced(refusal("sidor.pdf", HostilePdfs.pages(PdfText.MAX_PAGES + 1, PdfText.MAX_PAGES + 1)))).isEqualTo(
                "PDF-filen sidor.pdf har fler än 3 000 sidor, fler än Ledamot läser i en fil. Dela upp den och försök igen.");
        assertThat(spaced(refusal("ljuger.pdf", HostilePdfs.pages(PdfText.MAX_PAGES + 1, 1)))).contains(
                "fler än 3 000 sidor");
    }

    /** Swedish numbers group their thousands with a no-break space. */
    private static String spaced(String message) {
        return message.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void aZipThatUnpacksPastItsLimitIsRefusedAsSuchNotAsBroken() {
        byte[] bomb = Zips.zipRepeated("word/document.xml", Zips.DOCX_HEAD + "<w:p>", " ".repeat(1 << 20),
                (OfficeFile.MAX_XML_BYTES >> 20) + 1, "</w:p>" + Zips.DOCX_TAIL);
        assertThat(bomb.length).isLessThan(2 << 20);
        assertThat(refusal("bomb.docx", bomb)).startsWith("Filen bomb.docx blir större än 128 MB när den packas upp");
    }

    @Test
    void aDoctypeInAWordFileMakesItBrokenAndReadsNothingFromTheDisk() {
        String xxe = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Zips.DOCX_HEAD.substring(
                Zips.DOCX_HEAD.indexOf("<w:document")) + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>" + Zips.DOCX_TAIL;
        assertThat(refusal("xxe.docx", Zips.docx(xxe))).isEqualTo(
                "Word-filen xxe.docx är trasig eller ofullständig och kunde inte läsas.");
    }

    @Test
    void aPasswordProtectedWordFileIsSaidToBeOne() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(refusal("hemlig.docx", ole)).startsWith("Word-filen hemlig.docx är lösenordsskyddad");
    }

    @Test
    void aNulByteAnywhereMakesATextFileBinary() {
        byte[] text = (QUESTION.repeat(500) + "\u0000").getBytes(StandardCharsets.UTF_8);
        assertThat(text.length).isGreaterThan(8192);
        assertThat(refusal("nul.txt", text)).contains("varken text, PDF");
    }

    @Test
    void aFileFoundInAFolderIsNotReadThroughALink() throws Exception {
        Path target = Files.writeString(dir.resolve("mål.txt"), QUESTION);
        Path link = Files.createSymbolicLink(dir.resolve("länk.txt"), target);
        assertThat(DocumentReader.read(link).text()).isEqualTo(QUESTION);
        assertThatThrownBy(() -> DocumentReader.read(link, false)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(Localization.message(e)).startsWith("”länk.txt” är ingen vanlig fil"));
    }
}

package se.ledamot.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.ledamot.brief.doc.AnswerBrief;
import se.ledamot.brief.doc.DebateBrief;
import se.ledamot.brief.doc.Kallelse;
import se.ledamot.brief.doc.Protokoll;
import se.ledamot.brief.doc.Utdrag;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Deadlines;

/**
 * The first pages of the sample debate brief and of the answer brief, and pages of the sample meeting's kallelse,
 * protokoll and protokollsutdrag, rendered at 40 dpi, look as they did: a layout regression (a moved
 * block, a lost line, a changed font) changes far more pixels than the tolerance allows.
 *
 * <p>To accept a deliberate change of layout, regenerate the pictures and look at them before committing:
 * {@code xvfb-run -a mvn -q test -Dtest=GoldenPagesTest -Dgolden.update=true}; they are written to
 * src/test/resources/se/ledamot/brief/golden/.
 */
class GoldenPagesTest {
    private static final float DPI = 40;
    private static final int CHANNEL_TOLERANCE = 48;
    private static final double MAX_DIFFERENT = 0.005;
    private static final Path SOURCE = Path.of("src/test/resources/se/ledamot/brief/golden");

    private static byte[] debateBrief() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(DebateBrief.of(Samples.debate(3, "V"), "Stenungsunds kommun", Deadlines.standard(),
                Samples.TODAY, Samples.CREATED, Samples.ZONE), out, PdfWriter.Progress.NONE);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void debateBriefPageLooksAsBefore(int page) throws Exception {
        looksAsBefore(debateBrief(), page, "debate-" + page + ".png");
    }

    @Test
    void answerBriefFirstPageLooksAsBefore() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(AnswerBrief.of(Samples.interpellation(), Samples.TODAY, Samples.CREATED), out,
                PdfWriter.Progress.NONE);
        looksAsBefore(out.toByteArray(), 1, "answer-1.png");
    }

    /** The secretary's papers of the sample meeting: the kallelse, the protokoll and the extract of § 105. */
    @ParameterizedTest
    @ValueSource(strings = {"kallelse-1", "kallelse-3", "protokoll-1", "protokoll-2", "protokoll-3", "utdrag-1"})
    void paperPageLooksAsBefore(String name) throws Exception {
        String kind = name.substring(0, name.indexOf('-'));
        int page = Integer.parseInt(name.substring(name.indexOf('-') + 1));
        var papers = PaperSamples.meeting();
        var document = switch (kind) {
            case "kallelse" -> Kallelse.of(papers, Samples.CREATED);
            case "protokoll" -> Protokoll.of(papers, Samples.CREATED);
            default -> Utdrag.of(papers, 5, Samples.CREATED);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(document, out, PdfWriter.Progress.NONE);
        looksAsBefore(out.toByteArray(), page, name + ".png");
    }

    private void looksAsBefore(byte[] pdf, int page, String name) throws Exception {
        BufferedImage actual;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            actual = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(SOURCE);
            ImageIO.write(actual, "png", SOURCE.resolve(name).toFile());
            return;
        }
        BufferedImage expected;
        try (InputStream in = getClass().getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden picture " + name + " (see the class comment to make it)").isNotNull();
            expected = ImageIO.read(in);
        }
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        assertThat(differentPixels(actual, expected)).as("share of pixels that differ on " + name)
                .isLessThanOrEqualTo(MAX_DIFFERENT);
    }

    static double differentPixels(BufferedImage a, BufferedImage b) {
        long different = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > CHANNEL_TOLERANCE) {
                        different++;
                        break;
                    }
                }
            }
        }
        return (double) different / ((long) a.getWidth() * a.getHeight());
    }
}

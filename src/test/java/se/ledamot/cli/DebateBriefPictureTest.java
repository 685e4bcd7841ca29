package se.ledamot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the README's picture src/doc/debate-brief.png the way a user would: `samples`, then `brief` for the sample
 * meeting and group V; the cover and the first matter's page side by side. Runs only when asked for:
 * {@code xvfb-run -a mvn -q verify -Dtest=DebateBriefPictureTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs=true}.
 */
@Tag("docs")
@EnabledIfSystemProperty(named = "docs", matches = "true")
class DebateBriefPictureTest extends CommandLineTest {
    private static final float DPI = 75;
    private static final int GAP = 16;

    @Test
    void readmePictureShowsTheCoverAndTheFirstMatterOfTheSampleBrief() throws Exception {
        Path pdf = data.resolve("debattunderlag.pdf");
        assertThat(run("samples")).isZero();
        assertThat(run("brief", "--meeting", "1", "--group", "V", "-o", pdf.toString())).isZero();

        BufferedImage picture;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            BufferedImage cover = renderer.renderImageWithDPI(0, DPI, ImageType.RGB);
            BufferedImage item = renderer.renderImageWithDPI(firstMatterPage(doc), DPI, ImageType.RGB);
            picture = new BufferedImage(cover.getWidth() + item.getWidth() + 3 * GAP,
                    Math.max(cover.getHeight(), item.getHeight()) + 2 * GAP, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(new Color(0xd8dce3));
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            g.drawImage(cover, GAP, GAP, null);
            g.drawImage(item, 2 * GAP + cover.getWidth(), GAP, null);
            g.dispose();
        }
        Path out = Path.of("src/doc/debate-brief.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(picture, "png", out.toFile());
        assertThat(Files.size(out)).isLessThan(300 * 1024);
    }

    /** The first page (0-based) that sets out a matter: cover and contents come before it. */
    private static int firstMatterPage(PDDocument doc) throws Exception {
        PDFTextStripper text = new PDFTextStripper();
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            text.setStartPage(page);
            text.setEndPage(page);
            if (text.getText(doc).contains("Ärendetyp")) {
                return page - 1;
            }
        }
        throw new AssertionError("no matter in the brief");
    }

}

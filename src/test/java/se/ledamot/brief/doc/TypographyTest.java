package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.LineBreaker;
import se.ledamot.brief.layout.Span;
import se.ledamot.brief.layout.Style;

/**
 * The grey of the page, measured: over a corpus of Swedish council text (the seed documents and texts full of long
 * compounds such as "funktionsnedsättning" and "landsbygdstrafiken") set justified in the desk style, no word space
 * is wider than half an em, the lines hold 60–75 characters on average and none more than 85, fewer than three lines
 * in ten end in a hyphen (Swedish compounds are long) and never more than two in a row.
 */
class TypographyTest {
    private static final float MAX_GAP_EM = 0.5f;
    private static final double MIN_MEAN_CHARS = 60;
    private static final double MAX_MEAN_CHARS = 75;
    private static final int MAX_CHARS = 85;
    private static final double MAX_HYPHENATED_SHARE = 0.3;
    private static final int MAX_HYPHENS_IN_A_ROW = 2;
    private static final double MAX_RAGGED_SHARE = 0.1;

    static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Paragraphs.of(Files.readString(seed)).forEach(p -> out.add(p.text()));
            }
        }
        try (InputStream in = TypographyTest.class.getResourceAsStream("/se/ledamot/brief/corpus-sv.txt")) {
            Paragraphs.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)).forEach(p -> out.add(p.text()));
        }
        return out.stream().filter(p -> p.length() > 120).toList();
    }

    @Test
    void justifiedSwedishTextKeepsEvenSpacesAndAReadableMeasure() throws IOException {
        Style body = HouseStyle.DESK.body();
        float measure = HouseStyle.DESK.page().measure();
        List<String> corpus = corpus();
        float widest = 0;
        String widestLine = "";
        int lines = 0;
        int hyphenated = 0;
        int ragged = 0;
        long chars = 0;
        int longest = 0;
        int row = 0;
        int longestRow = 0;
        for (String para : corpus) {
            List<LineBreaker.Line> set = LineBreaker.lines(List.of(new Span(para, body)), measure, Align.JUSTIFY);
            boolean justified = set.size() < 2 || set.getFirst().extraPerGap() != 0
                    || Math.abs(set.getFirst().width() - measure) < 0.01f;
            ragged += justified ? 0 : 1;
            row = 0;
            for (LineBreaker.Line line : set.subList(0, set.size() - 1)) {
                lines++;
                hyphenated += line.hyphenated() ? 1 : 0;
                row = line.hyphenated() ? row + 1 : 0;
                longestRow = Math.max(longestRow, row);
                chars += line.text().length();
                longest = Math.max(longest, line.text().length());
                if (line.widestGap() > widest) {
                    widest = line.widestGap();
                    widestLine = line.text();
                }
            }
        }
        double mean = (double) chars / lines;
        System.out.printf("TYPOGRAPHY %d paragraphs, %d full lines: widest word space %.2f pt (%.2f em) in \"%s\"; "
                + "%.1f characters a line on average, at most %d; %d lines hyphenated (%.0f %%), at most %d in a "
                + "row; %d paragraphs ragged%n", corpus.size(), lines, widest, widest / body.size(), widestLine, mean,
                longest, hyphenated, 100.0 * hyphenated / lines, longestRow, ragged);
        assertThat(corpus).hasSizeGreaterThan(20);
        assertThat(widest / body.size()).as("widest word space in ems").isLessThanOrEqualTo(MAX_GAP_EM);
        assertThat(mean).as("characters a line").isBetween(MIN_MEAN_CHARS, MAX_MEAN_CHARS);
        assertThat(longest).as("longest line").isLessThanOrEqualTo(MAX_CHARS);
        assertThat((double) hyphenated / lines).as("share of hyphenated lines").isLessThan(MAX_HYPHENATED_SHARE);
        assertThat(longestRow).as("hyphens in a row").isLessThanOrEqualTo(MAX_HYPHENS_IN_A_ROW);
        assertThat((double) ragged / corpus.size()).as("share of paragraphs set ragged").isLessThan(MAX_RAGGED_SHARE);
    }

    @Test
    void theIssuesTwoLineParagraphIsSetWithoutHoles() {
        Style body = HouseStyle.DESK.body();
        String text = "Yttrandet saknar synpunkter på landsbygdstrafiken och på hur personer med "
                + "funktionsnedsättning ska kunna resa med kollektivtrafiken.";
        for (float measure = 150; measure <= HouseStyle.DESK.page().measure(); measure += 10) {
            for (LineBreaker.Line line : LineBreaker.lines(List.of(new Span(text, body)), measure, Align.JUSTIFY)) {
                assertThat(line.widestGap() / body.size()).as("at measure " + measure + ": " + line.text())
                        .isLessThanOrEqualTo(MAX_GAP_EM);
            }
        }
    }
}

package se.ledamot.brief.doc;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import se.ledamot.brief.layout.Block;
import se.ledamot.brief.layout.Span;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.papers.Logo;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * The head of a public paper, as Swedish council papers have it: the council's logo, then its name and the body on
 * the left, and on the right half the kind of paper in capitals with its dates beneath, then a thin rule.
 */
final class Masthead {
    private static final float LOGO_HEIGHT = 38;
    private static final float LOGO_MAX_WIDTH = 190;
    private static final float[] COLUMNS = {0.58f, 0.42f};

    private Masthead() {
    }

    /**
     * @param kind  the kind of paper: "KALLELSE", "PROTOKOLL", "PROTOKOLLSUTDRAG"
     * @param dates lines under the kind on the right: "Sammanträdesdatum 2026-12-14"
     */
    static void print(Composer c, MeetingPapers papers, String kind, List<String> dates) {
        var st = c.style();
        Body body = papers.body();
        papers.settings().logoIfAny().ifPresent(logo -> logo(c, logo, papers.council()));
        List<List<Span>> rows = new ArrayList<>();
        String council = papers.council().isBlank() ? " " : papers.council();
        rows.add(List.of(new Span(council, st.h2().color(se.ledamot.brief.layout.Rgb.GREY)),
                new Span(kind, st.h2().color(se.ledamot.brief.layout.Rgb.ACCENT))));
        List<String> right = new ArrayList<>(dates);
        rows.add(List.of(new Span(body.name(), st.h1()), new Span(right.isEmpty() ? "" : right.removeFirst(),
                st.label())));
        for (String line : right) {
            rows.add(List.of(new Span("", st.body()), new Span(line, st.label())));
        }
        c.add(new Block.Table(COLUMNS, rows, false, 0, 2, c.tag("Table")));
        c.rule();
    }

    /** The logo at its height, or narrower when it is very wide; left out when it cannot be read as a picture. */
    private static void logo(Composer c, Logo logo, String council) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(logo.bytes()));
        } catch (IOException e) {
            return;
        }
        if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
            return;
        }
        float aspect = (float) image.getWidth() / image.getHeight();
        float width = Math.min(LOGO_MAX_WIDTH, LOGO_HEIGHT * aspect);
        c.add(new Block.Image(logo.bytes(), width, width / aspect, 0, 4,
                c.tag("Figure", PaperWords.p("logo", council)), List.of(), false));
    }
}

package se.ledamot.brief.doc;

import se.ledamot.brief.layout.Document;
import se.ledamot.brief.layout.Face;
import se.ledamot.brief.layout.Rgb;
import se.ledamot.brief.layout.Style;

/**
 * The briefs' typography: Liberation Serif for reading, Liberation Sans for headings, labels and the running
 * lines, each on a page whose text column holds 60–75 characters a line, the measure that reads best.
 *
 * <p>At the desk: 11 pt on a 113 mm column (about 70 characters), set from a 30 mm binding margin, which leaves a
 * margin of about 67 mm on the right for notes in hand beside the text. At the lectern (answers read aloud): 16 pt,
 * unhyphenated, on a 153 mm column (about 70 characters), with room on the left for each paragraph's speaking time.
 *
 * <p>The secretary's public papers (kallelse, handlingar, protokoll): 11 pt on the same 115 mm text column, set in
 * {@link #HANG} from a 24 mm margin, as Swedish council papers are: the hanging column on the left holds the item
 * numbers and paragraphs (§) beside their headings and the labels of the title block, and tables such as the
 * föredragningslista and the list of those present use the whole width.
 */
record HouseStyle(Style body, Style bodyBold, Style bodyItalic, Style title, Style h1, Style h2, Style label,
        Style small, Style running, Document.Page page) {

    private static final float A4_WIDTH = 595.28f;
    private static final float A4_HEIGHT = 841.89f;

    static final HouseStyle DESK = scaled(11f, 15f / 11f, true,
            new Document.Page(A4_WIDTH, A4_HEIGHT, 85, A4_WIDTH - 85 - 320, 72, 66));
    static final HouseStyle PAPER = scaled(11f, 15f / 11f, true,
            new Document.Page(A4_WIDTH, A4_HEIGHT, 68, 60, 72, 84));
    /** The hanging column of {@link #PAPER}: the text column starts this far in from the left margin. */
    static final float HANG = 142;
    static final HouseStyle LECTERN = scaled(16f, 1.6f, false,
            new Document.Page(A4_WIDTH, A4_HEIGHT, 100, 60, 78, 72));

    private static HouseStyle scaled(float size, float leading, boolean hyphenate, Document.Page page) {
        Style body = Style.of(Face.SERIF, size).leading(size * leading).hyphenate(hyphenate);
        return new HouseStyle(body,
                body.face(Face.SERIF_BOLD),
                body.face(Face.SERIF_ITALIC),
                Style.of(Face.SANS_BOLD, size * 2f).leading(size * 2.4f).color(Rgb.ACCENT).hyphenate(false),
                Style.of(Face.SANS_BOLD, size * 1.35f).leading(size * 1.7f).color(Rgb.ACCENT).hyphenate(false),
                Style.of(Face.SANS_BOLD, size * 1.05f).leading(size * 1.4f).hyphenate(false),
                Style.of(Face.SANS_BOLD, size * 0.8f).leading(size * 1.25f).color(Rgb.GREY),
                Style.of(Face.SANS, size * 0.8f).leading(size * 1.15f).color(Rgb.GREY),
                Style.of(Face.SANS, 8f).color(Rgb.GREY), page);
    }
}

package se.ledamot.brief.doc;

import se.ledamot.brief.layout.Face;
import se.ledamot.brief.layout.Rgb;
import se.ledamot.brief.layout.Style;

/**
 * The briefs' typography: Liberation Serif for reading, Liberation Sans for headings, labels and the running
 * lines. The reading-aloud scale is for answers read from a lectern.
 */
record HouseStyle(Style body, Style bodyBold, Style bodyItalic, Style title, Style h1, Style h2, Style label,
        Style small, Style running) {

    static final HouseStyle DESK = scaled(10.5f, 1.38f);
    static final HouseStyle LECTERN = scaled(16f, 1.6f);

    private static HouseStyle scaled(float size, float leading) {
        Style body = Style.of(Face.SERIF, size).leading(size * leading);
        return new HouseStyle(body,
                body.face(Face.SERIF_BOLD),
                body.face(Face.SERIF_ITALIC),
                Style.of(Face.SANS_BOLD, size * 2.1f).leading(size * 2.5f).color(Rgb.ACCENT),
                Style.of(Face.SANS_BOLD, size * 1.4f).leading(size * 1.75f).color(Rgb.ACCENT),
                Style.of(Face.SANS_BOLD, size * 1.1f).leading(size * 1.45f),
                Style.of(Face.SANS_BOLD, size * 0.85f).leading(size * 1.3f).color(Rgb.GREY),
                Style.of(Face.SANS, size * 0.85f).leading(size * 1.2f).color(Rgb.GREY),
                Style.of(Face.SANS, 8f).color(Rgb.GREY));
    }
}

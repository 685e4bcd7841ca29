package se.ledamot.brief.layout;

/**
 * How a run of text looks: face, size and line distance in points, colour, and whether its words may be hyphenated
 * (on by default; off for text read aloud, where a broken word trips the reader).
 */
public record Style(Face face, float size, float leading, Rgb color, boolean hyphenate) {

    public Style(Face face, float size, float leading, Rgb color) {
        this(face, size, leading, color, true);
    }

    public static Style of(Face face, float size) {
        return new Style(face, size, size * 1.3f, Rgb.BLACK, true);
    }

    public Style face(Face f) {
        return new Style(f, size, leading, color, hyphenate);
    }

    public Style color(Rgb c) {
        return new Style(face, size, leading, c, hyphenate);
    }

    public Style leading(float l) {
        return new Style(face, size, l, color, hyphenate);
    }

    public Style hyphenate(boolean h) {
        return new Style(face, size, leading, color, h);
    }

    public float width(CharSequence text) {
        return face.width(text, size);
    }

    /** Height above the baseline that a line of this style needs (ascent, about 0.8 em for Liberation). */
    public float ascent() {
        return size * 0.8f;
    }
}

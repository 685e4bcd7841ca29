package se.ledamot.brief.layout;

/** How a run of text looks: face, size and line distance in points, colour. */
public record Style(Face face, float size, float leading, Rgb color) {

    public static Style of(Face face, float size) {
        return new Style(face, size, size * 1.3f, Rgb.BLACK);
    }

    public Style face(Face f) {
        return new Style(f, size, leading, color);
    }

    public Style color(Rgb c) {
        return new Style(face, size, leading, c);
    }

    public Style leading(float l) {
        return new Style(face, size, l, color);
    }

    public float width(CharSequence text) {
        return face.width(text, size);
    }

    /** Height above the baseline that a line of this style needs (ascent, about 0.8 em for Liberation). */
    public float ascent() {
        return size * 0.8f;
    }
}

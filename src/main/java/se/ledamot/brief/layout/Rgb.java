package se.ledamot.brief.layout;

/** A colour in sRGB, 0..1 per channel: the one colour space the document declares. */
public record Rgb(float r, float g, float b) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb GREY = new Rgb(0.38f, 0.38f, 0.38f);
    public static final Rgb LIGHT = new Rgb(0.75f, 0.75f, 0.75f);
    /** A dark blue for headings and the working-material mark: reads as colour, prints as near black. */
    public static final Rgb ACCENT = new Rgb(0.09f, 0.21f, 0.40f);
}

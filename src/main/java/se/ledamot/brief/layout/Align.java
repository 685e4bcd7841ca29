package se.ledamot.brief.layout;

public enum Align {
    JUSTIFY,
    LEFT,
    CENTER,
    RIGHT
}

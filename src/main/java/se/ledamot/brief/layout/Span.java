package se.ledamot.brief.layout;

import java.util.Objects;

/** A run of text in one style. */
public record Span(String text, Style style) {
    public Span {
        Objects.requireNonNull(style, "style");
        text = text == null ? "" : text;
    }
}

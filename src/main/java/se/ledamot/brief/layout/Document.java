package se.ledamot.brief.layout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document to set: what it says about itself, its page, its running header and footer, and its blocks in order.
 */
public record Document(Info info, Page page, Running running, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(running, "running");
        blocks = List.copyOf(blocks);
    }

    /** Document metadata, written both to the info dictionary and to XMP, as PDF/A wants them to agree. */
    public record Info(String title, String author, String subject, String keywords, String language,
            Instant created) {
    }

    /** Page size and margins in points. */
    public record Page(float width, float height, float left, float right, float top, float bottom) {
        public static final Page A4 = new Page(595.28f, 841.89f, 72, 72, 78, 72);

        public float measure() {
            return width - left - right;
        }

        public float bodyHeight() {
            return height - top - bottom;
        }
    }

    /** Writes the footer line for a page, once the number of pages is known: "sida 3 av 12". */
    @FunctionalInterface
    public interface PageLabel {
        String text(int page, int pages);
    }

    /**
     * The header and footer on every page but, if so set, the first (a cover). Boxes, if any, are small signature
     * fields at the foot of each page, labelled ("Justerandes signatur", "Utdragsbestyrkande"), as minutes have them.
     */
    public record Running(String headerLeft, String headerRight, PageLabel footer, Style style,
            boolean onFirstPage, List<String> boxes) {
        public Running {
            boxes = List.copyOf(boxes);
        }

        public Running(String headerLeft, String headerRight, PageLabel footer, Style style, boolean onFirstPage) {
            this(headerLeft, headerRight, footer, style, onFirstPage, List.of());
        }
    }
}

package se.ledamot.domain.papers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Limit;

/**
 * An item a body has on every agenda (a standard item), before the matters or after them: upprop, val av justerare
 * och tid för justering, godkännande av kungörelse, allmänhetens frågestund, anmälan av nya motioner,
 * interpellationer och frågor, meddelanden — or one of the body's own ({@link Kind#CUSTOM}, with its title).
 *
 * @param title the heading as printed; null for a known kind, which the papers name in the reader's language
 */
public record StandardItem(Kind kind, String title) {

    /** The standard items papers know how to fill in. */
    public enum Kind {
        /** Upprop: who is present; the protokoll's list of those present answers it. */
        ROLL_CALL("upprop"),
        /** Val av justerare och tid för justering. */
        ADJUSTERS("justerare", "justering"),
        /** Godkännande av kungörelse: the meeting was announced as the law says (5 kap. 11 § kommunallagen). */
        NOTICE("kungörelse", "tillkännagivande"),
        /** Godkännande av dagordningen, as a nämnd has it. */
        AGENDA_APPROVAL("dagordning", "föredragningslista"),
        /** Allmänhetens frågestund, where the council has one. */
        PUBLIC_QUESTIONS("frågestund"),
        /** Anmälan av nya motioner, interpellationer och frågor (and medborgarförslag). */
        NEW_SUBMISSIONS("anmälan av nya", "nya motioner", "anmälan av motioner", "anmälningsärenden"),
        /** Meddelanden: letters and decisions for the body's information. */
        MESSAGES("meddelanden"),
        /** One of the body's own, with its title. */
        CUSTOM;

        private final List<String> words;

        Kind(String... words) {
            this.words = List.of(words);
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            if (code == null) {
                return Optional.empty();
            }
            String c = code.strip().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.code().equals(c)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The standard item a free-text agenda item is, as a secretary typed it ("Val av justerare"); empty if none. */
        public static Optional<Kind> named(String text) {
            if (text == null) {
                return Optional.empty();
            }
            for (Kind k : values()) {
                if (k != CUSTOM && k.names(text)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** Whether a free-text agenda item, as a secretary typed it, is this standard item ("Val av justerare"). */
        boolean names(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(t::contains);
        }
    }

    public StandardItem {
        Objects.requireNonNull(kind, "kind");
        title = Limit.AGENDA_TEXT.check(title);
        if (kind == Kind.CUSTOM && title == null) {
            throw new DomainException("papers.standardItem.title");
        }
    }

    public static StandardItem of(Kind kind) {
        return new StandardItem(kind, null);
    }

    public static StandardItem custom(String title) {
        return new StandardItem(Kind.CUSTOM, title);
    }

    /** Whether an agenda item's text is this standard item, already on the agenda. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        if (title != null && title.equalsIgnoreCase(text.strip())) {
            return true;
        }
        return kind != Kind.CUSTOM && kind.names(text);
    }
}

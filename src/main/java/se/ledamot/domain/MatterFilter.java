package se.ledamot.domain;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which matters to show: by kind, status and party, and a free text looked for in number, title, body, authors,
 * addressee and tags. Null means "any". One filter for the window and the command line.
 */
public record MatterFilter(MatterKind kind, Status status, String party, String query) implements Predicate<Matter> {

    public static final MatterFilter ALL = new MatterFilter(null, null, null, null);

    @Override
    public boolean test(Matter m) {
        return (kind == null || m.kind() == kind)
                && (status == null || m.status() == status)
                && (party == null || party.isBlank() || m.parties().stream().anyMatch(p -> p.equalsIgnoreCase(party.strip())))
                && matchesQuery(m);
    }

    private boolean matchesQuery(Matter m) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = String.join("\n",
                MatterField.NUMBER.textOf(m), m.title(), m.body(), MatterField.AUTHORS.textOf(m),
                MatterField.ADDRESSEE.textOf(m), MatterField.TAGS.textOf(m), m.answer(),
                MatterField.PROPOSALS.textOf(m), MatterField.QUESTIONS.textOf(m)).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}

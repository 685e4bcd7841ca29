package se.ledamot.search;

import java.util.Set;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * What to look for. The text is words (each must match, in any of its forms and as a part of compounds), phrases in
 * quotes, and prefixes ending in {@code *}; while typing ({@code asYouType}) the last word counts as a prefix too.
 * Empty sets and null years mean "any". With {@code ignoreDiacritics} "Akesson" finds "Åkesson" and back.
 */
public record SearchQuery(String text, Set<HitType> types, Set<MatterKind> kinds, Set<Status> statuses,
        Set<String> parties, Set<String> bodies, Integer fromYear, Integer toYear, boolean ignoreDiacritics,
        boolean asYouType, int limit) {

    public SearchQuery {
        text = text == null ? "" : text;
        types = types == null ? Set.of() : Set.copyOf(types);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        bodies = bodies == null ? Set.of() : Set.copyOf(bodies);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** Everything that matches the text, of every type, the best {@code limit} first. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, null, false, false, limit);
    }

    public SearchQuery withTypes(Set<HitType> only) {
        return new SearchQuery(text, only, kinds, statuses, parties, bodies, fromYear, toYear, ignoreDiacritics,
                asYouType, limit);
    }

    public SearchQuery withKinds(Set<MatterKind> only) {
        return new SearchQuery(text, types, only, statuses, parties, bodies, fromYear, toYear, ignoreDiacritics,
                asYouType, limit);
    }

    public SearchQuery withStatuses(Set<Status> only) {
        return new SearchQuery(text, types, kinds, only, parties, bodies, fromYear, toYear, ignoreDiacritics,
                asYouType, limit);
    }

    public SearchQuery withParties(Set<String> only) {
        return new SearchQuery(text, types, kinds, statuses, only, bodies, fromYear, toYear, ignoreDiacritics,
                asYouType, limit);
    }

    public SearchQuery withBodies(Set<String> only) {
        return new SearchQuery(text, types, kinds, statuses, parties, only, fromYear, toYear, ignoreDiacritics,
                asYouType, limit);
    }

    public SearchQuery withYears(Integer from, Integer to) {
        return new SearchQuery(text, types, kinds, statuses, parties, bodies, from, to, ignoreDiacritics, asYouType,
                limit);
    }

    public SearchQuery ignoringDiacritics(boolean ignore) {
        return new SearchQuery(text, types, kinds, statuses, parties, bodies, fromYear, toYear, ignore, asYouType,
                limit);
    }

    public SearchQuery typing(boolean typing) {
        return new SearchQuery(text, types, kinds, statuses, parties, bodies, fromYear, toYear, ignoreDiacritics,
                typing, limit);
    }

    public SearchQuery withLimit(int max) {
        return new SearchQuery(text, types, kinds, statuses, parties, bodies, fromYear, toYear, ignoreDiacritics,
                asYouType, max);
    }

    /** Whether the text holds anything to search for (filters alone list everything they let through). */
    public boolean hasText() {
        return !text.isBlank();
    }
}

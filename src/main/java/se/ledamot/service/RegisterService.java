package se.ledamot.service;

import java.util.List;
import java.util.Set;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.MatterSummary;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.search.SearchQuery;
import se.ledamot.store.RegisterStore;

/**
 * The register of matters at any size: which matters a filter and a search let through, in the order asked for,
 * as ids (a hundred thousand fit in 800 KB), and the rows of the ones on screen, read a page at a time. A search
 * orders by relevance unless a column is chosen; filters alone order by the column, newest submission first.
 */
public final class RegisterService {
    /** The register's orders: by relevance (only with search text) or by a column. */
    public enum Sort { RELEVANCE, SUBMITTED, NUMBER, TITLE, KIND, STATUS }

    /**
     * What the register shows: the search text, the filters (empty means any; a person, null for anyone: their
     * matters as author or addressee) and the order.
     */
    public record Query(String text, Set<MatterKind> kinds, Set<Status> statuses, Set<String> parties,
            Integer fromYear, Integer toYear, Set<String> bodies, Sort sort, boolean ascending,
            boolean ignoreDiacritics, Person person) {
        public static final Query ALL = new Query("", Set.of(), Set.of(), Set.of(), null, null, Set.of(),
                Sort.SUBMITTED, false, false, null);

        public Query {
            text = text == null ? "" : text;
            kinds = Set.copyOf(kinds);
            statuses = Set.copyOf(statuses);
            parties = Set.copyOf(parties);
            bodies = Set.copyOf(bodies);
        }

        /** No search text and no filter (a person is one): every matter not in the trash. */
        public boolean isEverything() {
            return text.isBlank() && kinds.isEmpty() && statuses.isEmpty() && parties.isEmpty() && fromYear == null
                    && toYear == null && bodies.isEmpty() && person == null;
        }

        public Query withText(String t) {
            return new Query(t, kinds, statuses, parties, fromYear, toYear, bodies, sort, ascending,
                    ignoreDiacritics, person);
        }

        public Query withFilters(Set<MatterKind> k, Set<Status> s, Set<String> p) {
            return new Query(text, k, s, p, fromYear, toYear, bodies, sort, ascending, ignoreDiacritics, person);
        }

        public Query sortedBy(Sort by, boolean up) {
            return new Query(text, kinds, statuses, parties, fromYear, toYear, bodies, by, up, ignoreDiacritics,
                    person);
        }

        /** One person's matters only (null: anyone's). */
        public Query withPerson(Person p) {
            return new Query(text, kinds, statuses, parties, fromYear, toYear, bodies, sort, ascending,
                    ignoreDiacritics, p);
        }
    }

    private final RegisterStore store;
    private final SearchService search;
    /** The last column order read for a search, with what it was read for (one is enough: the user types on). */
    private volatile KeptOrder kept;

    /** A column order and the filter, order and index generation it was read at. */
    private record KeptOrder(RegisterStore.Filter filter, RegisterStore.Sort sort, boolean ascending,
            long generation, ColumnOrder order) {
    }

    RegisterService(RegisterStore store, SearchService search) {
        this.store = store;
        this.search = search;
    }

    /** The ids of the matters to show, in order. While typing, the last word counts as a prefix. */
    public long[] ids(Query q, boolean typing) {
        long[] ids = filtered(q, typing);
        if (q.person() == null) {
            return ids;
        }
        Set<Long> theirs = store.mattersOf(q.person());
        return java.util.Arrays.stream(ids).filter(theirs::contains).toArray();
    }

    private long[] filtered(Query q, boolean typing) {
        RegisterStore.Filter filter = filter(q);
        if (q.text().isBlank()) {
            Sort by = q.sort() == Sort.RELEVANCE ? Sort.SUBMITTED : q.sort();
            return store.ids(filter, RegisterStore.Sort.valueOf(by.name()), q.ascending());
        }
        SearchQuery asked = new SearchQuery(q.text(), null, q.kinds(), q.statuses(), q.parties(), q.bodies(),
                q.fromYear(), q.toYear(), q.ignoreDiacritics(), typing, Integer.MAX_VALUE);
        if (q.sort() == Sort.RELEVANCE) {
            return search.matterIds(asked);
        }
        long[] hits = search.matterIdsUnranked(asked);
        return orderOf(filter, RegisterStore.Sort.valueOf(q.sort().name()), q.ascending()).keep(hits);
    }

    /**
     * The filtered matters in a column's order. Kept while the search index has seen no change of matters since
     * (what it has not seen, its hits do not show either); read anew for a filter on bodies, which follows the
     * agendas, not the matters.
     */
    private ColumnOrder orderOf(RegisterStore.Filter filter, RegisterStore.Sort sort, boolean ascending) {
        long generation = search.generation();
        KeptOrder k = kept;
        if (k != null && k.generation() == generation && k.filter().equals(filter) && k.sort() == sort
                && k.ascending() == ascending) {
            return k.order();
        }
        ColumnOrder order = new ColumnOrder(store.ids(filter, sort, ascending));
        if (filter.bodies().isEmpty()) {
            kept = new KeptOrder(filter, sort, ascending, generation, order);
        }
        return order;
    }

    /**
     * The first {@code limit} rows of the list {@link #ids} gives, read before (or instead of) all of it: without
     * search text or person only these are read, from the index ({@link RegisterStore#firstIds}); otherwise the
     * list's beginning.
     */
    public List<MatterSummary> firstRows(Query q, int limit, java.time.LocalDate today) {
        long[] ids;
        if (q.text().isBlank() && q.person() == null) {
            Sort by = q.sort() == Sort.RELEVANCE ? Sort.SUBMITTED : q.sort();
            ids = store.firstIds(filter(q), RegisterStore.Sort.valueOf(by.name()), q.ascending(), limit, today);
        } else {
            ids = ids(q, !q.text().isBlank());
            ids = java.util.Arrays.copyOf(ids, Math.min(limit, ids.length));
        }
        return store.summaries(ids);
    }

    private static RegisterStore.Filter filter(Query q) {
        return new RegisterStore.Filter(q.kinds(), q.statuses(), q.parties(), q.fromYear(), q.toYear(), q.bodies());
    }

    /** The rows of these matters, in this order. */
    public List<MatterSummary> rows(long[] ids) {
        return store.summaries(ids);
    }

    /** How many matters are not in the trash. */
    public int count() {
        return store.count();
    }

    /** Every party among the authors, for the party filter. */
    public List<String> parties() {
        return store.parties();
    }
}

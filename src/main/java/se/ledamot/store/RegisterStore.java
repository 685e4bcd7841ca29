package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.AGENDA_ITEM;
import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MEETING;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.MatterSummary;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;

/**
 * The register at scale: the ids of the matters a filter lets through, in the order asked for, in one query over
 * indexes (V8); the rows of a page of them in two; and the matters still open, which deadlines and the dashboard
 * read. Nothing here reads a matter's texts.
 */
public final class RegisterStore {
    /** The register's sort keys; null values sort as in the register: undated matters first when newest first. */
    public enum Sort { SUBMITTED, NUMBER, TITLE, KIND, STATUS }

    /** Which matters: empty sets mean any. Years are of submission; bodies are meeting bodies' codes. */
    public record Filter(Set<MatterKind> kinds, Set<Status> statuses, Set<String> parties, Integer fromYear,
            Integer toYear, Set<String> bodies) {
        public static final Filter ALL = new Filter(Set.of(), Set.of(), Set.of(), null, null, Set.of());

        public Filter {
            kinds = Set.copyOf(kinds);
            statuses = Set.copyOf(statuses);
            parties = Set.copyOf(parties);
            bodies = Set.copyOf(bodies);
        }
    }

    private final DSLContext dsl;

    public RegisterStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ids of the matters not in the trash that the filter lets through, sorted. */
    public long[] ids(Filter filter, Sort sort, boolean ascending) {
        // Straight from the cursor into one array: fetching records, then a list of boxed ids, then the array held
        // three copies of every id at once (100 000 matters: ~15 MB of garbage at each read of the register).
        try (ResultSet rows = idsQuery(filter, sort, ascending).fetchResultSet()) {
            long[] ids = new long[1_024];
            int n = 0;
            while (rows.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = rows.getLong(1);
            }
            return Arrays.copyOf(ids, n);
        } catch (SQLException e) {
            throw new DataAccessException("reading the register's ids", e);
        }
    }

    /** The question {@link #ids} asks (the default order is read from index V16 alone). */
    org.jooq.ResultQuery<org.jooq.Record1<Long>> idsQuery(Filter filter, Sort sort, boolean ascending) {
        return dsl.select(MATTER.ID).from(MATTER).where(condition(filter)).orderBy(order(sort, ascending));
    }

    /**
     * The ids of the first {@code limit} matters of {@link #ids}'s list, without reading the rest: what the register
     * shows before its whole list is read. Newest first (the register's own order), the index V16 is read from its
     * recent end only: the undated matters, then those submitted since a day that moves back (a month, a year, five,
     * then all) until a page is full, each a range of the index instead of a sort of all of it (100 000 matters:
     * ~10 ms cold instead of ~1 s). Other orders ask the database for their first page.
     */
    public long[] firstIds(Filter filter, Sort sort, boolean ascending, int limit, LocalDate today) {
        if (sort != Sort.SUBMITTED || ascending) {
            return dsl.select(MATTER.ID).from(MATTER).where(condition(filter)).orderBy(order(sort, ascending))
                    .limit(limit).fetch(MATTER.ID).stream().mapToLong(Long::longValue).toArray();
        }
        Condition c = condition(filter);
        List<Long> ids = new ArrayList<>(dsl.select(MATTER.ID).from(MATTER).where(c.and(MATTER.SUBMITTED.isNull()))
                .orderBy(MATTER.ID.desc()).limit(limit).fetch(MATTER.ID));
        for (LocalDate since : new LocalDate[] {today.minusMonths(1), today.minusYears(1), today.minusYears(5), null}) {
            if (ids.size() == limit) {
                break;
            }
            int wanted = limit - ids.size();
            Condition dated = since == null ? MATTER.SUBMITTED.isNotNull() : MATTER.SUBMITTED.ge(since);
            List<Long> newest = dsl.select(MATTER.ID).from(MATTER).where(c.and(dated))
                    .orderBy(MATTER.SUBMITTED.desc(), MATTER.ID.desc()).limit(wanted).fetch(MATTER.ID);
            // Fewer than wanted since that day: older ones belong before some of them; ask again further back.
            if (newest.size() == wanted || since == null) {
                ids.addAll(newest);
                break;
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** How many matters are not in the trash. */
    public int count() {
        return dsl.fetchCount(MATTER, MATTER.TRASHED_AT.isNull());
    }

    /** The rows of these matters, in the order of the ids (ids not found are left out). */
    public List<MatterSummary> summaries(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Long> wanted = new ArrayList<>(ids.length);
        for (long id : ids) {
            wanted.add(id);
        }
        Map<Long, List<Person>> authors = new HashMap<>();
        dsl.select(MATTER_AUTHOR.MATTER_ID, MATTER_AUTHOR.NAME, MATTER_AUTHOR.PARTY).from(MATTER_AUTHOR)
                .where(MATTER_AUTHOR.MATTER_ID.in(wanted)).orderBy(MATTER_AUTHOR.MATTER_ID, MATTER_AUTHOR.POSITION)
                .forEach(r -> authors.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Person(r.value2(), r.value3())));
        Map<Long, MatterSummary> byId = new HashMap<>();
        dsl.select(MATTER.ID, MATTER.KIND, MATTER.NUMBER, MATTER.TITLE, MATTER.SUBMITTED, MATTER.ADDRESSEE_NAME,
                MATTER.ADDRESSEE_PARTY, MATTER.ADDRESSEE_ROLE, MATTER.STATUS, MATTER.DECISION, MATTER.REPLY_BY)
                .from(MATTER).where(MATTER.ID.in(wanted))
                .forEach(r -> byId.put(r.get(MATTER.ID), summary(r, authors.getOrDefault(r.get(MATTER.ID),
                        List.of()))));
        List<MatterSummary> out = new ArrayList<>(byId.size());
        for (long id : ids) {
            MatterSummary s = byId.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every party among the authors of matters not in the trash, for the party filter. */
    public List<String> parties() {
        // The few parties from index matter_author_by_party alone, then for each whether one of its matters is out of
        // the trash, the first found by the same index. One join of every author with its matter read the whole
        // register at start: 100 000 matters, 5.4-6.1 s cold and 113 MB of garbage; this, 116 ms and 0.8 MB.
        List<String> parties = dsl.selectDistinct(MATTER_AUTHOR.PARTY).from(MATTER_AUTHOR)
                .orderBy(MATTER_AUTHOR.PARTY).fetch(MATTER_AUTHOR.PARTY);
        return parties.stream().filter(java.util.Objects::nonNull).filter(party -> dsl.fetchExists(
                dsl.selectOne().from(MATTER_AUTHOR).where(MATTER_AUTHOR.PARTY.eq(party)).and(DSL.exists(dsl.selectOne()
                        .from(MATTER).where(MATTER.ID.eq(MATTER_AUTHOR.MATTER_ID)).and(MATTER.TRASHED_AT.isNull())))))
                .toList();
    }

    /**
     * The matters one person wrote (an author, name and party as written) or was asked (the addressee): what the
     * search of everything counts as that person's matters. The trashed ones too; the register's ids leave them out.
     */
    public Set<Long> mattersOf(Person p) {
        Condition author = MATTER_AUTHOR.NAME.eq(p.name()).and(MATTER_AUTHOR.PARTY.isNotDistinctFrom(p.party()));
        Condition addressee = MATTER.ADDRESSEE_NAME.eq(p.name())
                .and(MATTER.ADDRESSEE_PARTY.isNotDistinctFrom(p.party()));
        return new java.util.HashSet<>(dsl.select(MATTER_AUTHOR.MATTER_ID).from(MATTER_AUTHOR).where(author)
                .union(dsl.select(MATTER.ID).from(MATTER).where(addressee)).fetch(0, Long.class));
    }

    private static Condition condition(Filter f) {
        Condition c = MATTER.TRASHED_AT.isNull();
        if (!f.kinds().isEmpty()) {
            c = c.and(MATTER.KIND.in(f.kinds().stream().map(MatterKind::code).toList()));
        }
        if (!f.statuses().isEmpty()) {
            c = c.and(MATTER.STATUS.in(f.statuses().stream().map(Status::code).toList()));
        }
        if (!f.parties().isEmpty()) {
            List<String> parties = f.parties().stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).toList();
            c = c.and(DSL.exists(DSL.selectOne().from(MATTER_AUTHOR).where(MATTER_AUTHOR.MATTER_ID.eq(MATTER.ID)
                    .and(DSL.upper(MATTER_AUTHOR.PARTY).in(parties)))));
        }
        if (f.fromYear() != null) {
            c = c.and(MATTER.SUBMITTED.ge(java.time.LocalDate.of(f.fromYear(), 1, 1)));
        }
        if (f.toYear() != null) {
            c = c.and(MATTER.SUBMITTED.lt(java.time.LocalDate.of(f.toYear() + 1, 1, 1)));
        }
        if (!f.bodies().isEmpty()) {
            c = c.and(DSL.exists(DSL.selectOne().from(AGENDA_ITEM).join(MEETING)
                    .on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).where(AGENDA_ITEM.MATTER_ID.eq(MATTER.ID)
                            .and(MEETING.BODY_CODE.in(f.bodies())))));
        }
        return c;
    }

    private static List<SortField<?>> order(Sort sort, boolean ascending) {
        SortField<?> id = ascending ? MATTER.ID.asc() : MATTER.ID.desc();
        return switch (sort) {
            case SUBMITTED -> List.of(ascending ? MATTER.SUBMITTED.asc().nullsLast()
                    : MATTER.SUBMITTED.desc().nullsFirst(), id);
            case NUMBER -> List.of(ascending ? MATTER.NUMBER.asc().nullsLast() : MATTER.NUMBER.desc().nullsLast(), id);
            case TITLE -> List.of(ascending ? MATTER.TITLE.asc() : MATTER.TITLE.desc(), id);
            case KIND -> List.of(ascending ? MATTER.KIND.asc() : MATTER.KIND.desc(), id);
            case STATUS -> List.of(ascending ? MATTER.STATUS.asc() : MATTER.STATUS.desc(), id);
        };
    }

    private static MatterSummary summary(Record r, List<Person> authors) {
        Addressee a = new Addressee(r.get(MATTER.ADDRESSEE_NAME), r.get(MATTER.ADDRESSEE_PARTY),
                r.get(MATTER.ADDRESSEE_ROLE));
        return new MatterSummary(r.get(MATTER.ID), MatterKind.fromCode(r.get(MATTER.KIND)).orElse(MatterKind.OTHER),
                r.get(MATTER.NUMBER), r.get(MATTER.TITLE), r.get(MATTER.SUBMITTED), authors,
                a.isEmpty() ? null : a, Status.fromCode(r.get(MATTER.STATUS)).orElseThrow(),
                Decision.fromCode(r.get(MATTER.DECISION)).orElse(null), r.get(MATTER.REPLY_BY));
    }

}

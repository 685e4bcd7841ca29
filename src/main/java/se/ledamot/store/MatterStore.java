package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_AUTHOR;
import static se.ledamot.store.jooq.Tables.MATTER_PROPOSAL;
import static se.ledamot.store.jooq.Tables.MATTER_QUESTION;
import static se.ledamot.store.jooq.Tables.MATTER_TAG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Decision;
import se.ledamot.domain.Limit;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterChange;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.sync.MatterMerge;
import se.ledamot.store.jooq.tables.records.MatterRecord;

/**
 * Matters in the database, with the timeline of their changes. Every save compares the stored matter with the new
 * one field by field and records what changed in its {@link Timeline}.
 */
public final class MatterStore {
    private final DSLContext dsl;
    private final Clock clock;
    /** Writes since made: the search index notices changes by updated_at, this the ones in one clock tick. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    public MatterStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** How many writes went through this store (the count rises before each write, whether it succeeds or not). */
    public long writes() {
        return writes.get();
    }

    /** Every matter not in the trash, newest submission first. */
    public List<Matter> list() {
        return load(MATTER.TRASHED_AT.isNull());
    }

    /** The matters in the trash, most recently trashed first. */
    public List<Matter> trashed() {
        return load(MATTER.TRASHED_AT.isNotNull());
    }

    public Optional<Matter> find(long id) {
        return load(MATTER.ID.eq(id)).stream().findFirst();
    }

    /** As {@link #find}, but none when the matter is in the trash: in the same reads. */
    public Optional<Matter> findNotTrashed(long id) {
        return load(MATTER.ID.eq(id).and(MATTER.TRASHED_AT.isNull())).stream().findFirst();
    }

    /**
     * The matters with these ids, trashed or not, in a fixed five reads however many they are: each id looked up in
     * the indexes (bound ids joined to the children made H2 cast and compare every child row of the whole database
     * with every id: a search index rebuild of 10 000 matters spent half its time there, and more with every chunk).
     */
    public List<Matter> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withChildren(dsl, dsl.select(MATTER.fields()).from(MATTER).where(idIn(MATTER.ID, ids))
                .orderBy(newestFirst()).fetchInto(MATTER));
    }

    public boolean isTrashed(long id) {
        return dsl.fetchExists(MATTER, MATTER.ID.eq(id).and(MATTER.TRASHED_AT.isNotNull()));
    }

    /** Stores a new matter and returns it with its id. Its dates must be in {@link Limit#date}'s range. */
    public Matter add(Matter matter) {
        writes.incrementAndGet();
        Limit.date(matter.submitted());
        Limit.date(matter.replyBy());
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Timeline timeline = new Timeline(d, clock);
            OffsetDateTime now = timeline.now();
            MatterRecord r = d.newRecord(MATTER);
            copy(matter, r);
            r.setCreatedAt(now);
            r.setUpdatedAt(now);
            r.store();
            long id = r.getId();
            insertChildren(d, id, matter);
            timeline.record(id, now, MatterChange.CREATED, null, matter.title());
            return matter.toBuilder().id(id).build();
        });
    }

    /** Stores the new state of a matter, each changed field in its timeline now; false when nothing changed. */
    public boolean save(Matter matter) {
        return saveDated(matter, null);
    }

    /**
     * Stores a matter, each changed field in its timeline dated {@code dated} (a decision: its meeting's day), null:
     * now; the row's stamp is now (the search index reads by it). A changed date must be in {@link Limit#date}'s range.
     */
    boolean saveDated(Matter matter, OffsetDateTime dated) {
        writes.incrementAndGet();
        if (matter.id() == null) {
            throw new IllegalArgumentException("save needs a stored matter; use add");
        }
        return dsl.transactionResult(tx -> write(tx.dsl(), stored(tx.dsl(), matter.id()), matter, dated));
    }

    /**
     * Stores what an editor typed into its copy {@code base} of a matter, met with what is stored now (optimistic
     * locking, issue 16.5: on a shared server another window may have saved the matter since the copy was read).
     * Fields only this editor changed are written, fields someone else changed keep theirs, and a field both changed
     * differently is not written: it comes back in {@link MatterMerge#conflicts()} for the user to choose, with who
     * saved the other side (asked before this write). The row is locked while compared and written: two saves at once
     * cannot both miss each other.
     */
    public MatterMerge save(Matter base, Matter mine) {
        writes.incrementAndGet();
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            d.select(MATTER.ID).from(MATTER).where(MATTER.ID.eq(mine.id())).forUpdate().fetch();
            MatterMerge merge = MatterMerge.of(base, mine, stored(d, mine.id()));
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofMatter(d, mine.id()));
            write(d, merge.theirs(), merge.merged(), null);
            return merge;
        });
    }

    private Matter stored(DSLContext d, long id) {
        return load(d, MATTER.ID.eq(id)).stream().findFirst()
                .orElseThrow(() -> new StoreException("store.matter.missing", null, id));
    }

    /** Writes the fields where {@code matter} differs from {@code old}, each in the timeline; false when none. */
    private boolean write(DSLContext d, Matter old, Matter matter, OffsetDateTime dated) {
        List<MatterField> changed = java.util.Arrays.stream(MatterField.values())
                .filter(f -> f.differs(old, matter)).toList();
        if (changed.isEmpty()) {
            return false;
        }
        Limit.date(changed.contains(MatterField.SUBMITTED) ? matter.submitted() : null);
        Limit.date(changed.contains(MatterField.REPLY_BY) ? matter.replyBy() : null);
        Timeline timeline = new Timeline(d, clock);
        OffsetDateTime now = timeline.now();
        MatterRecord r = d.fetchSingle(MATTER, MATTER.ID.eq(matter.id()));
        copy(matter, r);
        // Only the columns that changed are written: on a shared server a member may change a matter's text but
        // not its official fields (db/postgresql/V9_1__row_security.sql).
        for (org.jooq.Field<?> f : r.fields()) {
            r.changed(f, !java.util.Objects.equals(r.original(f), r.get(f)));
        }
        r.setUpdatedAt(now);
        r.store();
        writeChildren(d, matter.id(), matter);
        for (MatterField f : changed) {
            timeline.recordEdit(matter.id(), dated == null ? now : dated, f.code(), f.textOf(old), f.textOf(matter));
        }
        return true;
    }

    /** Moves a matter to the trash; {@link #restore} brings it back with everything it had. */
    public void trash(long id) {
        writes.incrementAndGet();
        dsl.transaction(tx -> {
            Timeline timeline = new Timeline(tx.dsl(), clock);
            OffsetDateTime now = timeline.now();
            // updated_at moves too: the search index follows the matters changed since its last look (issue 15).
            if (tx.dsl().update(MATTER).set(MATTER.TRASHED_AT, now).set(MATTER.UPDATED_AT, now)
                    .where(MATTER.ID.eq(id)).execute() == 0) {
                throw new StoreException("store.matter.missing", null, id);
            }
            timeline.record(id, now, MatterChange.TRASHED, null, null);
        });
    }

    public void restore(long id) {
        writes.incrementAndGet();
        dsl.transaction(tx -> {
            Timeline timeline = new Timeline(tx.dsl(), clock);
            if (tx.dsl().update(MATTER).setNull(MATTER.TRASHED_AT).set(MATTER.UPDATED_AT, timeline.now())
                    .where(MATTER.ID.eq(id)).execute() == 0) {
                throw new StoreException("store.matter.missing", null, id);
            }
            timeline.record(id, MatterChange.RESTORED, null, null);
        });
    }

    /** The matter's timeline, oldest first. */
    public List<MatterChange> timeline(long id) {
        return new Timeline(dsl, clock).of(id);
    }

    /** The timelines of several matters in one read, oldest first each; a matter without entries is left out. */
    public Map<Long, List<MatterChange>> timelines(Collection<Long> ids) {
        return new Timeline(dsl, clock).of(ids);
    }

    private static void copy(Matter m, MatterRecord r) {
        r.setKind(m.kind().code());
        r.setNumber(m.number());
        r.setTitle(m.title());
        r.setBody(m.body());
        r.setSubmitted(m.submitted());
        r.setPlace(m.place());
        Addressee a = m.addressee();
        r.setAddresseeName(a == null ? null : a.name());
        r.setAddresseeParty(a == null ? null : a.party());
        r.setAddresseeRole(a == null ? null : a.role());
        r.setResponsibleBody(m.responsibleBody());
        r.setAnswer(m.answer());
        r.setStatus(m.status().code());
        r.setDecision(m.decision() == null ? null : m.decision().code());
        r.setReplyBy(m.replyBy());
    }

    private static void writeChildren(DSLContext d, long id, Matter m) {
        d.deleteFrom(MATTER_AUTHOR).where(MATTER_AUTHOR.MATTER_ID.eq(id)).execute();
        d.deleteFrom(MATTER_PROPOSAL).where(MATTER_PROPOSAL.MATTER_ID.eq(id)).execute();
        d.deleteFrom(MATTER_QUESTION).where(MATTER_QUESTION.MATTER_ID.eq(id)).execute();
        d.deleteFrom(MATTER_TAG).where(MATTER_TAG.MATTER_ID.eq(id)).execute();
        insertChildren(d, id, m);
    }

    /** A matter's children, one INSERT of all rows per table (a new matter has none to delete). */
    private static void insertChildren(DSLContext d, long id, Matter m) {
        if (!m.authors().isEmpty()) {
            var rows = d.insertInto(MATTER_AUTHOR).columns(MATTER_AUTHOR.fields());
            for (int i = 0; i < m.authors().size(); i++) {
                Person p = m.authors().get(i);
                rows = rows.values(id, i, p.name(), p.party());
            }
            rows.execute();
        }
        if (!m.proposals().isEmpty()) {
            var rows = d.insertInto(MATTER_PROPOSAL).columns(MATTER_PROPOSAL.fields());
            for (int i = 0; i < m.proposals().size(); i++) {
                rows = rows.values(id, i, m.proposals().get(i));
            }
            rows.execute();
        }
        if (!m.questions().isEmpty()) {
            var rows = d.insertInto(MATTER_QUESTION).columns(MATTER_QUESTION.fields());
            for (int i = 0; i < m.questions().size(); i++) {
                rows = rows.values(id, i, m.questions().get(i));
            }
            rows.execute();
        }
        if (!m.tags().isEmpty()) {
            var rows = d.insertInto(MATTER_TAG).columns(MATTER_TAG.fields());
            for (String tag : m.tags()) {
                rows = rows.values(id, tag);
            }
            rows.execute();
        }
    }

    private List<Matter> load(Condition where) {
        return load(dsl, where);
    }

    /** The matters the condition selects, in a fixed five queries. */
    private static List<Matter> load(DSLContext d, Condition where) {
        List<MatterRecord> rows = d.select(MATTER.fields()).from(MATTER).where(where)
                .orderBy(newestFirst()).fetchInto(MATTER);
        // Each child table joined to the matters the condition selects: four queries whatever the number of
        // matters (an IN list of every id made H2 compare each child row with each id).
        return rows.isEmpty() ? List.of() : assemble(d, rows, new Children(where, null));
    }

    /**
     * The matters of rows read a moment ago, in their order, with their children read by the rows' ids (the
     * children's primary keys begin with the matter's id, so each id is a short range of an index): for a few
     * thousand rows found through an index, where joining the children to the condition would read every matter.
     */
    static List<Matter> withChildren(DSLContext d, List<MatterRecord> rows) {
        List<Long> ids = rows.stream().map(MatterRecord::getId).toList();
        return rows.isEmpty() ? List.of() : assemble(d, rows, new Children(null, ids));
    }

    /**
     * The ids as literals in an IN list: H2 looks each up in an index. Bound as parameters (or one array) H2 cast
     * each one for every row it compared, reading every child row (the cost of the old IN list of every id).
     */
    static Condition idIn(org.jooq.Field<Long> column, Collection<Long> ids) {
        return column.in(ids.stream().map(DSL::inline).toList());
    }

    /** Which children to read: those of the matters a condition selects (joined), or of these ids. */
    private record Children(Condition where, List<Long> ids) {
        <R extends Record> SelectConditionStep<R> of(SelectJoinStep<R> from, org.jooq.Field<Long> matterId) {
            return ids == null ? from.join(MATTER).on(MATTER.ID.eq(matterId)).where(where)
                    : from.where(idIn(matterId, ids));
        }
    }

    private static List<Matter> assemble(DSLContext d, List<MatterRecord> rows, Children scope) {
        Map<Long, List<Person>> authors = group(scope.of(d.select(MATTER_AUTHOR.MATTER_ID, MATTER_AUTHOR.NAME,
                MATTER_AUTHOR.PARTY).from(MATTER_AUTHOR), MATTER_AUTHOR.MATTER_ID)
                .orderBy(MATTER_AUTHOR.MATTER_ID, MATTER_AUTHOR.POSITION).fetch(),
                MATTER_AUTHOR.MATTER_ID, r -> new Person(r.get(MATTER_AUTHOR.NAME), r.get(MATTER_AUTHOR.PARTY)));
        Map<Long, List<String>> proposals = group(scope.of(d.select(MATTER_PROPOSAL.MATTER_ID, MATTER_PROPOSAL.TEXT)
                .from(MATTER_PROPOSAL), MATTER_PROPOSAL.MATTER_ID)
                .orderBy(MATTER_PROPOSAL.MATTER_ID, MATTER_PROPOSAL.POSITION).fetch(),
                MATTER_PROPOSAL.MATTER_ID, r -> r.get(MATTER_PROPOSAL.TEXT));
        Map<Long, List<String>> questions = group(scope.of(d.select(MATTER_QUESTION.MATTER_ID, MATTER_QUESTION.TEXT)
                .from(MATTER_QUESTION), MATTER_QUESTION.MATTER_ID)
                .orderBy(MATTER_QUESTION.MATTER_ID, MATTER_QUESTION.POSITION).fetch(),
                MATTER_QUESTION.MATTER_ID, r -> r.get(MATTER_QUESTION.TEXT));
        Map<Long, List<String>> tags = group(scope.of(d.select(MATTER_TAG.MATTER_ID, MATTER_TAG.TAG)
                .from(MATTER_TAG), MATTER_TAG.MATTER_ID).orderBy(MATTER_TAG.MATTER_ID, MATTER_TAG.TAG).fetch(),
                MATTER_TAG.MATTER_ID, r -> r.get(MATTER_TAG.TAG));
        List<Matter> out = new ArrayList<>(rows.size());
        for (MatterRecord r : rows) {
            long id = r.getId();
            out.add(matter(r, authors.getOrDefault(id, List.of()), proposals.getOrDefault(id, List.of()),
                    questions.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** A matter from its row and its children's. */
    static Matter matter(MatterRecord r, List<Person> authors, List<String> proposals, List<String> questions,
            List<String> tags) {
        return new Matter(r.getId(),
                MatterKind.fromCode(r.getKind()).orElse(MatterKind.OTHER),
                r.getNumber(), r.getTitle(), r.getBody(), r.getSubmitted(), r.getPlace(),
                authors,
                new Addressee(r.getAddresseeName(), r.getAddresseeParty(), r.getAddresseeRole()),
                r.getResponsibleBody(),
                proposals,
                questions,
                r.getAnswer(),
                Status.fromCode(r.getStatus()).orElseThrow(),
                Decision.fromCode(r.getDecision()).orElse(null),
                r.getReplyBy(),
                new LinkedHashSet<>(tags));
    }

    /** The outlines read one at a time (see {@link MatterCursor}). */
    public MatterCursor cursor() {
        return new MatterCursor(dsl);
    }

    private static <R extends Record, T> Map<Long, List<T>> group(Collection<R> records,
            org.jooq.Field<Long> key, java.util.function.Function<R, T> value) {
        return records.stream().collect(Collectors.groupingBy(r -> r.get(key),
                Collectors.mapping(value, Collectors.toList())));
    }

    /**
     * The order matters are read in: live before trashed, drafts, then the newest submitted first. Made when used,
     * not when the class loads: a constant loaded jOOQ's whole table model for commands that read by plain JDBC.
     */
    private static List<org.jooq.SortField<?>> newestFirst() {
        return List.of(MATTER.TRASHED_AT.desc().nullsLast(), MATTER.SUBMITTED.desc().nullsFirst(), MATTER.ID.desc());
    }
}

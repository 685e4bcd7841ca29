package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.ANSWER_DRAFT;
import static se.ledamot.store.jooq.Tables.ANSWER_QUESTION_MARK;
import static se.ledamot.store.jooq.Tables.ANSWER_VERSION;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.ledamot.domain.Matter;
import se.ledamot.domain.Status;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.AnswerVersion;
import se.ledamot.domain.answer.ComparedAction;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.answer.VersionReason;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.jooq.tables.records.AnswerDraftRecord;

/**
 * Answers being written, as a draft that every autosave overwrites and versions cut by the rules of
 * {@link VersionPolicy}. Each call is one transaction, so a version and the draft it comes from never disagree.
 */
public final class AnswerStore {
    private final DSLContext dsl;
    private final Clock clock;
    private final VersionPolicy policy;


    public AnswerStore(DSLContext dsl, Clock clock, VersionPolicy policy) {
        this.dsl = dsl;
        this.clock = clock;
        this.policy = policy;
    }

    /** The stored draft, if any was saved. */
    public Optional<AnswerDraft> draft(long matterId) {
        return draft(dsl, matterId);
    }

    /** The draft to write in: the stored one, or a new one starting from the matter's answer. */
    public AnswerDraft open(Matter matter) {
        return draft(matter.id()).orElseGet(() -> new AnswerDraft(matter.id(), matter.answer(), Set.of(), now()));
    }

    /**
     * Stores the text and marks as the current draft. When the writer comes back after a pause, the draft as it stood
     * before the pause is first kept as a version.
     */
    public AnswerDraft autosave(long matterId, String text, Set<Integer> answered) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Instant now = now();
            Optional<AnswerDraft> stored = draft(d, matterId);
            stored.ifPresent(s -> keepBefore(d, s, text, now));
            return write(d, new AnswerDraft(matterId, text, answered, now));
        });
    }

    /**
     * Stores what was typed into the copy {@code base} of the draft, met with what is stored now (optimistic locking,
     * issue 16.5: another writer of the group may have saved the same answer meanwhile). The text and the marks are
     * compared as {@link RowMerge} does: a field only this side changed is written, one only the other changed keeps
     * theirs, one both changed is not written but handed back as a conflict. The row is locked while compared and
     * written; with none stored yet, the copy (the matter's answer) is put in first, so that two first saves at the
     * same moment are compared too. A pause before it keeps the stored draft as a version, as {@link #autosave} does.
     */
    public RowMerge<AnswerDraft> autosave(AnswerDraft base, AnswerDraft mine) {
        long matterId = mine.matterId();
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Instant now = now();
            Optional<AnswerDraft> stored = locked(d, matterId);
            if (stored.isEmpty()) {
                d.insertInto(ANSWER_DRAFT).set(ANSWER_DRAFT.MATTER_ID, matterId)
                        .set(ANSWER_DRAFT.TEXT, base.text()).set(ANSWER_DRAFT.SAVED_AT, utc(now))
                        .onConflictDoNothing().execute();
                stored = locked(d, matterId);
            }
            // Still none: the matter's one draft is another group's, which this login may not see (V9_1).
            AnswerDraft theirs = stored.orElseThrow(() -> new StoreException("answer.draft.otherGroup", null));
            RowMerge<AnswerDraft> merge = RowMerge.of(base, mine, theirs, AnswerDraft.FIELDS);
            // Who saved the other side, asked before the version cut at a pause or this write make it this writer's.
            merge = merge.conflicts().isEmpty() ? merge : merge.savedBy(Writers.ofAnswer(d, matterId));
            keepBefore(d, theirs, merge.merged().text(), now);
            write(d, merge.merged().withText(merge.merged().text(), now));
            return merge;
        });
    }

    /**
     * Before an autosave replaces the stored draft with {@code text}: the stored text kept as a version when the
     * writer comes back after a pause, or when the new text replaces most of it.
     */
    private void keepBefore(DSLContext d, AnswerDraft stored, String text, Instant now) {
        if (policy.pauseEnded(stored, now)) {
            cutIfWorth(d, stored.matterId(), stored.text(), VersionReason.PAUSE, null, now);
        } else if (VersionPolicy.replacesMost(stored.text(), text)) {
            cutIfWorth(d, stored.matterId(), stored.text(), VersionReason.REPLACED, null, now);
        }
    }

    private static Optional<AnswerDraft> locked(DSLContext d, long matterId) {
        d.select(ANSWER_DRAFT.MATTER_ID).from(ANSWER_DRAFT).where(ANSWER_DRAFT.MATTER_ID.eq(matterId)).forUpdate()
                .fetch();
        return draft(d, matterId);
    }

    /**
     * Saves the draft and cuts a version of it ("Spara version", closing the editor). Empty when the text is word for
     * word the newest version already.
     */
    public Optional<AnswerVersion> cutVersion(long matterId, String text, Set<Integer> answered, VersionReason reason) {
        return dsl.transactionResult(tx -> {
            Instant now = now();
            write(tx.dsl(), new AnswerDraft(matterId, text, answered, now));
            return cutIfWorth(tx.dsl(), matterId, text, reason, null, now);
        });
    }

    /** Every version of a matter's answer, oldest first. */
    public List<AnswerVersion> versions(long matterId) {
        return versions(dsl, matterId);
    }

    /**
     * Brings back an older version: the text in the editor now is kept as a version first if it holds anything new,
     * then the old text becomes both the draft and the newest version. Nothing is lost.
     */
    public AnswerVersion restore(long matterId, int number, String currentText, Set<Integer> answered) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Instant now = now();
            AnswerVersion old = versions(d, matterId).stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(() -> new StoreException("answer.version.missing", null, number));
            cutIfWorth(d, matterId, currentText, VersionReason.BEFORE_RESTORE, null, now);
            write(d, new AnswerDraft(matterId, old.text(), answered, now));
            return insertVersion(d, matterId, old.text(), VersionReason.RESTORE, number, now);
        });
    }

    /** Restores a version as {@link ComparedAction} says: never written whole over another writer's text. */
    public ComparedAction<AnswerVersion> restore(AnswerDraft base, AnswerDraft mine, int number) {
        return compared(base, mine, in -> in.restore(mine.matterId(), number, mine.text(), mine.answeredQuestions()));
    }

    /** Finishes the answer as {@link ComparedAction} says: never with a stale text over another writer's. */
    public ComparedAction<Matter> finish(AnswerDraft base, AnswerDraft mine, Matter matter) {
        return compared(base, mine, in -> in.finish(matter, mine.text(), mine.answeredQuestions()));
    }

    private <T> ComparedAction<T> compared(AnswerDraft base, AnswerDraft mine, Function<AnswerStore, T> action) {
        return dsl.transactionResult(tx -> {
            AnswerStore in = new AnswerStore(tx.dsl(), clock, policy);
            RowMerge<AnswerDraft> merge = in.autosave(base, mine);
            boolean asShown = merge.conflicts().isEmpty() && merge.merged().text().equals(mine.text())
                    && merge.merged().answeredQuestions().equals(mine.answeredQuestions());
            return new ComparedAction<>(merge, asShown ? Optional.of(action.apply(in)) : Optional.empty());
        });
    }

    /**
     * Finishes the answer: keeps it as a version, puts the text in the matter's answer field (its timeline records
     * it) and marks a submitted interpellation or question as having its answer ready.
     */
    public Matter finish(Matter matter, String text, Set<Integer> answered) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            Instant now = now();
            write(d, new AnswerDraft(matter.id(), text, answered, now));
            cutIfWorth(d, matter.id(), text, VersionReason.FINISHED, null, now);
            MatterStore matters = new MatterStore(d, clock);
            Matter current = matters.find(matter.id())
                    .orElseThrow(() -> new StoreException("store.matter.missing", null, matter.id()));
            Matter.Builder next = current.toBuilder().answer(text);
            if (current.status() == Status.SUBMITTED
                    && current.lifecycle().allows(Status.SUBMITTED, Status.ANSWER_READY)) {
                next.status(Status.ANSWER_READY);
            }
            Matter finished = next.build();
            matters.save(finished);
            return finished;
        });
    }

    private Optional<AnswerVersion> cutIfWorth(DSLContext d, long matterId, String text, VersionReason reason,
            Integer restoredFrom, Instant now) {
        List<AnswerVersion> all = versions(d, matterId);
        if (!VersionPolicy.worthKeeping(text, all.isEmpty() ? Optional.empty() : Optional.of(all.getLast()))) {
            return Optional.empty();
        }
        return Optional.of(insertVersion(d, matterId, text, reason, restoredFrom, now));
    }

    private static AnswerVersion insertVersion(DSLContext d, long matterId, String text, VersionReason reason,
            Integer restoredFrom, Instant now) {
        Integer max = d.select(DSL.max(ANSWER_VERSION.NUMBER)).from(ANSWER_VERSION)
                .where(ANSWER_VERSION.MATTER_ID.eq(matterId)).fetchOne(0, Integer.class);
        int number = max == null ? 1 : max + 1;
        d.insertInto(ANSWER_VERSION)
                .set(ANSWER_VERSION.MATTER_ID, matterId)
                .set(ANSWER_VERSION.NUMBER, number)
                .set(ANSWER_VERSION.TEXT, text)
                .set(ANSWER_VERSION.CREATED_AT, utc(now))
                .set(ANSWER_VERSION.REASON, reason.code())
                .set(ANSWER_VERSION.RESTORED_FROM, restoredFrom)
                .execute();
        return new AnswerVersion(matterId, number, text, now, reason, restoredFrom);
    }

    private static AnswerDraft write(DSLContext d, AnswerDraft draft) {
        d.insertInto(ANSWER_DRAFT)
                .set(ANSWER_DRAFT.MATTER_ID, draft.matterId())
                .set(ANSWER_DRAFT.TEXT, draft.text())
                .set(ANSWER_DRAFT.SAVED_AT, utc(draft.savedAt()))
                .onDuplicateKeyUpdate()
                .set(ANSWER_DRAFT.TEXT, draft.text())
                .set(ANSWER_DRAFT.SAVED_AT, utc(draft.savedAt()))
                .execute();
        d.deleteFrom(ANSWER_QUESTION_MARK).where(ANSWER_QUESTION_MARK.MATTER_ID.eq(draft.matterId())).execute();
        for (int q : draft.answeredQuestions()) {
            d.insertInto(ANSWER_QUESTION_MARK).values(draft.matterId(), q).execute();
        }
        return draft;
    }

    private static Optional<AnswerDraft> draft(DSLContext d, long matterId) {
        AnswerDraftRecord r = d.fetchOne(ANSWER_DRAFT, ANSWER_DRAFT.MATTER_ID.eq(matterId));
        if (r == null) {
            return Optional.empty();
        }
        Set<Integer> marks = new HashSet<>(d.select(ANSWER_QUESTION_MARK.QUESTION).from(ANSWER_QUESTION_MARK)
                .where(ANSWER_QUESTION_MARK.MATTER_ID.eq(matterId)).fetch(ANSWER_QUESTION_MARK.QUESTION));
        return Optional.of(new AnswerDraft(matterId, r.getText(), marks, r.getSavedAt().toInstant()));
    }

    private static List<AnswerVersion> versions(DSLContext d, long matterId) {
        return d.selectFrom(ANSWER_VERSION).where(ANSWER_VERSION.MATTER_ID.eq(matterId))
                .orderBy(ANSWER_VERSION.NUMBER)
                .fetch(r -> new AnswerVersion(matterId, r.getNumber(), r.getText(), r.getCreatedAt().toInstant(),
                        VersionReason.fromCode(r.getReason()).orElse(VersionReason.MANUAL), r.getRestoredFrom()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

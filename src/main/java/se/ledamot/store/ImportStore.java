package se.ledamot.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.ledamot.domain.DomainException;
import se.ledamot.domain.Matter;
import se.ledamot.importer.ImportItem;
import se.ledamot.importer.ImportProgress;
import se.ledamot.importer.SourceFile;
import se.ledamot.importer.draft.MeetingPlan;

/**
 * Stores import items as matters, each with its original file as an attachment and a CREATED entry in its timeline,
 * in batches of files, one transaction each ({@link Batch}). A text already stored (and not in the trash) is
 * recognised and not stored again. Runs on the calling thread, reporting progress and checking for cancellation
 * between files.
 */
public final class ImportStore {
    /** At most this many files in one transaction. */
    static final int BATCH_ITEMS = 250;
    /** A batch commits after this long, however few files it holds. */
    static final Duration BATCH_TIME = Duration.ofMillis(500);

    private final DSLContext dsl;
    private final Clock clock;
    private int batchItems = BATCH_ITEMS;
    private long batchNanos = BATCH_TIME.toNanos();


    public ImportStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The same store with other bounds on a batch (for tests that count transactions). */
    ImportStore batchesOf(int items, Duration time) {
        ImportStore other = new ImportStore(dsl, clock);
        other.batchItems = items;
        other.batchNanos = time.toNanos();
        return other;
    }

    /**
     * The items with those already stored marked as duplicates, for a preview before anything is stored; all asked
     * through one connection (one per file was most of the time of a big folder's preview).
     */
    public List<ImportItem> markDuplicates(List<ImportItem> items) {
        return dsl.transactionResult(tx -> markDuplicates(tx.dsl(), items));
    }

    private List<ImportItem> markDuplicates(DSLContext d, List<ImportItem> items) {
        AttachmentStore attachments = new AttachmentStore(d, clock);
        MatterStore matters = new MatterStore(d, clock);
        List<ImportItem> out = new ArrayList<>(items.size());
        for (ImportItem item : items) {
            if (item.isMeeting()) {
                out.add(planned(d, item));
                continue;
            }
            Optional<Matter> existing = item.isFailed() ? Optional.empty()
                    : registered(attachments, item).flatMap(matters::find);
            out.add(existing.map(item::withDuplicateOf).orElse(item));
        }
        return new HandlingarMatch(d, clock).matched(out);
    }

    /**
     * Stores every storable item (read, not a duplicate) and returns all items, the stored ones with their matter.
     * Once cancelled, the items not yet reached are returned as they were.
     */
    public List<ImportItem> store(List<ImportItem> items, ImportProgress progress, BooleanSupplier cancelled) {
        return store(items, false, progress, cancelled);
    }

    List<ImportItem> store(List<ImportItem> items, boolean sample, ImportProgress progress,
            BooleanSupplier cancelled) {
        Batch batch = new Batch(items, sample, progress, cancelled);
        while (batch.out.size() < items.size() && !cancelled.getAsBoolean()) {
            int from = batch.out.size();
            MeetingPlan notice = batch.notice;
            try {
                batch.out.addAll(dsl.transactionResult(tx -> batch.next(tx.dsl())));
            } catch (DataAccessException | DomainException e) {
                // The batch as a whole was refused (its commit, say): nothing of it is stored. One at a time, each
                // in its own transaction, so the one to blame is refused and the others are stored.
                batch.notice = notice;
                batch.out.addAll(batch.oneByOne(from));
            }
        }
        List<ImportItem> out = new ArrayList<>(batch.out);
        out.addAll(items.subList(out.size(), items.size()));
        return out;
    }

    /**
     * The items stored in batches: each batch in one transaction, forced to disk once when it commits, so a crash
     * leaves a batch's documents all stored or none of them (the forcing was most of an import's time, one per
     * file). A batch ends after {@link #BATCH_ITEMS} items or {@link #BATCH_TIME}, so the window's progress bar
     * never runs far ahead of what is safe, and on cancel with what it holds: what is done stays done.
     */
    private final class Batch {
        private final List<ImportItem> items;
        private final boolean sample;
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;
        private final List<ImportItem> out = new ArrayList<>();
        private MeetingPlan notice;

        Batch(List<ImportItem> items, boolean sample, ImportProgress progress, BooleanSupplier cancelled) {
            this.items = items;
            this.sample = sample;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /** The next batch, stored through one transaction; each item in a savepoint of its own. */
        List<ImportItem> next(DSLContext d) {
            List<ImportItem> done = new ArrayList<>();
            long start = System.nanoTime();
            int at = out.size();
            do {
                done.add(storeNext(d, items.get(at + done.size()), true));
                progress.update(at + done.size(), items.size(), items.get(at + done.size() - 1).file());
            } while (at + done.size() < items.size() && done.size() < batchItems
                    && System.nanoTime() - start < batchNanos && !cancelled.getAsBoolean());
            return done;
        }

        /** The items from this one on, each in a transaction of its own (the way before batches). */
        List<ImportItem> oneByOne(int from) {
            List<ImportItem> done = new ArrayList<>();
            for (ImportItem item : items.subList(from, items.size())) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                done.add(storeNext(dsl, item, false));
                progress.update(from + done.size(), items.size(), item.file());
            }
            return done;
        }

        private ImportItem storeNext(DSLContext d, ImportItem item, boolean inBatch) {
            if (item.part() != null && item.isStorable()) {
                // Matched again now: the kallelse stored before it has given its new matters their ids.
                item = new HandlingarMatch(d, clock).matched(item, notice);
            }
            ImportItem result = item.isStorable() ? storeOrRefuse(d, item, sample) : item;
            if (result.isMeeting() && result.meeting().plan() != null) {
                notice = HandlingarMatch.planOf(result);
            }
            return result;
        }
    }

    /**
     * Stores one item of a batch (a savepoint inside the batch's transaction); when the database refuses it (a field
     * too long, say), the item comes back refused with a message in the user's words and the batch goes on: one bad
     * file never stops the others.
     */
    private ImportItem storeOrRefuse(DSLContext d, ImportItem item, boolean sample) {
        try {
            return d.transactionResult(tx -> storeIn(tx.dsl(), item, sample));
        } catch (DomainException e) {
            // The database's own refusal comes in words (SqlErrors) but without the file: say which file instead.
            return item.withFailure(e.getCause() instanceof SQLException
                    ? new DomainException("importer.store.failed", item.file()) : e);
        } catch (DataAccessException e) {
            return item.withFailure(new DomainException("importer.store.failed", item.file()));
        }
    }

    /**
     * A meeting document with what storing it will do (the meeting found or new, each item's matter, what changes);
     * one that cannot be stored as it is (no meeting day) keeps no plan and says why when it is stored.
     */
    private ImportItem planned(DSLContext d, ImportItem item) {
        if (item.isFailed()) {
            return item;
        }
        try {
            // In a savepoint: a refused plan leaves the rest of the preview's transaction usable (PostgreSQL).
            return item.withMeeting(item.meeting().withPlan(d.transactionResult(tx -> new MeetingImportStore(tx.dsl(),
                    clock).plan(item.meeting().draft()))));
        } catch (DomainException e) {
            return item;
        }
    }

    /**
     * The matter, not in the trash, that has this item's text already: a file with the same text, the same answer
     * ({@link #sameAnswer}), or, for a seed text, the sample made from it.
     */
    private static Optional<Long> registered(AttachmentStore attachments, ImportItem item) {
        String text = item.source().textHash();
        return attachments.matterWithText(text).or(() -> sameAnswer(attachments, item))
                .or(() -> SampleData.seedWithText(text).flatMap(attachments::sampleFrom));
    }

    /**
     * A matter of the same kind, not in the trash, with a file holding the same written answer as the item: the same
     * post read from another copy (the samples' interpellation and seeds/002 differ in the blog's lines around it,
     * not in the answer), so it is the same text already registered and is not stored twice. Only an item with an
     * answer asks, by the answer's fingerprint kept with the file (V36): comparing the answers themselves read every
     * matter of the kind, seconds per item at 100 000 matters.
     */
    private static Optional<Long> sameAnswer(AttachmentStore attachments, ImportItem item) {
        String hash = answerHash(item);
        return hash == null ? Optional.empty()
                : attachments.matterWithAnswer(item.draft().matter().kind().code(), hash);
    }

    /** The fingerprint of the answer the item's file holds; null when it holds none. */
    static String answerHash(ImportItem item) {
        Matter read = item.draft() == null ? null : item.draft().matter();
        return read == null || read.answer().isBlank() ? null : SourceFile.textHash(read.answer());
    }

    /** Stores one item, unless the same text was stored meanwhile: then it comes back marked as a duplicate. */
    public ImportItem store(ImportItem item, boolean sample) {
        if (!item.isStorable()) {
            return item;
        }
        return dsl.transactionResult(tx -> storeIn(tx.dsl(), item, sample));
    }

    /** Stores one storable item through this transaction. */
    private ImportItem storeIn(DSLContext d, ImportItem item, boolean sample) {
        if (item.isMeeting()) {
            // The kallelse file is kept with the meeting, in the same transaction (V11).
            MeetingImportStore.Stored done = new MeetingImportStore(d, clock).store(item.meeting().draft(),
                    item.meeting().plan());
            new MeetingFileStore(d, clock).keep(done.meeting().id(), item.source());
            return item.withMeeting(item.meeting().withStored(done.meeting(), done.plan(), done.after(),
                    done.proposalsKept()));
        }
        AttachmentStore attachments = new AttachmentStore(d, clock);
        MatterStore matters = new MatterStore(d, clock);
        Optional<Long> existing = registered(attachments, item);
        if (existing.isPresent()) {
            return item.withDuplicateOf(matters.find(existing.get()).orElseThrow());
        }
        if (item.isMatchedPart() && item.part().target().matterId() != null) {
            Optional<Matter> kept = new PartPapers(d, clock).attach(item, sample);
            if (kept.isPresent()) {
                return item.withStored(kept.get());
            }
        }
        Matter stored = matters.add(item.draft().matter());
        if (sample) {
            new Timeline(d, clock).registeredOn(stored.id(), stored.submitted());
        }
        attachments.add(stored.id(), item.source(), answerHash(item), sample);
        return item.withStored(stored);
    }
}

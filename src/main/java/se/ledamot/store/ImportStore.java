package se.ledamot.store;

import java.sql.SQLException;
import java.time.Clock;
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
import se.ledamot.importer.draft.MeetingPlan;

/**
 * Stores import items as matters, each with its original file as an attachment and a CREATED entry in its timeline,
 * in one transaction per file. A text already stored (and not in the trash) is recognised and not stored again.
 * Runs on the calling thread, reporting progress and checking for cancellation between files.
 */
public final class ImportStore {
    private final DSLContext dsl;
    private final Clock clock;


    public ImportStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The items with those already stored marked as duplicates, for a preview before anything is stored. */
    public List<ImportItem> markDuplicates(List<ImportItem> items) {
        AttachmentStore attachments = new AttachmentStore(dsl, clock);
        MatterStore matters = new MatterStore(dsl, clock);
        List<ImportItem> out = new ArrayList<>(items.size());
        for (ImportItem item : items) {
            if (item.isMeeting()) {
                out.add(planned(item));
                continue;
            }
            Optional<Matter> existing = item.isFailed() ? Optional.empty()
                    : attachments.matterWithText(item.source().textHash()).flatMap(matters::find);
            out.add(existing.map(item::withDuplicateOf).orElse(item));
        }
        return new HandlingarMatch(dsl, clock).matched(out);
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
        List<ImportItem> out = new ArrayList<>(items.size());
        int done = 0;
        MeetingPlan notice = null;
        for (ImportItem item : items) {
            if (cancelled.getAsBoolean()) {
                out.addAll(items.subList(done, items.size()));
                break;
            }
            if (item.part() != null && item.isStorable()) {
                // Matched again now: the kallelse stored before it has given its new matters their ids.
                item = new HandlingarMatch(dsl, clock).matched(item, notice);
            }
            ImportItem result = item.isStorable() ? storeOrRefuse(item, sample) : item;
            if (result.isMeeting() && result.meeting().plan() != null) {
                notice = HandlingarMatch.planOf(result);
            }
            out.add(result);
            done++;
            progress.update(done, items.size(), item.file());
        }
        return out;
    }

    /**
     * Stores one item of a batch; when the database refuses it (a field too long, say), the item comes back refused
     * with a message in the user's words and the batch goes on: one bad file never stops the others.
     */
    private ImportItem storeOrRefuse(ImportItem item, boolean sample) {
        try {
            return store(item, sample);
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
    private ImportItem planned(ImportItem item) {
        if (item.isFailed()) {
            return item;
        }
        try {
            return item.withMeeting(item.meeting().withPlan(new MeetingImportStore(dsl, clock)
                    .plan(item.meeting().draft())));
        } catch (DomainException e) {
            return item;
        }
    }

    /** Stores one item, unless the same text was stored meanwhile: then it comes back marked as a duplicate. */
    public ImportItem store(ImportItem item, boolean sample) {
        if (!item.isStorable()) {
            return item;
        }
        if (item.isMeeting()) {
            // The kallelse file is kept with the meeting, in the same transaction (V11).
            return dsl.transactionResult(tx -> {
                MeetingImportStore.Stored done = new MeetingImportStore(tx.dsl(), clock).store(item.meeting().draft());
                new MeetingFileStore(tx.dsl(), clock).keep(done.meeting().id(), item.source());
                return item.withMeeting(item.meeting().withStored(done.meeting(), done.plan(), done.after()));
            });
        }
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            AttachmentStore attachments = new AttachmentStore(d, clock);
            MatterStore matters = new MatterStore(d, clock);
            Optional<Long> existing = attachments.matterWithText(item.source().textHash());
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
            attachments.add(stored.id(), item.source(), sample);
            return item.withStored(stored);
        });
    }
}

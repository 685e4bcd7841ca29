package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MATTER;
import static se.ledamot.store.jooq.Tables.MATTER_ATTACHMENT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import se.ledamot.domain.Attachment;
import se.ledamot.importer.SourceFile;

/** The original files kept with matters, found again by their text so the same text is not stored twice. */
public final class AttachmentStore {
    private final DSLContext dsl;
    private final Clock clock;


    public AttachmentStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public long add(long matterId, SourceFile file, String answerHash, boolean sample) {
        return dsl.insertInto(MATTER_ATTACHMENT)
                .set(MATTER_ATTACHMENT.MATTER_ID, matterId)
                .set(MATTER_ATTACHMENT.FILE_NAME, file.name())
                .set(MATTER_ATTACHMENT.FORMAT, file.format())
                .set(MATTER_ATTACHMENT.SIZE_BYTES, (long) file.bytes().length)
                .set(MATTER_ATTACHMENT.CONTENT, file.bytes())
                .set(MATTER_ATTACHMENT.CONTENT_HASH, file.contentHash())
                .set(MATTER_ATTACHMENT.TEXT_HASH, file.textHash())
                .set(MATTER_ATTACHMENT.ANSWER_HASH, answerHash)
                .set(MATTER_ATTACHMENT.SAMPLE, sample)
                .set(MATTER_ATTACHMENT.ADDED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .returning(MATTER_ATTACHMENT.ID).fetchOne().getId();
    }

    /** The matter, not in the trash, that already has a file with this text. */
    public Optional<Long> matterWithText(String textHash) {
        return textQuery(textHash).fetchOptional(MATTER_ATTACHMENT.MATTER_ID);
    }

    /**
     * The files with this text first (their index), then each one's matter by its key: written as a join, the
     * planner read every live matter first, per imported file (a second per file at 100 000 matters).
     */
    Select<Record1<Long>> textQuery(String textHash) {
        return dsl.select(MATTER_ATTACHMENT.MATTER_ID).from(MATTER_ATTACHMENT)
                .where(MATTER_ATTACHMENT.TEXT_HASH.eq(textHash))
                .and(DSL.field(DSL.select(MATTER.TRASHED_AT).from(MATTER)
                        .where(MATTER.ID.eq(MATTER_ATTACHMENT.MATTER_ID))).isNull())
                .orderBy(MATTER_ATTACHMENT.ID).limit(1);
    }

    /** The matter of this kind, not in the trash, that already has a file holding this answer. */
    public Optional<Long> matterWithAnswer(String kind, String answerHash) {
        return answerQuery(kind, answerHash).fetchOptional(MATTER_ATTACHMENT.MATTER_ID);
    }

    /** The files holding this answer first (their index), then each one's matter by its key, as for the text. */
    Select<Record1<Long>> answerQuery(String kind, String answerHash) {
        return dsl.select(MATTER_ATTACHMENT.MATTER_ID).from(MATTER_ATTACHMENT)
                .where(MATTER_ATTACHMENT.ANSWER_HASH.eq(answerHash))
                .and(DSL.field(DSL.select(MATTER.KIND).from(MATTER).where(MATTER.ID.eq(MATTER_ATTACHMENT.MATTER_ID)
                        .and(MATTER.TRASHED_AT.isNull()))).eq(kind))
                .orderBy(MATTER_ATTACHMENT.ID).limit(1);
    }

    public List<Attachment> of(long matterId) {
        return dsl.select(MATTER_ATTACHMENT.ID, MATTER_ATTACHMENT.MATTER_ID, MATTER_ATTACHMENT.FILE_NAME,
                        MATTER_ATTACHMENT.FORMAT, MATTER_ATTACHMENT.SIZE_BYTES, MATTER_ATTACHMENT.CONTENT_HASH,
                        MATTER_ATTACHMENT.SAMPLE, MATTER_ATTACHMENT.ADDED_AT)
                .from(MATTER_ATTACHMENT).where(MATTER_ATTACHMENT.MATTER_ID.eq(matterId))
                .orderBy(MATTER_ATTACHMENT.ID)
                .fetch(r -> new Attachment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** The original bytes of a kept file. */
    public byte[] content(long attachmentId) {
        return dsl.select(MATTER_ATTACHMENT.CONTENT).from(MATTER_ATTACHMENT)
                .where(MATTER_ATTACHMENT.ID.eq(attachmentId)).fetchOptional(MATTER_ATTACHMENT.CONTENT)
                .orElseThrow(() -> new StoreException("store.attachment.missing", null, attachmentId));
    }

    /**
     * The matter, not in the trash, made from the sample file of this name: an older version stored the samples under
     * the fingerprint of the text it dated (not the seed's), so a seed text finds its sample by the file instead.
     */
    public Optional<Long> sampleFrom(String fileName) {
        return dsl.select(MATTER_ATTACHMENT.MATTER_ID).from(MATTER_ATTACHMENT).join(MATTER)
                .on(MATTER.ID.eq(MATTER_ATTACHMENT.MATTER_ID))
                .where(MATTER_ATTACHMENT.SAMPLE.isTrue().and(MATTER_ATTACHMENT.FILE_NAME.eq(fileName))
                        .and(MATTER.TRASHED_AT.isNull()))
                .orderBy(MATTER_ATTACHMENT.ID).limit(1).fetchOptional(MATTER_ATTACHMENT.MATTER_ID);
    }

    /** The matters, not in the trash, made from the sample documents. */
    public List<Long> sampleMatters() {
        return dsl.selectDistinct(MATTER_ATTACHMENT.MATTER_ID).from(MATTER_ATTACHMENT).join(MATTER)
                .on(MATTER.ID.eq(MATTER_ATTACHMENT.MATTER_ID))
                .where(MATTER_ATTACHMENT.SAMPLE.isTrue().and(MATTER.TRASHED_AT.isNull()))
                .orderBy(MATTER_ATTACHMENT.MATTER_ID).fetch(MATTER_ATTACHMENT.MATTER_ID);
    }
}

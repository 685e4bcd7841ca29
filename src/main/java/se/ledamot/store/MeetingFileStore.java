package se.ledamot.store;

import static se.ledamot.store.jooq.Tables.MEETING_FILE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import se.ledamot.domain.meeting.MeetingFile;
import se.ledamot.importer.SourceFile;

/**
 * The kallelse or föredragningslista each meeting was imported from (V11), kept so it can be opened again from
 * Sammanträden: the latest one imported per meeting; the same file imported again writes nothing.
 */
public final class MeetingFileStore {
    private final DSLContext dsl;
    private final Clock clock;

    public MeetingFileStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Keeps the file with the meeting, in place of an earlier one; false when one with the same text is kept already
     * (a kallelse cut from a combined PDF has new bytes each time it is cut).
     */
    public boolean keep(long meetingId, SourceFile file) {
        Optional<String> kept = dsl.select(MEETING_FILE.TEXT_HASH).from(MEETING_FILE)
                .where(MEETING_FILE.MEETING_ID.eq(meetingId)).fetchOptional(MEETING_FILE.TEXT_HASH);
        if (kept.isPresent() && kept.get().equals(file.textHash())) {
            return false;
        }
        dsl.deleteFrom(MEETING_FILE).where(MEETING_FILE.MEETING_ID.eq(meetingId)).execute();
        dsl.insertInto(MEETING_FILE)
                .set(MEETING_FILE.MEETING_ID, meetingId)
                .set(MEETING_FILE.FILE_NAME, file.name())
                .set(MEETING_FILE.FORMAT, file.format())
                .set(MEETING_FILE.SIZE_BYTES, (long) file.bytes().length)
                .set(MEETING_FILE.CONTENT, file.bytes())
                .set(MEETING_FILE.CONTENT_HASH, file.contentHash())
                .set(MEETING_FILE.TEXT_HASH, file.textHash())
                .set(MEETING_FILE.ADDED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .execute();
        return true;
    }

    /** The file kept with the meeting, without its bytes; empty when it was not imported from one. */
    public Optional<MeetingFile> of(long meetingId) {
        return dsl.select(MEETING_FILE.FILE_NAME, MEETING_FILE.FORMAT, MEETING_FILE.SIZE_BYTES)
                .from(MEETING_FILE).where(MEETING_FILE.MEETING_ID.eq(meetingId))
                .fetchOptional(r -> new MeetingFile(meetingId, r.value1(), r.value2(), r.value3()));
    }

    /** The kept file's bytes. */
    public byte[] content(long meetingId) {
        return dsl.select(MEETING_FILE.CONTENT).from(MEETING_FILE).where(MEETING_FILE.MEETING_ID.eq(meetingId))
                .fetchOptional(MEETING_FILE.CONTENT)
                .orElseThrow(() -> new StoreException("store.meetingFile.missing", null, meetingId));
    }
}

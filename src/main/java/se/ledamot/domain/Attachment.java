package se.ledamot.domain;

import java.time.OffsetDateTime;

/**
 * An original file kept with a matter (the document it was imported from), without its bytes.
 *
 * @param sample whether it is one of the sample documents a new database starts with
 */
public record Attachment(long id, long matterId, String fileName, String format, long size, String contentHash,
        boolean sample, OffsetDateTime addedAt) {
}

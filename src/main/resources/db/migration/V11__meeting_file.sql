-- The kallelse or föredragningslista a meeting was imported from (issue 17), kept with the meeting so it can be
-- opened from Sammanträden: the latest one imported (an Ändrad kallelse replaces the first), its bytes as they came.
CREATE TABLE meeting_file (
    meeting_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    file_name    VARCHAR(500)  NOT NULL,
    format       VARCHAR(50)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      BLOB          NOT NULL,
    -- SHA-256 of the bytes, and of the text with whitespace evened out: the same kallelse imported again (its pages
    -- cut anew from a combined PDF, whose bytes differ each time) changes nothing.
    content_hash VARCHAR(64)   NOT NULL,
    text_hash    VARCHAR(64)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

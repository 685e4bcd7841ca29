-- Answers being written to interpellations and questions, kept as versions; lists of speakers and decisions taken.

-- The answer as last autosaved: one row per matter, overwritten on every pause in typing.
CREATE TABLE answer_draft (
    matter_id BIGINT NOT NULL PRIMARY KEY REFERENCES matter (id) ON DELETE CASCADE,
    text      CLOB   NOT NULL DEFAULT '',
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The matter's numbered questions (1-based) the writer has marked as answered.
CREATE TABLE answer_question_mark (
    matter_id BIGINT NOT NULL REFERENCES answer_draft (matter_id) ON DELETE CASCADE,
    question  INT    NOT NULL,
    PRIMARY KEY (matter_id, question)
);

-- Kept states of an answer, numbered per matter; never changed or removed.
CREATE TABLE answer_version (
    matter_id     BIGINT      NOT NULL REFERENCES matter (id) ON DELETE CASCADE,
    number        INT         NOT NULL,
    text          CLOB        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(20) NOT NULL,
    restored_from INT,
    PRIMARY KEY (matter_id, number)
);

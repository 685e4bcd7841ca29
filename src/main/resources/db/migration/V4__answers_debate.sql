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

-- The list of speakers on an agenda item, in order: speeches (anföranden) and replies (repliker), with the notes or
-- the text of what is said.
CREATE TABLE debate_speaker (
    item_id  BIGINT       NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    party    VARCHAR(20),
    kind     VARCHAR(16)  NOT NULL,
    minutes  INT          NOT NULL,
    text     CLOB         NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
);

-- The decision taken on an item as the debate recorded it, with what agenda_item.decision cannot hold: whether a
-- referral back was forced by a minority, and its reason.
CREATE TABLE debate_decision (
    item_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    decision   VARCHAR(32) NOT NULL,
    minority   BOOLEAN     NOT NULL DEFAULT FALSE,
    reason     CLOB,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who may see what when several people share one database server (issue 16): party groups, the people who sign in,
-- and which group each group-owned row belongs to. On a laptop's own database these tables stay empty and the rows
-- below belong to no group (''); on PostgreSQL the database fills in the signed-in user's group and its row-level
-- security keeps every group's rows from the others (db/postgresql/V9_1__row_security.sql).

CREATE TABLE party_group (
    code VARCHAR(20)  PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

-- A person who signs in to a shared server, by their database login. The secretariat belongs to no group.
CREATE TABLE app_user (
    login      VARCHAR(63)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL DEFAULT '',
    group_code VARCHAR(20)  REFERENCES party_group (code),
    role       VARCHAR(20)  NOT NULL,
    CONSTRAINT app_user_role CHECK (role IN ('member', 'group_secretary', 'council_secretary')),
    CONSTRAINT app_user_group CHECK (role = 'council_secretary' OR group_code IS NOT NULL)
);

-- An answer is written by the one person it is addressed to, so a matter keeps one draft; the draft and its
-- versions belong to the writer's group. (answer_question_mark follows its draft.)
ALTER TABLE answer_draft ADD COLUMN group_code VARCHAR(20) NOT NULL DEFAULT '';
ALTER TABLE answer_version ADD COLUMN group_code VARCHAR(20) NOT NULL DEFAULT '';

-- Each group keeps its own list of speakers and speech texts for an item, so the group is part of the key. A table
-- cannot change its key the same way on both engines, so it is made anew with its rows.
CREATE TABLE debate_speaker_by_group (
    item_id    BIGINT       NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    party      VARCHAR(20),
    kind       VARCHAR(16)  NOT NULL,
    minutes    INT          NOT NULL,
    text       CLOB         NOT NULL DEFAULT '',
    group_code VARCHAR(20)  NOT NULL DEFAULT '',
    CONSTRAINT debate_speaker_key PRIMARY KEY (group_code, item_id, position)
);

INSERT INTO debate_speaker_by_group (item_id, position, name, party, kind, minutes, text)
    SELECT item_id, position, name, party, kind, minutes, text FROM debate_speaker;
DROP TABLE debate_speaker;
ALTER TABLE debate_speaker_by_group RENAME TO debate_speaker;
CREATE INDEX debate_speaker_by_item ON debate_speaker (item_id);

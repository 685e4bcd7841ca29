-- The secretary's papers (issue 13): settings for the kallelse and the protokoll, per council and per body, and the
-- minutes of each meeting and each agenda item. Children are kept as the matter's lists are (parent, position);
-- people are kept by name and party, as a matter's authors are.

-- The council's papers: its name and logo, its notice board (anslagstavla) and where minutes are kept, and the body
-- new motions are referred to. One row.
CREATE TABLE paper_settings (
    id               INT          NOT NULL PRIMARY KEY,
    council_name     VARCHAR(200) NOT NULL DEFAULT '',
    logo             BLOB,
    notice_board     VARCHAR(300),
    minutes_kept     VARCHAR(300),
    refer_motions_to VARCHAR(200),
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT paper_settings_one CHECK (id = 1)
);

-- A body's papers: chair, secretary, public and webcast, what a member who cannot come does, the number of justerare.
CREATE TABLE body_papers (
    body_code      VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES body (code) ON DELETE CASCADE,
    chair_name     VARCHAR(200),
    chair_party    VARCHAR(20),
    secretary      VARCHAR(200),
    public_meeting BOOLEAN      NOT NULL DEFAULT TRUE,
    webcast        VARCHAR(300),
    absence        CLOB,
    adjusters      INT          NOT NULL DEFAULT 2,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The standard items before ('opening') and after ('closing') the matters, in order; title only for the body's own.
CREATE TABLE body_standard_item (
    body_code VARCHAR(20)   NOT NULL REFERENCES body_papers (body_code) ON DELETE CASCADE,
    part      VARCHAR(8)    NOT NULL,
    position  INT           NOT NULL,
    kind      VARCHAR(32)   NOT NULL,
    title     VARCHAR(1000),
    PRIMARY KEY (body_code, part, position)
);

-- The body's members and substitutes ('member', 'substitute'), in the order the body lists them.
CREATE TABLE body_seat (
    body_code VARCHAR(20)  NOT NULL REFERENCES body_papers (body_code) ON DELETE CASCADE,
    position  INT          NOT NULL,
    name      VARCHAR(200) NOT NULL,
    party     VARCHAR(20),
    role      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (body_code, position)
);

-- The minutes of a meeting: times, chair and secretary, justerare (one "Name (PARTY)" a line), the day and place of
-- justering, the day the minutes were approved and the day that went up on the notice board, the fixed first §.
CREATE TABLE minutes (
    meeting_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    opened          TIME,
    closed          TIME,
    chair_name      VARCHAR(200),
    chair_party     VARCHAR(20),
    secretary       VARCHAR(200),
    adjusters       CLOB         NOT NULL DEFAULT '',
    adjust_day      DATE,
    adjust_time     TIME,
    adjust_place    VARCHAR(200),
    adjusted_on     DATE,
    posted_on       DATE,
    first_paragraph INT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who was there: 'member', 'substitute' (serving for the member named in replaces, or present only) or 'other'.
CREATE TABLE minutes_attendee (
    meeting_id BIGINT       NOT NULL REFERENCES minutes (meeting_id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    party      VARCHAR(20),
    role       VARCHAR(16)  NOT NULL,
    serving    BOOLEAN      NOT NULL DEFAULT FALSE,
    replaces   VARCHAR(200),
    note       VARCHAR(300),
    PRIMARY KEY (meeting_id, position)
);

-- An agenda item's papers and minutes: the summary, the documents and the recipients (one a line) for the kallelse;
-- the order of the questions, the proposal found carried (0 the prepared one, n the n-th motion), and the vote's two
-- sides and the chair's casting vote (no vote when vote_yes is null).
CREATE TABLE item_record (
    item_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    summary        CLOB,
    basis          CLOB          NOT NULL DEFAULT '',
    send_to        CLOB          NOT NULL DEFAULT '',
    question_order CLOB,
    carried        INT,
    vote_yes       VARCHAR(1000),
    vote_no        VARCHAR(1000),
    vote_casting   VARCHAR(8),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The motions moved (yrkanden), in order, with who supported them (one "Name (PARTY)" a line).
CREATE TABLE item_motion (
    item_id    BIGINT       NOT NULL REFERENCES item_record (item_id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    party      VARCHAR(20),
    motion     VARCHAR(20)  NOT NULL,
    text       CLOB,
    supporters CLOB         NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, position)
);

-- Each member's vote: 'yes', 'no' or 'abstain'.
CREATE TABLE item_ballot (
    item_id  BIGINT       NOT NULL REFERENCES item_record (item_id) ON DELETE CASCADE,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    party    VARCHAR(20),
    choice   VARCHAR(8)   NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- Reservations (who, one a line; in favour of what; the written reasons) and notes entered in the minutes.
CREATE TABLE item_reservation (
    item_id  BIGINT        NOT NULL REFERENCES item_record (item_id) ON DELETE CASCADE,
    position INT           NOT NULL,
    names    CLOB          NOT NULL,
    favour   VARCHAR(1000),
    written  CLOB,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE item_note (
    item_id  BIGINT NOT NULL REFERENCES item_record (item_id) ON DELETE CASCADE,
    position INT    NOT NULL,
    names    CLOB   NOT NULL,
    text     CLOB   NOT NULL,
    PRIMARY KEY (item_id, position)
);

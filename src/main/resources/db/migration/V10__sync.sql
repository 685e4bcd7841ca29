-- Laptops that keep a replica of a shared server and sync with it (issue 16). The id of a row stays the database's
-- own: a laptop and the server each number their rows, and never send those numbers. What is the same row in every
-- database is its uid, a random identity given when the row is made (on a laptop by the program, on PostgreSQL by the
-- column's default, db/postgresql/V10_1__sync.sql). Rows made before this version have none until they are first
-- shared or exported; rows known by a natural key (a body's code, a group's position on an item) need none.

ALTER TABLE matter ADD COLUMN uid VARCHAR(36);
ALTER TABLE matter_change ADD COLUMN uid VARCHAR(36);
ALTER TABLE matter_attachment ADD COLUMN uid VARCHAR(36);
ALTER TABLE meeting ADD COLUMN uid VARCHAR(36);
ALTER TABLE agenda_item ADD COLUMN uid VARCHAR(36);

CREATE UNIQUE INDEX matter_by_uid ON matter (uid);
CREATE UNIQUE INDEX matter_change_by_uid ON matter_change (uid);
CREATE UNIQUE INDEX matter_attachment_by_uid ON matter_attachment (uid);
CREATE UNIQUE INDEX meeting_by_uid ON meeting (uid);
CREATE UNIQUE INDEX agenda_item_by_uid ON agenda_item (uid);

-- The server's change sequence: one row per thing kept (a matter with its lists, a group's position, ...) with the
-- number of its latest change, written by PostgreSQL's triggers as each change is made (V10_1), in the order the
-- changes were committed. A laptop asks for everything after the last number it has. group_code is '' for what is
-- shared and the owning group for a group's own rows, which no other group may see (row-level security, V10_1).
CREATE TABLE sync_change (
    seq        BIGINT       NOT NULL PRIMARY KEY,
    entity     VARCHAR(40)  NOT NULL,
    entity_key VARCHAR(100) NOT NULL,
    group_code VARCHAR(20)  NOT NULL DEFAULT '',
    CONSTRAINT sync_change_once UNIQUE (entity, entity_key, group_code)
);

-- On a laptop that keeps a replica: the server it belongs to, who signs in, and how far it has pulled.
CREATE TABLE sync_replica (
    id          INT          NOT NULL PRIMARY KEY,
    server      VARCHAR(500) NOT NULL,
    login       VARCHAR(63)  NOT NULL,
    group_code  VARCHAR(20),
    role        VARCHAR(20),
    pulled_seq  BIGINT       NOT NULL DEFAULT 0,
    first_done  BOOLEAN      NOT NULL DEFAULT FALSE,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sync   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sync_replica_one CHECK (id = 1)
);

-- On a laptop that keeps a replica: each thing it shares with the server. pending: changed here and not yet on the
-- server; base: the thing as the server last had it (JSON, the export's form), kept while it is pending so that only
-- what changed here is sent and a change made there to the same field is seen; null when the server never had it.
-- refused: why the server did not take the change (a reason code), until the user decides.
CREATE TABLE sync_state (
    entity     VARCHAR(40)  NOT NULL,
    entity_key VARCHAR(100) NOT NULL,
    pending    BOOLEAN      NOT NULL DEFAULT FALSE,
    base       CLOB,
    refused    VARCHAR(40),
    PRIMARY KEY (entity, entity_key)
);

CREATE INDEX sync_state_by_pending ON sync_state (pending);

-- A field that waits for the user: changed both here and on the server since they last agreed (kind BOTH_CHANGED),
-- one the server does not let this user change (NOT_ALLOWED), or a whole thing ('*') removed on one side and changed
-- on the other (DELETED_THERE, DELETED_HERE). The server's value and the value both started from are kept until the
-- user chooses (JSON); the laptop keeps its own value meanwhile, and nothing is sent for that field.
CREATE TABLE sync_conflict (
    entity      VARCHAR(40)  NOT NULL,
    entity_key  VARCHAR(100) NOT NULL,
    field       VARCHAR(60)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    base_value  CLOB,
    theirs      CLOB,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity, entity_key, field)
);

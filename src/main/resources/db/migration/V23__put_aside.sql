-- Choices put aside ("Välj senare", issue 16.5): a save met another person's change of the same field, and the user
-- chose later. What she typed there is kept here until she chooses or it is stored, so a closed window, a crash or a
-- restart does not lose it. One row per field: her side's text, the text both sides started from, the row's heading,
-- which form and row. Never synced nor exported: it is this user's unsaved typing, not shared data. On a laptop it
-- lives in the data folder's database (a replica's too); on a shared server in the server's, one login's rows seen and
-- written by that login only (row-level security, db/postgresql/V23_1).
CREATE TABLE put_aside (
    owner        VARCHAR(128)             DEFAULT CURRENT_USER NOT NULL,
    form         VARCHAR(40)              NOT NULL,
    row_key      VARCHAR(100)             NOT NULL,
    field        VARCHAR(60)              NOT NULL,
    title        VARCHAR(500)             NOT NULL,
    base_text    CLOB                     NOT NULL,
    mine_text    CLOB                     NOT NULL,
    put_aside_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT put_aside_once PRIMARY KEY (owner, form, row_key, field)
);

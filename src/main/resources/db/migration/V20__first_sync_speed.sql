-- A laptop's H2 writes the state of an identity's sequence to its file every time the cached numbers run out, and
-- that write stores every page changed so far, those of a transaction still running included. With the default of 32
-- a first sync that brings 100 000 matters stored the whole growing file thousands of times over, half of its time.
-- A thousand numbers at a time: one such write per thousand rows. (A number left unused when the program stops is
-- skipped, which nothing minds.) The server keeps its own setting: db/postgresql/V20_1.
ALTER TABLE matter ALTER COLUMN id SET CACHE 1000;
ALTER TABLE matter_change ALTER COLUMN id SET CACHE 1000;
ALTER TABLE matter_attachment ALTER COLUMN id SET CACHE 1000;
ALTER TABLE meeting ALTER COLUMN id SET CACHE 1000;
ALTER TABLE agenda_item ALTER COLUMN id SET CACHE 1000;

-- Every sync asks a replica's sync_state for the things the server refused and those to fetch again; after a first
-- sync of 100 000 matters it holds some 225 000 rows, and without an index each question read all of them.
CREATE INDEX sync_state_by_refused ON sync_state (refused);

-- V20 caches identity numbers for a laptop's H2. On the server each connection would take its own thousand and leave
-- gaps of a thousand between the users' new rows; it needs no cache (it writes no sequence state to a file per value).
ALTER TABLE matter ALTER COLUMN id SET CACHE 1;
ALTER TABLE matter_change ALTER COLUMN id SET CACHE 1;
ALTER TABLE matter_attachment ALTER COLUMN id SET CACHE 1;
ALTER TABLE meeting ALTER COLUMN id SET CACHE 1;
ALTER TABLE agenda_item ALTER COLUMN id SET CACHE 1;

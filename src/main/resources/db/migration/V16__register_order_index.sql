-- The register's first question at every start: the ids of the matters not in the trash, newest submission first.
-- With only (trashed_at) and (submitted, id) indexed, H2 found the ids through matter_by_trashed and read every
-- matter's row for its date: at 10 000 matters 2 167 page reads and ~1 s on a cold start (10 times that at 100 000).
-- This index holds all three columns, so the ids come from the index alone (EXPLAIN ANALYZE: 72 ms cold).
CREATE INDEX matter_register_by_submitted ON matter (trashed_at, submitted, id);

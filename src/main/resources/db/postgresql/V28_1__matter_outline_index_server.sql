-- V28's index holds up to ~1 600 characters of text per matter (title, place, names, role, responsible body), more than a
-- PostgreSQL index entry may take (about 2.7 kB): a long title would then fail to be saved. On the server it keeps only
-- the columns the open matters are found and tested by (and serves as V8's (kind, status) index, which V28 dropped).
DROP INDEX matter_outline_by_kind_status;
CREATE INDEX matter_open_by_kind_status ON matter (kind, status, trashed_at, submitted, reply_by);

-- V28's index holds up to ~1 600 characters of text per matter (title, place, names, role, body), more than a
-- PostgreSQL index entry may take (about 2.7 kB): a long title would then fail to be saved. On the server it keeps only
-- the columns the open matters are found and tested by; PostgreSQL reads their rows apart from their long texts anyway.
DROP INDEX matter_outline_by_kind_status;
CREATE INDEX matter_open_by_kind_status ON matter (kind, status, trashed_at, submitted, reply_by);

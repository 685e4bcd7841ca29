-- What overdue, the dashboard and the pending counts read of the open matters: their outline (every column but body,
-- answer and the change stamps), found by kind and status (OpenMatters). The open matters are spread over the whole
-- table, and H2 keeps body and answer inside the row: at 100 000 matters reading ~3 000 open outlines read and unpacked
-- most of the table's pages (EXPLAIN ANALYZE: 3 114 page reads for 2 443 rows, 1.9 s cold). With every column the
-- query needs in this index H2 answers from the index alone (374 reads, 0.65 s cold; issue 15).
-- It takes the place of V8's (kind, status) index, which it begins with: beside it H2 could choose either, and chose
-- the narrow one on a small table.
-- PostgreSQL limits an index entry to about 2.7 kB and these columns may hold more: V28_1 makes it narrower there.
DROP INDEX matter_by_kind_status;
CREATE INDEX matter_outline_by_kind_status ON matter (kind, status, trashed_at, submitted, reply_by, number, title,
    place, addressee_name, addressee_party, addressee_role, responsible_body, decision);

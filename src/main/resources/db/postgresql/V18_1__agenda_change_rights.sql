-- The PostgreSQL half of V18, as V9_1 has it for the tables before it: everyone may read the counter. Nothing on the
-- server counts (the search index lives beside a data folder's own file), so nobody is given the right to write it.
REVOKE ALL ON agenda_change FROM PUBLIC;
GRANT SELECT ON agenda_change TO ledamot_member;

-- The PostgreSQL half of V11, as V9_1 has it for the tables before it: every member reads a meeting's kallelse file,
-- the council secretariat (who imports the kallelse) writes it.
REVOKE ALL ON meeting_file FROM PUBLIC;
GRANT SELECT ON meeting_file TO ledamot_member;
GRANT INSERT, UPDATE, DELETE ON meeting_file TO ledamot_council_secretary;

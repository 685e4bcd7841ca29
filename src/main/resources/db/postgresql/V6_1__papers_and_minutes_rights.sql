-- The PostgreSQL half of V6, as V9_1 has it for the tables before it: every member reads the papers' settings and
-- the minutes; the council secretariat writes them. On a new database V9_1 runs after this and grants the same; on a
-- database made before V6 this runs last (out of order), so the roles are made here too when missing.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ledamot_member') THEN
        CREATE ROLE ledamot_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ledamot_group_secretary') THEN
        CREATE ROLE ledamot_group_secretary NOLOGIN IN ROLE ledamot_member;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ledamot_council_secretary') THEN
        CREATE ROLE ledamot_council_secretary NOLOGIN IN ROLE ledamot_member;
    END IF;
END
$$;

REVOKE ALL ON paper_settings, body_papers, body_standard_item, body_seat, minutes, minutes_attendee, item_record,
    item_motion, item_ballot, item_reservation, item_note FROM PUBLIC;
GRANT SELECT ON paper_settings, body_papers, body_standard_item, body_seat, minutes, minutes_attendee, item_record,
    item_motion, item_ballot, item_reservation, item_note TO ledamot_member;
GRANT INSERT, UPDATE, DELETE ON paper_settings, body_papers, body_standard_item, body_seat, minutes,
    minutes_attendee, item_record, item_motion, item_ballot, item_reservation, item_note TO ledamot_council_secretary;

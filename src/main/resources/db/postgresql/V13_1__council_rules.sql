-- The PostgreSQL half of V13: the council's settings are read by every member and written by the secretariat only,
-- like the bodies and their rules (whose new columns follow those tables' grants in V9_1).
GRANT SELECT ON council_setting TO ledamot_member;
GRANT INSERT, UPDATE, DELETE ON council_setting TO ledamot_council_secretary;

-- The PostgreSQL half of V23: a choice put aside is one login's unsaved typing. Every member may keep their own, and
-- no one else (not the group, not the secretariat) can read or change it, even with a hand-written SQL session.
REVOKE ALL ON put_aside FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON put_aside TO ledamot_member;
ALTER TABLE put_aside ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_login_only ON put_aside USING (owner = current_user) WITH CHECK (owner = current_user);

-- The PostgreSQL half of V9: the database, not the program, decides who sees and changes what.
--
-- Three roles (shared by every database on the server, so made only if missing):
--   ledamot_member             reads the shared register, writes its own group's rows, edits the text of matters
--   ledamot_group_secretary    the same rights as a member, for a group's secretary
--   ledamot_council_secretary  the secretariat: registers matters, meetings and decisions, changes official fields
-- Which group a login belongs to is in app_user; ledamot_enrol keeps that row and the login's role in step.
-- Group-owned rows (group_position, debate_speaker, answer_draft, answer_question_mark, answer_version) are kept from
-- other groups by row-level security, so not even a hand-written SQL session can read or change them.
-- The owner of the tables (the administrator who ran `ledamot server init`) is not bound by these rules.

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

-- The signed-in user's party group, or null. Qualified names: a user's own search_path (a temporary app_user in
-- pg_temp) must not decide which group they are in.
CREATE FUNCTION ledamot_my_group() RETURNS varchar
    LANGUAGE sql STABLE
    AS $$ SELECT u.group_code FROM public.app_user u WHERE u.login = current_user $$;

ALTER TABLE answer_draft ALTER COLUMN group_code SET DEFAULT COALESCE(public.ledamot_my_group(), '');
ALTER TABLE answer_version ALTER COLUMN group_code SET DEFAULT COALESCE(public.ledamot_my_group(), '');
ALTER TABLE debate_speaker ALTER COLUMN group_code SET DEFAULT COALESCE(public.ledamot_my_group(), '');

-- Everyone reads everything; row-level security below hides the other groups' rows.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ledamot_member;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ledamot_member;

-- The secretariat writes the shared register: matters, their papers and timeline, bodies, meetings, agendas and
-- decisions. Who belongs where is the administrator's (ledamot_enrol).
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ledamot_council_secretary;
REVOKE INSERT, UPDATE, DELETE ON app_user, party_group, flyway_schema_history FROM ledamot_council_secretary;

-- A member edits the text of a shared matter (title, body, addressee, answer and the lists that go with them), never
-- its official fields: kind, number, dates (submitted, reply_by), status, decision, trash. Saving a matter records
-- the change in its timeline, which a member may add to but not rewrite beyond the newest entry's value.
GRANT UPDATE (title, body, place, addressee_name, addressee_party, addressee_role, responsible_body, answer,
              updated_at) ON matter TO ledamot_member;
GRANT INSERT, DELETE ON matter_author, matter_proposal, matter_question, matter_tag TO ledamot_member;
GRANT INSERT ON matter_change TO ledamot_member;
GRANT UPDATE (changed_at, new_value) ON matter_change TO ledamot_member;

-- Each group's own rows.
GRANT INSERT, UPDATE, DELETE ON group_position, debate_speaker, answer_draft, answer_question_mark, answer_version
    TO ledamot_member;

-- A group's rows are its own: seen, written and moved to another group only by the group's members.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['group_position', 'debate_speaker', 'answer_draft', 'answer_version'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY own_group_only ON %I USING (group_code = public.ledamot_my_group()) '
                || 'WITH CHECK (group_code = public.ledamot_my_group())', t);
    END LOOP;
END
$$;

-- A question mark is its draft's: seen and written only where the draft is (the draft's own policy applies inside).
ALTER TABLE answer_question_mark ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_group_only ON answer_question_mark
    USING (EXISTS (SELECT 1 FROM public.answer_draft d WHERE d.matter_id = answer_question_mark.matter_id))
    WITH CHECK (EXISTS (SELECT 1 FROM public.answer_draft d WHERE d.matter_id = answer_question_mark.matter_id));

-- Puts a login in a party group with a role, or moves it: keeps app_user and the login's Ledamot role in step.
-- The login must exist (CREATE ROLE name LOGIN); an unknown group is added with its code as its name.
CREATE PROCEDURE ledamot_enrol(p_login varchar, p_group varchar, p_role varchar, p_name varchar DEFAULT '')
    LANGUAGE plpgsql
    AS $$
    DECLARE
        v_group varchar := NULLIF(upper(btrim(p_group)), '');
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login AND r.rolcanlogin) THEN
            RAISE EXCEPTION 'no login named %', p_login USING ERRCODE = 'undefined_object';
        END IF;
        IF p_role NOT IN ('member', 'group_secretary', 'council_secretary') THEN
            RAISE EXCEPTION 'no role named %', p_role USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF v_group IS NOT NULL THEN
            INSERT INTO public.party_group AS g (code, name) VALUES (v_group, v_group) ON CONFLICT (code) DO NOTHING;
        END IF;
        INSERT INTO public.app_user AS u (login, name, group_code, role)
            VALUES (p_login, COALESCE(p_name, ''), v_group, p_role)
            ON CONFLICT (login) DO UPDATE
            SET name = COALESCE(NULLIF(EXCLUDED.name, ''), u.name), group_code = EXCLUDED.group_code,
                role = EXCLUDED.role;
        EXECUTE format('REVOKE ledamot_member, ledamot_group_secretary, ledamot_council_secretary FROM %I', p_login);
        EXECUTE format('GRANT %I TO %I', 'ledamot_' || p_role, p_login);
    END
    $$;

-- Takes a login out of Ledamot: it keeps its login but sees nothing. Its group's rows stay with the group.
CREATE PROCEDURE ledamot_remove(p_login varchar)
    LANGUAGE plpgsql
    AS $$
    BEGIN
        DELETE FROM public.app_user u WHERE u.login = p_login;
        IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
            EXECUTE format('REVOKE ledamot_member, ledamot_group_secretary, ledamot_council_secretary FROM %I',
                    p_login);
        END IF;
    END
    $$;

REVOKE ALL ON PROCEDURE ledamot_enrol(varchar, varchar, varchar, varchar) FROM PUBLIC;
REVOKE ALL ON PROCEDURE ledamot_remove(varchar) FROM PUBLIC;

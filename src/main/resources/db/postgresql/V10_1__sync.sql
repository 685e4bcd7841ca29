-- The PostgreSQL half of V10: uids made by the server, and the change sequence laptops pull from.
--
-- Every write to a table that laptops replicate notes, in the same transaction, which thing it changed (a matter with
-- its lists and timeline, a meeting, an agenda item, a group's position, answer, speakers, ...) in sync_change, with
-- a number from one sequence. The numbers are taken under one transaction-wide lock, so they are handed out in the
-- order the transactions commit: a laptop that has pulled up to number n has seen every change numbered n or lower,
-- whatever was still running when it asked. A thing keeps one row, with the number of its latest change.
-- The names of the things (entity) and their keys are the program's (se.ledamot.store.entity.Catalogue).

ALTER TABLE matter ALTER COLUMN uid SET DEFAULT gen_random_uuid()::varchar;
ALTER TABLE matter_change ALTER COLUMN uid SET DEFAULT gen_random_uuid()::varchar;
ALTER TABLE matter_attachment ALTER COLUMN uid SET DEFAULT gen_random_uuid()::varchar;
ALTER TABLE meeting ALTER COLUMN uid SET DEFAULT gen_random_uuid()::varchar;
ALTER TABLE agenda_item ALTER COLUMN uid SET DEFAULT gen_random_uuid()::varchar;
UPDATE matter SET uid = gen_random_uuid()::varchar WHERE uid IS NULL;
UPDATE matter_change SET uid = gen_random_uuid()::varchar WHERE uid IS NULL;
UPDATE matter_attachment SET uid = gen_random_uuid()::varchar WHERE uid IS NULL;
UPDATE meeting SET uid = gen_random_uuid()::varchar WHERE uid IS NULL;
UPDATE agenda_item SET uid = gen_random_uuid()::varchar WHERE uid IS NULL;

CREATE SEQUENCE sync_seq;

-- Notes the thing a row belongs to. Runs as the owner of the tables (a member may not write sync_change), and sees
-- past row-level security only to find the uid of a row's matter or agenda item and the group of a question mark's
-- draft; what it writes is guarded by sync_change's own policy below.
CREATE FUNCTION ledamot_sync_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
    DECLARE
        r record;
        e varchar;
        k varchar;
        g varchar;
        done_e varchar;
        done_k varchar;
        done_g varchar;
    BEGIN
        FOR pass IN 1 .. CASE WHEN TG_OP = 'UPDATE' THEN 2 ELSE 1 END LOOP
            IF TG_OP = 'DELETE' OR pass = 2 THEN
                r := OLD;
            ELSE
                r := NEW;
            END IF;
            g := '';
            CASE TG_TABLE_NAME
                WHEN 'matter' THEN
                    e := 'matter'; k := r.uid;
                WHEN 'matter_author', 'matter_proposal', 'matter_question', 'matter_tag', 'matter_change' THEN
                    e := 'matter'; k := (SELECT m.uid FROM public.matter m WHERE m.id = r.matter_id);
                WHEN 'matter_attachment' THEN
                    e := 'attachment'; k := r.uid;
                WHEN 'body' THEN
                    e := 'body'; k := r.code;
                WHEN 'submission_rule' THEN
                    e := 'body'; k := r.body_code;
                WHEN 'meeting' THEN
                    e := 'meeting'; k := r.uid;
                WHEN 'agenda_item' THEN
                    e := 'agenda_item'; k := r.uid;
                WHEN 'agenda_motion' THEN
                    e := 'agenda_item'; k := (SELECT a.uid FROM public.agenda_item a WHERE a.id = r.item_id);
                WHEN 'group_position' THEN
                    e := 'position'; g := r.group_code;
                    k := r.group_code || chr(31) || (SELECT a.uid FROM public.agenda_item a WHERE a.id = r.item_id);
                WHEN 'answer_draft', 'answer_version' THEN
                    e := 'answer'; g := r.group_code;
                    k := (SELECT m.uid FROM public.matter m WHERE m.id = r.matter_id);
                WHEN 'answer_question_mark' THEN
                    e := 'answer';
                    g := (SELECT d.group_code FROM public.answer_draft d WHERE d.matter_id = r.matter_id);
                    k := (SELECT m.uid FROM public.matter m WHERE m.id = r.matter_id);
                WHEN 'debate_speaker' THEN
                    e := 'speakers'; g := r.group_code;
                    k := (SELECT a.uid FROM public.agenda_item a WHERE a.id = r.item_id);
                WHEN 'debate_decision' THEN
                    e := 'decision'; k := (SELECT a.uid FROM public.agenda_item a WHERE a.id = r.item_id);
                ELSE
                    RAISE EXCEPTION 'ledamot_sync_log does not know table %', TG_TABLE_NAME;
            END CASE;
            -- A row whose matter or item is gone went with it: the matter's or item's own deletion is noted.
            IF k IS NOT NULL AND g IS NOT NULL
                    AND (done_k IS NULL OR e <> done_e OR k <> done_k OR g <> done_g) THEN
                PERFORM pg_advisory_xact_lock(74280016);
                INSERT INTO public.sync_change AS c (seq, entity, entity_key, group_code)
                    VALUES (nextval('public.sync_seq'), e, k, g)
                    ON CONFLICT (entity, entity_key, group_code) DO UPDATE SET seq = EXCLUDED.seq;
                done_e := e; done_k := k; done_g := g;
            END IF;
        END LOOP;
        RETURN NULL;
    END
    $$;

REVOKE ALL ON FUNCTION ledamot_sync_log() FROM PUBLIC;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['matter', 'matter_author', 'matter_proposal', 'matter_question', 'matter_tag',
            'matter_change', 'matter_attachment', 'body', 'submission_rule', 'meeting', 'agenda_item',
            'agenda_motion', 'group_position', 'answer_draft', 'answer_question_mark', 'answer_version',
            'debate_speaker', 'debate_decision'] LOOP
        EXECUTE format('CREATE TRIGGER ledamot_sync_log AFTER INSERT OR UPDATE OR DELETE ON %I '
                || 'FOR EACH ROW EXECUTE FUNCTION ledamot_sync_log()', t);
    END LOOP;
END
$$;

-- What a server held before this version is noted once, parents before what refers to them.
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'body', code, '' FROM body ORDER BY code;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'matter', uid, '' FROM matter ORDER BY id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'attachment', uid, '' FROM matter_attachment ORDER BY id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'meeting', uid, '' FROM meeting ORDER BY id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'agenda_item', uid, '' FROM agenda_item ORDER BY id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'position', p.group_code || chr(31) || a.uid, p.group_code
    FROM group_position p JOIN agenda_item a ON a.id = p.item_id ORDER BY a.id, p.group_code;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'answer', m.uid, d.group_code
    FROM answer_draft d JOIN matter m ON m.id = d.matter_id ORDER BY m.id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'speakers', s.uid, s.group_code
    FROM (SELECT DISTINCT a.id, a.uid, d.group_code FROM debate_speaker d JOIN agenda_item a ON a.id = d.item_id) s
    ORDER BY s.id, s.group_code;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'decision', a.uid, '' FROM debate_decision d JOIN agenda_item a ON a.id = d.item_id
    ORDER BY a.id;

-- A laptop reads the shared changes and its own group's; another group's are not there for it, not even as keys.
REVOKE ALL ON sync_change, sync_replica, sync_state, sync_conflict FROM PUBLIC;
GRANT SELECT ON sync_change TO ledamot_member;
ALTER TABLE sync_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_group_only ON sync_change FOR SELECT
    USING (group_code = '' OR group_code = public.ledamot_my_group());
-- A laptop's own bookkeeping: empty on a server, readable like every table there.
GRANT SELECT ON sync_replica, sync_state, sync_conflict TO ledamot_member;

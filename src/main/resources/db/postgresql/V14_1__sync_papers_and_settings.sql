-- The PostgreSQL half of issue 16's last shared kinds: the council's settings, the papers' settings, each body's
-- papers (standard items, seats), the minutes with attendees and each item's record (motions, ballots, reservations,
-- notes) are noted in the change sequence like everything else, so a laptop's replica hears of them (V10_1 could not
-- name council_setting: on a new server it runs before V13 makes it). The function is V10_1's with five more kinds;
-- their keys are the program's (se.ledamot.store.entity.Catalogue): a setting by name, the papers' settings by id,
-- a body's papers by body code, minutes by the meeting's uid, an item's record by the agenda item's uid.

CREATE OR REPLACE FUNCTION ledamot_sync_log() RETURNS trigger
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
                WHEN 'council_setting' THEN
                    e := 'setting'; k := r.setting_name;
                WHEN 'paper_settings' THEN
                    e := 'paper_settings'; k := r.id::varchar;
                WHEN 'body_papers', 'body_standard_item', 'body_seat' THEN
                    e := 'body_papers'; k := r.body_code;
                WHEN 'minutes', 'minutes_attendee' THEN
                    e := 'minutes'; k := (SELECT m.uid FROM public.meeting m WHERE m.id = r.meeting_id);
                WHEN 'item_record', 'item_motion', 'item_ballot', 'item_reservation', 'item_note' THEN
                    e := 'item_record'; k := (SELECT a.uid FROM public.agenda_item a WHERE a.id = r.item_id);
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

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['council_setting', 'paper_settings', 'body_papers', 'body_standard_item', 'body_seat',
            'minutes', 'minutes_attendee', 'item_record', 'item_motion', 'item_ballot', 'item_reservation',
            'item_note'] LOOP
        EXECUTE format('CREATE TRIGGER ledamot_sync_log AFTER INSERT OR UPDATE OR DELETE ON %I '
                || 'FOR EACH ROW EXECUTE FUNCTION ledamot_sync_log()', t);
    END LOOP;
END
$$;

-- What a server held before this version is noted once, parents before what refers to them.
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'setting', setting_name, '' FROM council_setting ORDER BY setting_name;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'paper_settings', id::varchar, '' FROM paper_settings ORDER BY id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'body_papers', body_code, '' FROM body_papers ORDER BY body_code;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'minutes', m.uid, '' FROM minutes n JOIN meeting m ON m.id = n.meeting_id
    ORDER BY m.id;
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'item_record', a.uid, '' FROM item_record r JOIN agenda_item a ON a.id = r.item_id
    ORDER BY a.id;

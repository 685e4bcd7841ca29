-- The PostgreSQL half of syncing the kallelse kept with a meeting (V11 meeting_file): its changes are noted in the
-- change sequence like every other kind, so a laptop's replica pulls the file with its meeting and a secretary's
-- laptop can send one it imported offline (issue 16). The function is V14_1's with one more kind, keyed as the
-- program keys it (se.ledamot.store.entity.Catalogue): by the meeting's uid. Grants are V11_1's: every member reads a
-- meeting's kallelse file, the council secretariat writes it.

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
                WHEN 'meeting_file' THEN
                    e := 'meeting_file'; k := (SELECT m.uid FROM public.meeting m WHERE m.id = r.meeting_id);
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

CREATE TRIGGER ledamot_sync_log AFTER INSERT OR UPDATE OR DELETE ON meeting_file
    FOR EACH ROW EXECUTE FUNCTION ledamot_sync_log();

-- What a server held before this version is noted once.
INSERT INTO sync_change (seq, entity, entity_key, group_code)
    SELECT nextval('sync_seq'), 'meeting_file', m.uid, '' FROM meeting_file f JOIN meeting m ON m.id = f.meeting_id
    ORDER BY m.id;

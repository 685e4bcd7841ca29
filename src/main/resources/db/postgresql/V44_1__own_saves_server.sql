-- The PostgreSQL half of V44: every entry of the change sequence says which window made it. A window signs in with its
-- own random id (the connection's ledamot.window, se.ledamot.store.ServerDatabase); the entry keeps its md5, or
-- nothing when the writer had none (a laptop's sync, the command line, the administrator): that counts as elsewhere.
-- When a window's change takes over an entry another wrote (a thing keeps one row), the other's number is kept in
-- others_seq; the window's further changes to it keep it, so one poll sees that someone else's change came between.
CREATE OR REPLACE FUNCTION ledamot_sync_saved_by() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
    AS $$
    DECLARE
        made timestamptz := nullif(current_setting('ledamot.made_at', true), '')::timestamptz;
        here varchar := md5(nullif(current_setting('ledamot.window', true), ''));
    BEGIN
        NEW.changed_by := session_user;
        NEW.changed_at := CASE WHEN made IS NULL OR made > now() THEN now() ELSE made END;
        IF TG_OP = 'UPDATE' THEN
            NEW.others_seq := CASE WHEN here IS NOT NULL AND OLD.changed_in = here THEN OLD.others_seq ELSE OLD.seq END;
        END IF;
        NEW.changed_in := here;
        RETURN NEW;
    END
    $$;

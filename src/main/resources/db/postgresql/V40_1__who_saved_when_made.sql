-- The PostgreSQL half of V40: an entry of the change sequence is dated when the change was made. A laptop's sync
-- sends the time its user made a change offline (ledamot.made_at, set for the change's own write and gone at the
-- transaction's end); a time after now, or none, is now. Who wrote it is still the login that signed in (V37_1).
CREATE OR REPLACE FUNCTION ledamot_sync_saved_by() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
    AS $$
    DECLARE
        made timestamptz := nullif(current_setting('ledamot.made_at', true), '')::timestamptz;
    BEGIN
        NEW.changed_by := session_user;
        NEW.changed_at := CASE WHEN made IS NULL OR made > now() THEN now() ELSE made END;
        RETURN NEW;
    END
    $$;

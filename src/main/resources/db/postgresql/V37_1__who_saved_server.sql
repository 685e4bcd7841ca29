-- The PostgreSQL half of V37: every entry of the change sequence says which login changed the thing last and when.
-- Set here, by the database, whoever writes the entry (ledamot_sync_log runs as the tables' owner, so current_user
-- there is the owner; session_user is the login that signed in). A laptop's sync writes as its user, so a change made
-- offline is dated when it reached the server.
CREATE FUNCTION ledamot_sync_saved_by() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
    AS $$
    BEGIN
        NEW.changed_by := session_user;
        NEW.changed_at := now();
        RETURN NEW;
    END
    $$;

CREATE TRIGGER ledamot_sync_saved_by BEFORE INSERT OR UPDATE ON sync_change
    FOR EACH ROW EXECUTE FUNCTION ledamot_sync_saved_by();

-- V20 caches identity numbers for a laptop's H2. On the server each connection would take its own thousand and leave
-- gaps of a thousand between the users' new rows; it needs no cache (it writes no sequence state to a file per value).
ALTER TABLE matter ALTER COLUMN id SET CACHE 1;
ALTER TABLE matter_change ALTER COLUMN id SET CACHE 1;
ALTER TABLE matter_attachment ALTER COLUMN id SET CACHE 1;
ALTER TABLE meeting ALTER COLUMN id SET CACHE 1;
ALTER TABLE agenda_item ALTER COLUMN id SET CACHE 1;

-- The newest change number of all, whatever group it belongs to. A laptop sees only its own group's changes and the
-- shared ones, so the last number it pulled can lag far behind the others' changes, and every later sync read past
-- all of them again (at 100 000 matters with ten groups, some 200 000 rows each time). Numbers are handed out in
-- commit order (V10_1), so a laptop that took this number before pulling everything it may see has seen every change
-- up to it and can go on from there. It tells nothing but a count.
CREATE FUNCTION ledamot_newest_change() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ SELECT COALESCE(max(seq), 0) FROM public.sync_change $$;
REVOKE ALL ON FUNCTION ledamot_newest_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ledamot_newest_change() TO ledamot_member;

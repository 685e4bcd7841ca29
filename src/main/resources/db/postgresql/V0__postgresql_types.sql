-- PostgreSQL has no CLOB or BLOB. The shared migrations (db/migration) use them, so on PostgreSQL they are names
-- for text and bytea, made before the first of them runs.
CREATE DOMAIN clob AS text;
CREATE DOMAIN blob AS bytea;

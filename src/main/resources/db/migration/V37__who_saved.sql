-- Who saved the other side of a conflict, and when (issue 16.5): a person choosing between two versions weighs them
-- by who wrote them. On a shared server each thing's entry in the change sequence keeps the login that last changed
-- it and when (filled by the server itself, db/postgresql/V37_1); a laptop's replica keeps the same for the server's
-- side of each conflict it pulled, with the writer's enrolled name and party group read when it was pulled. Empty
-- where no one knows: rows from before this version, a laptop's own database (its other windows say so instead).
ALTER TABLE sync_change ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE sync_change ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_conflict ADD COLUMN theirs_by VARCHAR(200);
ALTER TABLE sync_conflict ADD COLUMN theirs_party VARCHAR(20);
ALTER TABLE sync_conflict ADD COLUMN theirs_at TIMESTAMP WITH TIME ZONE;

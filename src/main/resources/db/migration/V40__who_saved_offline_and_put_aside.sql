-- Who saved the other side of a choice put aside ("Välj senare"), and when (issue 16.5): asked again after a restart,
-- the conflict view names the writer as it did when the save met the other's change (V37 says why). The name and
-- party group as the server enrolled them, or "another window" of this data folder; empty where no one knew.
ALTER TABLE put_aside ADD COLUMN theirs_by VARCHAR(200);
ALTER TABLE put_aside ADD COLUMN theirs_party VARCHAR(20);
ALTER TABLE put_aside ADD COLUMN theirs_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE put_aside ADD COLUMN theirs_window BOOLEAN DEFAULT FALSE NOT NULL;

-- When a thing was last changed on this laptop (a replica's pending change): sent with it, so the server dates a
-- change made offline on the train when she made it, not when it arrived (db/postgresql/V40_1).
ALTER TABLE sync_state ADD COLUMN made_at TIMESTAMP WITH TIME ZONE;

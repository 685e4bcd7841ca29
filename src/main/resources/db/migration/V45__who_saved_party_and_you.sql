-- A laptop names who saved a change its sync pulled as the online window does (issue 16.5): with the writer's party
-- group ("Bo Ek (S)"), and a change of this user's own made on another computer (her other laptop, the server's
-- window) as hers ("av dig på en annan dator"), not by her own name as if someone else. changed_party and
-- changed_by_you are kept on a laptop's sync_change beside the enrolled name its pull notes (empty on a server, whose
-- change sequence keeps the login); theirs_you beside the writer of a conflict waiting (sync_conflict) and of a
-- choice put aside (put_aside).
ALTER TABLE sync_change ADD COLUMN changed_party VARCHAR(20);
ALTER TABLE sync_change ADD COLUMN changed_by_you BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sync_conflict ADD COLUMN theirs_you BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE put_aside ADD COLUMN theirs_you BOOLEAN DEFAULT FALSE NOT NULL;

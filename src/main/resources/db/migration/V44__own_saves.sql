-- Which window made each entry of a shared server's change sequence (issue 16.4): a window following others' saves
-- skips a move made only by its own saves, which it has on screen already. changed_in is an md5 of the window's own
-- random id (set by the server itself, db/postgresql/V44_1; a member reading the table cannot pose as another
-- window); others_seq is the number of the thing's latest change made elsewhere before this window's, so a save of hers
-- that overwrote another's entry still has her screens read again. Empty on a laptop and for rows from before.
ALTER TABLE sync_change ADD COLUMN changed_in VARCHAR(32);
ALTER TABLE sync_change ADD COLUMN others_seq BIGINT;

-- When a meeting's speakers, an agenda item (its texts and its place in the order), a council setting and a body were
-- last saved in this database (issue 16.5): two windows of one data folder that save the same list or form meet in
-- the conflict view, which says when the other window saved, as it does for matters and meetings. Set by the store
-- that writes the row, with the database's own time (on a shared server the server's clock). Empty for rows saved
-- before this version and for rows a sync wrote or changed since (EntityWriter): the view then says only "in another
-- window", never a time that is not the last save's. A shared server's conflict view reads its change sequence
-- instead (V37); the columns are not synced.
ALTER TABLE debate_speaker ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agenda_item ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE council_setting ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE body ADD COLUMN saved_at TIMESTAMP WITH TIME ZONE;

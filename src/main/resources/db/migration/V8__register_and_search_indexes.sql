-- Indexes for a register of 100 000 matters (issue 15): every filter and sort the register offers, the open
-- matters that deadlines and the dashboard read, agendas in order, and the search index's look at what changed.

CREATE INDEX matter_by_submitted ON matter (submitted, id);
CREATE INDEX matter_by_kind_status ON matter (kind, status);
CREATE INDEX matter_by_status ON matter (status);
CREATE INDEX matter_by_number ON matter (number);
CREATE INDEX matter_by_title ON matter (title);
CREATE INDEX matter_by_updated ON matter (updated_at);
CREATE INDEX matter_by_trashed ON matter (trashed_at);
CREATE INDEX matter_author_by_name ON matter_author (name);
CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, item_number);
CREATE INDEX meeting_by_date ON meeting (meeting_date);

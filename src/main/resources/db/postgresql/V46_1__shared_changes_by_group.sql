-- A program working on the server asks before each search for the last shared change (SearchFeed.serverChange):
-- max(seq) of the rows with group_code ''. Row-level security filters sync_change row by row, so without this index
-- the primary key was read backwards past every other group's newer change (18 478 rows, 46 ms a keystroke, in a
-- council of 10 000 matters whose groups had just set their positions).
CREATE INDEX sync_change_by_group ON sync_change (group_code, seq);

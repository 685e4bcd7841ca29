-- A matter's timeline names the meeting it was put on ("KF 2026-12-14"), no longer the item's place on the stored
-- agenda ("KF 2026-12-14 § 1"): the place changed on every reorder without a record, and it is not the number the
-- kallelse and the debate brief give the item (session 10). Rows written before say it the old way; they are
-- rewritten here, on a laptop's H2 and on the server alike (on the server the change is noted for every laptop by
-- the sync triggers, so replicas pull the same words). Only the place at the end goes; nothing else in the row.
UPDATE matter_change SET new_value = REGEXP_REPLACE(new_value, ' § [0-9]+$', '')
    WHERE field = 'agenda' AND new_value LIKE '% § %';
UPDATE matter_change SET old_value = REGEXP_REPLACE(old_value, ' § [0-9]+$', '')
    WHERE field = 'agenda' AND old_value LIKE '% § %';

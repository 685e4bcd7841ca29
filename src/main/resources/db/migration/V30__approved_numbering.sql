-- The protokoll's numbered list as it was approved (justerat): the first § and, per number, the agenda item or the
-- standard item that stood there (ApprovedNumbering's text). Until now the numbers were counted at each print, so an
-- item added or moved on the agenda after the justering renumbered approved paragraphs. Null while the minutes are
-- not approved; minutes approved before this keep being counted until they are saved again.
ALTER TABLE minutes ADD COLUMN approved_numbering CLOB;

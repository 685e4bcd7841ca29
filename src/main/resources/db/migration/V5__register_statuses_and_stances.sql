-- Statuses as Swedish registers say them (issue 11). Data only; the columns stay as they are.
-- Interpellations and questions: 'answered' meant the answer was written, now 'answer_ready' (Svar klart);
-- 'debated' becomes 'answered' (Besvarad), the end of both. A referral's 'opinion_drafted' is 'prepared' (Beredd)
-- and 'sent' is 'answered' (Besvarad). A referral back (återremiss) and a strike-off (avskrivning) get their own
-- status where the decision shows them. An interpellation or question answered in the council got no decision.
-- The timeline's status entries move the same way, so that old history reads in today's words.

UPDATE matter SET status = 'answer_ready' WHERE status = 'answered' AND kind IN ('interpellation', 'question');
UPDATE matter SET status = 'answered' WHERE status IN ('debated', 'sent');
UPDATE matter SET status = 'prepared' WHERE status = 'opinion_drafted';
UPDATE matter SET status = 'referred_back'
    WHERE decision = 'referred_back' AND status IN ('referred', 'prepared');
UPDATE matter SET status = 'struck_off'
    WHERE decision = 'struck_off' AND status IN ('decided', 'lapsed') AND kind <> 'referral';
UPDATE matter SET decision = NULL WHERE decision = 'answered' AND kind IN ('interpellation', 'question');

UPDATE matter_change SET old_value = 'answer_ready'
    WHERE field = 'status' AND old_value = 'answered'
    AND matter_id IN (SELECT id FROM matter WHERE kind IN ('interpellation', 'question'));
UPDATE matter_change SET new_value = 'answer_ready'
    WHERE field = 'status' AND new_value = 'answered'
    AND matter_id IN (SELECT id FROM matter WHERE kind IN ('interpellation', 'question'));
UPDATE matter_change SET old_value = 'answered' WHERE field = 'status' AND old_value IN ('debated', 'sent');
UPDATE matter_change SET new_value = 'answered' WHERE field = 'status' AND new_value IN ('debated', 'sent');
UPDATE matter_change SET old_value = 'prepared' WHERE field = 'status' AND old_value = 'opinion_drafted';
UPDATE matter_change SET new_value = 'prepared' WHERE field = 'status' AND new_value = 'opinion_drafted';

-- A group's stance says what it is about. On an interpellation or question there is no vote (5 kap. 59-64 §§):
-- a group that had taken any stance there takes part in the debate. On a referral, an other matter or a free-text
-- item, 'support' meant supporting the proposal for decision. (stance is VARCHAR(16): 'support_proposal' fits.)
UPDATE group_position SET stance = 'take_part'
    WHERE stance IS NOT NULL
    AND item_id IN (SELECT a.id FROM agenda_item a JOIN matter m ON m.id = a.matter_id
                    WHERE m.kind IN ('interpellation', 'question'));
UPDATE group_position SET stance = 'support_proposal'
    WHERE stance = 'support'
    AND item_id IN (SELECT a.id FROM agenda_item a LEFT JOIN matter m ON m.id = a.matter_id
                    WHERE m.id IS NULL OR m.kind IN ('referral', 'other'));

-- A body's first and second vice chair (förste and andre vice ordförande, 5 kap. 11 § and 6 kap. 19 §
-- kommunallagen): who presides and signs the protokoll when the ordförande is recorded absent and the meeting names no
-- chair of its own (BodyPapers.presiding). Kept as the chair is, a name and a party; synced with the body's papers.
ALTER TABLE body_papers ADD COLUMN first_vice_name VARCHAR(200);
ALTER TABLE body_papers ADD COLUMN first_vice_party VARCHAR(20);
ALTER TABLE body_papers ADD COLUMN second_vice_name VARCHAR(200);
ALTER TABLE body_papers ADD COLUMN second_vice_party VARCHAR(20);

-- The council's rules of procedure as settings (issue 11): what kommunallagen leaves to each council and its
-- arbetsordning, so that every deadline is computed from the council's own rules.
--
-- Per submission rule: which way a deadline that falls on a Saturday, Sunday or public holiday moves. Lag (1930:173)
-- om beräkning av lagstadgad tid moves a statutory one to the next weekday; an arbetsordning may say "närmast
-- föregående vardag" for its own. NULL keeps what a rule without a direction has always meant: a submission moves
-- forward, a written answer to the last working day before.
ALTER TABLE submission_rule ADD COLUMN holiday_shift VARCHAR(32);
-- 'weekday_in_week_before' ("måndagen två veckor före", issue 11) is longer than V3's 20 characters.
-- On H2 such a value stored before this version was cut to the column's 20 characters; it is made whole again.
ALTER TABLE submission_rule ALTER COLUMN form SET DATA TYPE VARCHAR(32);
UPDATE submission_rule SET form = 'weekday_in_week_before' WHERE form = 'weekday_in_week_befo';
ALTER TABLE submission_rule ADD CONSTRAINT submission_rule_holiday_shift
    CHECK (holiday_shift IN ('next_working_day', 'previous_working_day', 'none'));

-- Per body: at which meeting interpellations and questions are answered, counted from the one where they are asked.
-- NULL is the arbetsordningar's usual rule (KL 5 kap. 59–64 §§ set no time): an interpellation at the next meeting,
-- a question at the same one.
ALTER TABLE body ADD COLUMN interpellation_answer VARCHAR(20);
ALTER TABLE body ADD COLUMN question_answer VARCHAR(20);
ALTER TABLE body ADD CONSTRAINT body_interpellation_answer
    CHECK (interpellation_answer IN ('next_meeting', 'same_meeting'));
ALTER TABLE body ADD CONSTRAINT body_question_answer CHECK (question_answer IN ('next_meeting', 'same_meeting'));

-- The council's own settings, one value per name: its name (printed on every paper), the months it is told of the
-- motions and citizen proposals not decided within a year (KL 5 kap. 35 §), whether it takes citizen proposals and
-- who decides them (8 kap.), and after how many months the report proposes striking one off. Names and their
-- values are the program's (se.ledamot.store.CouncilSettingStore); a name not stored has its default, so later
-- settings (the secretariat's papers) need no new table. Keyed by name, so every database knows the same row.
CREATE TABLE council_setting (
    setting_name  VARCHAR(60)   PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

-- From this version a data folder's H2 file has row triggers on matter, matter_author, matter_proposal,
-- matter_question and matter_tag that call a class of this version (se.ledamot.store.MatterTouches: which matters a
-- turn changed, for the command line's kept answers, issue 15). They are put on by the program, on H2 only, not here:
-- this migration only marks the schema as this version's, so that an older Ledamot, which lacks the class and could
-- not write a matter on such a file, refuses the file as a newer one's instead. A shared server has no such triggers.
COMMENT ON TABLE matter IS 'Council matters (motions, interpellations, questions, citizen proposals, referrals)';

-- The day the meeting's tillkännagivande (time, place, matters) was posted on the kommunens anslagstavla
-- (kommunallagen 5 kap. 11 §: at least one week before the meeting), as the secretary gives it; NULL until she does.
-- The kallelse prints it; none given, it names the latest lawful day instead of claiming one. Same SQL on PostgreSQL.
ALTER TABLE meeting ADD COLUMN posted_on DATE;

-- SHA-256 of the written answer the file held (evened out as text_hash is), NULL when it held none: an imported
-- interpellation or question whose answer is word for word one already registered is the same post from another
-- copy (ImportStore.sameAnswer). Compared before by the first 200 characters of every matter's answer CLOB, which at
-- 100 000 matters read the whole table, ~4.6 s per imported item with an answer; by this index a lookup.
-- Files kept before this have none: they are still found by text_hash. Same SQL on PostgreSQL.
ALTER TABLE matter_attachment ADD COLUMN answer_hash VARCHAR(64);
CREATE INDEX matter_attachment_by_answer ON matter_attachment (answer_hash);

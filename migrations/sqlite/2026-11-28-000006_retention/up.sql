-- How long after closing a petition keeps its signers' email addresses and IP
-- hashes; when it ends they are erased (names, counts and packets remain).
ALTER TABLE petitions ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 90;
ALTER TABLE petitions ADD COLUMN erased_at TIMESTAMP NULL;

ALTER TABLE petitions DROP COLUMN erased_at;
ALTER TABLE petitions DROP COLUMN retention_days;

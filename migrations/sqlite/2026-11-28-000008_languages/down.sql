ALTER TABLE outbox DROP COLUMN lang;
ALTER TABLE petitions DROP COLUMN translations;
ALTER TABLE petitions DROP COLUMN lang;

ALTER TABLE outbox DROP COLUMN update_id;
DROP TABLE petition_updates;
ALTER TABLE signatures DROP COLUMN keep_informed;

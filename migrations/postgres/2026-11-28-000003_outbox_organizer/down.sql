ALTER TABLE outbox DROP COLUMN organizer_id;

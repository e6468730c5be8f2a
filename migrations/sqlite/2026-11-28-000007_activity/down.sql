ALTER TABLE outbox DROP COLUMN gave_up_at;
DROP INDEX signatures_by_petition_created;
ALTER TABLE signatures DROP COLUMN ip_range_hash;

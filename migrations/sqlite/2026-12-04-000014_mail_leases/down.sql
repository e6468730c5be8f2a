DROP TABLE mail_relay;
DROP INDEX outbox_claimed;
ALTER TABLE outbox DROP COLUMN claimed_by;

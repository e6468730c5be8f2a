-- Short mail leases and the relay's state (src/mail/worker.rs). Keep in step with the other backend.

-- Which worker holds a claimed message: each worker process draws a random
-- token, claims under it, renews its lease every few seconds while it lives
-- and clears it when the message is sent, failed or handed back.
ALTER TABLE outbox ADD COLUMN claimed_by BIGINT NULL;
CREATE INDEX outbox_claimed ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;

-- One row while the SMTP server refuses every message (a sender or SPF
-- setting being fixed): the workers pause and retry rather than give up on
-- the recipients, and the organizer dashboard says so.
CREATE TABLE mail_relay (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    refusing_since TIMESTAMP NOT NULL,
    paused_until TIMESTAMP NOT NULL,
    reply_code TEXT NOT NULL
);

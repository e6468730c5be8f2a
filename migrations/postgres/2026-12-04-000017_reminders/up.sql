-- One reminder per unconfirmed signature (src/signatures/reminders.rs).
-- Keep in step with the other backend.

-- Set once the reminder is queued, or when the signer asked for the link
-- again themselves (then they need no reminder): never a second one.
ALTER TABLE signatures ADD COLUMN reminder_done BOOLEAN NOT NULL DEFAULT FALSE;

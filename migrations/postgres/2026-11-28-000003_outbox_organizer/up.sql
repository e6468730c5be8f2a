-- Mail about an organizer (an invitation) rather than a signature.
ALTER TABLE outbox ADD COLUMN organizer_id BIGINT NULL REFERENCES organizers (id) ON DELETE CASCADE;

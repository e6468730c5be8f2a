-- Updates to signers (src/updates): written by a coordinator, approved by
-- an admin, mailed to confirmed signers who asked for them. Keep in step
-- with the other backend.

-- "Keep me informed about this petition": unchecked unless the signer ticks it.
ALTER TABLE signatures ADD COLUMN keep_informed BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE petition_updates (
    id BIGSERIAL PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    -- JSON: {"en": {"subject": "…", "body": "…"}, "ko": {…}}
    texts TEXT NOT NULL,
    -- awaiting_approval, sent or discarded
    state TEXT NOT NULL,
    written_by BIGINT NOT NULL REFERENCES organizers (id),
    written_at TIMESTAMP NOT NULL,
    decided_by BIGINT REFERENCES organizers (id),
    sent_at TIMESTAMP,
    recipients BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX petition_updates_by_petition ON petition_updates (petition_id, sent_at);

-- The update an outbox row mails.
ALTER TABLE outbox ADD COLUMN update_id BIGINT REFERENCES petition_updates (id) ON DELETE CASCADE;

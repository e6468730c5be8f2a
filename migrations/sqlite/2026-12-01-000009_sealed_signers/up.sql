-- Signer data sealed at rest (src/crypto). Keep in step with the other backend.
-- The address becomes a keyed hash under the index key (the unique key on
-- (petition, address) keeps working on it); what the signer typed is sealed
-- in `contact`, what the packet prints in `printed`; `key_id` names the
-- data key that sealed them ('-' when nothing is sealed: a tombstone).
-- Existing rows are sealed by the application right after this migration,
-- before the next one drops the clear-text columns.
ALTER TABLE signatures RENAME COLUMN email TO email_hash;
ALTER TABLE signatures ADD COLUMN domain_hash TEXT NULL;
ALTER TABLE signatures ADD COLUMN contact BLOB NULL;
ALTER TABLE signatures ADD COLUMN printed BLOB NULL;
ALTER TABLE signatures ADD COLUMN key_id TEXT NULL;
-- No index on the hash alone: a signer's rows on every petition are found
-- by probing the unique (petition, address) key once per petition, and each
-- index on a random hash costs the single writer a page per insert.

-- A data request names an address that may never have signed: it waits
-- sealed in the outbox until the worker decides whether to mail.
ALTER TABLE outbox ADD COLUMN address BLOB NULL;
-- The cascades from signatures and the lookups by signature need it.
CREATE INDEX outbox_by_signature ON outbox (signature_id);

-- Each served sign form signs at most one signature: its signed form time,
-- hashed, is kept until it could no longer pass anyway.
CREATE TABLE used_form_tokens (
    token_hash TEXT PRIMARY KEY,
    expires_at TIMESTAMP NOT NULL
);

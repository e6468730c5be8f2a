-- Invalidations (as the UK Parliament petitions service has them): a
-- coordinator removes matching signatures from counts and packets, with a
-- reason, reversibly. Keep in step with ../../sqlite/.
CREATE TABLE invalidations (
    id BIGSERIAL PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    petition_id BIGINT NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    criteria TEXT NOT NULL,
    actor TEXT NOT NULL,
    affected BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    undone_at TIMESTAMP NULL
);

-- Which invalidation took a signature out (NULL: none). Undo puts a signature
-- back as verified if it has a verification time, else as pending.
ALTER TABLE signatures ADD COLUMN invalidation_id BIGINT NULL REFERENCES invalidations (id);
-- A keyed hash (HMAC under the server secret) of the signer's IP address:
-- enough to invalidate by address, never the address itself.
ALTER TABLE signatures ADD COLUMN ip_hash TEXT NULL;
CREATE INDEX signatures_by_invalidation ON signatures (invalidation_id);

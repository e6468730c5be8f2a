-- Initial schema (PostgreSQL). Keep in step with ../../sqlite/: the two differ
-- only in how identity columns and binary columns are spelled.

-- One row per server-wide secret (the HMAC key for CSRF tokens); shared by every
-- app process on the same database, so several stateless processes agree.
CREATE TABLE app_secrets (
    name TEXT PRIMARY KEY,
    value BYTEA NOT NULL
);

CREATE TABLE petitions (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    recipient TEXT NOT NULL,
    organizer TEXT NOT NULL DEFAULT '',
    goal BIGINT NOT NULL,
    opens_at TIMESTAMP NULL,
    closes_at TIMESTAMP NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE delivery_points (
    id BIGSERIAL PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    address TEXT NOT NULL,
    delivery_at TIMESTAMP NULL,
    position INTEGER NOT NULL,
    UNIQUE (petition_id, slug)
);

-- `email` is the normalised address (trimmed, lowercased): the unique key is
-- what makes "one signature per petition and address" hold under concurrency.
CREATE TABLE signatures (
    id BIGSERIAL PRIMARY KEY,
    petition_id BIGINT NOT NULL REFERENCES petitions (id),
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT NOT NULL,
    name_in_packet TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    verified_at TIMESTAMP NULL,
    last_mailed_at TIMESTAMP NOT NULL,
    UNIQUE (petition_id, email)
);
CREATE INDEX signatures_by_delivery_point ON signatures (delivery_point_id, verified_at);

-- Only the SHA-256 of a token is stored; the token itself exists in the mail alone.
CREATE TABLE signature_tokens (
    token_hash BYTEA PRIMARY KEY,
    signature_id BIGINT NOT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX signature_tokens_by_signature ON signature_tokens (signature_id);

-- Mail to send, written in the same transaction as what caused it.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    signature_id BIGINT NULL REFERENCES signatures (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TIMESTAMP NULL,
    last_error TEXT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Verified-signature counters, sharded so that concurrent confirmations on one
-- petition do not all wait on a single hot row. A count is the sum of its shards.
CREATE TABLE signature_counts (
    petition_id BIGINT NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    shard INTEGER NOT NULL,
    verified BIGINT NOT NULL,
    PRIMARY KEY (petition_id, delivery_point_id, country, shard)
);

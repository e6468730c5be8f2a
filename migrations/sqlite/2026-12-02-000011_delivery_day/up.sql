-- The delivery day. Keep in step with the other backend.

-- A point's IANA time zone (every time a person reads is shown in it; storage
-- stays UTC), its cut-off (NULL: 12 hours before delivery_at), and where its
-- day stands: open, frozen, delivered, refused or postponed. The status is
-- written only by src/delivery, in the same transaction as what it sums up.
ALTER TABLE delivery_points ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE delivery_points ADD COLUMN cutoff_at TIMESTAMP NULL;
ALTER TABLE delivery_points ADD COLUMN status TEXT NOT NULL DEFAULT 'open';

-- The language a signer signed in (their later mail is in it), and whether
-- they want to hear when their signature is handed over.
ALTER TABLE signatures ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE signatures ADD COLUMN notify_delivery BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE signatures SET lang = COALESCE(
    (SELECT o.lang FROM outbox o WHERE o.signature_id = signatures.id ORDER BY o.id LIMIT 1),
    'en');

-- A frozen packet: immutable once written. `zip` is the packet exactly as frozen; it is emptied when a newer version
-- replaces it (its count and digest stay), so a withdrawn signer's name does
-- not outlive the paper it was printed on.
CREATE TABLE packet_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    signature_count BIGINT NOT NULL,
    digest TEXT NOT NULL,
    frozen_at TIMESTAMP NOT NULL,
    frozen_by TEXT NOT NULL,
    zip BLOB NULL,
    reprint_mailed_at TIMESTAMP NULL,
    UNIQUE (delivery_point_id, version)
);

-- Which signatures a frozen version printed: a withdrawal or invalidation
-- of one of them after the freeze means the paper needs reprinting.
CREATE TABLE packet_members (
    version_id BIGINT NOT NULL REFERENCES packet_versions (id) ON DELETE CASCADE,
    signature_id BIGINT NOT NULL,
    PRIMARY KEY (version_id, signature_id)
);

-- Mail about a delivery point (to its organizers: a packet needs reprinting).
ALTER TABLE outbox ADD COLUMN delivery_point_id BIGINT NULL;

-- What happened at the door: one record per point, edited in place (every
-- edit is in the audit log).
CREATE TABLE delivery_records (
    delivery_point_id BIGINT PRIMARY KEY REFERENCES delivery_points (id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    happened_at TIMESTAMP NULL,
    received_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    postponed_to TIMESTAMP NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    delivered_mailed_at TIMESTAMP NULL,
    news_mailed_at TIMESTAMP NULL
);

-- Photos of the handover, re-encoded without any metadata.
CREATE TABLE delivery_photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    jpeg BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX delivery_photos_by_point ON delivery_photos (delivery_point_id);

-- The organizer's "what looks wrong" view: a keyed hash of the client's IP
-- range (/24 for IPv4, /48 for IPv6) beside the address hash, so floods from
-- one network show up without any address being stored; and an index for
-- "signatures of this petition in the last hour".
ALTER TABLE signatures ADD COLUMN ip_range_hash TEXT NULL;
CREATE INDEX signatures_by_petition_created ON signatures (petition_id, created_at);

-- Mail the worker gave up on (refused permanently, or failing for a day):
-- kept for the record, never claimed again.
ALTER TABLE outbox ADD COLUMN gave_up_at TIMESTAMP NULL;

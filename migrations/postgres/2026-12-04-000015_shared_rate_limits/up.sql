-- Rate limits shared by every app process on one database (src/db/rate_limits.rs).
-- Keep in step with the other backend. SQLite deployments are one process
-- and keep their limits in memory; the table exists there too, unused.

-- One row per limited key (a keyed hash of a network or an email domain and
-- the quota's name): its GCRA "theoretical arrival time". A row whose time
-- has passed has its whole quota back and is deleted by the housekeeping.
CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    tat TIMESTAMP NOT NULL
);

-- Organizer accounts, their scope, sessions, invitations, login throttling and
-- the audit log (SQLite). Keep in step with ../../postgres/.

-- role: admin | coordinator | local. password_hash is NULL until the
-- organizer sets a password through their one-time invitation link.
CREATE TABLE organizers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NULL,
    created_at TIMESTAMP NOT NULL
);

-- The petitions a coordinator manages.
CREATE TABLE organizer_petitions (
    organizer_id BIGINT NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    petition_id BIGINT NOT NULL REFERENCES petitions (id) ON DELETE CASCADE,
    PRIMARY KEY (organizer_id, petition_id)
);

-- The delivery points a local organizer sees.
CREATE TABLE organizer_delivery_points (
    organizer_id BIGINT NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    delivery_point_id BIGINT NOT NULL REFERENCES delivery_points (id) ON DELETE CASCADE,
    PRIMARY KEY (organizer_id, delivery_point_id)
);

-- Server-side sessions: the cookie holds the token, the table its SHA-256.
CREATE TABLE organizer_sessions (
    token_hash BLOB PRIMARY KEY,
    organizer_id BIGINT NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX organizer_sessions_by_organizer ON organizer_sessions (organizer_id);

-- One-time links to set a password.
CREATE TABLE organizer_invites (
    token_hash BLOB PRIMARY KEY,
    organizer_id BIGINT NOT NULL REFERENCES organizers (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP NULL
);

-- Failed logins, keyed by a keyed hash of the account and of the client IP
-- (no raw address is stored), for slowing down guessing.
CREATE TABLE login_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_key TEXT NOT NULL,
    ip_key TEXT NOT NULL,
    at TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_by_account ON login_failures (account_key, at);
CREATE INDEX login_failures_by_ip ON login_failures (ip_key, at);

-- Who did what, when. `actor` keeps the organizer's email as it was, so the
-- record survives the account.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TIMESTAMP NOT NULL,
    organizer_id BIGINT NULL REFERENCES organizers (id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);

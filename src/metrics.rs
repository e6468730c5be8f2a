//! What the server counts, for Prometheus (`HANDOVER_METRICS_BIND`, off by
//! default; see `web::metrics` for the endpoint). Every name and label is
//! here, so a reader sees the whole set at once.
//!
//! Labels never carry an address, a token, an IP or a slug: routes are
//! their patterns (`/p/{slug}/sign`), and events are fixed words. Without a
//! recorder installed (the default) each call below costs next to nothing.

use std::time::Duration;

/// HTTP requests, by method, route pattern and status.
pub const HTTP_REQUESTS: &str = "handover_http_requests_total";
/// Time to answer, by route pattern.
pub const HTTP_DURATION: &str = "handover_http_request_duration_seconds";
/// Signatures by event: signed (a new pending one), confirmed, withdrawn,
/// invalidated; counted after their transaction committed.
pub const SIGNATURES: &str = "handover_signatures_total";
/// Jobs per group commit, by writer (signing, confirming).
pub const GROUP_COMMIT_BATCH: &str = "handover_group_commit_batch_size";
/// Time a job waited in the group-commit queue before its batch began.
pub const GROUP_COMMIT_WAIT: &str = "handover_group_commit_queue_wait_seconds";
/// Mails by result: sent, failed (to be retried), gave_up, deferred.
pub const MAILS: &str = "handover_mails_total";
/// Messages not yet sent nor given up (read at each scrape).
pub const OUTBOX_BACKLOG: &str = "handover_outbox_backlog";
/// Age of the oldest message that is due and unsent (0 if none).
pub const OUTBOX_OLDEST_DUE: &str = "handover_outbox_oldest_due_age_seconds";
/// Time a request waited for a pooled database connection.
pub const DB_POOL_WAIT: &str = "handover_db_pool_wait_seconds";
/// Pooled database connections by state (idle, in_use).
pub const DB_POOL_CONNECTIONS: &str = "handover_db_pool_connections";

/// How long each transaction held this process's turn at SQLite's write
/// lock, by class (request, background); the sum over the run's time is how
/// busy the lock was, the count how many write transactions there were.
pub const WRITE_TURN_HELD: &str = "handover_sqlite_write_turn_held_seconds";
/// How long each writer waited for that turn, by class.
pub const WRITE_TURN_WAIT: &str = "handover_sqlite_write_turn_wait_seconds";

/// Who asked for SQLite's write turn (see `db::write_turn`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteClass {
    /// A request's writer (signing, confirming, an organizer's form).
    Request,
    /// The mail worker's.
    Background,
}

impl WriteClass {
    fn label(self) -> &'static str {
        match self {
            WriteClass::Request => "request",
            WriteClass::Background => "background",
        }
    }
}

/// Records how long one write transaction held the turn.
pub fn write_turn_held(class: WriteClass, held: Duration) {
    metrics::histogram!(WRITE_TURN_HELD, "class" => class.label()).record(held.as_secs_f64());
}

/// Records how long one writer waited for the turn.
pub fn write_turn_wait(class: WriteClass, waited: Duration) {
    metrics::histogram!(WRITE_TURN_WAIT, "class" => class.label()).record(waited.as_secs_f64());
}

/// A signature event.
#[derive(Debug, Clone, Copy)]
pub enum SignatureEvent {
    Signed,
    Confirmed,
    Withdrawn,
    Invalidated,
}

impl SignatureEvent {
    fn label(self) -> &'static str {
        match self {
            SignatureEvent::Signed => "signed",
            SignatureEvent::Confirmed => "confirmed",
            SignatureEvent::Withdrawn => "withdrawn",
            SignatureEvent::Invalidated => "invalidated",
        }
    }
}

/// Counts `n` signature events of one kind.
pub fn signatures(event: SignatureEvent, n: u64) {
    metrics::counter!(SIGNATURES, "event" => event.label()).increment(n);
}

/// Counts one group commit of `jobs`, the oldest of which waited `waited`.
pub fn group_commit(writer: &'static str, jobs: usize, waited: Duration) {
    metrics::histogram!(GROUP_COMMIT_BATCH, "writer" => writer).record(jobs as f64);
    metrics::histogram!(GROUP_COMMIT_WAIT, "writer" => writer).record(waited.as_secs_f64());
}

/// Counts one worker pass's mail results.
pub fn mails(sent: usize, failed: usize, gave_up: usize, deferred: usize) {
    for (result, n) in [
        ("sent", sent),
        ("failed", failed),
        ("gave_up", gave_up),
        ("deferred", deferred),
    ] {
        if n > 0 {
            metrics::counter!(MAILS, "result" => result).increment(n as u64);
        }
    }
}

/// Records one wait for a pooled connection.
pub fn pool_wait(waited: Duration) {
    metrics::histogram!(DB_POOL_WAIT).record(waited.as_secs_f64());
}

/// Counts one answered request.
pub fn http_request(method: &str, route: String, status: u16, took: Duration) {
    metrics::histogram!(HTTP_DURATION, "route" => route.clone()).record(took.as_secs_f64());
    metrics::counter!(
        HTTP_REQUESTS,
        "method" => method.to_owned(),
        "route" => route,
        "status" => status.to_string()
    )
    .increment(1);
}

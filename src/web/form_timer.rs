//! The minimum form-fill time: the sign form carries the time it was served
//! and a random nonce, signed with the server secret. A submission faster
//! than a person could type is a bot's: it is answered like any other but
//! stored nowhere. The nonce makes every served form's value unique, so it
//! can also stand for the form when each form may sign only once (many
//! visitors are served in the same millisecond at a rally).

use crate::domain::keyed_hash;

/// The hidden `started` value for a form served at `now_ms` (Unix
/// milliseconds): `{time}.{nonce}.{mac}`.
pub fn issue(secret: &[u8], now_ms: i64) -> String {
    let signed = format!("{now_ms}.{}", hex::encode(rand::random::<[u8; 12]>()));
    let mac = keyed_hash(secret, "form-started", &signed);
    format!("{signed}.{mac}")
}

/// The serving time of a well-formed value, and whether its MAC is genuine.
fn read(secret: &[u8], started: &str) -> Option<(i64, bool)> {
    let (signed, mac) = started.rsplit_once('.')?;
    let (time, nonce) = signed.split_once('.')?;
    if nonce.is_empty() {
        return None;
    }
    let t = time.parse::<i64>().ok()?;
    Some((
        t,
        keyed_hash(secret, "form-started", signed).as_bytes() == mac.as_bytes(),
    ))
}

/// How long a served form stays usable. Each form signs at most once, so
/// the record of used forms is kept this long; an older form is shown again
/// as expired (with the input kept).
pub const MAX_AGE_MS: i64 = 30 * 24 * 3600 * 1000;

/// When a genuine form's record of use may be forgotten: [`MAX_AGE_MS`]
/// after it was served.
pub fn use_expires_at(started: &str) -> Option<chrono::NaiveDateTime> {
    let served = started.split('.').next()?.parse::<i64>().ok()?;
    chrono::DateTime::from_timestamp_millis(served.checked_add(MAX_AGE_MS)?).map(|t| t.naive_utc())
}

/// Whether a submitted `started` value is genuine and at least `min_ms` old.
/// A missing, forged or future value fails.
pub fn passed(secret: &[u8], started: &str, now_ms: i64, min_ms: i64) -> bool {
    match read(secret, started) {
        Some((t, genuine)) => genuine && now_ms >= t && now_ms - t >= min_ms,
        None => false,
    }
}

/// Whether a `started` value is genuine, however old (to keep it when the
/// form is shown again with errors, so fixing a field does not restart the clock).
pub fn genuine(secret: &[u8], started: &str) -> bool {
    passed(secret, started, i64::MAX, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_passes_only_after_the_minimum_time() {
        let key = b"k";
        let v = issue(key, 1_000);
        assert!(!passed(key, &v, 2_000, 3_000));
        assert!(passed(key, &v, 4_000, 3_000));
    }

    #[test]
    fn forged_or_missing_values_fail() {
        let key = b"k";
        assert!(!passed(key, "", 10_000, 0));
        assert!(!passed(key, "1000.deadbeef", 10_000, 0));
        assert!(!passed(key, "1000.00.deadbeef", 10_000, 0));
        assert!(!passed(b"other", &issue(key, 1_000), 10_000, 0));
        assert!(genuine(key, &issue(key, 1_000)));
        // Two forms served in the same millisecond differ (each signs once).
        assert_ne!(issue(key, 1_000), issue(key, 1_000));
    }
}

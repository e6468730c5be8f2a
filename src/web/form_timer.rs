//! The minimum form-fill time: the sign form carries the time it was served,
//! signed with the server secret. A submission faster than a person could
//! type is a bot's: it is answered like any other but stored nowhere.

use crate::domain::keyed_hash;

/// The hidden `started` value for a form served at `now_ms` (Unix milliseconds).
pub fn issue(secret: &[u8], now_ms: i64) -> String {
    format!(
        "{now_ms}.{}",
        keyed_hash(secret, "form-started", &now_ms.to_string())
    )
}

/// How long a served form stays usable. Each form signs at most once, so
/// the record of used forms is kept this long; an older form is shown again
/// as expired (with the input kept).
pub const MAX_AGE_MS: i64 = 30 * 24 * 3600 * 1000;

/// When a genuine form's record of use may be forgotten: [`MAX_AGE_MS`]
/// after it was served.
pub fn use_expires_at(started: &str) -> Option<chrono::NaiveDateTime> {
    let served = started.split_once('.')?.0.parse::<i64>().ok()?;
    chrono::DateTime::from_timestamp_millis(served.checked_add(MAX_AGE_MS)?).map(|t| t.naive_utc())
}

/// Whether a submitted `started` value is genuine and at least `min_ms` old.
/// A missing, forged or future value fails.
pub fn passed(secret: &[u8], started: &str, now_ms: i64, min_ms: i64) -> bool {
    let Some((time, mac)) = started.split_once('.') else {
        return false;
    };
    let Ok(t) = time.parse::<i64>() else {
        return false;
    };
    let genuine = keyed_hash(secret, "form-started", time).as_bytes() == mac.as_bytes();
    genuine && now_ms >= t && now_ms - t >= min_ms
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
        assert!(!passed(b"other", &issue(key, 1_000), 10_000, 0));
        assert!(genuine(key, &issue(key, 1_000)));
    }
}

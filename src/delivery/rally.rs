//! The rally token on a delivery point's poster. A crowd in front of a
//! consulate signs from phones behind a few carrier-grade NAT addresses,
//! where the per-IP limit would turn most of them away. The poster's link
//! carries a token, signed with the server secret, for that point and for a
//! window from the day before to the day after its delivery; a signature
//! sent with a genuine token inside its window is held to the per-IP limit
//! times [`RALLY_FACTOR`]. Nothing else is lifted: the email-domain limits,
//! the traps and invalidation stay as they are, and the token says nothing
//! about the signer (every phone at the poster carries the same one).
//!
//! Format: `{point id}-{from}-{until}-{mac}`, times in Unix seconds, `mac`
//! the first 32 hex digits of an HMAC over the petition, the point and the
//! window. The window is fixed when the poster is made: moving the delivery
//! afterwards needs a new poster.

use chrono::{NaiveDateTime, TimeDelta};

use crate::domain::keyed_hash;
use crate::petitions::DeliveryPoint;

/// How many times the per-IP limits a genuine rally token allows (the
/// README's "Rate limits" says the same).
pub const RALLY_FACTOR: u32 = 20;

/// How long before and after its delivery time a point's token holds.
pub const RALLY_MARGIN: TimeDelta = TimeDelta::days(1);

fn mac(secret: &[u8], petition_id: i64, signed: &str) -> String {
    let mut mac = keyed_hash(secret, "rally", &format!("{petition_id}-{signed}"));
    mac.truncate(32);
    mac
}

/// The token for a point's poster, or `None` if the point has no delivery
/// time (there is no rally to lift the limit for).
pub fn issue(secret: &[u8], petition_id: i64, point: &DeliveryPoint) -> Option<String> {
    let at = point.delivery_at?;
    let from = (at - RALLY_MARGIN).and_utc().timestamp();
    let until = (at + RALLY_MARGIN).and_utc().timestamp();
    let signed = format!("{}-{from}-{until}", point.id);
    let mac = mac(secret, petition_id, &signed);
    Some(format!("{signed}-{mac}"))
}

/// Whether `token` is genuine for this petition and `now` is inside its window.
pub fn holds(secret: &[u8], petition_id: i64, token: &str, now: NaiveDateTime) -> bool {
    let Some((signed, given)) = token.rsplit_once('-') else {
        return false;
    };
    let mut parts = signed.splitn(3, '-').map(str::parse::<i64>);
    let (Some(Ok(_point)), Some(Ok(from)), Some(Ok(until))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let now = now.and_utc().timestamp();
    let expected = mac(secret, petition_id, signed);
    constant_time_eq(expected.as_bytes(), given.as_bytes()) && from <= now && now <= until
}

/// Whether `token` has the shape of a token (digits, hex and hyphens, not
/// too long): only such a value is put back into a page.
pub fn well_formed(token: &str) -> bool {
    !token.is_empty()
        && token.len() <= 96
        && token.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(delivery_at: Option<NaiveDateTime>) -> DeliveryPoint {
        DeliveryPoint {
            delivery_at,
            ..DeliveryPoint::example()
        }
    }

    #[test]
    fn holds_from_the_day_before_to_the_day_after_and_only_as_issued() {
        let at = chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap()
            .naive_utc();
        let token = issue(b"k", 1, &point(Some(at))).unwrap();
        assert!(holds(b"k", 1, &token, at));
        assert!(holds(b"k", 1, &token, at - TimeDelta::hours(23)));
        assert!(holds(b"k", 1, &token, at + TimeDelta::hours(23)));
        assert!(!holds(b"k", 1, &token, at - TimeDelta::hours(25)));
        assert!(!holds(b"k", 1, &token, at + TimeDelta::hours(25)));
        // Another petition, another key, an altered window or MAC.
        assert!(!holds(b"k", 2, &token, at));
        assert!(!holds(b"other", 1, &token, at));
        let (signed, mac) = token.rsplit_once('-').unwrap();
        let longer = signed.replace(
            &format!("-{}", (at + RALLY_MARGIN).and_utc().timestamp()),
            &format!("-{}", (at + TimeDelta::days(30)).and_utc().timestamp()),
        );
        assert!(!holds(b"k", 1, &format!("{longer}-{mac}"), at));
        assert!(!holds(b"k", 1, "", at));
        assert!(!holds(b"k", 1, "7-1-2-", at));
        assert!(issue(b"k", 1, &point(None)).is_none());
    }
}

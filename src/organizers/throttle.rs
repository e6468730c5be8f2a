//! Slowing down password guessing: failed logins are counted per account and
//! per client network (an IPv4 address, an IPv6 /64) over a sliding window;
//! past a limit, login answers 429 with `Retry-After` until the oldest
//! failure in the window ages out. Both keys are HMACs under the index key,
//! so no email or IP is stored in clear.
//!
//! Throttling the guesser, not the account holder (OWASP's "device
//! cookies"): a browser that logged in to an account before carries a signed
//! device cookie for it, and its attempts are counted against that device
//! alone. Anyone who knows a coordinator's address can lock out untrusted
//! browsers by guessing, but not the coordinator's own.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::login_failures;
use std::net::IpAddr;

use crate::domain::{client_ip, keyed_hash};

/// The sliding window.
pub fn window() -> chrono::Duration {
    chrono::Duration::minutes(15)
}
/// Failures per account within the window before logins are refused.
pub const PER_ACCOUNT: i64 = 5;
/// Failures per IP within the window before logins are refused.
pub const PER_IP: i64 = 20;

/// The keyed hashes a login attempt is counted under.
pub struct Keys {
    account: String,
    ip: String,
}

impl Keys {
    /// Keys for an (already normalised) email and a client IP, from an
    /// untrusted browser.
    pub fn new(secret: &[u8], email: &str, ip: Option<IpAddr>) -> Self {
        Keys {
            account: keyed_hash(secret, "login-account", email),
            ip: keyed_hash(secret, "login-ip", &network_of(ip)),
        }
    }

    /// Keys for a browser holding a device cookie of the account: its
    /// failures are counted per device, apart from everyone else's, its
    /// network's included (a guesser on the holder's network must not lock
    /// the holder out either).
    pub fn for_device(secret: &[u8], device: &str) -> Self {
        let key = keyed_hash(secret, "login-device", device);
        Keys {
            account: key.clone(),
            ip: key,
        }
    }
}

/// What one client is counted as: its IPv4 address, or its IPv6 /64 (one
/// subscriber's allocation, as signing counts it).
fn network_of(ip: Option<IpAddr>) -> String {
    ip.map(|ip| client_ip::network(ip, 32, 64).to_string())
        .unwrap_or_default()
}

/// The device cookie's name on a site served over HTTPS or not.
pub fn device_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-handover_device"
    } else {
        "handover_device"
    }
}

/// The device cookie for a browser that just logged in to `organizer_id`:
/// a random id and an HMAC binding it to the account.
pub fn device_cookie_value(secret: &[u8], organizer_id: i64) -> String {
    let id = hex::encode(rand::random::<[u8; 16]>());
    let mac = keyed_hash(
        secret,
        "login-device-cookie",
        &format!("{organizer_id}.{id}"),
    );
    format!("{organizer_id}.{id}.{mac}")
}

/// The device id in a device cookie, if the cookie is genuine and belongs
/// to `organizer_id`.
pub fn trusted_device<'a>(secret: &[u8], cookie: &'a str, organizer_id: i64) -> Option<&'a str> {
    let mut parts = cookie.splitn(3, '.');
    let (owner, id, mac) = (parts.next()?, parts.next()?, parts.next()?);
    let expected = keyed_hash(secret, "login-device-cookie", &format!("{owner}.{id}"));
    let genuine: bool = hmac_eq(expected.as_bytes(), mac.as_bytes());
    (genuine && owner.parse::<i64>().ok()? == organizer_id).then_some(id)
}

/// Compares two MACs in time independent of where they differ.
fn hmac_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// How long to wait before trying again, if logins are refused now.
pub fn retry_after(
    conn: &mut DbConnection,
    keys: &Keys,
    now: NaiveDateTime,
) -> QueryResult<Option<chrono::Duration>> {
    let since = now - window();
    for (column_is_account, key, limit) in [
        (true, &keys.account, PER_ACCOUNT),
        (false, &keys.ip, PER_IP),
    ] {
        let recent = login_failures::table.filter(login_failures::at.gt(since));
        let times: Vec<NaiveDateTime> = if column_is_account {
            recent
                .filter(login_failures::account_key.eq(key))
                .select(login_failures::at)
                .order(login_failures::at.desc())
                .limit(limit)
                .load(conn)?
        } else {
            recent
                .filter(login_failures::ip_key.eq(key))
                .select(login_failures::at)
                .order(login_failures::at.desc())
                .limit(limit)
                .load(conn)?
        };
        if times.len() as i64 >= limit {
            // The oldest of the last `limit` failures must leave the window.
            let oldest = times.last().copied().unwrap_or(now);
            return Ok(Some(
                (oldest + window() - now).max(chrono::Duration::seconds(1)),
            ));
        }
    }
    Ok(None)
}

/// Admits a login attempt, or says how long to wait. An admitted attempt is
/// counted as a failure *before* the password is checked (and forgiven by
/// [`record_success`]): checking first and counting after would let many
/// parallel guesses all pass the check while argon2 runs. Attempts on one
/// account or from one IP are admitted one at a time, so parallel guesses
/// cannot all read the count before any of them adds to it.
pub fn admit(
    conn: &mut DbConnection,
    keys: &Keys,
    now: NaiveDateTime,
) -> QueryResult<Option<chrono::Duration>> {
    crate::db::write_transaction(conn, |conn| {
        crate::db::lock_keys(conn, &[&keys.account, &keys.ip])?;
        if let Some(wait) = retry_after(conn, keys, now)? {
            return Ok(Some(wait));
        }
        record_failure(conn, keys, now)?;
        Ok(None)
    })
}

/// Counts a failed login, and forgets failures that left the window.
pub fn record_failure(conn: &mut DbConnection, keys: &Keys, now: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(login_failures::table)
        .values((
            login_failures::account_key.eq(&keys.account),
            login_failures::ip_key.eq(&keys.ip),
            login_failures::at.eq(now),
        ))
        .execute(conn)?;
    diesel::delete(login_failures::table.filter(login_failures::at.lt(now - window())))
        .execute(conn)?;
    Ok(())
}

/// Clears an account's failures after a successful login.
pub fn record_success(conn: &mut DbConnection, keys: &Keys) -> QueryResult<()> {
    diesel::delete(login_failures::table.filter(login_failures::account_key.eq(&keys.account)))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_cookie_is_good_for_its_own_account_only() {
        let cookie = device_cookie_value(b"k", 7);
        assert!(trusted_device(b"k", &cookie, 7).is_some());
        assert!(trusted_device(b"k", &cookie, 8).is_none());
        assert!(trusted_device(b"other", &cookie, 7).is_none());
        assert!(trusted_device(b"k", &cookie.replace("7.", "8."), 8).is_none());
        assert!(trusted_device(b"k", "garbage", 7).is_none());
    }

    #[test]
    fn ipv6_clients_are_counted_per_64() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_of(Some(a)), network_of(Some(b)));
        assert_ne!(network_of(Some(a)), network_of(Some(c)));
        assert_eq!(
            network_of(Some("203.0.113.7".parse().unwrap())),
            "203.0.113.7/32"
        );
    }
}

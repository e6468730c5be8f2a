//! Logging in and out: the throttle, argon2, the session and the audit entry,
//! in one place for the web (and anything else that logs organizers in).

use std::net::IpAddr;

use anyhow::Context;
use chrono::NaiveDateTime;

use super::{Organizer, password, sessions, throttle};
use crate::audit::{self, Action, Actor};
use crate::db::DbConnection;
use crate::domain::EmailAddress;

/// One login attempt as it reached us.
pub struct Attempt<'a> {
    /// The address as typed.
    pub email: &'a str,
    pub password: &'a str,
    /// The client's address, for the throttle (see [`throttle::Keys`]).
    pub ip: Option<IpAddr>,
    /// The device cookie the browser sent, if any.
    pub device: Option<&'a str>,
}

/// What a login attempt came to.
pub enum Outcome {
    /// Logged in: the session token and a fresh device cookie value.
    LoggedIn { session: String, device: String },
    /// Unknown address or wrong password: the same answer for both.
    Refused,
    /// Too many failures: try again after this long.
    Throttled(chrono::Duration),
}

/// Checks an attempt. An unknown address costs the same argon2 work as a
/// wrong password, and both are refused alike; every outcome but throttling
/// is audited. `secret` keys the throttle (the index key).
pub fn attempt(
    conn: &mut DbConnection,
    secret: &[u8],
    attempt: &Attempt<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<Outcome> {
    let email = EmailAddress::parse(attempt.email).ok();
    let organizer = match &email {
        Some(e) => Organizer::find_by_email(conn, e).context("finding an organizer")?,
        None => None,
    };
    let trusted = organizer
        .as_ref()
        .zip(attempt.device)
        .and_then(|(o, cookie)| throttle::trusted_device(secret, cookie, o.id));
    let keys = match trusted {
        Some(device) => throttle::Keys::for_device(secret, device),
        None => {
            let typed = email.as_ref().map_or("", |e| e.as_str());
            throttle::Keys::new(secret, typed, attempt.ip)
        }
    };
    if let Some(wait) = throttle::admit(conn, &keys, now).context("checking login throttling")? {
        return Ok(Outcome::Throttled(wait));
    }
    let verified = match organizer.as_ref().and_then(|o| o.password_hash.as_deref()) {
        Some(stored) => password::verify(attempt.password, stored),
        None => {
            password::verify_dummy(attempt.password);
            false
        }
    };
    match (organizer, verified) {
        (Some(o), true) => {
            let session = sessions::create(conn, o.id, now)?;
            throttle::record_success(conn, &keys).context("clearing login failures")?;
            audit::record(conn, o.actor(), Action::Login, "", now).context("auditing a login")?;
            Ok(Outcome::LoggedIn {
                session: session.expose().to_owned(),
                device: throttle::device_cookie_value(secret, o.id),
            })
        }
        (known, _) => {
            // The failure was already counted by `admit`.
            let detail = known.map_or("unknown address".to_owned(), |o| o.email);
            audit::record(conn, Actor::Anonymous, Action::LoginFailed, &detail, now)
                .context("auditing a failed login")?;
            Ok(Outcome::Refused)
        }
    }
}

/// Ends the session `token` belongs to (if it is live), auditing the logout.
pub fn logout(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> anyhow::Result<()> {
    if let Some(o) = sessions::find(conn, token, now)? {
        audit::record(conn, o.actor(), Action::Logout, "", now)?;
    }
    sessions::revoke(conn, token)?;
    Ok(())
}

//! Slowing down password guessing: failed logins are counted per account and
//! per client IP over a sliding window; past a limit, login answers 429 with
//! `Retry-After` until the oldest failure in the window ages out. Both keys
//! are HMACs under the server secret, so no email or IP is stored in clear.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::login_failures;
use crate::domain::keyed_hash;

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
    /// Keys for an (already normalised) email and a client IP.
    pub fn new(secret: &[u8], email: &str, ip: &str) -> Self {
        Keys {
            account: keyed_hash(secret, "login-account", email),
            ip: keyed_hash(secret, "login-ip", ip),
        }
    }
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

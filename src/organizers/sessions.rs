//! Server-side sessions: the cookie carries a [`RawToken`], the table its
//! hash. Logging out deletes the row, so a stolen cookie dies with it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Organizer;
use crate::db::DbConnection;
use crate::db::schema::{organizer_sessions, organizers};
use crate::domain::{RawToken, hash_token};

/// The session cookie's name over plain HTTP.
pub const COOKIE: &str = "handover_session";
/// The session cookie's name over HTTPS: a `__Host-` cookie can only be set
/// by the host itself, so a sibling subdomain cannot log a browser into a
/// session of its choosing.
pub const HOST_COOKIE: &str = "__Host-handover_session";

/// The session cookie's name on a site served over HTTPS or not.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { HOST_COOKIE } else { COOKIE }
}

/// How long a session lasts from login.
pub fn lifetime() -> chrono::Duration {
    chrono::Duration::hours(12)
}

/// Starts a session and returns the token for the cookie.
pub fn create(
    conn: &mut DbConnection,
    organizer_id: i64,
    now: NaiveDateTime,
) -> anyhow::Result<RawToken> {
    let token = RawToken::generate()?;
    diesel::insert_into(organizer_sessions::table)
        .values((
            organizer_sessions::token_hash.eq(hash_token(token.expose())),
            organizer_sessions::organizer_id.eq(organizer_id),
            organizer_sessions::created_at.eq(now),
            organizer_sessions::expires_at.eq(now + lifetime()),
        ))
        .execute(conn)?;
    Ok(token)
}

/// The organizer a live session token belongs to.
pub fn find(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<Organizer>> {
    organizer_sessions::table
        .inner_join(organizers::table)
        .filter(organizer_sessions::token_hash.eq(hash_token(token)))
        .filter(organizer_sessions::expires_at.gt(now))
        .select(Organizer::as_select())
        .first(conn)
        .optional()
}

/// Ends a session.
pub fn revoke(conn: &mut DbConnection, token: &str) -> QueryResult<usize> {
    diesel::delete(
        organizer_sessions::table.filter(organizer_sessions::token_hash.eq(hash_token(token))),
    )
    .execute(conn)
}

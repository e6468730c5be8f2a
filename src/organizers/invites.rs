//! One-time links to set an organizer's password.

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::password::NewPassword;
use super::{Organizer, OrganizerInput, sessions};
use crate::audit::{self, Action, Actor};
use crate::db::schema::{organizer_invites, organizers};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{RawToken, hash_token};
use crate::i18n::Lang;

/// How long an invitation link works.
pub fn lifetime() -> chrono::Duration {
    chrono::Duration::hours(72)
}

/// Creates an invitation for an organizer and returns its token.
pub fn create(
    conn: &mut DbConnection,
    organizer_id: i64,
    now: NaiveDateTime,
) -> anyhow::Result<RawToken> {
    let token = RawToken::generate()?;
    diesel::insert_into(organizer_invites::table)
        .values((
            organizer_invites::token_hash.eq(hash_token(token.expose())),
            organizer_invites::organizer_id.eq(organizer_id),
            organizer_invites::created_at.eq(now),
            organizer_invites::expires_at.eq(now + lifetime()),
        ))
        .execute(conn)
        .context("storing an invitation")?;
    Ok(token)
}

/// The organizer a live, unused invitation belongs to.
pub fn find(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<Organizer>> {
    organizer_invites::table
        .inner_join(organizers::table)
        .filter(organizer_invites::token_hash.eq(hash_token(token)))
        .filter(organizer_invites::expires_at.gt(now))
        .filter(organizer_invites::used_at.is_null())
        .select(Organizer::as_select())
        .first(conn)
        .optional()
}

/// Uses an invitation: sets the password (hashed by the caller) and spends the link.
/// Returns the organizer, or `None` if the link is not (or no longer) valid.
pub fn redeem(
    conn: &mut DbConnection,
    token: &str,
    password_hash: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Organizer>> {
    write_transaction(conn, |conn| {
        let Some(organizer) = find(conn, token, now)? else {
            return Ok(None);
        };
        let spent = diesel::update(
            organizer_invites::table
                .filter(organizer_invites::token_hash.eq(hash_token(token)))
                .filter(organizer_invites::used_at.is_null()),
        )
        .set(organizer_invites::used_at.eq(now))
        .execute(conn)?;
        if spent == 0 {
            return Ok(None);
        }
        diesel::update(organizers::table.find(organizer.id))
            .set(organizers::password_hash.eq(password_hash))
            .execute(conn)?;
        // Any other open invitation could set the password again later, and
        // sessions from before belong to the old password: all end here.
        diesel::update(
            organizer_invites::table
                .filter(organizer_invites::organizer_id.eq(organizer.id))
                .filter(organizer_invites::used_at.is_null()),
        )
        .set(organizer_invites::used_at.eq(now))
        .execute(conn)?;
        diesel::delete(
            crate::db::schema::organizer_sessions::table
                .filter(crate::db::schema::organizer_sessions::organizer_id.eq(organizer.id)),
        )
        .execute(conn)?;
        Ok(Some(organizer))
    })
}

/// Where the first-admin setup token's hash is kept (in `app_secrets`).
const SETUP_SECRET: &str = "first_admin_setup";

/// Creates (or replaces) the one-time token that lets whoever runs the server
/// create the first admin, while there is no organizer yet.
pub fn create_first_admin_token(conn: &mut DbConnection) -> anyhow::Result<RawToken> {
    use crate::db::schema::app_secrets;
    let token = RawToken::generate()?;
    write_transaction(conn, |conn| {
        diesel::delete(app_secrets::table.filter(app_secrets::name.eq(SETUP_SECRET)))
            .execute(conn)?;
        diesel::insert_into(app_secrets::table)
            .values((
                app_secrets::name.eq(SETUP_SECRET),
                app_secrets::value.eq(hash_token(token.expose())),
            ))
            .execute(conn)
    })
    .context("storing the first-admin setup token")?;
    Ok(token)
}

/// Whether a first-admin setup token is valid: it matches and there is still no organizer.
pub fn first_admin_token_valid(conn: &mut DbConnection, token: &str) -> QueryResult<bool> {
    use crate::db::schema::app_secrets;
    let stored: Option<Vec<u8>> = app_secrets::table
        .filter(app_secrets::name.eq(SETUP_SECRET))
        .select(app_secrets::value)
        .first(conn)
        .optional()?;
    Ok(stored == Some(hash_token(token)) && Organizer::count(conn)? == 0)
}

/// Creates the first admin with a password, and spends the setup token.
/// `None` if the token is not valid (or an organizer exists by now).
pub fn redeem_first_admin(
    conn: &mut DbConnection,
    token: &str,
    input: &OrganizerInput,
    password_hash: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Organizer>> {
    use crate::db::schema::app_secrets;
    write_transaction(conn, |conn| {
        if !first_admin_token_valid(conn, token)? {
            return Ok(None);
        }
        let organizer = super::add(conn, input, now)?;
        diesel::update(organizers::table.find(organizer.id))
            .set(organizers::password_hash.eq(password_hash))
            .execute(conn)?;
        diesel::delete(app_secrets::table.filter(app_secrets::name.eq(SETUP_SECRET)))
            .execute(conn)?;
        Ok(Some(organizer))
    })
}

/// A new organizer and the one-time link's token that sets their password.
pub struct Invited {
    pub organizer: Organizer,
    pub token: RawToken,
}

/// Invites an organizer: creates them with their scope and an invitation,
/// queues the invitation mail in `mail_lang` (`None`: no mail, the link is
/// handed over by hand) and audits it, all in one transaction. Refusals are
/// [`super::Refused`].
pub fn invite(
    conn: &mut DbConnection,
    input: &OrganizerInput,
    by: Actor<'_>,
    mail_lang: Option<Lang>,
    now: NaiveDateTime,
) -> anyhow::Result<Invited> {
    write_transaction(conn, |conn| {
        let organizer = super::add(conn, input, now)?;
        let token = create(conn, organizer.id, now)?;
        if let Some(lang) = mail_lang {
            crate::outbox::enqueue_invite(conn, organizer.id, now, lang)?;
        }
        let detail = format!("{} as {}", organizer.email, organizer.role);
        audit::record(conn, by, Action::OrganizerAdded, &detail, now)?;
        Ok(Invited { organizer, token })
    })
}

/// Accepts an invitation: sets the password, spends the link, audits it and
/// starts a session. `None` if the link is not (or no longer) valid.
pub fn accept(
    conn: &mut DbConnection,
    token: &str,
    password: &NewPassword,
    now: NaiveDateTime,
) -> anyhow::Result<Option<RawToken>> {
    let hash = password.hash()?;
    write_transaction(conn, |conn| {
        let Some(o) = redeem(conn, token, &hash, now)? else {
            return Ok(None);
        };
        audit::record(conn, o.actor(), Action::PasswordSet, "", now)?;
        Ok(Some(sessions::create(conn, o.id, now)?))
    })
}

/// Creates the first admin from the setup link, audits it and starts a
/// session. `None` if the link is not valid (or an organizer exists by now).
pub fn set_up_first_admin(
    conn: &mut DbConnection,
    token: &str,
    input: &OrganizerInput,
    password: &NewPassword,
    now: NaiveDateTime,
) -> anyhow::Result<Option<RawToken>> {
    let hash = password.hash()?;
    write_transaction(conn, |conn| {
        let Some(o) = redeem_first_admin(conn, token, input, &hash, now)? else {
            return Ok(None);
        };
        audit::record(conn, o.actor(), Action::OrganizerAdded, "first admin", now)?;
        Ok(Some(sessions::create(conn, o.id, now)?))
    })
}

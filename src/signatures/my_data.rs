//! A signer's own data: asked for by email address, shown and deleted only
//! through a link mailed to that address. Whoever asks learns nothing: the
//! answer on the page is the same whether or not the address signed, and
//! only the mailbox's owner sees the link.
//!
//! What the link shows and deletes is every signature of that address, on
//! every petition. Deleting a verified signature takes it out of counts and
//! packets, like withdrawing; its tokens and queued mail go with it.

use anyhow::Context;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::tokens::{self, purpose};
use super::{Signature, state};
use crate::db::schema::{delivery_points, outbox, petitions, signatures};
use crate::db::{DbConnection, add_to_counter, write_transaction};
use crate::domain::SignerEmail;
use crate::mail::outbox::{self as mail_outbox, MailKind};

/// One signature as its signer sees it on the data page.
#[derive(Debug, Clone)]
pub struct StoredSignature {
    pub signature: Signature,
    pub petition_title: String,
    /// The language of `petition_title`.
    pub petition_lang: String,
    pub delivery_point: String,
}

/// Queues the data link for `email` if it signed anything here, at most once
/// per `resend_interval`. Returns whether a mail was queued (for tests and
/// logs only: the person asking is never told).
pub fn request(
    conn: &mut DbConnection,
    email: &SignerEmail,
    now: NaiveDateTime,
    resend_interval: Duration,
    lang: crate::i18n::Lang,
) -> anyhow::Result<bool> {
    write_transaction(conn, |conn| -> QueryResult<bool> {
        let ids: Vec<i64> = signatures::table
            .filter(signatures::email.eq(email.as_str()))
            .order(signatures::id.desc())
            .select(signatures::id)
            .load(conn)?;
        let Some(&newest) = ids.first() else {
            return Ok(false);
        };
        let recent: i64 = outbox::table
            .filter(outbox::kind.eq(MailKind::DataRequest.as_str()))
            .filter(outbox::signature_id.eq_any(&ids))
            .filter(outbox::created_at.gt(now - resend_interval))
            .count()
            .get_result(conn)?;
        if recent > 0 {
            return Ok(false);
        }
        mail_outbox::enqueue(conn, MailKind::DataRequest, newest, now, lang)?;
        Ok(true)
    })
    .context("queueing a data request")
}

/// The address behind a data link, if the link is known and current.
fn address_of(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<String>> {
    let Some(row) = tokens::find(conn, token, purpose::DATA).context("looking up a data link")?
    else {
        return Ok(None);
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    let email = signatures::table
        .find(row.signature_id)
        .select(signatures::email)
        .first(conn)
        .optional()
        .with_context(|| format!("loading signature {}", row.signature_id))?;
    Ok(email)
}

/// Everything stored about the address behind a data link, oldest first;
/// `None` for an unknown or expired link.
pub fn lookup(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Vec<StoredSignature>>> {
    let Some(email) = address_of(conn, token, now)? else {
        return Ok(None);
    };
    let rows: Vec<(Signature, String, String, String)> = signatures::table
        .inner_join(petitions::table)
        .inner_join(delivery_points::table)
        .filter(signatures::email.eq(&email))
        .order(signatures::id)
        .select((
            Signature::as_select(),
            petitions::title,
            petitions::lang,
            delivery_points::name,
        ))
        .load(conn)
        .context("loading a signer's signatures")?;
    Ok(Some(
        rows.into_iter()
            .map(
                |(signature, petition_title, petition_lang, delivery_point)| StoredSignature {
                    signature,
                    petition_title,
                    petition_lang,
                    delivery_point,
                },
            )
            .collect(),
    ))
}

/// What deleting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deleted {
    /// Signatures deleted.
    pub signatures: usize,
    /// Of those, how many were verified (and left the counts).
    pub verified: usize,
}

/// Deletes every signature of the address behind a data link, in one
/// transaction; `None` for an unknown or expired link.
pub fn delete_all(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Deleted>> {
    write_transaction(conn, |conn| -> anyhow::Result<Option<Deleted>> {
        let Some(email) = address_of(conn, token, now)? else {
            return Ok(None);
        };
        // Deleted with RETURNING, so the counters move by exactly the rows
        // this transaction removed, even if a confirmation raced it.
        let removed: Vec<(i64, i64, String, String)> =
            diesel::delete(signatures::table.filter(signatures::email.eq(&email)))
                .returning((
                    signatures::petition_id,
                    signatures::delivery_point_id,
                    signatures::country,
                    signatures::state,
                ))
                .get_results(conn)
                .context("deleting a signer's signatures")?;
        let mut verified = 0;
        for (petition_id, point_id, country, was) in &removed {
            if was == state::VERIFIED {
                verified += 1;
                let shard = rand::random_range(0..super::counts::SHARDS);
                add_to_counter(conn, *petition_id, *point_id, country, shard, -1)
                    .context("moving a counter")?;
            }
        }
        Ok(Some(Deleted {
            signatures: removed.len(),
            verified,
        }))
    })
}

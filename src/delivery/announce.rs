//! The word back to signers: one mail per signer per point when their
//! signature was handed over (and, by the organizer's explicit choice, when
//! it was refused or put off), through the outbox in batches.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{packet_members, signatures};
use crate::outbox::{self, MailKind};
use crate::signatures::SignatureState;

/// Queues the mail for every signer printed in the point's newest frozen
/// version who is still verified and asked to hear about it, each in the
/// language they signed in. Call inside the transaction that records why
/// (it marks the point as mailed, so nobody is mailed twice). Returns how
/// many were queued.
pub fn enqueue_for_point(
    conn: &mut DbConnection,
    point_id: i64,
    kind: MailKind,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let Some(version_id) = super::newest_version(conn, point_id)?.map(|v| v.id) else {
        return Ok(0);
    };
    let signers: Vec<(i64, String)> = packet_members::table
        .inner_join(signatures::table)
        .filter(packet_members::version_id.eq(version_id))
        .filter(signatures::state.eq(SignatureState::Verified.as_str()))
        .filter(signatures::notify_delivery.eq(true))
        .select((signatures::id, signatures::lang))
        .load(conn)?;
    outbox::enqueue_to_signers(conn, kind, signers, now, None)
}

/// Stops the mail a signer asked for about one petition, news of the
/// handover and updates alike (the one-click unsubscribe link in either):
/// the signature keeps counting.
pub fn stop_mail(conn: &mut DbConnection, signature_id: i64) -> QueryResult<()> {
    diesel::update(signatures::table.find(signature_id))
        .set((
            signatures::notify_delivery.eq(false),
            signatures::keep_informed.eq(false),
        ))
        .execute(conn)?;
    // Mail already queued for it and not yet sent is dropped too.
    outbox::discard_unsent(
        conn,
        signature_id,
        &[
            MailKind::Delivered,
            MailKind::DeliveryNews,
            MailKind::Update,
        ],
    )?;
    Ok(())
}

/// What an unsubscribe link led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsubscribe {
    /// A known, live link (`done`: the mail was stopped now).
    Known { done: bool },
    /// Unknown or expired.
    Unknown,
}

/// Follows a one-click unsubscribe link: looks only, or (`commit`) stops
/// mail about the handover of that signature.
pub fn unsubscribe(
    conn: &mut DbConnection,
    token: &str,
    commit: bool,
    now: NaiveDateTime,
) -> anyhow::Result<Unsubscribe> {
    use crate::signatures::tokens::{self, purpose};
    let Some(row) = tokens::find(conn, token, purpose::UNSUBSCRIBE)? else {
        return Ok(Unsubscribe::Unknown);
    };
    if row.expires_at <= now {
        return Ok(Unsubscribe::Unknown);
    }
    if commit {
        crate::db::write_transaction(conn, |conn| stop_mail(conn, row.signature_id))?;
    }
    Ok(Unsubscribe::Known { done: commit })
}

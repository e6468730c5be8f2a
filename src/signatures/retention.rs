//! Retention: once a petition has been closed for its retention period
//! (default 90 days), everything its signers gave is erased but what the
//! packet printed (the name as chosen, and city and comment unless
//! anonymous): addresses, typed names, IP and domain hashes go. Withdrawn
//! signatures were erased when withdrawn; their tombstones stay for counts.
//!
//! The worker runs [`housekeeping`] once a minute: retention, and the
//! deletion of pending signatures whose links all expired.

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::SignatureState;
use crate::audit::{self, Action, Actor};
use crate::db::schema::{outbox, petitions, signature_tokens, signatures};
use crate::db::{DbConnection, write_transaction};
use crate::petitions::Petition;

/// Erases what is due at `now`; returns how many petitions were erased.
pub fn erase_due(conn: &mut DbConnection, now: NaiveDateTime) -> anyhow::Result<usize> {
    let closed: Vec<Petition> = petitions::table
        .filter(petitions::erased_at.is_null())
        .filter(petitions::closes_at.is_not_null())
        .select(Petition::as_select())
        .load(conn)
        .context("finding closed petitions")?;
    let mut erased = 0;
    for p in closed {
        let Some(closes_at) = p.closes_at else {
            continue;
        };
        if closes_at + chrono::Duration::days(i64::from(p.retention_days)) > now {
            continue;
        }
        write_transaction(conn, |conn| -> anyhow::Result<()> {
            let ids = signatures::table
                .filter(signatures::petition_id.eq(p.id))
                .select(signatures::id);
            // Links and queued mail lead to addresses: they go first.
            diesel::delete(
                signature_tokens::table.filter(signature_tokens::signature_id.eq_any(ids)),
            )
            .execute(conn)?;
            let nullable_ids = signatures::table
                .filter(signatures::petition_id.eq(p.id))
                .select(signatures::id.nullable());
            diesel::delete(outbox::table.filter(outbox::signature_id.eq_any(nullable_ids)))
                .execute(conn)?;
            // Never confirmed: nothing of them is part of the record.
            diesel::delete(
                signatures::table
                    .filter(signatures::petition_id.eq(p.id))
                    .filter(signatures::state.eq(SignatureState::Pending.as_str())),
            )
            .execute(conn)?;
            let n = erase_signer_contacts(conn, p.id)?;
            diesel::update(petitions::table.find(p.id))
                .set(petitions::erased_at.eq(now))
                .execute(conn)?;
            let detail = format!("{}: erased the contact data of {n} signatures", p.slug);
            audit::record(conn, Actor::System, Action::RetentionErase, &detail, now)?;
            Ok(())
        })
        .with_context(|| format!("erasing signer contacts of petition {}", p.id))?;
        erased += 1;
    }
    if erased > 0 {
        crate::db::scrub_erased_quietly(conn);
    }
    Ok(erased)
}

/// What one round of housekeeping did.
#[derive(Debug, Clone, Copy, Default)]
pub struct Housekeeping {
    /// Pending signatures deleted because all their links expired.
    pub deleted_pending: usize,
    /// Petitions whose signer contacts were erased, past their retention.
    pub erased_petitions: usize,
}

/// The worker's housekeeping, once a minute: deletes pending signatures whose
/// confirmation links have all expired, forgets form uses that could no
/// longer sign, finishes any scrub a request could not finish at once, and
/// erases signer contacts of petitions past their retention period.
pub fn housekeeping(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    token_ttl: chrono::Duration,
) -> anyhow::Result<Housekeeping> {
    let deleted_pending = super::Signature::delete_expired_pending(conn, now, token_ttl)
        .context("deleting expired pending signatures")?;
    super::sign::forget_expired_form_uses(conn, now).context("forgetting expired form uses")?;
    crate::db::scrub_erased_quietly(conn);
    crate::db::rate_limits::forget_full(conn).context("forgetting full rate-limit quotas")?;
    let erased_petitions = erase_due(conn, now)?;
    Ok(Housekeeping {
        deleted_pending,
        erased_petitions,
    })
}

/// Erases every signature's contact data on a petition: the address hash
/// (replaced by `erased:{id}`, which keeps the unique key), the sealed
/// contact record, the domain and IP hashes. Only what the packet printed
/// (`printed`) is kept.
pub fn erase_signer_contacts(conn: &mut DbConnection, petition_id: i64) -> QueryResult<usize> {
    use diesel::sql_types::BigInt;
    let sql = format!(
        "UPDATE signatures SET email_hash = 'erased:' || CAST(id AS TEXT), \
         contact = NULL, domain_hash = NULL, ip_hash = NULL, ip_range_hash = NULL, salt = NULL \
         WHERE petition_id = {}",
        crate::db::dialect::param(conn, 1)
    );
    crate::db::on_backend!(conn, c => diesel::sql_query(&sql)
        .bind::<BigInt, _>(petition_id)
        .execute(c))
}

//! Retention: once a petition has been closed for its retention period
//! (default 90 days), everything its signers gave is erased but what the
//! packet printed (the name as chosen, and city and comment unless
//! anonymous): addresses, typed names, IP and domain hashes go. Withdrawn
//! signatures were erased when withdrawn; their tombstones stay for counts.

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::SignatureState;
use crate::audit::{self, Action, Actor};
use crate::db::schema::{outbox, petitions, signature_tokens, signatures};
use crate::db::{DbConnection, erase_signer_contacts, write_transaction};
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

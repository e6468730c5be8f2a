//! Withdrawing a signature through the link in the confirmation mail, before
//! or after confirming. A withdrawn signature leaves counts and packets at once.

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::counts::add_to_counter;
use super::tokens::{self, purpose};
use super::{Signature, SignatureState};
use crate::db::schema::signatures;
use crate::db::{DbConnection, scrub_erased_quietly, write_transaction};
use crate::petitions::Petition;

/// How long a withdrawal link works: long, since a signer may change their
/// mind after the petition is delivered.
pub fn link_lifetime() -> chrono::Duration {
    chrono::Duration::days(365)
}

/// What a withdrawal link leads to.
#[derive(Debug, Clone)]
pub enum WithdrawLookup {
    /// A signature that can be withdrawn. `handed_over`: it was printed in
    /// a packet already handed over, so the paper cannot be taken back.
    Active {
        petition: Petition,
        handed_over: bool,
    },
    /// Already withdrawn.
    AlreadyWithdrawn { petition: Petition },
    /// Unknown or expired link.
    Unknown,
}

/// Looks a withdrawal token up without changing anything.
pub fn lookup(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<WithdrawLookup> {
    Ok(match find(conn, token, now)? {
        Some((signature, petition))
            if signature.state == SignatureState::Withdrawn
                || signature.state == SignatureState::Invalidated =>
        {
            WithdrawLookup::AlreadyWithdrawn { petition }
        }
        Some((signature, petition)) => WithdrawLookup::Active {
            handed_over: handed_over(conn, &signature)?,
            petition,
        },
        None => WithdrawLookup::Unknown,
    })
}

/// Whether a signature is on paper already handed over: its point is
/// delivered and the signature was printed in the point's newest packet
/// version (one confirmed after the freeze was not). The tables are the
/// delivery day's (`src/delivery`, a layer above); read here, not written.
fn handed_over(conn: &mut DbConnection, signature: &Signature) -> QueryResult<bool> {
    use crate::db::schema::{delivery_points, packet_members, packet_versions};
    use crate::petitions::PointStatus;
    if !signature.is_verified() {
        return Ok(false);
    }
    let status: String = delivery_points::table
        .find(signature.delivery_point_id)
        .select(delivery_points::status)
        .first(conn)?;
    if PointStatus::from(status) != PointStatus::Delivered {
        return Ok(false);
    }
    let newest: Option<i64> = packet_versions::table
        .filter(packet_versions::delivery_point_id.eq(signature.delivery_point_id))
        .order(packet_versions::version.desc())
        .select(packet_versions::id)
        .first(conn)
        .optional()?;
    let Some(newest) = newest else {
        return Ok(false);
    };
    diesel::select(diesel::dsl::exists(
        packet_members::table
            .filter(packet_members::version_id.eq(newest))
            .filter(packet_members::signature_id.eq(signature.id)),
    ))
    .get_result(conn)
}

fn find(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<(Signature, Petition)>> {
    let Some(row) = tokens::find(conn, token, purpose::WITHDRAW).context("looking up a token")?
    else {
        return Ok(None);
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    let signature = Signature::find(conn, row.signature_id)
        .with_context(|| format!("loading signature {}", row.signature_id))?;
    let petition = Petition::find(conn, signature.petition_id)
        .with_context(|| format!("loading petition {}", signature.petition_id))?;
    Ok(Some((signature, petition)))
}

/// Withdraws the signature behind a token; a verified one leaves the counts
/// in the same transaction. Everything the signer gave is erased at once
/// ([`Signature::erase`]): a tombstone is left for counts and the audit.
/// Withdrawing twice changes nothing.
pub fn withdraw(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<WithdrawLookup> {
    let outcome = write_transaction(conn, |conn| -> anyhow::Result<WithdrawLookup> {
        // A guarded update that changes no row means another transaction
        // moved the signature since we read it (PostgreSQL reads committed
        // rows): read again and decide on what it is now.
        for _ in 0..3 {
            let Some((signature, petition)) = find(conn, token, now)? else {
                return Ok(WithdrawLookup::Unknown);
            };
            if signature.state == SignatureState::Withdrawn
                || signature.state == SignatureState::Invalidated
            {
                // An invalidated one counts nowhere already; withdrawing would
                // let it sign afresh and slip out of the invalidation.
                return Ok(WithdrawLookup::AlreadyWithdrawn { petition });
            }
            let changed = diesel::update(
                signatures::table
                    .find(signature.id)
                    .filter(signatures::state.eq(signature.state.as_str())),
            )
            .set(signatures::state.eq(SignatureState::Withdrawn.as_str()))
            .execute(conn)?;
            if changed == 0 {
                continue;
            }
            let handed_over = handed_over(conn, &signature)?;
            Signature::erase(conn, signature.id)?;
            if signature.is_verified() {
                let shard = rand::random_range(0..super::counts::SHARDS);
                add_to_counter(
                    conn,
                    signature.petition_id,
                    signature.delivery_point_id,
                    &signature.country,
                    shard,
                    -1,
                )?;
            }
            return Ok(WithdrawLookup::Active {
                petition,
                handed_over,
            });
        }
        anyhow::bail!("the signature kept changing under a withdrawal")
    })
    .context("withdrawing a signature")?;
    if matches!(outcome, WithdrawLookup::Active { .. }) {
        crate::metrics::signatures(crate::metrics::SignatureEvent::Withdrawn, 1);
        scrub_erased_quietly(conn);
    }
    Ok(outcome)
}

//! Confirming a signature through the emailed link.
//!
//! Opening the link (GET) only looks; confirming is a POST from the page, so
//! mail scanners that fetch every link never confirm on a signer's behalf.

use std::collections::BTreeMap;

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::tokens::{self, purpose};
use super::{Signature, counts, state};
use crate::db::schema::signatures;
use crate::db::{DbConnection, add_to_counter, write_transaction};
use crate::petitions::{Petition, PetitionState};

/// What a link's token leads to.
#[derive(Debug, Clone)]
pub enum TokenLookup {
    /// A live token for this signature.
    Valid {
        signature: Box<Signature>,
        petition: Petition,
    },
    /// The token existed but has expired.
    Expired { petition: Petition },
    /// No such token.
    Unknown,
}

/// Looks a confirmation token up without changing anything.
pub fn lookup(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<TokenLookup> {
    let Some(row) = tokens::find(conn, token, purpose::VERIFY).context("looking up a token")?
    else {
        return Ok(TokenLookup::Unknown);
    };
    let signature = Signature::find(conn, row.signature_id)
        .with_context(|| format!("loading signature {}", row.signature_id))?;
    let petition = Petition::find(conn, signature.petition_id)
        .with_context(|| format!("loading petition {}", signature.petition_id))?;
    if row.expires_at <= now && !signature.is_verified() {
        return Ok(TokenLookup::Expired { petition });
    }
    Ok(TokenLookup::Valid {
        signature: Box::new(signature),
        petition,
    })
}

/// What pressing "Confirm my signature" did.
#[derive(Debug, Clone)]
pub enum ConfirmOutcome {
    /// The signature now counts; `total` is the petition's verified count
    /// as this confirmation committed it.
    Confirmed { petition: Petition, total: i64 },
    /// It counted already.
    AlreadyConfirmed { petition: Petition, total: i64 },
    /// The signer withdrew it; confirming does not bring it back (signing again does).
    Withdrawn { petition: Petition },
    /// The organizers set it aside (invalidated); it does not count.
    Invalidated { petition: Petition },
    /// The petition closed (or is not open yet), so it cannot be confirmed.
    PetitionNotOpen { petition: Petition },
    /// The link expired before the signature was confirmed.
    Expired { petition: Petition },
    /// No such link.
    Unknown,
}

/// One press of "Confirm my signature", waiting for the group commit.
#[derive(Debug, Clone)]
pub struct ConfirmJob {
    pub token: String,
    pub now: NaiveDateTime,
}

/// Counter changes gathered over a batch: (petition, delivery point, country) → delta.
type CounterDeltas = BTreeMap<(i64, i64, String), i64>;

/// Confirms the signature behind a token: marks it verified and counts it, in
/// one transaction. Confirming twice counts once.
pub fn confirm(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<ConfirmOutcome> {
    let job = ConfirmJob {
        token: token.to_owned(),
        now,
    };
    let mut outcomes =
        write_transaction(conn, |conn| confirm_many(conn, std::slice::from_ref(&job)))?;
    outcomes.pop().context("a confirmation returned no outcome")
}

/// Confirms every job inside the caller's transaction (a group commit's
/// batch). The counters move once per (petition, point, country) at the end,
/// in key order, so two writers never wait on each other's shards in a cycle.
pub fn confirm_many(
    conn: &mut DbConnection,
    jobs: &[ConfirmJob],
) -> anyhow::Result<Vec<ConfirmOutcome>> {
    let mut deltas = CounterDeltas::new();
    let mut outcomes = jobs
        .iter()
        .map(|job| confirm_one(conn, job, &mut deltas))
        .collect::<anyhow::Result<Vec<_>>>()?;
    for ((petition_id, point_id, country), by) in deltas {
        let shard = rand::random_range(0..counts::SHARDS);
        add_to_counter(conn, petition_id, point_id, &country, shard, by)
            .context("moving a counter")?;
    }
    // The count each signer is shown, read once per petition per batch in
    // the same transaction: fresh, and no extra query per request.
    let mut totals = BTreeMap::new();
    for outcome in &mut outcomes {
        if let ConfirmOutcome::Confirmed { petition, total }
        | ConfirmOutcome::AlreadyConfirmed { petition, total } = outcome
        {
            *total = match totals.get(&petition.id) {
                Some(t) => *t,
                None => {
                    let t = counts::total(conn, petition.id).context("reading a count")?;
                    totals.insert(petition.id, t);
                    t
                }
            };
        }
    }
    Ok(outcomes)
}

fn confirm_one(
    conn: &mut DbConnection,
    job: &ConfirmJob,
    deltas: &mut CounterDeltas,
) -> anyhow::Result<ConfirmOutcome> {
    let now = job.now;
    let (signature, petition) = match lookup(conn, &job.token, now)? {
        TokenLookup::Valid {
            signature,
            petition,
        } => (signature, petition),
        TokenLookup::Expired { petition } => return Ok(ConfirmOutcome::Expired { petition }),
        TokenLookup::Unknown => return Ok(ConfirmOutcome::Unknown),
    };
    if signature.is_verified() {
        return Ok(ConfirmOutcome::AlreadyConfirmed { petition, total: 0 });
    }
    if signature.state == state::WITHDRAWN {
        return Ok(ConfirmOutcome::Withdrawn { petition });
    }
    if signature.state == state::INVALIDATED {
        return Ok(ConfirmOutcome::Invalidated { petition });
    }
    if petition.state(now) != PetitionState::Open {
        return Ok(ConfirmOutcome::PetitionNotOpen { petition });
    }
    // The state condition makes a concurrent second confirmation update no
    // row, so the counter moves exactly once. RETURNING gives the row as it
    // is now, not as we read it.
    let updated: Option<(i64, i64, String)> = diesel::update(
        signatures::table
            .find(signature.id)
            .filter(signatures::state.eq(state::PENDING)),
    )
    .set((
        signatures::state.eq(state::VERIFIED),
        signatures::verified_at.eq(now),
    ))
    .returning((
        signatures::petition_id,
        signatures::delivery_point_id,
        signatures::country,
    ))
    .get_result(conn)
    .optional()
    .context("confirming a signature")?;
    let Some((petition_id, point_id, country)) = updated else {
        // Another transaction changed it between our read and our update:
        // report what it is now rather than guess.
        let now_state: String = signatures::table
            .find(signature.id)
            .select(signatures::state)
            .first(conn)
            .context("re-reading a signature")?;
        return Ok(match now_state.as_str() {
            state::VERIFIED => ConfirmOutcome::AlreadyConfirmed { petition, total: 0 },
            state::INVALIDATED => ConfirmOutcome::Invalidated { petition },
            _ => ConfirmOutcome::Withdrawn { petition },
        });
    };
    *deltas.entry((petition_id, point_id, country)).or_default() += 1;
    Ok(ConfirmOutcome::Confirmed { petition, total: 0 })
}

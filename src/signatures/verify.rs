//! Confirming a signature through the emailed link.
//!
//! Opening the link (GET) only looks; confirming is a POST from the page, so
//! mail scanners that fetch every link never confirm on a signer's behalf.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::counts::add_to_counter;
use super::tokens::purpose;
use super::{SignatureState, counts};
use crate::db::DbConnection;
use crate::db::schema::{signature_tokens, signatures};
use crate::domain::link_token_key;
use crate::petitions::{Petition, PetitionState};

/// What a link's token leads to.
#[derive(Debug, Clone)]
pub enum TokenLookup {
    /// A live token (or a spent one of a signature that counts).
    Valid {
        /// Whether the signature counts already.
        verified: bool,
        petition: Petition,
    },
    /// The token existed but has expired.
    Expired { petition: Petition },
    /// No such token.
    Unknown,
}

/// Looks a confirmation token up without changing anything (the same read
/// a batch of confirmations makes, for one token).
pub fn lookup(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<TokenLookup> {
    let hash = link_token_key(token);
    let Some(found) = find_tokens(conn, std::slice::from_ref(&hash))?.remove(&hash) else {
        return Ok(TokenLookup::Unknown);
    };
    let petition = Petition::find(conn, found.petition_id)
        .with_context(|| format!("loading petition {}", found.petition_id))?;
    let verified = found.state == SignatureState::Verified;
    if found.expires_at <= now && !verified {
        return Ok(TokenLookup::Expired { petition });
    }
    Ok(TokenLookup::Valid { verified, petition })
}

/// Counts a committed confirmation (see [`crate::metrics`]).
pub fn committed(outcome: &ConfirmOutcome) {
    if matches!(outcome, ConfirmOutcome::Confirmed { .. }) {
        crate::metrics::signatures(crate::metrics::SignatureEvent::Confirmed, 1);
    }
}

/// What pressing "Confirm my signature" did.
#[derive(Debug, Clone)]
pub enum ConfirmOutcome {
    /// The signature now counts; `total` is the petition's verified count
    /// as this confirmation committed it.
    Confirmed { petition: Arc<Petition>, total: i64 },
    /// It counted already.
    AlreadyConfirmed { petition: Arc<Petition>, total: i64 },
    /// The signer withdrew it; confirming does not bring it back (signing again does).
    Withdrawn { petition: Arc<Petition> },
    /// The organizers set it aside (invalidated); it does not count.
    Invalidated { petition: Arc<Petition> },
    /// The petition closed (or is not open yet), so it cannot be confirmed.
    PetitionNotOpen { petition: Arc<Petition> },
    /// The link expired before the signature was confirmed.
    Expired { petition: Arc<Petition> },
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

/// Confirms every job inside the caller's transaction (a group commit's
/// batch), in a handful of statements whatever the batch's size: one query
/// finds every token's signature, one loads their petitions, one `UPDATE …
/// RETURNING` confirms those still pending. The counters move once per
/// (petition, point, country) at the end, in key order, so two writers never
/// wait on each other's shards in a cycle.
pub fn confirm_many(
    conn: &mut DbConnection,
    jobs: &[ConfirmJob],
) -> anyhow::Result<Vec<ConfirmOutcome>> {
    let hashes: Vec<Vec<u8>> = jobs.iter().map(|j| link_token_key(&j.token)).collect();
    let found = find_tokens(conn, &hashes)?;
    let petition_ids: BTreeSet<i64> = found.values().map(|t| t.petition_id).collect();
    // Shared, not copied per outcome: a petition's texts run to many kilobytes.
    let petitions: HashMap<i64, Arc<Petition>> = Petition::find_many(conn, petition_ids)
        .context("loading the petitions of a batch of confirmations")?
        .into_iter()
        .map(|(id, p)| (id, Arc::new(p)))
        .collect();

    // Decide what can be decided from what was read; the rest waits for the update.
    let mut outcomes = Vec::with_capacity(jobs.len());
    let mut to_confirm = Vec::new();
    for (i, (job, hash)) in jobs.iter().zip(&hashes).enumerate() {
        let Some(token) = found.get(hash) else {
            outcomes.push(ConfirmOutcome::Unknown);
            continue;
        };
        let petition = petitions
            .get(&token.petition_id)
            .cloned()
            .with_context(|| format!("petition {} is missing", token.petition_id))?;
        outcomes.push(decide(job, token, petition));
        if matches!(outcomes[i], ConfirmOutcome::Confirmed { .. }) {
            to_confirm.push((i, token.signature_id));
        }
    }
    confirm_pending(conn, jobs, &mut outcomes, &to_confirm)?;
    show_totals(conn, &mut outcomes)?;
    Ok(outcomes)
}

/// A verification token as confirming needs it: when it expires, and the
/// state of its signature.
#[derive(Debug, Queryable)]
struct FoundToken {
    token_hash: Vec<u8>,
    expires_at: NaiveDateTime,
    signature_id: i64,
    petition_id: i64,
    #[diesel(deserialize_as = String)]
    state: SignatureState,
}

/// The live or expired verification tokens among `hashes`, by hash.
fn find_tokens(
    conn: &mut DbConnection,
    hashes: &[Vec<u8>],
) -> anyhow::Result<HashMap<Vec<u8>, FoundToken>> {
    let mut found = HashMap::with_capacity(hashes.len());
    for chunk in hashes.chunks(LOOKUP_CHUNK) {
        let query = signature_tokens::table
            .inner_join(signatures::table)
            .filter(signature_tokens::token_hash.eq_any(chunk))
            .filter(signature_tokens::purpose.eq(purpose::VERIFY))
            .select((
                signature_tokens::token_hash,
                signature_tokens::expires_at,
                signatures::id,
                signatures::petition_id,
                signatures::state,
            ));
        // (A table that grows by two links per signature.)
        let rows: Vec<FoundToken> = crate::db::planned_afresh(conn, |conn| query.load(conn))
            .context("looking up a batch of tokens")?;
        found.extend(rows.into_iter().map(|t| (t.token_hash.clone(), t)));
    }
    Ok(found)
}

/// Tokens per lookup query: far below either backend's limit on parameters.
const LOOKUP_CHUNK: usize = 500;

/// What a press does to the signature as it was read. `Confirmed` here means
/// "pending, so confirm it": [`confirm_pending`] settles it.
fn decide(job: &ConfirmJob, token: &FoundToken, petition: Arc<Petition>) -> ConfirmOutcome {
    if token.state == SignatureState::Verified {
        ConfirmOutcome::AlreadyConfirmed { petition, total: 0 }
    } else if token.expires_at <= job.now {
        ConfirmOutcome::Expired { petition }
    } else if token.state == SignatureState::Withdrawn {
        ConfirmOutcome::Withdrawn { petition }
    } else if token.state == SignatureState::Invalidated {
        ConfirmOutcome::Invalidated { petition }
    } else if petition.state(job.now) != PetitionState::Open {
        ConfirmOutcome::PetitionNotOpen { petition }
    } else {
        ConfirmOutcome::Confirmed { petition, total: 0 }
    }
}

/// Marks the pending signatures verified in one statement and counts them.
/// They share one `verified_at`, the latest press's time in the batch (the
/// presses are a few milliseconds apart).
/// The state condition makes a concurrent second confirmation update no row,
/// so each signature is counted exactly once; the same signature pressed
/// twice in one batch is confirmed by the first press. A row that changed
/// since it was read is reported as it is now, not guessed.
fn confirm_pending(
    conn: &mut DbConnection,
    jobs: &[ConfirmJob],
    outcomes: &mut [ConfirmOutcome],
    to_confirm: &[(usize, i64)],
) -> anyhow::Result<()> {
    let Some(now) = to_confirm.iter().map(|(i, _)| jobs[*i].now).max() else {
        return Ok(());
    };
    // Distinct and sorted: the same signature may be pressed twice in a batch.
    let ids: Vec<i64> = BTreeSet::from_iter(to_confirm.iter().map(|(_, id)| *id))
        .into_iter()
        .collect();
    let mut updated: HashMap<i64, (i64, i64, String)> = HashMap::new();
    for chunk in ids.chunks(LOOKUP_CHUNK) {
        let rows: Vec<(i64, i64, i64, String)> = diesel::update(
            signatures::table
                .filter(signatures::id.eq_any(chunk))
                .filter(signatures::state.eq(SignatureState::Pending.as_str())),
        )
        .set((
            signatures::state.eq(SignatureState::Verified.as_str()),
            signatures::verified_at.eq(now),
        ))
        .returning((
            signatures::id,
            signatures::petition_id,
            signatures::delivery_point_id,
            signatures::country,
        ))
        .get_results(conn)
        .context("confirming a batch of signatures")?;
        updated.extend(rows.into_iter().map(|(id, p, d, c)| (id, (p, d, c))));
    }
    let missed: BTreeSet<i64> = ids
        .iter()
        .copied()
        .filter(|id| !updated.contains_key(id))
        .collect();
    let now_states: HashMap<i64, String> = if missed.is_empty() {
        HashMap::new()
    } else {
        signatures::table
            .filter(signatures::id.eq_any(missed.iter().copied().collect::<Vec<_>>()))
            .select((signatures::id, signatures::state))
            .load(conn)
            .context("re-reading signatures that changed")?
            .into_iter()
            .collect()
    };
    let mut deltas = CounterDeltas::new();
    for (i, id) in to_confirm {
        let petition = match &outcomes[*i] {
            ConfirmOutcome::Confirmed { petition, .. } => petition.clone(),
            _ => continue,
        };
        outcomes[*i] = match updated.remove(id) {
            Some(key) => {
                *deltas.entry(key).or_default() += 1;
                ConfirmOutcome::Confirmed { petition, total: 0 }
            }
            // A second press of the same signature in this batch.
            None if !missed.contains(id) => ConfirmOutcome::AlreadyConfirmed { petition, total: 0 },
            None => match now_states
                .get(id)
                .and_then(|s| SignatureState::from_stored(s))
            {
                // Verified meanwhile by another writer.
                Some(SignatureState::Verified) => {
                    ConfirmOutcome::AlreadyConfirmed { petition, total: 0 }
                }
                Some(SignatureState::Invalidated) => ConfirmOutcome::Invalidated { petition },
                // Withdrawn (perhaps signed again since, pending anew) or deleted.
                _ => ConfirmOutcome::Withdrawn { petition },
            },
        };
    }
    for ((petition_id, point_id, country), by) in deltas {
        let shard = rand::random_range(0..counts::SHARDS);
        add_to_counter(conn, petition_id, point_id, &country, shard, by)
            .context("moving a counter")?;
    }
    Ok(())
}

/// Fills in the count each signer is shown, read once per petition per batch
/// in the same transaction: fresh, and no extra query per request.
fn show_totals(conn: &mut DbConnection, outcomes: &mut [ConfirmOutcome]) -> anyhow::Result<()> {
    let mut totals = BTreeMap::new();
    for outcome in outcomes {
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
    Ok(())
}

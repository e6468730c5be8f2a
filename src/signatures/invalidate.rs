//! Invalidation, as the UK Parliament petitions service has it: a coordinator
//! takes signatures out of counts and packets (by email domain, one address,
//! IP address, time window or delivery point), with a reason, after seeing
//! how many match; it can be undone exactly, and both are audited.

use std::collections::BTreeMap;

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::SignatureState;
use super::counts::add_to_counter;
use crate::audit::{self, Action};
use crate::db::schema::{invalidations, signatures};
use crate::db::{DbConnection, write_transaction};
use crate::organizers::Organizer;

/// Which signatures to invalidate. Every given criterion must match.
#[derive(Debug, Clone, Default)]
pub struct Criteria {
    /// The keyed hash of the part after `@` (see [`super::domain_hash`]),
    /// and the domain as typed, e.g. `spam.example` (for the record).
    pub email_domain: Option<(String, String)>,
    /// The keyed hash of one address (see [`super::email_hash`]):
    /// invalidating one by one.
    pub email: Option<String>,
    /// The keyed hash of an IP address, and the address as typed (for the record).
    pub ip: Option<(String, String)>,
    /// The keyed hash of a network (/24, /48), and how it was shown.
    pub ip_range: Option<(String, String)>,
    /// Signed at or after.
    pub from: Option<NaiveDateTime>,
    /// Signed before.
    pub to: Option<NaiveDateTime>,
    /// One delivery point: its id and slug.
    pub delivery_point: Option<(i64, String)>,
}

impl Criteria {
    /// Whether no criterion is given (which would match everything: refused).
    pub fn is_empty(&self) -> bool {
        self.email_domain.is_none()
            && self.email.is_none()
            && self.ip.is_none()
            && self.ip_range.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.delivery_point.is_none()
    }

    /// A line for the record. Names the address typed by the organizer, who
    /// already knows it; signers' other data stays out.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some((_, d)) = &self.email_domain {
            parts.push(format!("email domain {d}"));
        }
        // The address and IP themselves are not written down: the record
        // outlives the retention period that erases them elsewhere.
        if self.email.is_some() {
            parts.push("one email address".to_owned());
        }
        if let Some((hash, _)) = &self.ip {
            parts.push(format!("IP #{}", hash.get(..8).unwrap_or(hash)));
        }
        if let Some((hash, _)) = &self.ip_range {
            parts.push(format!("network #{}", hash.get(..8).unwrap_or(hash)));
        }
        if let Some(f) = self.from {
            parts.push(format!("from {}", f.format("%Y-%m-%d %H:%M")));
        }
        if let Some(t) = self.to {
            parts.push(format!("before {}", t.format("%Y-%m-%d %H:%M")));
        }
        if let Some((_, slug)) = &self.delivery_point {
            parts.push(format!("delivery point {slug}"));
        }
        parts.join(", ")
    }
}

/// Signatures an invalidation may take: pending or verified (not withdrawn,
/// not already invalidated).
fn matching<'a>(
    petition_id: i64,
    c: &'a Criteria,
) -> signatures::BoxedQuery<'a, crate::db::MultiBackend> {
    let mut q = signatures::table
        .filter(signatures::petition_id.eq(petition_id))
        .filter(signatures::state.eq_any([
            SignatureState::Pending.as_str(),
            SignatureState::Verified.as_str(),
        ]))
        .into_boxed();
    if let Some((hash, _)) = &c.email_domain {
        q = q.filter(signatures::domain_hash.eq(hash));
    }
    if let Some(hash) = &c.email {
        q = q.filter(signatures::email_hash.eq(hash));
    }
    if let Some((hash, _)) = &c.ip {
        q = q.filter(signatures::ip_hash.eq(hash));
    }
    if let Some((hash, _)) = &c.ip_range {
        q = q.filter(signatures::ip_range_hash.eq(hash));
    }
    if let Some(f) = c.from {
        q = q.filter(signatures::created_at.ge(f));
    }
    if let Some(t) = c.to {
        q = q.filter(signatures::created_at.lt(t));
    }
    if let Some((id, _)) = &c.delivery_point {
        q = q.filter(signatures::delivery_point_id.eq(*id));
    }
    q
}

/// Previews one organizer may run per hour. A preview by address or IP
/// answers "does this person's signature exist": a stolen session must not
/// test a list of addresses silently and at speed.
pub const PREVIEWS_PER_HOUR: i64 = 30;

/// What a preview found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    /// How many signatures the invalidation would take now.
    Matches(i64),
    /// The organizer ran [`PREVIEWS_PER_HOUR`] previews in the last hour.
    TooMany,
}

/// How many signatures an invalidation would take now. Every preview goes
/// into the audit log (what was asked, never an address or IP, and how many
/// matched), and each organizer gets at most [`PREVIEWS_PER_HOUR`].
pub fn preview(
    conn: &mut DbConnection,
    petition_id: i64,
    c: &Criteria,
    by: &Organizer,
    now: NaiveDateTime,
) -> anyhow::Result<Preview> {
    use crate::db::schema::audit_log;
    write_transaction(conn, |conn| -> anyhow::Result<Preview> {
        // One organizer's previews counted one at a time (see `lock_keys`).
        crate::db::lock_keys(conn, &[&format!("preview:{}", by.id)])?;
        let recent: i64 = audit_log::table
            .filter(audit_log::organizer_id.eq(by.id))
            .filter(audit_log::action.eq(Action::InvalidationPreview.as_str()))
            .filter(audit_log::at.gt(now - chrono::Duration::hours(1)))
            .count()
            .get_result(conn)?;
        if recent >= PREVIEWS_PER_HOUR {
            return Ok(Preview::TooMany);
        }
        let n: i64 = matching(petition_id, c).count().get_result(conn)?;
        let detail = format!("petition {petition_id}: {} ({n} matched)", c.describe());
        audit::record(conn, by.actor(), Action::InvalidationPreview, &detail, now)?;
        Ok(Preview::Matches(n))
    })
    .context("previewing an invalidation")
}

/// An invalidation row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = invalidations)]
pub struct Invalidation {
    pub id: i64,
    pub key: String,
    pub petition_id: i64,
    pub reason: String,
    pub criteria: String,
    pub actor: String,
    pub affected: i64,
    pub created_at: NaiveDateTime,
    pub undone_at: Option<NaiveDateTime>,
}

/// Rows changed per statement: keeps `IN (…)` lists under both backends' bind limits.
const CHUNK: usize = 5_000;

/// Invalidates every matching signature; verified ones leave the counters in
/// the same transaction. Returns how many were taken.
pub fn apply(
    conn: &mut DbConnection,
    petition_id: i64,
    c: &Criteria,
    reason: &str,
    by: &Organizer,
    now: NaiveDateTime,
) -> anyhow::Result<i64> {
    write_transaction(conn, |conn| -> anyhow::Result<i64> {
        let rows: Vec<(i64, i64, String, String)> = matching(petition_id, c)
            .select((
                signatures::id,
                signatures::delivery_point_id,
                signatures::country,
                signatures::state,
            ))
            .load(conn)?;
        let key = uuid::Uuid::new_v4().to_string();
        diesel::insert_into(invalidations::table)
            .values((
                invalidations::key.eq(&key),
                invalidations::petition_id.eq(petition_id),
                invalidations::reason.eq(reason),
                invalidations::criteria.eq(c.describe()),
                invalidations::actor.eq(&by.email),
                invalidations::affected.eq(0),
                invalidations::created_at.eq(now),
            ))
            .execute(conn)?;
        let id: i64 = invalidations::table
            .filter(invalidations::key.eq(&key))
            .select(invalidations::id)
            .first(conn)?;
        // Each update re-checks the state it expects, and the counters move by
        // the rows it really changed: a signature withdrawn or confirmed
        // meanwhile by another transaction is neither taken twice nor
        // counted wrong.
        let mut taken = 0;
        for ((point, country, from), ids) in group(&rows) {
            for chunk in ids.chunks(CHUNK) {
                let n = diesel::update(
                    signatures::table
                        .filter(signatures::id.eq_any(chunk))
                        .filter(signatures::state.eq(from)),
                )
                .set((
                    signatures::state.eq(SignatureState::Invalidated.as_str()),
                    signatures::invalidation_id.eq(id),
                ))
                .execute(conn)? as i64;
                if from == SignatureState::Verified.as_str() && n > 0 {
                    add_to_counter(conn, petition_id, point, country, 0, -n)?;
                }
                taken += n;
            }
        }
        diesel::update(invalidations::table.find(id))
            .set(invalidations::affected.eq(taken))
            .execute(conn)?;
        let detail = format!(
            "invalidated {taken} signatures ({}): {reason}",
            c.describe()
        );
        audit::record(conn, by.actor(), Action::Invalidation, &detail, now)?;
        Ok(taken)
    })
    .context("invalidating signatures")
    .inspect(|taken| {
        crate::metrics::signatures(
            crate::metrics::SignatureEvent::Invalidated,
            u64::try_from(*taken).unwrap_or(0),
        );
    })
}

/// Signature ids grouped by (delivery point, country, state).
fn group(rows: &[(i64, i64, String, String)]) -> BTreeMap<(i64, &str, &str), Vec<i64>> {
    let mut groups: BTreeMap<(i64, &str, &str), Vec<i64>> = BTreeMap::new();
    for (id, point, country, state) in rows {
        groups
            .entry((*point, country.as_str(), state.as_str()))
            .or_default()
            .push(*id);
    }
    groups
}

/// Puts an invalidation's signatures back as they were (verified if they had
/// been confirmed, else pending). Returns how many, or `None` if there is no
/// such live invalidation on this petition.
pub fn undo(
    conn: &mut DbConnection,
    petition_id: i64,
    invalidation_id: i64,
    by: &Organizer,
    now: NaiveDateTime,
) -> anyhow::Result<Option<i64>> {
    write_transaction(conn, |conn| -> anyhow::Result<Option<i64>> {
        // Marking it undone first makes a concurrent second undo find nothing.
        let claimed = diesel::update(
            invalidations::table
                .find(invalidation_id)
                .filter(invalidations::petition_id.eq(petition_id))
                .filter(invalidations::undone_at.is_null()),
        )
        .set(invalidations::undone_at.eq(now))
        .execute(conn)?;
        if claimed == 0 {
            return Ok(None);
        }
        let inv: Invalidation = invalidations::table
            .find(invalidation_id)
            .select(Invalidation::as_select())
            .first(conn)?;
        let rows: Vec<(i64, i64, String, Option<NaiveDateTime>)> = signatures::table
            .filter(signatures::invalidation_id.eq(inv.id))
            .filter(signatures::state.eq(SignatureState::Invalidated.as_str()))
            .select((
                signatures::id,
                signatures::delivery_point_id,
                signatures::country,
                signatures::verified_at,
            ))
            .load(conn)?;
        let as_states: Vec<(i64, i64, String, String)> = rows
            .into_iter()
            .map(|(id, point, country, verified_at)| {
                let back = if verified_at.is_some() {
                    SignatureState::Verified
                } else {
                    SignatureState::Pending
                };
                (id, point, country, back.as_str().to_owned())
            })
            .collect();
        let mut restored = 0;
        for ((point, country, to), ids) in group(&as_states) {
            for chunk in ids.chunks(CHUNK) {
                let n = diesel::update(
                    signatures::table
                        .filter(signatures::id.eq_any(chunk))
                        .filter(signatures::state.eq(SignatureState::Invalidated.as_str()))
                        .filter(signatures::invalidation_id.eq(inv.id)),
                )
                .set((
                    signatures::state.eq(to),
                    signatures::invalidation_id.eq(None::<i64>),
                ))
                .execute(conn)? as i64;
                if to == SignatureState::Verified.as_str() && n > 0 {
                    add_to_counter(conn, petition_id, point, country, 0, n)?;
                }
                restored += n;
            }
        }
        let detail = format!(
            "undid invalidation {} ({}): {restored} signatures back",
            inv.id, inv.criteria
        );
        audit::record(conn, by.actor(), Action::InvalidationUndone, &detail, now)?;
        Ok(Some(restored))
    })
    .context("undoing an invalidation")
}

/// A petition's invalidations, newest first.
pub fn list(conn: &mut DbConnection, petition_id: i64) -> QueryResult<Vec<Invalidation>> {
    invalidations::table
        .filter(invalidations::petition_id.eq(petition_id))
        .order(invalidations::id.desc())
        .select(Invalidation::as_select())
        .load(conn)
}

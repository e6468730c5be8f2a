//! What looks wrong: a petition's last hour of signing, for its coordinators.
//! Signatures per minute, and the email domains and networks most of them
//! came from, each with how many are still unconfirmed (a flood of addresses
//! nobody reads stays pending).
//!
//! Privacy: a domain or network is listed only when at least
//! [`MIN_GROUP`] signatures came from it, so that the view never points at one
//! signer's employer or home network; networks are shown as the start of
//! their keyed hash, never as addresses.

use anyhow::Context;
use chrono::{Duration, NaiveDateTime, Timelike};

use diesel::prelude::*;

use super::{Signature, SignatureState};
use crate::crypto::Keyring;
use crate::db::{DbConnection, dialect};

/// Fewest signatures from one domain or network for it to be listed.
pub const MIN_GROUP: i64 = 3;
/// How many domains and networks are listed.
const TOP: i64 = 10;

/// One minute of the last hour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minute {
    /// `HH:MM` (UTC).
    pub label: String,
    pub total: i64,
    pub pending: i64,
}

/// The last hour of a petition.
#[derive(Debug, Clone)]
pub struct Activity {
    /// Sixty minutes, newest first; minutes without signatures are zero.
    pub minutes: Vec<Minute>,
    /// The busiest email domains (`key`: the domain, opened from one of
    /// the group's signatures; empty once their contact data was erased).
    pub domains: Vec<SignatureGroup>,
    /// The busiest networks, keyed by their hash (empty key: IP unknown).
    pub ranges: Vec<SignatureGroup>,
    /// Signatures submitted in the hour.
    pub total: i64,
    /// The busiest minute's count (scale of the bars).
    pub peak: i64,
}

/// The hour before `now` on `petition_id`.
pub fn last_hour(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition_id: i64,
    now: NaiveDateTime,
) -> anyhow::Result<Activity> {
    // Whole minutes: the current one and the 59 before it.
    let this_minute = now
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now);
    let since = this_minute - Duration::minutes(59);
    let group = |conn: &mut DbConnection, g, min| {
        signatures_grouped_since(
            conn,
            petition_id,
            since,
            g,
            min,
            if g == Grouping::Minute { 60 } else { TOP },
        )
        .with_context(|| format!("grouping petition {petition_id}'s last hour by {g:?}"))
    };
    let per_minute = group(conn, Grouping::Minute, 1)?;
    let mut domains = group(conn, Grouping::EmailDomain, MIN_GROUP)?;
    let samples = Signature::find_many(conn, &domains.iter().map(|g| g.sample).collect::<Vec<_>>())
        .context("loading the activity view's sample signatures")?;
    for g in &mut domains {
        let contact = match samples.get(&g.sample) {
            Some(s) => s.contact(keys)?,
            None => None,
        };
        g.key = contact
            .and_then(|c| c.email.rsplit_once('@').map(|(_, d)| d.to_owned()))
            .unwrap_or_default();
    }
    let ranges = group(conn, Grouping::IpRange, MIN_GROUP)?;
    let minutes: Vec<Minute> = (0..60)
        .map(|back| {
            let at = this_minute - Duration::minutes(back);
            let key = at.format("%Y-%m-%d %H:%M").to_string();
            let found = per_minute.iter().find(|g| g.key == key);
            Minute {
                label: at.format("%H:%M").to_string(),
                total: found.map_or(0, |g| g.total),
                pending: found.map_or(0, |g| g.pending),
            }
        })
        .collect();
    Ok(Activity {
        total: minutes.iter().map(|m| m.total).sum(),
        peak: minutes.iter().map(|m| m.total).max().unwrap_or(0),
        minutes,
        domains,
        ranges,
    })
}

/// How [`signatures_grouped_since`] groups a petition's recent signatures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By minute of signing (UTC), as `YYYY-MM-DD HH:MM`, newest first.
    Minute,
    /// By keyed hash of the email domain, largest group first.
    EmailDomain,
    /// By keyed hash of the client's network, largest group first.
    IpRange,
}

/// One group of recent signatures: its key, how many, how many still pending.
#[derive(Debug, Clone, PartialEq, Eq, QueryableByName)]
pub struct SignatureGroup {
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub key: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub total: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub pending: i64,
    /// One signature of the group (the oldest), to show what a hashed key stands for.
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub sample: i64,
}

/// A petition's signatures submitted since `since` (any state), grouped, at
/// most `limit` groups and only groups of at least `min_size`. Minute and
/// domain expressions differ per backend.
pub fn signatures_grouped_since(
    conn: &mut DbConnection,
    petition_id: i64,
    since: chrono::NaiveDateTime,
    grouping: Grouping,
    min_size: i64,
    limit: i64,
) -> QueryResult<Vec<SignatureGroup>> {
    use diesel::sql_types::{BigInt, Timestamp};
    let key = match grouping {
        Grouping::Minute => dialect::minute(conn, "created_at"),
        Grouping::EmailDomain => "COALESCE(domain_hash, '')".to_owned(),
        Grouping::IpRange => "COALESCE(ip_range_hash, '')".to_owned(),
    };
    let order = if grouping == Grouping::Minute {
        "key DESC"
    } else {
        "total DESC, key"
    };
    let [p1, p2, p3, p4] = [1, 2, 3, 4].map(|n| dialect::param(conn, n));
    let pending = SignatureState::Pending.as_str();
    let sql = format!(
        "SELECT {key} AS key, COUNT(*) AS total, \
         SUM(CASE WHEN state = '{pending}' THEN 1 ELSE 0 END) AS pending, MIN(id) AS sample \
         FROM signatures WHERE petition_id = {p1} AND created_at >= {p2} \
         GROUP BY 1 HAVING COUNT(*) >= {p3} ORDER BY {order} LIMIT {p4}"
    );
    crate::db::on_backend!(conn, c => diesel::sql_query(&sql)
        .bind::<BigInt, _>(petition_id)
        .bind::<Timestamp, _>(since)
        .bind::<BigInt, _>(min_size)
        .bind::<BigInt, _>(limit)
        .load(c))
}

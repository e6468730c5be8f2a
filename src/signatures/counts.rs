//! Verified-signature counters.
//!
//! Counts shown anywhere come from `signature_counts`, maintained in the same
//! transaction as each confirmation, never from `COUNT(*)` over signatures.
//! Each (petition, delivery point, country) counter is split over [`SHARDS`]
//! rows and a confirmation adds to one chosen at random, so thousands of
//! confirmations a second on one petition do not queue on one hot row (the
//! UK Parliament petitions service's bottleneck). Reading sums the shards:
//! a few dozen small rows per petition.

use std::collections::{BTreeMap, HashMap};

use diesel::prelude::*;

use super::SignatureState;
use crate::db::schema::signature_counts;
use crate::db::{DbConnection, dialect};
use crate::domain::PublicCount;

/// Signatures not verified (pending, withdrawn, invalidated) per delivery
/// point, for the organizer dashboard. Counted on demand with `COUNT(*)`: a
/// handful of organizers read this, not the public.
#[derive(Debug, Clone, Default)]
pub struct OtherStates(Vec<(i64, String, i64)>);

impl OtherStates {
    /// Counts the given delivery points' signatures by state.
    pub fn load(conn: &mut DbConnection, delivery_points: &[i64]) -> QueryResult<Self> {
        use crate::db::schema::signatures;
        let rows = signatures::table
            .filter(signatures::delivery_point_id.eq_any(delivery_points))
            .filter(signatures::state.ne(SignatureState::Verified.as_str()))
            .group_by((signatures::delivery_point_id, signatures::state))
            .select((
                signatures::delivery_point_id,
                signatures::state,
                diesel::dsl::count_star(),
            ))
            .load(conn)?;
        Ok(OtherStates(rows))
    }

    /// How many are in `state` at one delivery point (`None`: at all of them).
    pub fn count(&self, point: Option<i64>, state: SignatureState) -> i64 {
        self.0
            .iter()
            .filter(|(p, s, _)| point.is_none_or(|id| id == *p) && s == state.as_str())
            .map(|(_, _, n)| n)
            .sum()
    }
}

/// How many rows one counter is spread over.
pub const SHARDS: i32 = 16;

/// A petition's verified signatures, in total and broken down.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// All verified signatures.
    pub total: i64,
    /// By delivery point id.
    pub by_delivery_point: HashMap<i64, i64>,
    /// By the signer's country code.
    pub by_country: BTreeMap<String, i64>,
}

impl Counts {
    /// The count for one delivery point.
    pub fn for_delivery_point(&self, id: i64) -> i64 {
        self.by_delivery_point.get(&id).copied().unwrap_or(0)
    }

    /// The total as the public sees it.
    pub fn public_total(&self) -> PublicCount {
        PublicCount::of(self.total)
    }

    /// One delivery point's count as the public sees it.
    pub fn public_for_delivery_point(&self, id: i64) -> PublicCount {
        PublicCount::of(self.for_delivery_point(id))
    }

    /// Counts by country as the public sees them: only countries with at
    /// least [`PublicCount::MIN`] signatures are named; the others are added
    /// up under [`OTHER_COUNTRIES`], which is always there, so a country's
    /// first signer neither adds a key nor moves a visible figure.
    pub fn public_by_country(&self) -> BTreeMap<String, PublicCount> {
        let mut shown = BTreeMap::new();
        let mut other = 0;
        for (country, &n) in &self.by_country {
            if n >= PublicCount::MIN {
                shown.insert(country.clone(), PublicCount::Exact(n));
            } else {
                other += n;
            }
        }
        shown.insert(OTHER_COUNTRIES.to_owned(), PublicCount::of(other));
        shown
    }
}

/// The key under which public counts by country add up the countries with
/// too few signatures to be named.
pub const OTHER_COUNTRIES: &str = "other";

/// A petition's verified signatures in total.
pub fn total(conn: &mut DbConnection, petition_id: i64) -> QueryResult<i64> {
    // Summed here: SQL's SUM of a BIGINT is NUMERIC on PostgreSQL.
    let shards: Vec<i64> = signature_counts::table
        .filter(signature_counts::petition_id.eq(petition_id))
        .select(signature_counts::verified)
        .load(conn)?;
    Ok(shards.iter().sum())
}

/// Reads a petition's counts.
pub fn load(conn: &mut DbConnection, petition_id: i64) -> QueryResult<Counts> {
    load_for_points(conn, petition_id, None)
}

/// Reads a petition's counts, limited to some delivery points if `points` is `Some`.
pub fn load_for_points(
    conn: &mut DbConnection,
    petition_id: i64,
    points: Option<&[i64]>,
) -> QueryResult<Counts> {
    let mut query = signature_counts::table
        .filter(signature_counts::petition_id.eq(petition_id))
        .into_boxed();
    if let Some(points) = points {
        query = query.filter(signature_counts::delivery_point_id.eq_any(points.to_vec()));
    }
    let rows: Vec<(i64, String, i64)> = query
        .select((
            signature_counts::delivery_point_id,
            signature_counts::country,
            signature_counts::verified,
        ))
        .load(conn)?;
    let mut counts = Counts::default();
    for (delivery_point, country, n) in rows {
        counts.total += n;
        *counts.by_delivery_point.entry(delivery_point).or_default() += n;
        *counts.by_country.entry(country).or_default() += n;
    }
    // Counter rows stay after withdrawals and invalidations; a country whose
    // signatures all left is not listed.
    counts.by_country.retain(|_, n| *n != 0);
    Ok(counts)
}

/// Adds `by` (which may be negative) to one shard of a verified-signature counter.
pub fn add_to_counter(
    conn: &mut DbConnection,
    petition_id: i64,
    delivery_point_id: i64,
    country: &str,
    shard: i32,
    by: i64,
) -> QueryResult<()> {
    use crate::db::schema::signature_counts::dsl as sc;
    let row = (
        sc::petition_id.eq(petition_id),
        sc::delivery_point_id.eq(delivery_point_id),
        sc::country.eq(country),
        sc::shard.eq(shard),
        sc::verified.eq(by),
    );
    crate::db::on_backend!(conn, c => diesel::insert_into(sc::signature_counts)
        .values(row)
        .on_conflict((sc::petition_id, sc::delivery_point_id, sc::country, sc::shard))
        .do_update()
        .set(sc::verified.eq(sc::verified + by))
        .execute(c))?;
    Ok(())
}

/// Per `?src=` code (`None`: no code), the signatures taken and how many of
/// them were confirmed (`verified_at` set, even if withdrawn since), for a
/// petition's given delivery points; most signatures first.
///
/// Only coded signatures are in the source index (a signature without a code
/// would be one more index entry to write while signing), so the uncoded
/// ones are the remainder of the points' totals, which the packet index
/// (`delivery_point_id, state, verified_at, …`) counts alone.
pub fn by_source(
    conn: &mut DbConnection,
    petition_id: i64,
    points: &[i64],
) -> QueryResult<Vec<(Option<String>, i64, i64)>> {
    use crate::db::schema::signatures;
    use diesel::dsl::{count, count_star};
    let mut rows: Vec<(Option<String>, i64, i64)> = signatures::table
        .filter(signatures::petition_id.eq(petition_id))
        .filter(signatures::source.is_not_null())
        .filter(signatures::delivery_point_id.eq_any(points))
        .group_by(signatures::source)
        .select((
            signatures::source,
            count_star(),
            count(signatures::verified_at),
        ))
        .load(conn)?;
    // A point's signatures are all its petition's: no petition filter, so
    // the count reads the index only.
    let (all, verified): (i64, i64) = signatures::table
        .filter(signatures::delivery_point_id.eq_any(points))
        .select((count_star(), count(signatures::verified_at)))
        .first(conn)?;
    let coded = |f: fn(&(Option<String>, i64, i64)) -> i64| rows.iter().map(f).sum::<i64>();
    let (uncoded, uncoded_verified) = (all - coded(|r| r.1), verified - coded(|r| r.2));
    if uncoded > 0 {
        rows.push((None, uncoded, uncoded_verified));
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(rows)
}

/// Verified signatures per day (UTC) of a petition's given delivery points,
/// oldest first, as `("YYYY-MM-DD", count)`.
pub fn verified_per_day(
    conn: &mut DbConnection,
    petition_id: i64,
    delivery_points: &[i64],
) -> QueryResult<Vec<(String, i64)>> {
    use diesel::sql_types::{BigInt, Text};
    #[derive(QueryableByName)]
    struct Day {
        #[diesel(sql_type = Text)]
        day: String,
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    // Ids are integers from our own rows, so listing them inline is safe.
    let ids = delivery_points
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {day} AS day, COUNT(*) AS n FROM signatures \
         WHERE petition_id = {p1} AND state = '{verified}' AND delivery_point_id IN ({ids}) \
         GROUP BY 1 ORDER BY 1",
        day = dialect::day(conn, "verified_at"),
        p1 = dialect::param(conn, 1),
        verified = SignatureState::Verified.as_str(),
    );
    let rows: Vec<Day> = crate::db::on_backend!(conn, c => diesel::sql_query(&sql)
        .bind::<BigInt, _>(petition_id)
        .load(c))?;
    Ok(rows.into_iter().map(|d| (d.day, d.n)).collect())
}

//! Rate limits kept in PostgreSQL, so that every app process on one
//! database enforces the same documented limit for the whole deployment
//! (N processes with limits of their own would allow N times as much).
//!
//! Each quota is a GCRA (the algorithm `governor` uses in memory): a key
//! has a theoretical arrival time `tat`; a request costs `cost` (the period
//! over the quota) and is allowed while `max(tat, now) + cost` stays within
//! `now + burst × cost`. One statement per quota reads and moves `tat`
//! atomically (a row lock), whichever process asks; the database's clock is
//! the one clock. The writes go with `synchronous_commit = off`: a crash
//! can forget the last moments of counting, never delay a signature by an
//! fsync.

use std::time::Duration;

use diesel::prelude::*;
use diesel::sql_types::{Double, Text};

use super::DbConnection;

/// One quota to charge.
#[derive(Debug, Clone)]
pub struct Charge {
    /// What is limited (already a keyed hash: no IP or domain is stored).
    pub key: String,
    /// The time one request uses up: the quota's period over its size.
    pub cost: Duration,
    /// How many requests may come at once (the quota's size).
    pub burst: u32,
}

#[derive(QueryableByName)]
struct Wait {
    #[diesel(sql_type = Double)]
    seconds: f64,
}

/// Charges every quota in `charges`, in order, in one transaction; `Ok(None)`
/// if all allowed the request, else `Ok(Some(wait))` for the first that
/// refused it (the ones before it stay charged, as in memory).
/// PostgreSQL only: SQLite is one process and limits in memory.
pub fn charge(conn: &mut DbConnection, charges: &[Charge]) -> anyhow::Result<Option<Duration>> {
    let DbConnection::Postgresql(pg) = conn else {
        anyhow::bail!("shared rate limits need PostgreSQL");
    };
    pg.transaction(|pg| {
        diesel::sql_query("SET LOCAL synchronous_commit = off").execute(pg)?;
        for c in charges {
            let cost = c.cost.as_secs_f64();
            let window = cost * f64::from(c.burst.max(1));
            let allowed = diesel::sql_query(
                "INSERT INTO rate_limits AS r (key, tat) \
                 VALUES ($1, (now() AT TIME ZONE 'UTC') + make_interval(secs => $2)) \
                 ON CONFLICT (key) DO UPDATE \
                 SET tat = GREATEST(r.tat, now() AT TIME ZONE 'UTC') + make_interval(secs => $2) \
                 WHERE GREATEST(r.tat, now() AT TIME ZONE 'UTC') + make_interval(secs => $2) \
                       <= (now() AT TIME ZONE 'UTC') + make_interval(secs => $3)",
            )
            .bind::<Text, _>(&c.key)
            .bind::<Double, _>(cost)
            .bind::<Double, _>(window)
            .execute(pg)?;
            // 1: inserted or moved; 0: the quota refused.
            if allowed == 0 {
                // Allowed again once `tat + cost <= now + window`.
                let wait: Wait = diesel::sql_query(
                    "SELECT GREATEST(EXTRACT(EPOCH FROM (tat - (now() AT TIME ZONE 'UTC'))) \
                     + $2 - $3, 0)::float8 AS seconds FROM rate_limits WHERE key = $1",
                )
                .bind::<Text, _>(&c.key)
                .bind::<Double, _>(cost)
                .bind::<Double, _>(window)
                .get_result(pg)?;
                return Ok(Some(Duration::from_secs_f64(wait.seconds.max(0.0))));
            }
        }
        Ok(None)
    })
}

/// Deletes the keys whose quota is whole again (their time has passed).
pub fn forget_full(conn: &mut DbConnection) -> QueryResult<usize> {
    match conn {
        DbConnection::Postgresql(pg) => {
            diesel::sql_query("DELETE FROM rate_limits WHERE tat < (now() AT TIME ZONE 'UTC')")
                .execute(pg)
        }
        DbConnection::Sqlite(_) => Ok(0),
    }
}

//! Signatures: signing, the tokens in confirmation links, confirming, and the
//! verified-signature counters.

pub mod activity;
pub mod blocklist;
pub mod counts;
pub mod invalidate;
pub mod my_data;
pub mod retention;
pub mod sign;
pub mod tokens;
pub mod verify;
pub mod withdraw;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::signatures;

/// A signature's life: `pending` until the signer confirms, then `verified`.
pub mod state {
    /// Waiting for the signer to confirm by the emailed link.
    pub const PENDING: &str = "pending";
    /// Confirmed: counts and goes into packets.
    pub const VERIFIED: &str = "verified";
    /// Withdrawn by the signer: counts nowhere, in no packet.
    pub const WITHDRAWN: &str = "withdrawn";
    /// Taken out by an organizer's invalidation (reversible): counts nowhere, in no packet.
    pub const INVALIDATED: &str = "invalidated";
}

/// A signature row.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = signatures)]
pub struct Signature {
    pub id: i64,
    pub petition_id: i64,
    pub delivery_point_id: i64,
    pub name: String,
    pub email: String,
    pub country: String,
    pub city: String,
    pub name_in_packet: String,
    pub comment: String,
    pub state: String,
    pub created_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    pub last_mailed_at: NaiveDateTime,
    pub invalidation_id: Option<i64>,
    pub ip_hash: Option<String>,
    pub ip_range_hash: Option<String>,
}

/// A new, pending signature.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = signatures)]
pub struct NewSignature<'a> {
    pub petition_id: i64,
    pub delivery_point_id: i64,
    pub name: &'a str,
    pub email: &'a str,
    pub country: &'a str,
    pub city: &'a str,
    pub name_in_packet: &'a str,
    pub comment: &'a str,
    pub state: &'a str,
    pub created_at: NaiveDateTime,
    pub last_mailed_at: NaiveDateTime,
    pub ip_hash: Option<&'a str>,
    pub ip_range_hash: Option<&'a str>,
}

impl Signature {
    /// Finds a signature by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Signature> {
        signatures::table
            .find(id)
            .select(Signature::as_select())
            .first(conn)
    }

    /// Finds signatures by id, in chunks; those that no longer exist are absent.
    pub fn find_many(
        conn: &mut DbConnection,
        ids: &[i64],
    ) -> QueryResult<std::collections::HashMap<i64, Signature>> {
        let mut found = std::collections::HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let rows: Vec<Signature> = signatures::table
                .filter(signatures::id.eq_any(chunk))
                .select(Signature::as_select())
                .load(conn)?;
            found.extend(rows.into_iter().map(|s| (s.id, s)));
        }
        Ok(found)
    }

    /// Records that the signatures were just mailed a link: a pending
    /// signature is kept as long as its newest link (see [`Self::delete_expired_pending`]).
    pub fn date_mail(conn: &mut DbConnection, ids: &[i64], now: NaiveDateTime) -> QueryResult<()> {
        for chunk in ids.chunks(500) {
            diesel::update(signatures::table.filter(signatures::id.eq_any(chunk)))
                .set(signatures::last_mailed_at.eq(now))
                .execute(conn)?;
        }
        Ok(())
    }

    /// Deletes pending signatures whose last link has expired: never confirmed,
    /// they are kept no longer than needed (their tokens and queued mail go
    /// with them). Returns how many were deleted.
    pub fn delete_expired_pending(
        conn: &mut DbConnection,
        now: NaiveDateTime,
        token_ttl: chrono::Duration,
    ) -> QueryResult<usize> {
        diesel::delete(
            signatures::table
                .filter(signatures::state.eq(state::PENDING))
                .filter(signatures::last_mailed_at.lt(now - token_ttl)),
        )
        .execute(conn)
    }

    /// Whether the signer has confirmed.
    pub fn is_verified(&self) -> bool {
        self.state == state::VERIFIED
    }
}

//! The delivery day: each point's cut-off, its frozen packet versions, what
//! happened at the door, and the word back to the signers.
//!
//! A point's life: `open` (taking signatures) → `frozen` (a packet version
//! is printed: at its cut-off, by the worker, or when an organizer presses
//! "Freeze the packet now") → `delivered`, `refused` or `postponed` (the
//! handover record). Freezing again makes version 2, 3, …; no version is
//! ever changed or unfrozen. Every change is in the audit log.

pub mod announce;
pub mod export;
pub mod freeze;
pub mod photo;
pub mod photos;
pub mod poster;
pub mod public;
pub mod rally;
pub mod receipts;
pub mod record;

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{delivery_records, packet_members, packet_versions, signatures};
use crate::petitions::DeliveryPoint;
use crate::signatures::SignatureState;

pub use record::{DeliveryRecord, Outcome};

/// A frozen packet version, without its bytes.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = packet_versions)]
pub struct PacketVersion {
    pub id: i64,
    pub delivery_point_id: i64,
    pub version: i32,
    pub signature_count: i64,
    pub digest: String,
    pub frozen_at: NaiveDateTime,
    /// Who froze it: an organizer's name, or `handover` (at the cut-off).
    pub frozen_by: String,
    /// Its Merkle root (64 hex) and tree size: none for a version frozen
    /// before proofs existed.
    pub root: Option<String>,
    pub size: Option<i64>,
}

/// A version's leaf hashes in tree order, as lower-case hex (public: they
/// reveal nothing but the count).
pub fn leaves_hex(conn: &mut DbConnection, version_id: i64) -> QueryResult<Vec<String>> {
    Ok(leaves(conn, version_id)?.iter().map(hex::encode).collect())
}

/// A point's newest frozen version, if any.
pub fn newest_version(
    conn: &mut DbConnection,
    point_id: i64,
) -> QueryResult<Option<PacketVersion>> {
    packet_versions::table
        .filter(packet_versions::delivery_point_id.eq(point_id))
        .order(packet_versions::version.desc())
        .select(PacketVersion::as_select())
        .first(conn)
        .optional()
}

/// A version's leaf hashes in tree order.
pub fn leaves(
    conn: &mut DbConnection,
    version_id: i64,
) -> QueryResult<Vec<crate::crypto::merkle::Hash>> {
    let blob: Option<Vec<u8>> = packet_versions::table
        .find(version_id)
        .select(packet_versions::leaves)
        .first(conn)?;
    Ok(blob
        .unwrap_or_default()
        .chunks_exact(32)
        .filter_map(|c| c.try_into().ok())
        .collect())
}

/// Everything about one point's day.
#[derive(Debug, Clone)]
pub struct PointDay {
    pub point: DeliveryPoint,
    /// Oldest first.
    pub versions: Vec<PacketVersion>,
    pub record: Option<DeliveryRecord>,
    /// Signatures printed in the newest version that have since been
    /// withdrawn or invalidated: the paper needs reprinting.
    pub gone_since_freeze: i64,
    /// Its photos' ids, oldest first.
    pub photos: Vec<i64>,
}

impl PointDay {
    /// The newest frozen version, if any.
    pub fn current(&self) -> Option<&PacketVersion> {
        self.versions.last()
    }

    /// Whether the newest version prints a signature that no longer counts
    /// (before the handover; after it, the paper is gone).
    pub fn needs_reprint(&self) -> bool {
        self.gone_since_freeze > 0
            && self
                .record
                .as_ref()
                .is_none_or(|r| r.outcome != Outcome::Delivered)
    }

    /// Whether its delivery time passed with nothing recorded, or the time
    /// it was postponed to passed with nothing recorded since.
    pub fn overdue(&self, now: NaiveDateTime) -> bool {
        match &self.record {
            None => self.point.delivery_at.is_some_and(|d| d < now),
            Some(r) if r.outcome == Outcome::Postponed => r.postponed_to.is_some_and(|t| t < now),
            Some(_) => false,
        }
    }
}

/// The day of each of `points`, in their order.
pub fn days(conn: &mut DbConnection, points: &[DeliveryPoint]) -> QueryResult<Vec<PointDay>> {
    let ids: Vec<i64> = points.iter().map(|p| p.id).collect();
    let versions: Vec<PacketVersion> = packet_versions::table
        .filter(packet_versions::delivery_point_id.eq_any(&ids))
        .order((packet_versions::delivery_point_id, packet_versions::version))
        .select(PacketVersion::as_select())
        .load(conn)?;
    let records: Vec<DeliveryRecord> = delivery_records::table
        .filter(delivery_records::delivery_point_id.eq_any(&ids))
        .select(DeliveryRecord::as_select())
        .load(conn)?;
    let mut newest: HashMap<i64, i64> = HashMap::new();
    for v in &versions {
        newest.insert(v.delivery_point_id, v.id);
    }
    let newest_ids: Vec<i64> = newest.values().copied().collect();
    let photos = photos::ids(conn, &ids)?;
    let gone: HashMap<i64, i64> = packet_members::table
        .inner_join(signatures::table)
        .filter(packet_members::version_id.eq_any(&newest_ids))
        .filter(signatures::state.ne(SignatureState::Verified.as_str()))
        .group_by(packet_members::version_id)
        .select((packet_members::version_id, diesel::dsl::count_star()))
        .load::<(i64, i64)>(conn)?
        .into_iter()
        .collect();
    Ok(points
        .iter()
        .map(|p| PointDay {
            point: p.clone(),
            versions: versions
                .iter()
                .filter(|v| v.delivery_point_id == p.id)
                .cloned()
                .collect(),
            record: records
                .iter()
                .find(|r| r.delivery_point_id == p.id)
                .cloned(),
            gone_since_freeze: newest
                .get(&p.id)
                .and_then(|v| gone.get(v))
                .copied()
                .unwrap_or(0),
            photos: photos
                .iter()
                .filter(|(point, _)| *point == p.id)
                .map(|(_, id)| *id)
                .collect(),
        })
        .collect())
}

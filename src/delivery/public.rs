//! What the public sees of the delivery day: `/p/{slug}/delivery`, its JSON
//! and one point's JSON. Times carry the point's own offset
//! (`2026-12-05T14:00:00+09:00`); counts below [`PublicCount::MIN`] read
//! "<3", so that a point with one signer does not single them out; who
//! recorded what is for organizers only.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::PointDay;
use crate::domain::{PublicCount, TimeZone};
use crate::i18n::Lang;
use crate::signatures::counts::Counts;

/// `/p/{slug}/delivery.json`.
#[derive(Debug, Clone, Serialize)]
pub struct PublicDelivery {
    pub slug: String,
    pub points: Vec<PublicPoint>,
}

/// One point, as the public sees it (also `/p/{slug}/delivery/{point}.json`).
#[derive(Debug, Clone, Serialize)]
pub struct PublicPoint {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub time_zone: &'static str,
    pub delivery_at: Option<String>,
    pub cutoff_at: Option<String>,
    /// `open`, `frozen`, `delivered`, `refused` or `postponed`.
    pub status: &'static str,
    /// The newest frozen version's count once frozen, the verified count before.
    pub count: PublicCount,
    pub versions: Vec<PublicVersion>,
    pub record: Option<PublicRecord>,
}

/// A frozen version.
#[derive(Debug, Clone, Serialize)]
pub struct PublicVersion {
    pub version: i32,
    pub count: PublicCount,
    pub frozen_at: String,
    /// `null` below [`PublicCount::MIN`] signatures: a plain hash of one or
    /// two rows would let anyone check a guessed name.
    pub digest: Option<String>,
    /// The Merkle root (64 lower-case hex) and tree size, published when
    /// the version was frozen. Salted leaves make them safe at any count.
    pub root: Option<String>,
    pub size: Option<i64>,
    /// The leaf hashes in tree order (lower-case hex): only in one point's
    /// JSON (`/p/{slug}/delivery/{point}.json`), for checking a receipt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaves: Option<Vec<String>>,
}

/// What happened at the door.
#[derive(Debug, Clone, Serialize)]
pub struct PublicRecord {
    /// `delivered`, `refused` or `postponed`.
    pub outcome: &'static str,
    pub happened_at: Option<String>,
    pub received_by: String,
    pub note: String,
    pub postponed_to: Option<String>,
    /// The photos' addresses, oldest first.
    pub photos: Vec<String>,
}

/// A photo's public address (served once the handover is recorded).
pub fn photo_url(petition_slug: &str, id: i64) -> String {
    format!("/p/{petition_slug}/delivery/photos/{id}.jpg")
}

/// RFC 3339 with the point's offset.
pub fn local_rfc3339(t: NaiveDateTime, zone: TimeZone) -> String {
    zone.local(t).to_rfc3339()
}

impl PublicPoint {
    /// A point's public view, its name and city in `lang` where translated.
    pub fn of(day: &PointDay, counts: &Counts, petition_slug: &str, lang: Lang) -> Self {
        let p = &day.point;
        let zone = p.time_zone;
        let at = |t: Option<NaiveDateTime>| t.map(|t| local_rfc3339(t, zone));
        let count = match day.current() {
            Some(v) => PublicCount::of(v.signature_count),
            None => counts.public_for_delivery_point(p.id),
        };
        PublicPoint {
            slug: p.slug.clone(),
            name: p.name_in(lang).to_owned(),
            country: p.country.clone(),
            city: p.city_in(lang).to_owned(),
            time_zone: zone.name(),
            delivery_at: at(p.delivery_at),
            cutoff_at: at(p.cutoff()),
            status: p.status.as_str(),
            count,
            versions: day
                .versions
                .iter()
                .map(|v| PublicVersion {
                    version: v.version,
                    count: PublicCount::of(v.signature_count),
                    frozen_at: local_rfc3339(v.frozen_at, zone),
                    digest: (PublicCount::of(v.signature_count) != PublicCount::Few)
                        .then(|| v.digest.clone()),
                    root: v.root.clone(),
                    size: v.size,
                    leaves: None,
                })
                .collect(),
            record: day.record.as_ref().map(|r| PublicRecord {
                outcome: r.outcome.as_str(),
                happened_at: at(r.happened_at),
                received_by: r.received_by.clone(),
                note: r.note.clone(),
                postponed_to: at(r.postponed_to),
                photos: day
                    .photos
                    .iter()
                    .map(|id| photo_url(petition_slug, *id))
                    .collect(),
            }),
        }
    }
}

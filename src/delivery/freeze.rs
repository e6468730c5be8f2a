//! Freezing a point's packet: an immutable version with its signatures, count,
//! digest and the exact bytes handed out from then on.

use std::io::{Read, Seek, SeekFrom};

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Action, Actor};
use crate::crypto::Keyring;
use crate::db::schema::{delivery_points, packet_members, packet_versions};
use crate::db::{DbConnection, lock_keys, on_backend, write_transaction};
use crate::packets::{self, Frozen};
use crate::petitions::{DeliveryPoint, Petition, PointStatus};

/// What a press of "Freeze" (or the cut-off) did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freeze {
    /// This version was frozen now.
    Made(i32),
    /// Nothing: the newest version is already this one (a second press, or
    /// another process got there first).
    Already(i32),
    /// Nothing: the packet was handed over; a new version would print
    /// nothing anyone will read.
    Delivered,
}

/// What freezing needs besides the database: the keys that open the printed
/// lines, and the site's public address (the cover letter prints where the
/// packet's root is published).
#[derive(Clone, Copy)]
pub struct Press<'a> {
    pub keys: &'a Keyring,
    /// Without a trailing slash.
    pub base_url: &'a str,
}

/// Member ids per multi-row insert (2 parameters each).
const MEMBER_CHUNK: usize = 5_000;

/// Freezes the point's packet as the next version, unless its newest
/// version is no longer `seen` (the version the organizer's page showed;
/// `None`: none yet): two presses of the same button, or the cut-off racing
/// a press, make one version. On PostgreSQL an advisory lock per point makes
/// concurrent freezes take turns; SQLite's write transaction already does.
///
/// The signatures are read inside the transaction, so the version holds
/// exactly those verified when it committed, with their count, digest and
/// root. Its bytes are made after it (typesetting the PDFs takes seconds
/// and must not hold SQLite's write lock) and stored in a second, short
/// transaction, unless someone it prints left in between; until then, and
/// after a crash in between, downloads give a preview from the data (as for
/// a version whose bytes were dropped) and "Freeze again" makes the next.
pub fn freeze(
    conn: &mut DbConnection,
    press: Press<'_>,
    petition: &Petition,
    point_id: i64,
    seen: Option<i32>,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<Freeze> {
    let started = std::time::Instant::now();
    let public_url = |point: &DeliveryPoint| {
        format!(
            "{}/p/{}/delivery/{}",
            press.base_url, petition.slug, point.slug
        )
    };
    let made = write_transaction(conn, |conn| -> anyhow::Result<Made> {
        lock_keys(conn, &[&format!("freeze:{point_id}")])?;
        let point: DeliveryPoint = delivery_points::table
            .find(point_id)
            .select(DeliveryPoint::as_select())
            .first(conn)?;
        if point.status == PointStatus::Delivered {
            return Ok(Made::Not(Freeze::Delivered));
        }
        let newest: Option<i32> = packet_versions::table
            .filter(packet_versions::delivery_point_id.eq(point_id))
            .select(diesel::dsl::max(packet_versions::version))
            .first(conn)?;
        if let Some(newest) = newest
            && Some(newest) != seen
        {
            return Ok(Made::Not(Freeze::Already(newest)));
        }
        let version = newest.unwrap_or(0) + 1;
        let url = public_url(&point);
        let frozen = Frozen {
            version,
            frozen_at: now,
            public_url: &url,
        };
        give_salts(conn, point_id)?;
        let gathered = packets::gather(conn, press.keys, petition, &point, Some(frozen))?;
        let summary = &gathered.summary;
        // Older versions keep their count and digest, not their bytes: a
        // signer withdrawn since must not live on in a file nobody prints.
        diesel::update(
            packet_versions::table.filter(packet_versions::delivery_point_id.eq(point_id)),
        )
        .set(packet_versions::zip.eq(None::<Vec<u8>>))
        .execute(conn)?;
        let count = i64::try_from(summary.signature_count).unwrap_or(i64::MAX);
        let values = (
            packet_versions::delivery_point_id.eq(point_id),
            packet_versions::version.eq(version),
            packet_versions::signature_count.eq(count),
            packet_versions::digest.eq(&summary.packet_digest),
            packet_versions::frozen_at.eq(now),
            packet_versions::frozen_by.eq(by.shown_name()),
            packet_versions::zip.eq(None::<Vec<u8>>),
            packet_versions::root.eq(summary.root.as_deref()),
            packet_versions::size.eq(Some(count)),
            packet_versions::leaves.eq(Some(summary.leaves.concat())),
        );
        on_backend!(conn, c => diesel::insert_into(packet_versions::table).values(values).execute(c))?;
        let version_id: i64 = packet_versions::table
            .filter(packet_versions::delivery_point_id.eq(point_id))
            .filter(packet_versions::version.eq(version))
            .select(packet_versions::id)
            .first(conn)?;
        for chunk in summary.members.chunks(MEMBER_CHUNK) {
            let rows: Vec<_> = chunk
                .iter()
                .map(|&id| {
                    (
                        packet_members::version_id.eq(version_id),
                        packet_members::signature_id.eq(id),
                    )
                })
                .collect();
            on_backend!(conn, c => diesel::insert_into(packet_members::table).values(&rows).execute(c))?;
        }
        if point.status == PointStatus::Open {
            diesel::update(delivery_points::table.find(point_id))
                .set(delivery_points::status.eq(PointStatus::Frozen.as_str()))
                .execute(conn)?;
        }
        let detail = format!(
            "{}/{}: version {version}, {count} signatures, digest {}",
            petition.slug, point.slug, summary.packet_digest
        );
        audit::record(conn, by, Action::PacketFrozen, &detail, now)?;
        Ok(Made::Gathered {
            version,
            version_id,
            point: Box::new(point),
            gathered: Box::new(gathered),
        })
    })
    .with_context(|| format!("freezing the packet of delivery point {point_id}"))?;
    let (version, version_id, point, gathered) = match made {
        Made::Not(outcome) => return Ok(outcome),
        Made::Gathered {
            version,
            version_id,
            point,
            gathered,
        } => (version, version_id, point, gathered),
    };
    // How long the write lock was held, against the whole freeze.
    let locked = started.elapsed();
    let url = public_url(&point);
    let frozen = Frozen {
        version,
        frozen_at: now,
        public_url: &url,
    };
    let written = (|| -> anyhow::Result<Vec<u8>> {
        let mut file = tempfile::tempfile().context("creating a temporary file")?;
        gathered.write(petition, &point, Some(frozen), &mut file)?;
        let mut zip = Vec::new();
        file.seek(SeekFrom::Start(0))
            .and_then(|_| file.read_to_end(&mut zip))
            .context("reading the frozen packet back")?;
        Ok(zip)
    })();
    let stored = written.and_then(|zip| store_bytes(conn, point_id, version_id, version, &zip));
    if let Err(e) = stored {
        // A version nobody can download is undone, so the cut-off (or the
        // organizer's next press) freezes again instead of finding it made.
        if let Err(undo) = unfreeze(conn, point_id, version_id, point.status) {
            tracing::error!(
                point = point_id,
                version,
                error = format!("{undo:#}"),
                "undoing a freeze whose packet could not be written failed"
            );
        }
        return Err(e.context(format!(
            "writing version {version} of delivery point {point_id}"
        )));
    }
    tracing::info!(
        point = point_id,
        version,
        transaction_ms = locked.as_millis() as u64,
        total_ms = started.elapsed().as_millis() as u64,
        "packet frozen"
    );
    Ok(Freeze::Made(version))
}

/// Removes a version whose bytes could not be written, and opens the point
/// again if the freeze closed it.
fn unfreeze(
    conn: &mut DbConnection,
    point_id: i64,
    version_id: i64,
    before: PointStatus,
) -> anyhow::Result<()> {
    write_transaction(conn, |conn| -> anyhow::Result<()> {
        diesel::delete(packet_members::table.filter(packet_members::version_id.eq(version_id)))
            .execute(conn)?;
        diesel::delete(packet_versions::table.find(version_id)).execute(conn)?;
        if before == PointStatus::Open {
            diesel::update(
                delivery_points::table
                    .find(point_id)
                    .filter(delivery_points::status.eq(PointStatus::Frozen.as_str())),
            )
            .set(delivery_points::status.eq(PointStatus::Open.as_str()))
            .execute(conn)?;
        }
        Ok(())
    })
}

/// What the freeze's transaction left to do.
enum Made {
    /// Nothing: this is the answer.
    Not(Freeze),
    /// Write this version's bytes.
    Gathered {
        version: i32,
        version_id: i64,
        point: Box<DeliveryPoint>,
        gathered: Box<packets::Gathered>,
    },
}

/// Stores a version's bytes, unless a signature it prints was withdrawn or
/// invalidated since it was gathered (then, as [`scrub_withdrawn`] would,
/// it keeps none: nobody prints a name that left), or a newer version was
/// frozen meanwhile (older versions keep no bytes).
fn store_bytes(
    conn: &mut DbConnection,
    point_id: i64,
    version_id: i64,
    version: i32,
    zip: &[u8],
) -> anyhow::Result<()> {
    use crate::db::schema::signatures;
    use crate::signatures::SignatureState;
    write_transaction(conn, |conn| -> anyhow::Result<()> {
        let gone: i64 = packet_members::table
            .inner_join(signatures::table)
            .filter(packet_members::version_id.eq(version_id))
            .filter(signatures::state.ne(SignatureState::Verified.as_str()))
            .count()
            .get_result(conn)?;
        let newest: Option<i32> = packet_versions::table
            .filter(packet_versions::delivery_point_id.eq(point_id))
            .select(diesel::dsl::max(packet_versions::version))
            .first(conn)?;
        if gone == 0 && newest == Some(version) {
            diesel::update(packet_versions::table.find(version_id))
                .set(packet_versions::zip.eq(Some(zip)))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// Gives every verified signature of the point that has no salt yet (signed
/// before proofs existed) 32 random bytes, so each printed line has a leaf.
fn give_salts(conn: &mut DbConnection, point_id: i64) -> QueryResult<()> {
    use crate::db::schema::signatures;
    use crate::signatures::SignatureState;
    let unsalted: Vec<i64> = signatures::table
        .filter(signatures::delivery_point_id.eq(point_id))
        .filter(signatures::state.eq(SignatureState::Verified.as_str()))
        .filter(signatures::salt.is_null())
        .select(signatures::id)
        .load(conn)?;
    for id in unsalted {
        let salt: [u8; 32] = rand::random();
        diesel::update(signatures::table.find(id))
            .set(signatures::salt.eq(Some(salt.to_vec())))
            .execute(conn)?;
    }
    Ok(())
}

/// Freezes every open point whose cut-off has passed at `now` (the worker
/// calls this every few seconds; on PostgreSQL any number of processes may,
/// and each point still gets one version). Returns how many it froze.
pub fn freeze_due(
    conn: &mut DbConnection,
    press: Press<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<usize> {
    // Open points are few (tens per petition): the cut-off rule is applied
    // here as written once, in `DeliveryPoint::cutoff`, not again in SQL.
    let open: Vec<DeliveryPoint> = delivery_points::table
        .filter(delivery_points::status.eq(PointStatus::Open.as_str()))
        .select(DeliveryPoint::as_select())
        .load(conn)
        .context("finding open points")?;
    let mut frozen = 0;
    for point in open.iter().filter(|p| p.cutoff().is_some_and(|c| c <= now)) {
        let made = Petition::find(conn, point.petition_id)
            .context("loading the point's petition")
            .and_then(|petition| {
                freeze(conn, press, &petition, point.id, None, Actor::System, now)
            });
        match made {
            Ok(Freeze::Made(_)) => {
                tracing::info!(point = point.id, "packet frozen at its cut-off");
                frozen += 1;
            }
            Ok(_) => {}
            // The others still freeze; this one is tried again next time.
            Err(e) => tracing::error!(
                point = point.id,
                error = format!("{e:#}"),
                "freezing a packet at its cut-off failed"
            ),
        }
    }
    Ok(frozen)
}

/// Drops the stored bytes of every frozen version that prints a signature
/// withdrawn or invalidated since (its count and digest stay): a signer who
/// withdrew is gone from the platform, stored packets included, whether or
/// not the paper was handed over. Downloads then give the data as it is now
/// until the point is frozen again. Returns how many versions it emptied.
pub fn scrub_withdrawn(conn: &mut DbConnection) -> QueryResult<usize> {
    use crate::db::schema::signatures;
    use crate::signatures::SignatureState;
    let printing_gone = packet_members::table
        .inner_join(signatures::table)
        .filter(packet_members::version_id.eq(packet_versions::id))
        .filter(signatures::state.ne(SignatureState::Verified.as_str()));
    diesel::update(
        packet_versions::table
            .filter(packet_versions::zip.is_not_null())
            .filter(diesel::dsl::exists(printing_gone)),
    )
    .set(packet_versions::zip.eq(None::<Vec<u8>>))
    .execute(conn)
}

/// Mails the organizers of every point whose newest frozen version prints a
/// signature withdrawn or invalidated since (before the handover), once per
/// version: the guarded update that claims the notice lets exactly one
/// process send it. Returns how many versions were noticed.
pub fn notice_reprints(conn: &mut DbConnection, now: NaiveDateTime) -> anyhow::Result<usize> {
    let points: Vec<DeliveryPoint> = delivery_points::table
        .filter(
            delivery_points::status
                .ne_all([PointStatus::Open.as_str(), PointStatus::Delivered.as_str()]),
        )
        .select(DeliveryPoint::as_select())
        .load(conn)
        .context("finding frozen points")?;
    let mut noticed = 0;
    for day in super::days(conn, &points)? {
        let Some(version) = day.current() else {
            continue;
        };
        if !day.needs_reprint() {
            continue;
        }
        let point = &day.point;
        let sent = write_transaction(conn, |conn| -> anyhow::Result<bool> {
            let claimed = diesel::update(
                packet_versions::table
                    .find(version.id)
                    .filter(packet_versions::reprint_mailed_at.is_null()),
            )
            .set(packet_versions::reprint_mailed_at.eq(Some(now)))
            .execute(conn)?;
            if claimed == 0 {
                return Ok(false);
            }
            let petition = Petition::find(conn, point.petition_id)?;
            let ids = crate::organizers::responsible_for(conn, point)?;
            crate::outbox::enqueue_to_organizers(
                conn,
                crate::outbox::MailKind::ReprintNeeded,
                &ids,
                point.id,
                now,
                petition.default_lang(),
            )?;
            Ok(true)
        })?;
        if sent {
            noticed += 1;
        }
    }
    Ok(noticed)
}

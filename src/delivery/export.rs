//! The packet as handed out, by the web download and `handover export`
//! alike: the newest frozen version's exact bytes once the point is frozen,
//! else a preview written from the data now.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;

use std::io::Write;

use diesel::prelude::*;

use crate::crypto::Keyring;
use crate::db::DbConnection;
use crate::db::schema::packet_versions;
use crate::packets::{Gathered, PacketSummary, gather, neutralise};
use crate::petitions::{DeliveryPoint, Petition, PetitionWithPoints};

/// A point's packet as it is handed out, with its database work done: the
/// newest frozen version's bytes, or (before any freeze) the data for a
/// preview, whose PDFs [`Prepared::write`] typesets without a connection.
pub enum Prepared {
    Stored(Vec<u8>, PacketSummary),
    Fresh(Box<Gathered>),
}

impl Prepared {
    /// Writes the packet into `out`.
    pub fn write(
        self,
        petition: &Petition,
        point: &DeliveryPoint,
        out: &mut File,
    ) -> anyhow::Result<PacketSummary> {
        match self {
            Prepared::Stored(zip, summary) => {
                out.write_all(&zip).context("writing the frozen packet")?;
                Ok(summary)
            }
            Prepared::Fresh(gathered) => gathered.write(petition, point, None, out),
        }
    }
}

/// Reads what the point's packet is: the newest frozen version as it was
/// frozen, or (before any freeze) the data now for a preview.
pub fn prepare(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition: &Petition,
    point: &DeliveryPoint,
) -> anyhow::Result<Prepared> {
    let day = super::days(conn, std::slice::from_ref(point))
        .context("reading the point's day")?
        .pop();
    // A version printing someone withdrawn since is not handed out again
    // (the worker drops its bytes within seconds; until then, not served).
    let current = day
        .as_ref()
        .filter(|d| d.gone_since_freeze == 0)
        .and_then(|d| d.current());
    let zip: Option<Vec<u8>> = match current {
        Some(v) => packet_versions::table
            .find(v.id)
            .select(packet_versions::zip)
            .first::<Option<Vec<u8>>>(conn)
            .context("reading the frozen packet")?,
        None => None,
    };
    match (current, zip) {
        (Some(v), Some(zip)) => {
            let summary = PacketSummary {
                signature_count: u64::try_from(v.signature_count).unwrap_or(0),
                packet_digest: v.digest.clone(),
                members: Vec::new(),
                leaves: Vec::new(),
                root: v.root.clone(),
                missing: crate::packets::missing_fonts_in(&zip),
            };
            Ok(Prepared::Stored(zip, summary))
        }
        _ => Ok(Prepared::Fresh(Box::new(gather(
            conn, keys, petition, point, None,
        )?))),
    }
}

/// Writes the point's packet into `out` (see [`prepare`]).
pub fn current_packet(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition: &Petition,
    point: &DeliveryPoint,
    out: &mut File,
) -> anyhow::Result<PacketSummary> {
    prepare(conn, keys, petition, point)?.write(petition, point, out)
}

/// Prepares a delivery point's packet for an organizer and audits the
/// download in the log; the web writes it after giving back its connection.
pub fn download(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition: &Petition,
    point: &DeliveryPoint,
    by: crate::audit::Actor<'_>,
) -> anyhow::Result<Prepared> {
    let prepared = prepare(conn, keys, petition, point)?;
    let count = match &prepared {
        Prepared::Stored(_, summary) => summary.signature_count,
        Prepared::Fresh(gathered) => gathered.summary.signature_count,
    };
    let now = chrono::Utc::now().naive_utc();
    let detail = format!("{}/{}: {count} signatures", petition.slug, point.slug);
    crate::audit::record(conn, by, crate::audit::Action::PacketDownload, &detail, now)
        .context("auditing a packet download")?;
    Ok(prepared)
}

/// Writes one delivery point's packet to `out`, whole or not at all (a
/// temporary file next to it is renamed into place).
pub fn export_one(
    conn: &mut DbConnection,
    keys: &Keyring,
    data: &PetitionWithPoints,
    point: &DeliveryPoint,
    out: &Path,
) -> anyhow::Result<PacketSummary> {
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    let summary = current_packet(conn, keys, &data.petition, point, tmp.as_file_mut())?;
    tmp.persist(out)
        .with_context(|| format!("writing {}", out.display()))?;
    Ok(summary)
}

/// Writes every delivery point's packet into `dir` as `{point}.zip`, and
/// `summary.csv` with each point's count and digest. Returns the files written.
pub fn export_all(
    conn: &mut DbConnection,
    keys: &Keyring,
    data: &PetitionWithPoints,
    dir: &Path,
) -> anyhow::Result<Vec<(PathBuf, PacketSummary)>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut written = Vec::new();
    for point in &data.delivery_points {
        let path = dir.join(format!("{}.zip", point.slug));
        let summary = export_one(conn, keys, data, point, &path)?;
        written.push((path, summary));
    }
    let summary_path = dir.join("summary.csv");
    let mut csv = csv::Writer::from_writer(
        File::create(&summary_path)
            .with_context(|| format!("creating {}", summary_path.display()))?,
    );
    csv.write_record([
        "delivery_point",
        "name",
        "city",
        "country",
        "signature_count",
        "packet_digest",
        "file",
    ])?;
    for ((path, summary), point) in written.iter().zip(&data.delivery_points) {
        // Organizers' text, but opened in the same spreadsheets: neutralised too.
        csv.write_record([
            &*neutralise(&point.slug),
            &neutralise(&point.name),
            &neutralise(&point.city),
            &point.country,
            &summary.signature_count.to_string(),
            &summary.packet_digest,
            &path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ])?;
    }
    csv.flush()?;
    Ok(written)
}

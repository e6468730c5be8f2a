//! `handover export`: packets written to files, the same bytes as the web download.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{PacketSummary, neutralise, write_packet};
use crate::crypto::Keyring;
use crate::db::DbConnection;
use crate::petitions::{DeliveryPoint, PetitionWithPoints};

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
    let summary = write_packet(conn, keys, &data.petition, point, tmp.as_file_mut())?;
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

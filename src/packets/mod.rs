//! The delivery packet: what a local group prints and hands over at one
//! delivery point. A ZIP with `signatures.pdf` and `cover-letter.pdf` (to
//! print: typeset with embedded fonts, see [`pdf`]), the same two as HTML,
//! `signatures.csv` and `manifest.json`.
//!
//! - Only verified signatures, in verification order (then id), so the same
//!   data gives the same files. Email addresses never enter the packet: they
//!   are not even selected from the database.
//! - A packet is a pure function of the data: its `generated_at` is the
//!   moment of the newest signature it holds (its data cut-off), and every ZIP
//!   entry carries a fixed timestamp, so the web download and `handover
//!   export` give byte-identical files for the same data.
//! - Memory stays flat at any size: signatures are read in keyset-paged
//!   batches, the CSV streams into the ZIP and the HTML list into a temporary
//!   file that is copied in after.

pub mod fonts;
mod html;
pub mod letter;
mod pdf;
pub mod proof;

pub use html::qr_svg;
pub use pdf::{Card, card as card_png, poster as poster_pdf};

use std::fs::File;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::crypto::Keyring;
use crate::db::DbConnection;
use crate::db::schema::signatures;
use crate::petitions::{DeliveryPoint, Petition};
use crate::signatures::SignatureState;
use crate::signatures::{Printed, printed_purpose};

/// Signatures read per query.
const BATCH: i64 = 5_000;

/// What a finished packet holds, for logs, the CLI and the audit log.
#[derive(Debug, Clone, Serialize)]
pub struct PacketSummary {
    /// Verified signatures in the packet.
    pub signature_count: u64,
    /// SHA-256 over the signature files (see [`packet_digest`]).
    pub packet_digest: String,
    /// The ids of the signatures it printed, in packet order (a frozen
    /// version keeps them, to notice a withdrawal after the freeze).
    #[serde(skip)]
    pub members: Vec<i64>,
    /// A frozen packet's leaf hashes in tree order (sorted), for its proof.
    #[serde(skip)]
    pub leaves: Vec<crate::crypto::merkle::Hash>,
    /// A frozen packet's Merkle root, 64 hex (see [`proof`]).
    pub root: Option<String>,
    /// What could not be printed for lack of a font (printed as code points).
    #[serde(skip)]
    pub missing: fonts::Missing,
}

/// Which frozen version a packet is written as (see [`crate::delivery`]);
/// a packet written without one is a preview of what a freeze would print.
#[derive(Debug, Clone, Copy)]
pub struct Frozen<'a> {
    /// 1, 2, … per delivery point.
    pub version: i32,
    /// When it was frozen (UTC).
    pub frozen_at: NaiveDateTime,
    /// The point's public delivery page, where its root is published
    /// (printed, and as a QR code, on the cover letter).
    pub public_url: &'a str,
}

/// One signature as it appears in the packet.
#[derive(Debug, Clone)]
pub struct PacketRow {
    pub number: u64,
    pub name: String,
    pub city: String,
    pub country: String,
    pub signed_on: String,
    pub comment: String,
    /// The line's receipt code (a frozen packet's; empty in a preview).
    pub receipt: String,
}

#[derive(Queryable)]
struct Stored {
    id: i64,
    printed: Option<Vec<u8>>,
    country: String,
    verified_at: Option<NaiveDateTime>,
    salt: Option<Vec<u8>>,
}

/// Writes the packet for one delivery point as a ZIP into `out`.
pub fn write_packet(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition: &Petition,
    point: &DeliveryPoint,
    frozen: Option<Frozen<'_>>,
    out: &mut File,
) -> anyhow::Result<PacketSummary> {
    gather(conn, keys, petition, point, frozen)?.write(petition, point, frozen, out)
}

/// A packet's pass over the database done: the CSV and HTML list written to
/// temporary files, the PDF rows spooled, count, digest and (frozen) root
/// known. [`Gathered::write`] then needs no database: a freeze typesets the
/// PDFs after its transaction, not while holding the write lock.
pub struct Gathered {
    csv: File,
    csv_sha: String,
    html: File,
    html_sha: String,
    pdf_rows: pdf::Rows,
    stats: Stats,
    /// What the packet will hold (its bytes aside).
    pub summary: PacketSummary,
}

/// Reads the point's verified signatures once (see [`Gathered`]).
pub fn gather(
    conn: &mut DbConnection,
    keys: &Keyring,
    petition: &Petition,
    point: &DeliveryPoint,
    frozen: Option<Frozen<'_>>,
) -> anyhow::Result<Gathered> {
    // Pass over the signatures once: CSV and HTML rows to temporary files,
    // PDF rows to a spool.
    let mut csv_file = BufWriter::new(tempfile::tempfile().context("creating a temporary file")?);
    let mut csv_hash = Hashing::new(&mut csv_file);
    csv_hash.write_all("\u{feff}".as_bytes())?;
    let mut csv = csv::Writer::from_writer(&mut csv_hash);
    csv.write_record([
        "number",
        "name",
        "city",
        "country",
        "signed_on",
        "comment",
        "receipt",
    ])?;
    let mut html_rows = BufWriter::new(tempfile::tempfile().context("creating a temporary file")?);
    let mut stats = Stats::default();
    let tr = crate::i18n::Tr::new(petition.default_lang());
    let mut pdf_rows = pdf::Rows::new(tr, petition, point)?;
    let leaf_of = frozen.map(|f| (petition.slug.as_str(), f.version));
    for_each_row(
        conn,
        keys,
        point,
        leaf_of,
        |row| {
            csv.write_record([
                row.number.to_string().as_str(),
                &neutralise(&row.name),
                &neutralise(&row.city),
                &row.country,
                &row.signed_on,
                &neutralise(&row.comment),
                &row.receipt,
            ])?;
            html::write_row(&mut html_rows, tr, row)?;
            pdf_rows.push(row)?;
            Ok(())
        },
        &mut stats,
    )?;
    csv.flush()?;
    drop(csv);
    let csv_sha = csv_hash.finish();
    let csv = rewind(csv_file)?;

    let count = stats.count;
    // Tree order: by leaf hash, so a position says nothing about when anyone signed.
    stats.leaves.sort_unstable();
    let root = frozen.map(|_| hex::encode(crate::crypto::merkle::root(&stats.leaves)));

    let mut html_file = BufWriter::new(tempfile::tempfile().context("creating a temporary file")?);
    let mut html_hash = Hashing::new(&mut html_file);
    let header = letter::ListHeader::new(tr, petition, point, count, frozen, &mut |s| s.to_owned());
    html::write_list(&mut html_hash, tr, &header, root.as_deref(), html_rows)?;
    let html_sha = html_hash.finish();
    let html = rewind(html_file)?;

    let digest = packet_digest(&csv_sha, &html_sha);
    let summary = PacketSummary {
        signature_count: count,
        packet_digest: digest,
        members: std::mem::take(&mut stats.members),
        leaves: std::mem::take(&mut stats.leaves),
        root,
        missing: fonts::Missing::default(),
    };
    Ok(Gathered {
        csv,
        csv_sha,
        html,
        html_sha,
        pdf_rows,
        stats,
        summary,
    })
}

impl Gathered {
    /// Writes the ZIP into `out`: the files gathered, the PDFs typeset now,
    /// the cover letters and the manifest.
    pub fn write(
        self,
        petition: &Petition,
        point: &DeliveryPoint,
        frozen: Option<Frozen<'_>>,
        out: &mut File,
    ) -> anyhow::Result<PacketSummary> {
        let Gathered {
            mut csv,
            csv_sha,
            mut html,
            html_sha,
            pdf_rows,
            stats,
            summary,
        } = self;
        let count = summary.signature_count;
        let digest = summary.packet_digest.clone();
        let root = summary.root.clone();
        let mut zip = ZipWriter::new(BufWriter::new(out));
        // Level 1: text compresses nearly as well, several times faster than the default 6.
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(1))
            .last_modified_time(zip::DateTime::default());
        zip.start_file("signatures.csv", options)
            .context("starting signatures.csv")?;
        io::copy(&mut csv, &mut zip).context("writing signatures.csv")?;
        zip.start_file("signatures.html", options)
            .context("starting signatures.html")?;
        io::copy(&mut html, &mut zip).context("writing signatures.html")?;
        // A date, not a time: the newest signer's moment of confirming is theirs.
        let generated_at = point
            .time_zone
            .local(stats.last.unwrap_or(petition.created_at))
            .format("%Y-%m-%d")
            .to_string();

        let mut files = vec![
            ManifestFile::new("signatures.csv", csv_sha),
            ManifestFile::new("signatures.html", html_sha),
        ];
        let mut missing = pdf::list(
            petition,
            point,
            frozen,
            &digest,
            root.as_deref(),
            pdf_rows,
            |name, pdf| {
                let sha = store(&mut zip, name, options, &pdf)?;
                files.push(ManifestFile::new(name, sha));
                Ok(())
            },
        )?;

        let input = letter::LetterInput {
            petition,
            point,
            count,
            first: stats.first,
            last: stats.last,
            digest: &digest,
            frozen,
            root: root.as_deref(),
        };
        let qr = frozen.map(|f| html::qr_svg(f.public_url));
        let cover = letter::Letter::new(&input, &mut |s| s.to_owned());
        zip.start_file("cover-letter.html", options)
            .context("starting cover-letter.html")?;
        let mut cover_hash = Hashing::new(&mut zip);
        html::write_cover_letter(&mut cover_hash, &cover, qr.as_deref())?;
        files.push(ManifestFile::new("cover-letter.html", cover_hash.finish()));
        let printed = letter::Letter::new(&input, &mut pdf::printable_into(&mut missing));
        let cover_pdf =
            pdf::letter(petition, point, &printed, qr).context("typesetting cover-letter.pdf")?;
        let cover_pdf_sha = store(&mut zip, "cover-letter.pdf", options, &cover_pdf)?;
        files.push(ManifestFile::new("cover-letter.pdf", cover_pdf_sha));

        let manifest = Manifest {
            petition: ManifestPetition {
                slug: &petition.slug,
                title: &petition.title,
                recipient: &petition.recipient,
            },
            delivery_point: ManifestPoint {
                slug: &point.slug,
                name: &point.name,
                city: &point.city,
                country: &point.country,
                address: &point.address,
            },
            signature_count: count,
            generated_at: &generated_at,
            version: frozen.map(|f| f.version),
            frozen_at: frozen.map(|f| f.frozen_at.and_utc().to_rfc3339()),
            root: root.as_deref(),
            size: frozen.map(|_| count),
            scheme: frozen.map(|_| proof::SCHEME),
            files: Vec::new(),
            missing_fonts: (!missing.is_empty()).then_some(&missing),
            packet_digest: &digest,
            packet_digest_covers: ["signatures.csv", "signatures.html"],
        };
        // The offline receipt checker travels with every frozen packet.
        let checker_sha = match frozen {
            Some(_) => {
                zip.start_file("verify-receipt.html", options)
                    .context("starting verify-receipt.html")?;
                let mut hash = Hashing::new(&mut zip);
                hash.write_all(proof::CHECKER_HTML.as_bytes())?;
                Some(hash.finish())
            }
            None => None,
        };
        if let Some(sha) = checker_sha {
            files.push(ManifestFile::new("verify-receipt.html", sha));
        }
        let manifest = Manifest { files, ..manifest };
        zip.start_file("manifest.json", options)
            .context("starting manifest.json")?;
        serde_json::to_writer_pretty(&mut zip, &manifest).context("writing manifest.json")?;
        zip.finish()
            .context("finishing the ZIP")?
            .flush()
            .context("flushing the packet")?;
        if !missing.is_empty() {
            // Row numbers and script names only: nothing about who signed.
            tracing::warn!(
                point = point.id,
                "packet printed without fonts: {}",
                missing.describe()
            );
        }
        Ok(PacketSummary { missing, ..summary })
    }
}

/// The packet's digest: SHA-256 over the lines `signatures.csv <sha256>` and
/// `signatures.html <sha256>`. The cover letter quotes it, so it covers the
/// signatures and not itself; the manifest holds every file's own hash.
pub fn packet_digest(csv_sha: &str, html_sha: &str) -> String {
    hex::encode(Sha256::digest(format!(
        "signatures.csv {csv_sha}\nsignatures.html {html_sha}\n"
    )))
}

/// What a pass over the signatures learned.
#[derive(Debug, Default)]
struct Stats {
    count: u64,
    first: Option<NaiveDateTime>,
    last: Option<NaiveDateTime>,
    members: Vec<i64>,
    leaves: Vec<crate::crypto::merkle::Hash>,
}

/// Calls `f` with every verified signature of a delivery point, in packet
/// order, reading [`BATCH`] rows at a time after the last one seen (keyset
/// paging), so memory does not grow with the packet on either backend.
fn for_each_row(
    conn: &mut DbConnection,
    keys: &Keyring,
    point: &DeliveryPoint,
    leaf_of: Option<(&str, i32)>,
    mut f: impl FnMut(&PacketRow) -> anyhow::Result<()>,
    stats: &mut Stats,
) -> anyhow::Result<()> {
    use signatures::dsl as s;
    let delivery_point_id = point.id;
    let purpose = printed_purpose(point.petition_id, point.id);
    let mut after: Option<(NaiveDateTime, i64)> = None;
    loop {
        let mut query = s::signatures
            .filter(s::delivery_point_id.eq(delivery_point_id))
            .filter(s::state.eq(SignatureState::Verified.as_str()))
            .order((s::verified_at, s::id))
            .select((s::id, s::printed, s::country, s::verified_at, s::salt))
            .limit(BATCH)
            .into_boxed();
        if let Some((at, id)) = after {
            // (verified_at, id) > (at, id), written so that its first half is a
            // range on the index's verified_at column.
            query = query.filter(
                s::verified_at
                    .ge(at)
                    .and(s::verified_at.gt(at).or(s::id.gt(id))),
            );
        }
        let batch: Vec<Stored> = query
            .load(conn)
            .with_context(|| format!("reading signatures of delivery point {delivery_point_id}"))?;
        for stored in &batch {
            let verified_at = stored.verified_at.unwrap_or_default();
            stats.count += 1;
            stats.members.push(stored.id);
            stats.first.get_or_insert(verified_at);
            stats.last = Some(verified_at);
            let printed = match &stored.printed {
                Some(sealed) => keys.open_json::<Printed>(purpose, sealed)?,
                // Nothing sealed is left: the safe side for the signer.
                None => Printed::anonymous(),
            };
            let mut row = PacketRow {
                number: stats.count,
                name: printed.name,
                city: printed.city,
                country: stored.country.clone(),
                // The date where the point is, as the official reads it.
                signed_on: point
                    .time_zone
                    .local(verified_at)
                    .format("%Y-%m-%d")
                    .to_string(),
                comment: printed.comment,
                receipt: String::new(),
            };
            if let Some((petition, version)) = leaf_of {
                let salt = stored.salt.as_deref().with_context(|| {
                    format!("signature {} has no salt to print a proof with", stored.id)
                })?;
                let leaf = proof::LeafFields {
                    petition: petition.to_owned(),
                    point: point.slug.clone(),
                    version,
                    name: row.name.clone(),
                    city: row.city.clone(),
                    country: row.country.clone(),
                    signed_on: row.signed_on.clone(),
                }
                .leaf(salt);
                row.receipt = proof::receipt_code(&leaf);
                stats.leaves.push(leaf);
            }
            f(&row)?;
        }
        match batch.last() {
            Some(last) if batch.len() as i64 == BATCH => {
                after = Some((last.verified_at.unwrap_or_default(), last.id));
            }
            _ => return Ok(()),
        }
    }
}

/// Makes a cell safe to open in a spreadsheet: a cell starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return would be read as a formula, so it is
/// prefixed with an apostrophe (OWASP's advice for CSV injection). Their
/// fullwidth and small forms (`＝`, `﹢`, …) count too, since spreadsheets
/// read them as the ASCII signs: the first character is compared in its
/// compatibility form (NFKC).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    let Some(first) = cell.chars().next() else {
        return cell.into();
    };
    let formula = std::iter::once(first)
        .nfkc()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{2212}'));
    if formula {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Adds one whole file to the ZIP; returns its SHA-256.
fn store<W: Write + Seek>(
    zip: &mut ZipWriter<W>,
    name: &str,
    options: SimpleFileOptions,
    bytes: &[u8],
) -> anyhow::Result<String> {
    // A PDF's streams are compressed already.
    let options = options
        .compression_method(CompressionMethod::Stored)
        .compression_level(None);
    zip.start_file(name, options)
        .with_context(|| format!("starting {name}"))?;
    zip.write_all(bytes)
        .with_context(|| format!("writing {name}"))?;
    Ok(hex::encode(Sha256::digest(bytes)))
}

/// A writer that hashes what passes through it.
struct Hashing<W: Write> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Hashing<W> {
    fn new(inner: W) -> Self {
        Hashing {
            inner,
            hasher: Sha256::new(),
        }
    }

    fn finish(self) -> String {
        hex::encode(self.hasher.finalize())
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Rewinds a buffered temp file for reading.
fn rewind(file: BufWriter<File>) -> anyhow::Result<File> {
    let mut file = file.into_inner().map_err(|e| e.into_error())?;
    file.seek(SeekFrom::Start(0))?;
    Ok(file)
}

#[derive(Serialize)]
struct Manifest<'a> {
    petition: ManifestPetition<'a>,
    delivery_point: ManifestPoint<'a>,
    signature_count: u64,
    generated_at: &'a str,
    /// The frozen version this packet is; `null` for a preview.
    version: Option<i32>,
    /// When that version was frozen (RFC 3339, UTC).
    frozen_at: Option<String>,
    /// The version's Merkle root (64 hex), its size and its scheme (see [`proof`]).
    root: Option<&'a str>,
    size: Option<u64>,
    scheme: Option<&'static str>,
    files: Vec<ManifestFile>,
    packet_digest: &'a str,
    packet_digest_covers: [&'static str; 2],
    /// Scripts no installed font could print, and the rows that hold them
    /// (row 0: the petition's own texts); absent when everything printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    missing_fonts: Option<&'a fonts::Missing>,
}

/// What a stored packet's manifest says could not be printed.
pub fn missing_fonts_in(zip: &[u8]) -> fonts::Missing {
    #[derive(serde::Deserialize)]
    struct Part {
        #[serde(default)]
        missing_fonts: Option<fonts::Missing>,
    }
    let read = || -> Option<fonts::Missing> {
        let mut archive = zip::ZipArchive::new(io::Cursor::new(zip)).ok()?;
        let manifest = archive.by_name("manifest.json").ok()?;
        serde_json::from_reader::<_, Part>(manifest)
            .ok()?
            .missing_fonts
    };
    read().unwrap_or_default()
}

#[derive(Serialize)]
struct ManifestPetition<'a> {
    slug: &'a str,
    title: &'a str,
    recipient: &'a str,
}

#[derive(Serialize)]
struct ManifestPoint<'a> {
    slug: &'a str,
    name: &'a str,
    city: &'a str,
    country: &'a str,
    address: &'a str,
}

#[derive(Serialize)]
struct ManifestFile {
    name: String,
    sha256: String,
}

impl ManifestFile {
    fn new(name: &str, sha256: String) -> ManifestFile {
        ManifestFile {
            name: name.to_owned(),
            sha256,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised_and_others_kept() {
        for bad in [
            "=SUM(A1)",
            "+1",
            "-1",
            "@cmd",
            "\tx",
            "\rx",
            "＝SUM(A1)",
            "＋1",
            "－1",
            "＠cmd",
            "﹦1",
        ] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("김민수"), "김민수");
        assert_eq!(neutralise("a=b"), "a=b");
    }
}

//! The packet's HTML files: the print-ready list and the cover letter.
//! Frames are askama templates in `templates/packet/`; the list's rows are
//! streamed between its head and tail so the list can be any length.

use std::io::{self, BufWriter, Write};

use askama::Template;
use askama::filters::{Html, escape};
use chrono::NaiveDateTime;

use super::{PacketRow, rewind};
use crate::domain::country::name_of;
use crate::petitions::{DeliveryPoint, Petition};

/// A running total is printed after every this many rows.
const SUBTOTAL_EVERY: u64 = 25;

#[derive(Template)]
#[template(path = "packet/list_head.html")]
struct ListHead<'a> {
    petition: &'a Petition,
    point: &'a DeliveryPoint,
    country: &'static str,
    total: String,
    tree: Option<&'a Tree<'a>>,
}

#[derive(Template)]
#[template(path = "packet/list_tail.html")]
struct ListTail {
    total: String,
}

#[derive(Template)]
#[template(path = "packet/cover_letter.html")]
struct CoverLetter<'a> {
    petition: &'a Petition,
    paragraphs: Vec<&'a str>,
    point: &'a DeliveryPoint,
    country: &'static str,
    total: String,
    first: String,
    last: String,
    digest: &'a str,
    /// "2, frozen 5 December 2026 02:00 KST (UTC+09:00)", for a frozen version.
    version: Option<String>,
    tree: Option<&'a Tree<'a>>,
}

/// A frozen packet's proof, as the list's footer and the cover letter print it.
pub struct Tree<'a> {
    pub version: i32,
    /// 64 hex.
    pub root: &'a str,
    pub size: u64,
    /// Where the root is published.
    pub public_url: &'a str,
}

impl Tree<'_> {
    /// The root's first 16 characters, as every page footer prints it.
    pub fn short_root(&self) -> &str {
        self.root.get(..16).unwrap_or(self.root)
    }

    /// The public page's address as a QR code, an inline SVG (no external
    /// resource; escaped by construction: only the URL is encoded, as dots).
    pub fn qr_svg(&self) -> String {
        qrcode::QrCode::new(self.public_url.as_bytes())
            .map(|code| {
                code.render::<qrcode::render::svg::Color<'_>>()
                    .min_dimensions(120, 120)
                    .quiet_zone(true)
                    .build()
            })
            .unwrap_or_default()
    }
}

/// Writes one table row (and a running total after every 25th).
pub(super) fn write_row(out: &mut impl Write, row: &PacketRow) -> io::Result<()> {
    let e = |s: &str| {
        escape(s.to_owned(), Html)
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    writeln!(
        out,
        "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"code\">{}</td></tr>",
        row.number,
        e(&row.name),
        e(&row.city),
        e(&row.country),
        e(&row.signed_on),
        e(&row.comment),
        e(&row.receipt)
    )?;
    if row.number.is_multiple_of(SUBTOTAL_EVERY) {
        writeln!(
            out,
            "<tr class=\"subtotal\"><td colspan=\"7\">Running total: {}</td></tr>",
            crate::i18n::Tr::default().number(i64::try_from(row.number).unwrap_or(i64::MAX))
        )?;
    }
    Ok(())
}

/// Writes the whole list: head, the rows gathered in `rows`, tail.
pub(super) fn write_list(
    out: &mut impl Write,
    petition: &Petition,
    point: &DeliveryPoint,
    count: u64,
    tree: Option<&Tree<'_>>,
    rows: BufWriter<std::fs::File>,
) -> anyhow::Result<()> {
    let total = crate::i18n::Tr::default().number(i64::try_from(count).unwrap_or(i64::MAX));
    let head = ListHead {
        petition,
        point,
        country: name_of(&point.country),
        total: total.clone(),
        tree,
    };
    out.write_all(head.render()?.as_bytes())?;
    let mut file = rewind(rows)?;
    io::copy(&mut file, out)?;
    out.write_all(ListTail { total }.render()?.as_bytes())?;
    Ok(())
}

/// Writes the cover letter.
pub(super) fn write_cover_letter(
    out: &mut impl Write,
    petition: &Petition,
    point: &DeliveryPoint,
    count: u64,
    (first, last): (Option<NaiveDateTime>, Option<NaiveDateTime>),
    digest: &str,
    frozen: Option<(super::Frozen<'_>, &Tree<'_>)>,
) -> anyhow::Result<()> {
    // Dates as read where the packet is handed over.
    let zone = point.time_zone;
    let day = |t: Option<NaiveDateTime>| {
        t.map(|t| zone.local(t).format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "–".to_owned())
    };
    let tr = crate::i18n::Tr::default();
    let version =
        frozen.map(|(f, _)| format!("{}, frozen {}", f.version, tr.local_time(f.frozen_at, zone)));
    let letter = CoverLetter {
        petition,
        paragraphs: petition.paragraphs(),
        point,
        country: name_of(&point.country),
        total: crate::i18n::Tr::default().number(i64::try_from(count).unwrap_or(i64::MAX)),
        first: day(first),
        last: day(last),
        digest,
        version,
        tree: frozen.map(|(_, tree)| tree),
    };
    out.write_all(letter.render()?.as_bytes())?;
    Ok(())
}

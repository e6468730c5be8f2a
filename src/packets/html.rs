//! The packet's HTML files: the list and the cover letter, for a screen or
//! a browser's print. Frames are askama templates in `templates/packet/`;
//! the list's rows are streamed between its head and tail so the list can
//! be any length. They say what the PDFs say ([`super::letter`]).

use std::io::{self, BufWriter, Write};

use askama::Template;
use askama::filters::{Html, escape};

use super::letter::{Letter, ListHeader, ListLabels, running_total};
use super::pdf::SUBTOTAL_EVERY;
use super::{PacketRow, rewind};
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "packet/list_head.html")]
struct ListHead<'a> {
    lang: &'static str,
    /// A frozen packet's root, shortened to 16 hex, on every page's head.
    short_root: Option<&'a str>,
    header: &'a ListHeader,
    labels: &'a ListLabels,
}

#[derive(Template)]
#[template(path = "packet/list_tail.html")]
struct ListTail<'a> {
    total: &'a str,
}

#[derive(Template)]
#[template(path = "packet/cover_letter.html")]
struct CoverLetter<'a> {
    letter: &'a Letter,
    qr_svg: Option<&'a str>,
}

/// The public page's address as a QR code, an SVG (no external resource;
/// escaped by construction: only the URL is encoded, as dots).
pub fn qr_svg(public_url: &str) -> String {
    qrcode::QrCode::new(public_url.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(120, 120)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// Writes one table row (and a running total after every 25th). Each
/// person's text takes its own direction; the date never wraps.
pub(super) fn write_row(out: &mut impl Write, tr: Tr, row: &PacketRow) -> io::Result<()> {
    let e = |s: &str| {
        escape(s.to_owned(), Html)
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    writeln!(
        out,
        "<tr><td class=\"n\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td>{}</td><td class=\"date\">{}</td><td dir=\"auto\" class=\"comment\">{}</td><td class=\"code\">{}</td></tr>",
        row.number,
        e(&row.name),
        e(&row.city),
        e(&row.country),
        e(&row.signed_on),
        e(&row.comment),
        e(&row.receipt)
    )?;
    if let Some(total) = running_total(tr, row.number, SUBTOTAL_EVERY) {
        writeln!(
            out,
            "<tr class=\"subtotal\"><td colspan=\"7\">{}</td></tr>",
            e(&total)
        )?;
    }
    Ok(())
}

/// Writes the whole list: head, the rows gathered in `rows`, tail.
pub(super) fn write_list(
    out: &mut impl Write,
    tr: Tr,
    header: &ListHeader,
    root: Option<&str>,
    rows: BufWriter<std::fs::File>,
) -> anyhow::Result<()> {
    let head = ListHead {
        lang: tr.code(),
        short_root: root.map(|r| r.get(..16).unwrap_or(r)),
        header,
        labels: &ListLabels::new(tr),
    };
    out.write_all(head.render()?.as_bytes())?;
    let mut file = rewind(rows)?;
    io::copy(&mut file, out)?;
    let tail = ListTail {
        total: &header.total,
    };
    out.write_all(tail.render()?.as_bytes())?;
    Ok(())
}

/// Writes the cover letter.
pub(super) fn write_cover_letter(
    out: &mut impl Write,
    letter: &Letter,
    qr_svg: Option<&str>,
) -> anyhow::Result<()> {
    out.write_all(CoverLetter { letter, qr_svg }.render()?.as_bytes())?;
    Ok(())
}

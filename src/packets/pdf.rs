//! The packet's PDFs, `signatures.pdf` and `cover-letter.pdf`, typeset in
//! process by Typst used as a library.
//!
//! Why Typst: it shapes every script (HarfBuzz's rules, via rustybuzz),
//! orders mixed-direction text by the Unicode bidi algorithm, breaks CJK
//! lines, repeats page headers, counts "page k of n", subsets and embeds
//! fonts and writes tagged PDF; krilla alone (Typst's PDF writer) would
//! leave all of layout to us, printpdf even shaping.
//!
//! Signer data reaches Typst only as data: the templates
//! (`templates/packet/*.typ`, compiled into the binary) read `data.json`
//! and place its strings as values, so nothing a signer types is ever
//! parsed as markup. The same data gives byte-identical PDFs: no date is
//! written, the document id is derived from a fixed identifier, and the
//! fonts are picked in a fixed order (see [`super::fonts`]).

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufRead, BufWriter, Write};

use anyhow::{Context, anyhow};
use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::fonts::{Fonts, Missing, fonts};
use super::letter::{Letter, ListHeader, ListLabels, running_total};
use super::{Frozen, PacketRow};
use crate::i18n::Tr;
use crate::petitions::{DeliveryPoint, Petition};

/// Rows between running totals (the HTML list uses the same).
pub const SUBTOTAL_EVERY: u64 = 25;

const LIST_TYP: &str = include_str!("../../templates/packet/signatures.typ");
const LETTER_TYP: &str = include_str!("../../templates/packet/cover-letter.typ");
const POSTER_TYP: &str = include_str!("../../templates/packet/poster.typ");
const CARD_TYP: &str = include_str!("../../templates/packet/card.typ");

/// The text faces, in the order Typst tries them; any other installed face
/// that has a glyph is found by Typst's fallback after these.
const TEXT_FONTS: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Devanagari",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Thai",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans Ethiopic",
];
/// Emoji last: its digits and `#` must not win over the text faces'.
const EMOJI_FONTS: &[&str] = &["Noto Color Emoji", "Noto Emoji", "Symbola"];
const MONO_FONTS: &[&str] = &["Noto Sans Mono", "DejaVu Sans Mono"];

/// The CJK faces of a region, tried first where it applies: Han characters
/// take that region's forms (Korean at a Korean point, Japanese in Japan).
const CJK: &[(&str, &str, &str)] = &[
    ("KR", "Noto Sans CJK KR", "ko"),
    ("JP", "Noto Sans CJK JP", "ja"),
    ("SC", "Noto Sans CJK SC", "zh"),
    ("TC", "Noto Sans CJK TC", "zh"),
    ("HK", "Noto Sans CJK HK", "zh"),
];

/// The CJK region whose forms suit a country (`None` outside East Asia).
fn cjk_region(country: &str) -> Option<&'static str> {
    Some(match country {
        "KR" | "KP" => "KR",
        "JP" => "JP",
        "CN" | "SG" | "MY" => "SC",
        "TW" => "TC",
        "HK" | "MO" => "HK",
        _ => return None,
    })
}

/// The face list for text in `region`'s CJK forms.
fn families(region: &str) -> Vec<&'static str> {
    let mut list: Vec<&'static str> = TEXT_FONTS.to_vec();
    list.extend(CJK.iter().filter(|c| c.0 == region).map(|c| c.1));
    list.extend(CJK.iter().filter(|c| c.0 != region).map(|c| c.1));
    list.extend(EMOJI_FONTS);
    list
}

/// A4, or Letter where officials file on it.
fn paper(country: &str) -> &'static str {
    match country {
        "US" | "CA" => "us-letter",
        _ => "a4",
    }
}

/// One row as the list template reads it (an array, to keep 100,000 rows
/// small): number, name, name is RTL, city, city is RTL, country, signed
/// on, comment, comment is RTL, receipt, CJK region, running total.
#[derive(Serialize)]
struct Row(
    u64,
    String,
    bool,
    String,
    bool,
    String,
    String,
    String,
    bool,
    String,
    Option<&'static str>,
    Option<String>,
);

/// Rows per PDF file of the list: a longer list is split into parts
/// (`signatures-01.pdf`, …) of about 80 A4 pages each, typeset one at a
/// time, so memory stays bounded (about 400 MB) however many signed.
pub const PART_ROWS: u64 = 5_000;

/// The list's rows, gathered during the packet's one pass over the
/// signatures (spooled to a temporary file as JSON lines, so memory does
/// not grow with the list), with what could not be printed.
pub struct Rows {
    tr: Tr,
    fonts: &'static Fonts,
    /// The point's own CJK region, for signers whose country has none.
    region: &'static str,
    spool: BufWriter<File>,
    count: u64,
    pub missing: Missing,
}

impl Rows {
    /// An empty list for `point`, labelled in `tr`'s language.
    pub fn new(tr: Tr, petition: &Petition, point: &DeliveryPoint) -> anyhow::Result<Rows> {
        Ok(Rows {
            tr,
            fonts: fonts(),
            region: default_region(petition, point),
            spool: BufWriter::new(tempfile::tempfile().context("creating a temporary file")?),
            count: 0,
            missing: Missing::default(),
        })
    }

    /// Adds one row.
    pub fn push(&mut self, row: &PacketRow) -> anyhow::Result<()> {
        let mut lacking = BTreeSet::new();
        let mut fix = |s: &str| self.fonts.printable(s, &mut lacking);
        let name = fix(&row.name);
        let city = fix(&row.city);
        let comment = fix(&print_lines(&row.comment));
        let cjk = [&name, &city, &comment]
            .iter()
            .any(|s| s.chars().any(is_cjk))
            .then(|| cjk_region(&row.country).unwrap_or(self.region));
        self.missing.add(row.number, lacking);
        self.count += 1;
        let row = Row(
            row.number,
            name.clone(),
            super::letter::is_rtl(&name),
            city.clone(),
            super::letter::is_rtl(&city),
            row.country.clone(),
            row.signed_on.clone(),
            comment.clone(),
            super::letter::is_rtl(&comment),
            row.receipt.clone(),
            cjk,
            running_total(self.tr, row.number, SUBTOTAL_EVERY),
        );
        serde_json::to_writer(&mut self.spool, &row)?;
        self.spool.write_all(b"\n")?;
        Ok(())
    }
}

/// Most lines a comment keeps in the PDF; beyond them its lines are run
/// together, so no row (which never breaks across pages) outgrows a page.
const COMMENT_LINES: usize = 8;

/// A comment's line breaks as printed: blank lines dropped, the first
/// [`COMMENT_LINES`] kept, the rest joined with " / ".
fn print_lines(comment: &str) -> String {
    let lines: Vec<&str> = comment
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() <= COMMENT_LINES {
        return lines.join("\n");
    }
    let (kept, rest) = lines.split_at(COMMENT_LINES - 1);
    format!("{}\n{}", kept.join("\n"), rest.join(" / "))
}

/// The file names of a list of `count` rows: `signatures.pdf`, or
/// `signatures-01.pdf` … when it takes several parts.
pub fn part_names(count: u64) -> Vec<String> {
    let parts = count.div_ceil(PART_ROWS).max(1);
    if parts == 1 {
        return vec!["signatures.pdf".to_owned()];
    }
    let width = parts.to_string().len();
    (1..=parts)
        .map(|k| format!("signatures-{k:0width$}.pdf"))
        .collect()
}

fn default_region(petition: &Petition, point: &DeliveryPoint) -> &'static str {
    cjk_region(&point.country).unwrap_or(match petition.default_lang() {
        crate::i18n::Lang::Ja => "JP",
        _ => "KR",
    })
}

/// Han, kana, Hangul and Bopomofo: the characters whose forms differ by region.
fn is_cjk(c: char) -> bool {
    use unicode_script::{Script, UnicodeScript};
    matches!(
        c.script(),
        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo
    )
}

/// What both templates read besides their own content.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct Common {
    paper: &'static str,
    lang: &'static str,
    region: String,
    fonts: Vec<&'static str>,
    mono: Vec<&'static str>,
    /// Faces and language per CJK region, for cells in another region's forms.
    cjk: std::collections::BTreeMap<&'static str, Vec<&'static str>>,
    cjk_lang: std::collections::BTreeMap<&'static str, &'static str>,
}

impl Common {
    fn new(petition: &Petition, point: &DeliveryPoint) -> Common {
        Common {
            paper: paper(&point.country),
            lang: petition.default_lang().code(),
            region: point.country.clone(),
            fonts: families(default_region(petition, point)),
            mono: MONO_FONTS.to_vec(),
            cjk: CJK.iter().map(|c| (c.0, families(c.0))).collect(),
            cjk_lang: CJK.iter().map(|c| (c.0, c.2)).collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ListData<'a> {
    #[serde(flatten)]
    common: Common,
    labels: ListLabels,
    title: String,
    title_rtl: bool,
    to: String,
    to_rtl: bool,
    at: String,
    at_rtl: bool,
    point: &'a str,
    version: String,
    digest: &'a str,
    root: Option<&'a str>,
    total: Option<String>,
    every: u64,
    rows: Box<serde_json::value::RawValue>,
}

/// Typesets the list, one part of [`PART_ROWS`] rows at a time, handing
/// each file's name and bytes to `emit` (names as [`part_names`]); what
/// the packet's own texts could not print is added to `rows.missing` as
/// row 0.
pub fn list(
    petition: &Petition,
    point: &DeliveryPoint,
    frozen: Option<Frozen<'_>>,
    digest: &str,
    root: Option<&str>,
    mut rows: Rows,
    mut emit: impl FnMut(&str, Vec<u8>) -> anyhow::Result<()>,
) -> anyhow::Result<Missing> {
    let tr = rows.tr;
    let mut lacking = BTreeSet::new();
    let header = ListHeader::new(tr, petition, point, rows.count, frozen, &mut |s| {
        rows.fonts.printable(s, &mut lacking)
    });
    rows.missing.add(0, lacking);
    let names = part_names(rows.count);
    let mut spool = std::io::BufReader::new(super::rewind(rows.spool)?).lines();
    for (k, name) in names.iter().enumerate() {
        let first = k as u64 * PART_ROWS + 1;
        let last = ((k as u64 + 1) * PART_ROWS).min(rows.count);
        let mut json = String::from("[");
        for n in first..=last {
            let line = spool
                .next()
                .with_context(|| format!("row {n} is missing from the spool"))??;
            if n > first {
                json.push(',');
            }
            json.push_str(&line);
        }
        json.push(']');
        let part = (names.len() > 1).then(|| {
            tr.msg(
                &crate::domain::Msg::new("packet-part")
                    .num("part", k as i64 + 1)
                    .num("parts", names.len() as i64)
                    .text("first", tr.number(first as i64))
                    .text("last", tr.number(last as i64)),
            )
        });
        let data = ListData {
            common: Common::new(petition, point),
            labels: ListLabels::new(tr),
            title: header.title.s.clone(),
            title_rtl: header.title.rtl,
            to: header.to.s.clone(),
            to_rtl: header.to.rtl,
            at: header.at.s.clone(),
            at_rtl: header.at.rtl,
            point: &point.name,
            version: match part {
                Some(part) => format!("{} · {part}", header.version),
                None => header.version.clone(),
            },
            digest,
            root,
            // The closing line ends the last part only.
            total: if k + 1 == names.len() {
                Some(header.total.clone())
            } else {
                None
            },
            every: SUBTOTAL_EVERY,
            rows: serde_json::value::RawValue::from_string(json)?,
        };
        let pdf = typeset(
            LIST_TYP,
            &serde_json::to_vec(&data)?,
            None,
            &ident(petition, point, name),
            false,
        )
        .with_context(|| format!("typesetting {name}"))?;
        emit(name, pdf)?;
    }
    Ok(rows.missing)
}

#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct LetterData<'a> {
    #[serde(flatten)]
    common: Common,
    letter: &'a Letter,
    qr: bool,
}

/// Typesets `cover-letter.pdf` from the letter (built with the fonts'
/// [`Fonts::printable`]); `qr` is the public page's QR code as SVG.
pub fn letter(
    petition: &Petition,
    point: &DeliveryPoint,
    letter: &Letter,
    qr: Option<String>,
) -> anyhow::Result<Vec<u8>> {
    let data = LetterData {
        common: Common::new(petition, point),
        letter,
        qr: qr.is_some(),
    };
    typeset(
        LETTER_TYP,
        &serde_json::to_vec(&data)?,
        qr.map(|svg| Bytes::new(svg.into_bytes())),
        &ident(petition, point, "letter"),
        true,
    )
}

#[derive(Serialize)]
struct PosterData<'a, P: Serialize> {
    #[serde(flatten)]
    common: Common,
    poster: &'a P,
}

/// Typesets a point's rally poster (`crate::delivery::poster`; always A4:
/// it is printed for the crowd, not filed); `qr` is its link's QR code as SVG.
pub fn poster(
    petition: &Petition,
    point: &DeliveryPoint,
    poster: &impl Serialize,
    qr: String,
) -> anyhow::Result<Vec<u8>> {
    let data = PosterData {
        common: Common::new(petition, point),
        poster,
    };
    typeset(
        POSTER_TYP,
        &serde_json::to_vec(&data)?,
        Some(Bytes::new(qr.into_bytes())),
        &ident(petition, point, "poster"),
        true,
    )
}

/// What a petition's link-preview image says, in the reader's language.
#[derive(Serialize)]
pub struct Card {
    pub title: String,
    /// The verified count as shown ("<3" below three).
    pub count: String,
    /// "signatures".
    pub label: String,
    /// Towards the goal, 0 to 100.
    pub percent: i64,
    /// The site's host name.
    pub site: String,
}

#[derive(Serialize)]
struct CardData<'a> {
    #[serde(flatten)]
    common: Common,
    card: &'a Card,
}

/// Draws a petition's link preview as a 1200 × 630 PNG, its texts in
/// `lang` with that language's CJK forms.
pub fn card(petition: &Petition, lang: crate::i18n::Lang, card: &Card) -> anyhow::Result<Vec<u8>> {
    let region = match lang {
        crate::i18n::Lang::Ja => "JP",
        _ => "KR",
    };
    let common = Common {
        paper: "a4",
        lang: lang.code(),
        region: region.to_owned(),
        fonts: families(region),
        mono: MONO_FONTS.to_vec(),
        cjk: CJK.iter().map(|c| (c.0, families(c.0))).collect(),
        cjk_lang: CJK.iter().map(|c| (c.0, c.2)).collect(),
    };
    let data = serde_json::to_vec(&CardData { common, card })?;
    let _turn = one_at_a_time();
    let document = compile(CARD_TYP, &data, None)?;
    let page = document
        .pages()
        .first()
        .with_context(|| format!("the card of {} has no page", petition.slug))?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: 1.0.into(),
        ..Default::default()
    };
    let pixmap = typst_render::render(page, &options);
    typst::comemo::evict(0);
    pixmap
        .encode_png()
        .map_err(|e| anyhow!("encoding the card of {}: {e}", petition.slug))
}

/// The fixed identifier a PDF's document id is derived from.
fn ident(petition: &Petition, point: &DeliveryPoint, which: &str) -> String {
    format!("handover/{}/{}/{which}", petition.slug, point.slug)
}

/// Compiles `main` against `data.json` (and `qr.svg`) and writes the PDF.
///
/// `tagged` writes a tagged PDF (structure for screen readers): worth it for
/// the letter; for the list it made the file twelve times larger.
fn typeset(
    main: &str,
    data: &[u8],
    qr: Option<Bytes>,
    ident: &str,
    tagged: bool,
) -> anyhow::Result<Vec<u8>> {
    let _turn = one_at_a_time();
    let document = compile(main, data, qr)?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some("Handover".to_owned())),
        tagged,
        ..Default::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| diagnostics("writing the PDF", &errors));
    // Typst memoizes across compilations; a server typesets packets of
    // different points, so nothing is worth keeping.
    typst::comemo::evict(0);
    pdf
}

/// One typesetting at a time per process: memory grows with a part's rows
/// (about 60 KB each while laid out), so two at once would double it.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner())
}

/// Lays out `main` against `data.json` (and `qr.svg`); the caller holds
/// [`one_at_a_time`].
fn compile(main: &str, data: &[u8], qr: Option<Bytes>) -> anyhow::Result<PagedDocument> {
    let world = PacketWorld {
        main: Source::new(file_id("/main.typ")?, main.to_owned()),
        data: Bytes::new(data.to_vec()),
        qr,
        fonts: fonts(),
    };
    let result = typst::compile::<PagedDocument>(&world).output;
    result.map_err(|errors| diagnostics("typesetting", &errors))
}

fn diagnostics(what: &str, errors: &[SourceDiagnostic]) -> anyhow::Error {
    let messages: Vec<String> = errors.iter().map(|e| e.message.to_string()).collect();
    anyhow!("{what} failed: {}", messages.join("; "))
}

fn file_id(path: &str) -> anyhow::Result<FileId> {
    let vpath = VirtualPath::new(path).map_err(|e| anyhow!("{path}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// The world a packet is typeset in: one template, its data, the fonts.
struct PacketWorld {
    main: Source,
    data: Bytes,
    qr: Option<Bytes>,
    fonts: &'static Fonts,
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: std::sync::OnceLock<LazyHash<Library>> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

impl World for PacketWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = id.vpath().get_with_slash();
        match path {
            "/data.json" => Ok(self.data.clone()),
            "/qr.svg" => self.qr.clone().ok_or(FileError::AccessDenied),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

/// For the letter's texts: a `fix` that substitutes what no font prints
/// and records its script as row 0 of `missing`.
pub fn printable_into(missing: &mut Missing) -> impl FnMut(&str) -> String + '_ {
    let fonts = fonts();
    move |s| {
        let mut lacking = BTreeSet::new();
        let out = fonts.printable(s, &mut lacking);
        missing.add(0, lacking);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_split_into_numbered_parts() {
        assert_eq!(part_names(0), ["signatures.pdf"]);
        assert_eq!(part_names(PART_ROWS), ["signatures.pdf"]);
        assert_eq!(
            part_names(PART_ROWS + 1),
            ["signatures-1.pdf", "signatures-2.pdf"]
        );
        let many = part_names(10 * PART_ROWS);
        assert_eq!(many.len(), 10);
        assert_eq!(many[0], "signatures-01.pdf");
        assert_eq!(many[9], "signatures-10.pdf");
    }

    #[test]
    fn a_comment_keeps_a_few_lines_at_most() {
        assert_eq!(print_lines("a\r\n\n\nb"), "a\nb");
        assert_eq!(print_lines("\n\n"), "");
        let many = "x\n".repeat(250);
        let printed = print_lines(&many);
        assert_eq!(printed.lines().count(), COMMENT_LINES);
        assert!(printed.ends_with("x / x"));
    }

    #[test]
    fn paper_and_cjk_forms_follow_the_country() {
        assert_eq!(paper("US"), "us-letter");
        assert_eq!(paper("KR"), "a4");
        assert_eq!(families("JP")[TEXT_FONTS.len()], "Noto Sans CJK JP");
        assert_eq!(families("KR")[TEXT_FONTS.len()], "Noto Sans CJK KR");
        assert_eq!(cjk_region("TW"), Some("TC"));
        assert_eq!(cjk_region("FR"), None);
    }
}

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

use anyhow::anyhow;
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

/// The list's rows, gathered during the packet's one pass over the
/// signatures, with what could not be printed.
pub struct Rows {
    tr: Tr,
    fonts: &'static Fonts,
    /// The point's own CJK region, for signers whose country has none.
    region: &'static str,
    rows: Vec<Row>,
    pub missing: Missing,
}

impl Rows {
    /// An empty list for `point`, labelled in `tr`'s language.
    pub fn new(tr: Tr, petition: &Petition, point: &DeliveryPoint) -> Rows {
        Rows {
            tr,
            fonts: fonts(),
            region: default_region(petition, point),
            rows: Vec::new(),
            missing: Missing::default(),
        }
    }

    /// Adds one row.
    pub fn push(&mut self, row: &PacketRow) {
        let mut lacking = BTreeSet::new();
        let mut fix = |s: &str| self.fonts.printable(s, &mut lacking);
        let name = fix(&row.name);
        let city = fix(&row.city);
        let comment = fix(&row.comment);
        let cjk = [&name, &city, &comment]
            .iter()
            .any(|s| s.chars().any(is_cjk))
            .then(|| cjk_region(&row.country).unwrap_or(self.region));
        self.missing.add(row.number, lacking);
        self.rows.push(Row(
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
        ));
    }
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
    total: String,
    every: u64,
    rows: &'a [Row],
}

/// Typesets `signatures.pdf`; what the packet's own texts could not print is
/// added to `rows.missing` as row 0.
pub fn list(
    petition: &Petition,
    point: &DeliveryPoint,
    frozen: Option<Frozen<'_>>,
    digest: &str,
    root: Option<&str>,
    rows: &mut Rows,
) -> anyhow::Result<Vec<u8>> {
    let tr = rows.tr;
    let mut lacking = BTreeSet::new();
    let header = ListHeader::new(
        tr,
        petition,
        point,
        rows.rows.len() as u64,
        frozen,
        &mut |s| rows.fonts.printable(s, &mut lacking),
    );
    rows.missing.add(0, lacking);
    let data = ListData {
        common: Common::new(petition, point),
        labels: ListLabels::new(tr),
        title: header.title.s,
        title_rtl: header.title.rtl,
        to: header.to.s,
        to_rtl: header.to.rtl,
        at: header.at.s,
        at_rtl: header.at.rtl,
        point: &point.name,
        version: header.version,
        digest,
        root,
        total: header.total,
        every: SUBTOTAL_EVERY,
        rows: &rows.rows,
    };
    typeset(
        LIST_TYP,
        &serde_json::to_vec(&data)?,
        None,
        &ident(petition, point, "list"),
    )
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
    )
}

/// The fixed identifier a PDF's document id is derived from.
fn ident(petition: &Petition, point: &DeliveryPoint, which: &str) -> String {
    format!("handover/{}/{}/{which}", petition.slug, point.slug)
}

/// Compiles `main` against `data.json` (and `qr.svg`) and writes the PDF.
fn typeset(main: &str, data: &[u8], qr: Option<Bytes>, ident: &str) -> anyhow::Result<Vec<u8>> {
    let world = PacketWorld {
        main: Source::new(file_id("/main.typ")?, main.to_owned()),
        data: Bytes::new(data.to_vec()),
        qr,
        fonts: fonts(),
    };
    let result = typst::compile::<PagedDocument>(&world).output;
    let document = result.map_err(|errors| diagnostics("typesetting", &errors))?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        creator: Smart::Custom(Some("Handover".to_owned())),
        ..Default::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| diagnostics("writing the PDF", &errors));
    // Typst memoizes across compilations; a server typesets packets of
    // different points, so nothing is worth keeping.
    typst::comemo::evict(0);
    pdf
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

//! The fonts the PDF packets are typeset with, and what they cannot print.
//!
//! Fonts are found once per process, on first use: in the folders named by
//! `HANDOVER_FONT_DIRS` (a `:`-separated list, searched recursively), else in
//! `./fonts` and the system's font folders (fontconfig's list). The README's
//! setup installs Noto (`fonts-noto-core`, `fonts-noto-cjk`) and an emoji
//! font, which cover every script a signer can type. Only upright regular and
//! bold faces are kept: they are all a packet uses, and a smaller book makes
//! Typst's fallback search faster.
//!
//! A character no font covers is never printed as a box: [`Fonts::printable`]
//! replaces it with its code point (`[U+0E01]`) and reports it, so the export
//! can say which rows and which scripts lack fonts.

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use typst::text::{Font, FontBook, FontInfo, FontStretch, FontStyle, FontWeight};
use typst::utils::LazyHash;
use typst_kit::fonts::{FontPath, FontStore};

/// The environment variable naming the font folders.
pub const FONT_DIRS_ENV: &str = "HANDOVER_FONT_DIRS";

/// The process's fonts, found on first use.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(Fonts::discover)
}

/// Every usable face, and the code points any of them covers.
pub struct Fonts {
    store: FontStore,
    covered: HashSet<u32>,
}

impl Fonts {
    fn discover() -> Fonts {
        let mut store = FontStore::new();
        let keep = |info: &FontInfo| {
            info.variant.style == FontStyle::Normal
                && info.variant.stretch == FontStretch::NORMAL
                && matches!(info.variant.weight, FontWeight::REGULAR | FontWeight::BOLD)
                // Noto's "UI" and "Display" cuts duplicate the text faces.
                && !info.family.contains(" UI")
                && !info.family.contains(" Display")
        };
        let dirs: Vec<PathBuf> = match std::env::var_os(FONT_DIRS_ENV) {
            Some(list) => std::env::split_paths(&list).collect(),
            None => vec![PathBuf::from("fonts")],
        };
        let mut found: Vec<(FontPath, FontInfo)> = Vec::new();
        for dir in &dirs {
            found.extend(typst_kit::fonts::scan(dir));
        }
        if std::env::var_os(FONT_DIRS_ENV).is_none() {
            found.extend(typst_kit::fonts::system());
        }
        // A stable order (by path), so the same machine always picks the
        // same face for the same text: packets stay byte-identical.
        found.sort_by(|a, b| (&a.0.path, a.0.index).cmp(&(&b.0.path, b.0.index)));
        found.dedup_by(|a, b| a.0.path == b.0.path && a.0.index == b.0.index);
        let mut covered = HashSet::new();
        let mut families = BTreeSet::new();
        for (path, info) in found.into_iter().filter(|(_, info)| keep(info)) {
            covered.extend(info.coverage.iter());
            families.insert(info.family.clone());
            store.push((path, info));
        }
        tracing::info!(
            families = families.len(),
            code_points = covered.len(),
            "fonts for PDF packets found"
        );
        Fonts { store, covered }
    }

    /// Typst's book of the faces.
    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// The face at `index` of the book.
    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// The scripts signers are expected to write that no face covers (a
    /// sample letter each), for a warning when the server starts.
    pub fn lacking_scripts(&self) -> Vec<&'static str> {
        const SAMPLES: &[(&str, char)] = &[
            ("Latin", 'ễ'),
            ("Greek", 'λ'),
            ("Cyrillic", 'ж'),
            ("Arabic", 'ض'),
            ("Hebrew", 'ש'),
            ("Devanagari", 'क'),
            ("Bengali", 'ক'),
            ("Tamil", 'த'),
            ("Thai", 'ก'),
            ("Hangul", '한'),
            ("Han", '漢'),
            ("Kana", 'か'),
            ("Emoji", '🙏'),
        ];
        SAMPLES
            .iter()
            .filter(|(_, c)| !self.covers(*c))
            .map(|(script, _)| *script)
            .collect()
    }

    /// Whether some face has a glyph for `c`. Characters that print nothing
    /// of their own (spaces, controls, joiners, variation selectors, bidi
    /// marks) count as covered.
    pub fn covers(&self, c: char) -> bool {
        c.is_whitespace() || c.is_control() || invisible(c) || self.covered.contains(&(c as u32))
    }

    /// `text` with every character no font covers written as its code point,
    /// `[U+0E01]`; each such character's script is added to `missing`.
    pub fn printable(&self, text: &str, missing: &mut BTreeSet<&'static str>) -> String {
        if text.chars().all(|c| self.covers(c)) {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len() + 16);
        for c in text.chars() {
            if self.covers(c) {
                out.push(c);
            } else {
                use unicode_script::UnicodeScript;
                missing.insert(c.script().full_name());
                out.push_str(&format!("[U+{:04X}]", c as u32));
            }
        }
        out
    }
}

/// Format characters with no glyph of their own.
fn invisible(c: char) -> bool {
    matches!(c as u32,
        0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF | 0x00AD | 0x034F)
}

/// What a packet could not print: the scripts that lacked a font and the
/// rows holding such characters (row 0 is the packet's own texts: title,
/// recipient, point, letter).
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Missing {
    pub scripts: BTreeSet<String>,
    pub rows: BTreeSet<u64>,
}

impl Missing {
    /// Whether every character printed with a real glyph.
    pub fn is_empty(&self) -> bool {
        self.scripts.is_empty()
    }

    /// Records that `row` held characters of `scripts` no font prints.
    pub fn add(&mut self, row: u64, scripts: BTreeSet<&'static str>) {
        if !scripts.is_empty() {
            self.rows.insert(row);
            self.scripts.extend(scripts.into_iter().map(str::to_owned));
        }
    }

    /// One line for a log or the command line.
    pub fn describe(&self) -> String {
        let shown: Vec<String> = self.rows.iter().take(20).map(u64::to_string).collect();
        let more = self.rows.len().saturating_sub(20);
        format!(
            "no font for {} (rows {}{}; row 0 is the petition's own text); printed as code points such as [U+0E01]. Install the fonts the README lists or set {FONT_DIRS_ENV}",
            self.scripts.iter().cloned().collect::<Vec<_>>().join(", "),
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            },
        )
    }
}

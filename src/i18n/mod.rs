//! Languages: every word a signer or organizer reads comes from a Fluent
//! catalog in `templates/locales/{lang}.ftl` (the format Weblate and Pontoon
//! edit), compiled into the binary. Nothing user-facing is written in code.
//!
//! A request's language is, in order: an explicit choice (`?lang=` from the
//! language menu, then remembered in the `lang` cookie), the browser's
//! `Accept-Language`, then the petition's default language (see
//! [`LangChoice`]). Numbers and dates follow the language too ([`Tr::number`],
//! [`Tr::date_time`]); plural forms come from the catalogs' selectors.
//!
//! A message missing from a catalog falls back to English, so a partial
//! translation never breaks a page; `tests::every_catalog_has_exactly_the_keys_of_english`
//! keeps them complete.

mod choice;

use std::borrow::Borrow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::{Arg, Msg};

pub use choice::{LANG_COOKIE, LangChoice};

/// The languages Handover speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    Nl,
    Nb,
    Ja,
    Ko,
}

impl Lang {
    /// Every language, in the order of the language menu.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::Nl,
        Lang::Nb,
        Lang::Ja,
        Lang::Ko,
    ];

    /// The BCP 47 code (`<html lang>`, the cookie, `?lang=`, the petition file).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Nl => "nl",
            Lang::Nb => "nb",
            Lang::Ja => "ja",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as the menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Nl => "Nederlands",
            Lang::Nb => "Norsk bokmål",
            Lang::Ja => "日本語",
            Lang::Ko => "한국어",
        }
    }

    /// A language from its code, or from a tag with a region ("ko-KR"); "no"
    /// and "nn" readers get Bokmål, the closest catalog.
    /// The Open Graph locale of link previews (`ko_KR`).
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::En => "en_GB",
            Lang::Fr => "fr_FR",
            Lang::De => "de_DE",
            Lang::Es => "es_ES",
            Lang::Nl => "nl_NL",
            Lang::Nb => "nb_NO",
            Lang::Ja => "ja_JP",
            Lang::Ko => "ko_KR",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            "nl" => Some(Lang::Nl),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "ja" => Some(Lang::Ja),
            "ko" => Some(Lang::Ko),
            _ => None,
        }
    }

    /// The languages officials of a country read, of those Handover speaks,
    /// most used first ("CA": English, French); empty where it speaks none.
    pub fn of_country(country: &str) -> &'static [Lang] {
        use Lang::*;
        match country {
            "KR" | "KP" => &[Ko],
            "JP" => &[Ja],
            "FR" | "MC" | "SN" | "CI" | "CD" | "CM" | "HT" => &[Fr],
            "BE" => &[Nl, Fr, De],
            "CH" => &[De, Fr],
            "LU" => &[Fr, De],
            "DE" | "AT" | "LI" => &[De],
            "NL" | "SR" => &[Nl],
            "NO" => &[Nb],
            "CA" => &[En, Fr],
            "US" | "GB" | "IE" | "AU" | "NZ" | "ZA" | "SG" | "IN" | "PH" => &[En],
            "ES" | "MX" | "AR" | "CL" | "CO" | "PE" | "VE" | "EC" | "GT" | "CU" | "BO" | "DO"
            | "HN" | "PY" | "SV" | "NI" | "CR" | "PA" | "UY" => &[Es],
            _ => &[],
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../templates/locales/en.ftl"),
            Lang::Fr => include_str!("../../templates/locales/fr.ftl"),
            Lang::De => include_str!("../../templates/locales/de.ftl"),
            Lang::Es => include_str!("../../templates/locales/es.ftl"),
            Lang::Nl => include_str!("../../templates/locales/nl.ftl"),
            Lang::Nb => include_str!("../../templates/locales/nb.ftl"),
            Lang::Ja => include_str!("../../templates/locales/ja.ftl"),
            Lang::Ko => include_str!("../../templates/locales/ko.ftl"),
        }
    }

    fn num_locale(self) -> num_format::Locale {
        use num_format::Locale;
        match self {
            Lang::En => Locale::en,
            Lang::Fr => Locale::fr,
            Lang::De => Locale::de,
            Lang::Es => Locale::es,
            Lang::Nl => Locale::nl,
            Lang::Nb => Locale::nb,
            Lang::Ja => Locale::ja,
            Lang::Ko => Locale::ko,
        }
    }

    fn chrono_locale(self) -> chrono::Locale {
        use chrono::Locale;
        match self {
            Lang::En => Locale::en_GB,
            Lang::Fr => Locale::fr_FR,
            Lang::De => Locale::de_DE,
            Lang::Es => Locale::es_ES,
            Lang::Nl => Locale::nl_NL,
            Lang::Nb => Locale::nb_NO,
            Lang::Ja => Locale::ja_JP,
            Lang::Ko => Locale::ko_KR,
        }
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Lang::parse(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language {code:?}")))
    }
}

impl From<String> for Lang {
    /// Reads a stored language code (diesel's `deserialize_as`); an unknown
    /// one reads as English, so a petition or a mail still shows.
    fn from(code: String) -> Self {
        Lang::parse(&code).unwrap_or(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Display for Msg {
    /// In English: for logs, the command line and petition files.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Tr::new(Lang::En).msg(self))
    }
}

struct Catalogs {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

static CATALOGS: LazyLock<Catalogs> = LazyLock::new(|| {
    let bundles = Lang::ALL.iter().map(|&lang| (lang, bundle(lang))).collect();
    Catalogs { bundles }
});

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let resource = match FluentResource::try_new(lang.source().to_owned()) {
        Ok(r) => r,
        Err((r, errors)) => {
            // Keeps every message that parsed; the catalog test fails on any error.
            tracing::error!(lang = lang.code(), ?errors, "catalog has syntax errors");
            r
        }
    };
    let id: unic_langid::LanguageIdentifier = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Every language here is written left to right: no isolation marks.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(
            lang = lang.code(),
            ?errors,
            "catalog has duplicate messages"
        );
    }
    bundle
}

/// Puts messages into words in one language; what templates call `l`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    /// A translator for `lang`.
    pub fn new(lang: Lang) -> Self {
        Tr { lang }
    }

    /// The language's code, for `<html lang>`.
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with one text argument.
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value));
        self.format(id, Some(&args))
    }

    /// The message `id` with two text arguments.
    pub fn t2(&self, id: &str, n1: &str, v1: &str, n2: &str, v2: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(n1, FluentValue::from(v1));
        args.set(n2, FluentValue::from(v2));
        self.format(id, Some(&args))
    }

    /// The message `id` with a count `$n` (selecting the plural form) and
    /// the count formatted for the language as `$count`.
    pub fn tn(&self, id: &str, n: impl Borrow<i64>) -> String {
        let n = *n.borrow();
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        args.set("count", FluentValue::from(self.number(n)));
        self.format(id, Some(&args))
    }

    /// A public count: the number in this language's digits, or "<3".
    pub fn public_count(&self, c: crate::domain::PublicCount) -> String {
        match c {
            crate::domain::PublicCount::Exact(n) => self.number(n),
            crate::domain::PublicCount::Few => crate::domain::PublicCount::FEW.to_owned(),
        }
    }

    /// Like [`Self::tn`] for a public count: "<3" reads with the plural
    /// form of 2.
    pub fn tn_public(&self, id: &str, c: crate::domain::PublicCount) -> String {
        let n = match c {
            crate::domain::PublicCount::Exact(n) => n,
            crate::domain::PublicCount::Few => crate::domain::PublicCount::MIN - 1,
        };
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        args.set("count", FluentValue::from(self.public_count(c)));
        self.format(id, Some(&args))
    }

    /// A message built elsewhere ([`Msg`]). A count `x` is passed as the
    /// number `$x` (for plural selectors) and formatted as `$x_fmt`.
    pub fn msg(&self, m: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &m.args {
            match value {
                Arg::Num(n) => {
                    args.set(*name, FluentValue::from(*n));
                    args.set(format!("{name}_fmt"), FluentValue::from(self.number(*n)));
                    if *name == "n" {
                        // As in `tn`: the plural count is also `$count`.
                        args.set("count", FluentValue::from(self.number(*n)));
                    }
                }
                Arg::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                Arg::Key(id) => args.set(*name, FluentValue::from(self.t(id))),
            }
        }
        self.format(m.id, Some(&args))
    }

    /// A whole number grouped the language's way ("12,345", "12 345", "12.345").
    pub fn number(&self, n: impl Borrow<i64>) -> String {
        use num_format::ToFormattedString;
        n.borrow().to_formatted_string(&self.lang.num_locale())
    }

    /// A date and time (UTC) in the language's usual long form, with the
    /// month's name and a four-digit year ("5 December 2026 14:30 UTC").
    pub fn date_time(&self, t: impl Borrow<chrono::NaiveDateTime>) -> String {
        let t = t.borrow();
        let pattern = self.date_pattern();
        let date = t
            .and_utc()
            .format_localized(pattern, self.lang.chrono_locale())
            .to_string();
        format!("{date} {} UTC", t.format("%H:%M"))
    }

    /// A date in the language's long form, in a point's time zone.
    pub fn local_date(&self, t: chrono::NaiveDateTime, zone: crate::domain::TimeZone) -> String {
        zone.local(t)
            .format_localized(self.date_pattern(), self.lang.chrono_locale())
            .to_string()
    }

    /// A date and time in a point's time zone, as people there read it, with
    /// the zone's abbreviation and offset ("5 December 2026 14:00 KST
    /// (UTC+09:00)"); storage stays UTC.
    pub fn local_time(&self, t: chrono::NaiveDateTime, zone: crate::domain::TimeZone) -> String {
        let local = zone.local(t);
        let abbreviation = local.format("%Z").to_string();
        let offset = local.format("%:z").to_string();
        let named = if abbreviation.starts_with(['+', '-']) {
            String::new()
        } else {
            format!(" {abbreviation}")
        };
        format!(
            "{} {}{named} (UTC{offset})",
            self.local_date(t, zone),
            local.format("%H:%M")
        )
    }

    fn date_pattern(&self) -> &'static str {
        match self.lang {
            Lang::En | Lang::Fr | Lang::Nl => "%-d %B %Y",
            Lang::De | Lang::Nb => "%-d. %B %Y",
            Lang::Es => "%-d de %B de %Y",
            Lang::Ja => "%Y年%-m月%-d日",
            Lang::Ko => "%Y년 %-m월 %-d일",
        }
    }

    /// A country's name from its ISO code; the code itself if unknown.
    pub fn country(&self, code: &str) -> String {
        let known = crate::domain::COUNTRIES.iter().any(|(c, _)| *c == code);
        if !known {
            return code.to_owned();
        }
        self.format(&format!("country-{code}"), None)
    }

    /// Every country, `(code, name)`, sorted by name in this language; built
    /// once per language, then shared.
    pub fn countries(&self) -> &'static [(&'static str, String)] {
        static SORTED: LazyLock<HashMap<Lang, Vec<(&'static str, String)>>> = LazyLock::new(|| {
            Lang::ALL
                .iter()
                .map(|&lang| {
                    let l = Tr::new(lang);
                    let mut list: Vec<(&'static str, String)> = crate::domain::COUNTRIES
                        .iter()
                        .map(|(code, _)| (*code, l.country(code)))
                        .collect();
                    list.sort_by_cached_key(|(_, name)| sort_key(name));
                    (lang, list)
                })
                .collect()
        });
        SORTED.get(&self.lang).map_or(&[], Vec::as_slice)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for lang in [self.lang, Lang::En] {
            let Some(bundle) = CATALOGS.bundles.get(&lang) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        lang = lang.code(),
                        id,
                        ?errors,
                        "message formatted with errors"
                    );
                }
                return text.into_owned();
            }
        }
        tracing::warn!(
            lang = self.lang.code(),
            id,
            "message missing from every catalog"
        );
        id.to_owned()
    }
}

/// A name folded for sorting: accents and case set aside ("Österreich" sorts
/// with "Oesterreich"…"Ozeanien" near "O", "États-Unis" among the "E"s).
/// Hangul and katakana already sort by their code points; kanji names do not
/// sort by reading, which would need a collation table.
fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(Lang::En)
    }
}

#[cfg(test)]
mod tests;

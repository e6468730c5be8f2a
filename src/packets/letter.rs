//! What the packet's pages say, in the petition's language, built once for
//! both forms they take: the HTML files and the PDFs. The templates only lay
//! it out (`templates/packet/*.html`, `templates/packet/*.typ`).

use chrono::NaiveDateTime;
use serde::Serialize;

use super::Frozen;
use crate::i18n::{Lang, Tr};
use crate::petitions::{DeliveryPoint, Petition, split_paragraphs};

/// A text a person wrote, with its direction: right to left when its first
/// strong character is (HTML's `dir="auto"`, applied the same way in the PDF).
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub s: String,
    pub rtl: bool,
}

impl Text {
    /// `s` as printed (see [`crate::packets::fonts::Fonts::printable`]).
    pub fn new(s: String) -> Text {
        let rtl = is_rtl(&s);
        Text { s, rtl }
    }

    /// `"rtl"` or `"ltr"`, for an HTML `dir`.
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
}

/// Whether a text's first strong character is right to left.
pub fn is_rtl(s: &str) -> bool {
    unicode_bidi::get_base_direction(s) == unicode_bidi::Direction::Rtl
}

/// The headings and fixed lines of the list of signatures.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ListLabels {
    pub number: String,
    pub name: String,
    pub city: String,
    pub country: String,
    pub signed_on: String,
    pub comment: String,
    pub receipt: String,
    /// "Page {page} of {pages}": the PDF fills the two numbers in.
    pub page: String,
    pub digest: String,
    pub root: String,
}

impl ListLabels {
    /// The labels in `tr`'s language.
    pub fn new(tr: Tr) -> ListLabels {
        ListLabels {
            number: tr.t("packet-col-number"),
            name: tr.t("packet-col-name"),
            city: tr.t("packet-col-city"),
            country: tr.t("packet-col-country"),
            signed_on: tr.t("packet-col-signed-on"),
            comment: tr.t("packet-col-comment"),
            receipt: tr.t("packet-col-receipt"),
            page: tr.t2("packet-page", "page", "{page}", "pages", "{pages}"),
            digest: tr.t("packet-digest"),
            root: tr.t("packet-root"),
        }
    }
}

/// The lines above the list and on every page's header.
#[derive(Debug, Clone, Serialize)]
pub struct ListHeader {
    pub title: Text,
    /// "To: <recipient>".
    pub to: Text,
    /// "Handed over at: <point>, <address>".
    pub at: Text,
    /// "Version 2, frozen …", or that it is a preview.
    pub version: String,
    /// "Total: 1,234 verified signatures."
    pub total: String,
}

impl ListHeader {
    /// The header of `point`'s list; `fix` turns each text into what can be
    /// printed (the identity for HTML).
    pub fn new(
        tr: Tr,
        petition: &Petition,
        point: &DeliveryPoint,
        count: u64,
        frozen: Option<Frozen<'_>>,
        fix: &mut dyn FnMut(&str) -> String,
    ) -> ListHeader {
        let place = format!("{}, {}", point.name, point_address(tr, point));
        ListHeader {
            title: Text::new(fix(&petition.title)),
            to: Text::new(tr.t1("packet-to", "recipient", &fix(&petition.recipient))),
            at: Text::new(tr.t1("packet-at", "point", &fix(&place))),
            version: version_line(tr, point, frozen),
            total: tr.tn("packet-total", count_i64(count)),
        }
    }
}

/// "Version 2, frozen 5 December 2026 02:00 KST (UTC+09:00)", or the
/// preview's warning.
pub fn version_line(tr: Tr, point: &DeliveryPoint, frozen: Option<Frozen<'_>>) -> String {
    match frozen {
        Some(f) => tr.t2(
            "packet-version",
            "version",
            &f.version.to_string(),
            "time",
            &tr.local_time(f.frozen_at, point.time_zone),
        ),
        None => tr.t("packet-preview"),
    }
}

/// The running total printed after row `n`, if one is due there.
pub fn running_total(tr: Tr, n: u64, every: u64) -> Option<String> {
    n.is_multiple_of(every)
        .then(|| tr.t1("packet-running-total", "count", &tr.number(count_i64(n))))
}

fn count_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The point's address once: the address as entered, followed by city and
/// country only where the address does not already name the city.
fn point_address(tr: Tr, point: &DeliveryPoint) -> String {
    if point.address.contains(point.city.as_str()) {
        point.address.clone()
    } else {
        format!(
            "{}, {}, {}",
            point.address,
            point.city,
            tr.country(&point.country)
        )
    }
}

/// One line of the cover letter's table of facts.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: Text,
    /// Digests and roots: monospaced, broken anywhere.
    pub mono: bool,
}

/// The petition's text in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    /// "The petition in 한국어", above a translation; none for the original.
    pub heading: Option<String>,
    pub lang: &'static str,
    pub title: Text,
    pub paragraphs: Vec<Text>,
}

/// Everything the cover letter says.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    pub lang: &'static str,
    pub heading: String,
    /// "Seoul, 5 December 2026 14:00 KST (UTC+09:00)": where and when it is
    /// handed over (the place alone when the point has no date).
    pub place_date: Text,
    pub to_label: String,
    /// The recipient, the point's name and its address, once each.
    pub address: Vec<Text>,
    pub original: Version,
    pub translation: Option<Version>,
    pub facts: Vec<Fact>,
    /// The public delivery page (a frozen packet's; shown as a QR code).
    pub public_url: Option<String>,
    pub closing: String,
}

/// What the cover letter is built from.
pub struct LetterInput<'a> {
    pub petition: &'a Petition,
    pub point: &'a DeliveryPoint,
    pub count: u64,
    pub first: Option<NaiveDateTime>,
    pub last: Option<NaiveDateTime>,
    pub digest: &'a str,
    pub frozen: Option<Frozen<'a>>,
    /// A frozen packet's root (64 hex).
    pub root: Option<&'a str>,
}

impl Letter {
    /// The letter for `input`, in the petition's language; `fix` as for
    /// [`ListHeader::new`].
    pub fn new(input: &LetterInput<'_>, fix: &mut dyn FnMut(&str) -> String) -> Letter {
        let LetterInput {
            petition,
            point,
            count,
            ..
        } = *input;
        let tr = Tr::new(petition.default_lang());
        let zone = point.time_zone;
        let city = fix(&point.city);
        let place_date = match point.delivery_at {
            Some(at) => tr.t2(
                "letter-place-date",
                "place",
                &city,
                "date",
                &tr.local_time(at, zone),
            ),
            None => city,
        };
        let address = [
            petition.recipient.as_str(),
            point.name.as_str(),
            &point_address(tr, point),
        ]
        .into_iter()
        .map(|s| Text::new(fix(s)))
        .collect();
        let mut version = |lang: Lang, heading: Option<String>, title: &str, body: &str| Version {
            heading,
            lang: lang.code(),
            title: Text::new(fix(title)),
            paragraphs: split_paragraphs(body)
                .into_iter()
                .map(|p| Text::new(fix(p)))
                .collect(),
        };
        let original = version(
            petition.default_lang(),
            None,
            &petition.title,
            &petition.body,
        );
        let translation = Lang::of_country(&point.country)
            .iter()
            .filter(|lang| **lang != petition.default_lang())
            .find_map(|lang| Some((*lang, petition.translations().get(lang)?)))
            .map(|(lang, text)| {
                let heading = tr.t1("letter-translation", "language", lang.endonym());
                version(lang, Some(heading), &text.title, &text.body)
            });

        let mut facts = Vec::new();
        let mut fact = |label: &str, value: String, mono: bool| {
            facts.push(Fact {
                label: tr.t(label),
                value: Text::new(value),
                mono,
            })
        };
        let figures = tr.number(count_i64(count));
        let counted = match number_in_words(petition.default_lang(), count) {
            Some(words) => tr.t2("letter-count-words", "count", &figures, "words", &words),
            None => figures,
        };
        fact("letter-verified", counted, false);
        match (input.first, input.last) {
            (Some(first), Some(last)) if count > 0 => fact(
                "letter-collected",
                tr.t2(
                    "letter-period",
                    "first",
                    &tr.local_date(first, zone),
                    "last",
                    &tr.local_date(last, zone),
                ),
                false,
            ),
            _ => fact("letter-collected", tr.t("letter-none"), false),
        }
        if !petition.organizer.trim().is_empty() {
            fact("letter-organized-by", fix(&petition.organizer), false);
        }
        if !point.local_group.trim().is_empty() {
            fact("letter-local-group", fix(&point.local_group), false);
        }
        if !petition.contact.trim().is_empty() {
            fact("letter-contact", fix(&petition.contact), false);
        }
        if input.frozen.is_some() {
            fact(
                "letter-version",
                version_line(tr, point, input.frozen),
                false,
            );
        }
        fact("letter-digest", input.digest.to_owned(), true);
        if let (Some(root), Some(f)) = (input.root, input.frozen) {
            fact("letter-proof", root.to_owned(), true);
            facts.push(Fact {
                label: String::new(),
                value: Text::new(tr.t2(
                    "letter-proof-text",
                    "size",
                    &figures_of(tr, count),
                    "url",
                    f.public_url,
                )),
                mono: false,
            });
        }
        Letter {
            lang: petition.default_lang().code(),
            heading: tr.t("letter-title"),
            place_date: Text::new(place_date),
            to_label: tr.t("letter-to"),
            address,
            original,
            translation,
            facts,
            public_url: input.frozen.map(|f| f.public_url.to_owned()),
            closing: tr.t("letter-confirmed"),
        }
    }
}

fn figures_of(tr: Tr, n: u64) -> String {
    tr.number(count_i64(n))
}

/// A count in words in `lang`, where Handover can spell numbers in it
/// (English and French by `num2words`, Japanese and Korean here); other
/// languages print the figures alone.
pub fn number_in_words(lang: Lang, n: u64) -> Option<String> {
    use num2words::{Lang as L, Num2Words};
    let via = |l: L| Num2Words::new(n).lang(l).to_words().ok();
    match lang {
        Lang::En => via(L::English),
        Lang::Fr => via(L::French),
        Lang::Ja => Some(east_asian(n, &JA)),
        Lang::Ko => Some(east_asian(n, &KO)),
        Lang::De | Lang::Es | Lang::Nl | Lang::Nb => None,
    }
}

/// Digits and powers for [`east_asian`].
struct Numerals {
    digits: [&'static str; 10],
    /// 十, 百, 千.
    small: [&'static str; 3],
    /// 万, 億, 兆.
    large: [&'static str; 3],
    /// Whether 一 is written before 千 (Japanese: 千, but 一万).
    one_before_thousand: bool,
}

const JA: Numerals = Numerals {
    digits: ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    small: ["十", "百", "千"],
    large: ["万", "億", "兆"],
    one_before_thousand: false,
};

const KO: Numerals = Numerals {
    digits: ["영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"],
    small: ["십", "백", "천"],
    large: ["만", "억", "조"],
    one_before_thousand: false,
};

/// A number in Sino-Japanese or Sino-Korean numerals, grouped by 10,000
/// (12,345 → 一万二千三百四十五 / 일만 이천삼백사십오).
fn east_asian(n: u64, num: &Numerals) -> String {
    if n == 0 {
        return num.digits[0].to_owned();
    }
    let korean = num.digits[0] == "영";
    let mut groups = Vec::new();
    let mut rest = n;
    while rest > 0 {
        groups.push(rest % 10_000);
        rest /= 10_000;
    }
    let mut parts: Vec<String> = Vec::new();
    for (i, &g) in groups.iter().enumerate().rev() {
        if g == 0 {
            continue;
        }
        let mut s = String::new();
        for (p, div) in [(2usize, 1000u64), (1, 100), (0, 10)] {
            let d = (g / div % 10) as usize;
            if d == 0 {
                continue;
            }
            if d > 1 || (p == 2 && num.one_before_thousand) {
                s.push_str(num.digits[d]);
            }
            s.push_str(num.small[p]);
        }
        let ones = (g % 10) as usize;
        if ones > 0 {
            s.push_str(num.digits[ones]);
        }
        if i > 0 {
            // 一万 in Japanese; 만, not 일만, in Korean (but 일억, 일조).
            if korean && i == 1 && g == 1 {
                s.clear();
            }
            if let Some(unit) = num.large.get(i - 1) {
                s.push_str(unit);
            }
        }
        parts.push(s);
    }
    parts.join(if korean { " " } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_spelled_in_japanese_and_korean() {
        assert_eq!(east_asian(12_345, &JA), "一万二千三百四十五");
        assert_eq!(east_asian(1_000, &JA), "千");
        assert_eq!(east_asian(10_000, &JA), "一万");
        assert_eq!(east_asian(100_010, &JA), "十万十");
        assert_eq!(east_asian(12_345, &KO), "만 이천삼백사십오");
        assert_eq!(east_asian(100_000_000, &KO), "일억");
        assert_eq!(east_asian(101, &KO), "백일");
        assert_eq!(
            number_in_words(Lang::En, 1_234).as_deref(),
            Some("one thousand two hundred and thirty-four")
        );
    }

    #[test]
    fn the_first_strong_character_decides_direction() {
        assert!(is_rtl("تضامن 100%"));
        assert!(is_rtl("100% תודה"));
        assert!(!is_rtl("Kim تضامن"));
        assert!(!is_rtl("123"));
    }
}

//! The petition file (TOML): parsing with line and column in every error, and
//! creating or updating a petition and its delivery points from it.

use std::collections::HashSet;
use std::ops::Range;

use anyhow::Context;
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Deserialize;
use toml::Spanned;

use super::{
    MAX_ADDRESS, MAX_BODY, MAX_CITY, MAX_TITLE, NewDeliveryPoint, NewPetition, Petition,
    PetitionText, PointText, PointTranslations, Translations,
};
use crate::i18n::Lang;

const LANG_CODES: &str = "lang must be one of en, fr, de, es, nl, nb, ja, ko";
use crate::db::schema::{delivery_points, petitions, signatures};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{Country, EmbedOrigins, Goal, RetentionDays, Slug, TimeZone};

/// A petition file that was refused, with where and why.
#[derive(Debug, thiserror::Error)]
#[error("line {line}, column {column}: {reason}")]
pub struct FileError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub reason: String,
}

/// A parsed, validated petition file, ready to store.
#[derive(Debug, Clone)]
pub struct PetitionFile {
    pub petition: NewPetition,
    pub delivery_points: Vec<DeliveryPointFile>,
}

/// One `[[delivery_points]]` table of a petition file.
#[derive(Debug, Clone)]
pub struct DeliveryPointFile {
    pub slug: Slug,
    pub name: String,
    pub country: Country,
    pub city: String,
    pub address: String,
    pub delivery_at: Option<NaiveDateTime>,
    pub time_zone: TimeZone,
    pub cutoff_at: Option<NaiveDateTime>,
    pub local_group: String,
    pub translations: PointTranslations,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    slug: Spanned<String>,
    title: Spanned<String>,
    body: Spanned<String>,
    recipient: Spanned<String>,
    organizer: Option<Spanned<String>>,
    /// How officials reach the organizers (cover letter).
    contact: Option<Spanned<String>>,
    goal: Spanned<i64>,
    opens_at: Option<Spanned<RawTime>>,
    closes_at: Option<Spanned<RawTime>>,
    retention_days: Option<Spanned<i64>>,
    /// The language of `title`, `body` and `recipient`; English if absent.
    lang: Option<Spanned<String>>,
    /// `[translations.fr]` and so on.
    translations: Option<std::collections::BTreeMap<String, Spanned<RawTranslation>>>,
    /// The sites that may frame the counter: `["https://campaign.example"]`.
    embed_origins: Option<Spanned<Vec<String>>>,
    delivery_points: Spanned<Vec<RawPoint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    title: Spanned<String>,
    body: Spanned<String>,
    recipient: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    slug: Spanned<String>,
    name: Spanned<String>,
    country: Spanned<String>,
    city: Spanned<String>,
    address: Spanned<String>,
    delivery_at: Option<Spanned<RawTime>>,
    /// An IANA name; may be left out where the country keeps one zone.
    time_zone: Option<Spanned<String>>,
    cutoff_at: Option<Spanned<RawTime>>,
    /// The group handing this point's packet over (cover letter).
    local_group: Option<Spanned<String>>,
    /// `[delivery_points.translations.ko]`: its name and city in Korean.
    translations: Option<std::collections::BTreeMap<String, Spanned<RawPointTranslation>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPointTranslation {
    name: Option<Spanned<String>>,
    city: Option<Spanned<String>>,
}

/// A time written as an RFC 3339 string or as a TOML date-time.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawTime {
    Text(String),
    Toml(toml::value::Datetime),
}

/// Parses and checks a petition file. Nothing is stored.
pub fn parse(source: &str) -> Result<PetitionFile, FileError> {
    let raw: RawFile = toml::from_str(source).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        at(source, span, e.message().to_owned())
    })?;
    let err = |span: Range<usize>, reason: &str| at(source, span, reason.to_owned());

    let slug =
        Slug::parse(raw.slug.get_ref()).map_err(|e| err(raw.slug.span(), &format!("slug: {e}")))?;
    let title = text(source, &raw.title, "title", MAX_TITLE)?;
    let body = text(source, &raw.body, "body", MAX_BODY)?;
    let recipient = text(source, &raw.recipient, "recipient", MAX_TITLE)?;
    let organizer = match &raw.organizer {
        Some(o) => text(source, o, "organizer", MAX_TITLE)?,
        None => String::new(),
    };
    let contact = match &raw.contact {
        Some(c) => text(source, c, "contact", MAX_TITLE)?,
        None => String::new(),
    };
    let goal = Goal::new(*raw.goal.get_ref())
        .map_err(|_| {
            let bounds = format!("goal must be between {} and {}", Goal::MIN, Goal::MAX);
            err(raw.goal.span(), &bounds)
        })?
        .get();
    let retention_days = match &raw.retention_days {
        None => RetentionDays::DEFAULT,
        Some(d) => RetentionDays::new(*d.get_ref()).map_err(|_| {
            let bounds = format!(
                "retention_days must be between {} and {}",
                RetentionDays::MIN,
                RetentionDays::MAX
            );
            err(d.span(), &bounds)
        })?,
    }
    .get();
    let lang = match &raw.lang {
        None => Lang::En,
        Some(l) => Lang::parse(l.get_ref())
            .filter(|lang| lang.code() == l.get_ref().trim())
            .ok_or_else(|| err(l.span(), LANG_CODES))?,
    };
    let other_lang = |code: &str, span: Range<usize>, table: &str| {
        let other = Lang::parse(code)
            .filter(|other| other.code() == code)
            .ok_or_else(|| err(span.clone(), &format!("[{table}.{code}]: {LANG_CODES}")))?;
        if other == lang {
            return Err(err(
                span,
                &format!("[{table}.{code}] repeats the petition's own language"),
            ));
        }
        Ok(other)
    };
    let mut translations = Translations::new();
    for (code, t) in raw.translations.iter().flatten() {
        let other = other_lang(code, t.span(), "translations")?;
        let t = t.get_ref();
        translations.insert(
            other,
            PetitionText {
                title: text(source, &t.title, "title", MAX_TITLE)?,
                body: text(source, &t.body, "body", MAX_BODY)?,
                recipient: text(source, &t.recipient, "recipient", MAX_TITLE)?,
            },
        );
    }
    let opens_at = time(source, raw.opens_at.as_ref())?;
    let closes_at = time(source, raw.closes_at.as_ref())?;
    if let (Some(o), Some(c), Some(span)) = (opens_at, closes_at, raw.closes_at.as_ref())
        && c <= o
    {
        return Err(err(span.span(), "closes_at must be after opens_at"));
    }

    if raw.delivery_points.get_ref().is_empty() {
        return Err(err(
            raw.delivery_points.span(),
            "a petition needs at least one [[delivery_points]]",
        ));
    }
    let mut seen = HashSet::new();
    let mut points = Vec::new();
    for p in raw.delivery_points.get_ref() {
        let slug =
            Slug::parse(p.slug.get_ref()).map_err(|e| err(p.slug.span(), &format!("slug: {e}")))?;
        if !seen.insert(slug.clone()) {
            return Err(err(p.slug.span(), "this delivery point slug is used twice"));
        }
        let country = Country::parse(p.country.get_ref()).map_err(|_| {
            err(
                p.country.span(),
                "country must be an ISO 3166-1 alpha-2 code such as \"KR\"",
            )
        })?;
        let time_zone = match &p.time_zone {
            Some(tz) => TimeZone::parse(tz.get_ref()).map_err(|_| {
                err(
                    tz.span(),
                    "time_zone must be an IANA time zone such as \"Asia/Seoul\"",
                )
            })?,
            None => TimeZone::default_for(country.code()).ok_or_else(|| {
                err(
                    p.country.span(),
                    &format!(
                        "{} has several time zones: give this point a time_zone such as \"America/Toronto\"",
                        country.code()
                    ),
                )
            })?,
        };
        let mut point_translations = PointTranslations::new();
        for (code, t) in p.translations.iter().flatten() {
            let other = other_lang(code, t.span(), "delivery_points.translations")?;
            let part = |v: &Option<Spanned<String>>, field, max| match v {
                Some(v) => text(source, v, field, max),
                None => Ok(String::new()),
            };
            let t = PointText {
                name: part(&t.get_ref().name, "name", MAX_TITLE)?,
                city: part(&t.get_ref().city, "city", MAX_CITY)?,
            };
            point_translations.insert(other, t);
        }
        let delivery_at = time(source, p.delivery_at.as_ref())?;
        let cutoff_at = time(source, p.cutoff_at.as_ref())?;
        if let (Some(c), Some(d), Some(span)) = (cutoff_at, delivery_at, p.cutoff_at.as_ref())
            && c > d
        {
            return Err(err(span.span(), "cutoff_at must not be after delivery_at"));
        }
        points.push(DeliveryPointFile {
            slug,
            name: text(source, &p.name, "name", MAX_TITLE)?,
            country,
            city: text(source, &p.city, "city", MAX_CITY)?,
            address: text(source, &p.address, "address", MAX_ADDRESS)?,
            local_group: match &p.local_group {
                Some(g) => text(source, g, "local_group", MAX_TITLE)?,
                None => String::new(),
            },
            delivery_at,
            time_zone,
            cutoff_at,
            translations: point_translations,
        });
    }
    let embed_origins = match &raw.embed_origins {
        None => EmbedOrigins::default(),
        Some(o) => EmbedOrigins::parse(&o.get_ref().join("\n")).map_err(|bad| {
            err(
                o.span(),
                &format!(
                    "embed_origins: {bad:?} is not an origin such as \"https://campaign.example\""
                ),
            )
        })?,
    };

    Ok(PetitionFile {
        petition: NewPetition {
            slug: slug.as_str().to_owned(),
            title,
            body,
            recipient,
            organizer,
            goal,
            opens_at,
            closes_at,
            retention_days,
            lang: lang.code().to_owned(),
            translations: serde_json::to_string(&translations)
                .map_err(|e| err(0..0, &format!("translations: {e}")))?,
            contact,
            embed_origins: embed_origins.to_lines(),
        },
        delivery_points: points,
    })
}

fn text(source: &str, v: &Spanned<String>, field: &str, max: usize) -> Result<String, FileError> {
    super::bounded_text(v.get_ref(), field, max).map_err(|reason| at(source, v.span(), reason))
}

fn time(source: &str, v: Option<&Spanned<RawTime>>) -> Result<Option<NaiveDateTime>, FileError> {
    let Some(v) = v else { return Ok(None) };
    let text = match v.get_ref() {
        RawTime::Text(s) => s.clone(),
        RawTime::Toml(d) => d.to_string(),
    };
    DateTime::parse_from_rfc3339(&text)
        .map(|t| Some(t.with_timezone(&Utc).naive_utc()))
        .map_err(|_| {
            at(
                source,
                v.span(),
                "expected an RFC 3339 time with an offset, such as 2026-12-05T10:00:00+09:00"
                    .to_owned(),
            )
        })
}

/// An error at the start of `span`, with its line and column.
fn at(source: &str, span: Range<usize>, reason: String) -> FileError {
    let start = span.start.min(source.len());
    let before = source.get(..start).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit_once('\n')
        .map_or(before, |(_, tail)| tail)
        .chars()
        .count()
        + 1;
    FileError {
        line,
        column,
        reason,
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// The petition's id.
    pub petition_id: i64,
    /// Whether the petition was new.
    pub created: bool,
    /// How many delivery points the petition has now.
    pub delivery_points: usize,
}

/// Creates the petition, or updates the one with the same slug, and makes its
/// delivery points those of the file. A delivery point left out of the file is
/// removed if it has no signatures; if it has, the whole import is refused.
pub fn store(conn: &mut DbConnection, file: &PetitionFile) -> anyhow::Result<ImportReport> {
    let now = Utc::now().naive_utc();
    write_transaction(conn, |conn| {
        let existing = Petition::find_by_slug(conn, &file.petition.slug)?;
        let created = existing.is_none();
        let petition_id = match existing {
            Some(p) => {
                diesel::update(petitions::table.find(p.id))
                    .set((&file.petition, petitions::updated_at.eq(now)))
                    .execute(conn)?;
                p.id
            }
            None => {
                diesel::insert_into(petitions::table)
                    .values((
                        &file.petition,
                        petitions::created_at.eq(now),
                        petitions::updated_at.eq(now),
                    ))
                    .execute(conn)?;
                petitions::table
                    .filter(petitions::slug.eq(&file.petition.slug))
                    .select(petitions::id)
                    .first(conn)?
            }
        };

        let current: Vec<(i64, String)> = delivery_points::table
            .filter(delivery_points::petition_id.eq(petition_id))
            .select((delivery_points::id, delivery_points::slug))
            .load(conn)?;
        for (position, point) in file.delivery_points.iter().enumerate() {
            let row = NewDeliveryPoint {
                petition_id,
                slug: point.slug.as_str().to_owned(),
                name: point.name.clone(),
                country: point.country.code().to_owned(),
                city: point.city.clone(),
                address: point.address.clone(),
                delivery_at: point.delivery_at,
                position: i32::try_from(position).unwrap_or(i32::MAX),
                time_zone: point.time_zone.name().to_owned(),
                cutoff_at: point.cutoff_at,
                local_group: point.local_group.clone(),
                translations: serde_json::to_string(&point.translations)
                    .context("writing a point's translations")?,
            };
            match current.iter().find(|(_, slug)| slug == point.slug.as_str()) {
                Some((id, _)) => {
                    diesel::update(delivery_points::table.find(id))
                        .set(&row)
                        .execute(conn)?;
                }
                None => {
                    diesel::insert_into(delivery_points::table)
                        .values(&row)
                        .execute(conn)?;
                }
            }
        }
        for (id, slug) in &current {
            if file.delivery_points.iter().any(|p| p.slug.as_str() == slug) {
                continue;
            }
            let signed: i64 = signatures::table
                .filter(signatures::delivery_point_id.eq(id))
                .count()
                .get_result(conn)?;
            anyhow::ensure!(
                signed == 0,
                "delivery point `{slug}` has {signed} signatures and cannot be removed; keep it in the file"
            );
            diesel::delete(delivery_points::table.find(id)).execute(conn)?;
        }
        Ok(ImportReport {
            petition_id,
            created,
            delivery_points: file.delivery_points.len(),
        })
    })
    .context("storing the petition file")
}

/// The demo petition shipped with the app.
pub const DEMO_PETITION: &str = include_str!("../../demo/petition.toml");
/// The demo petition's slug (its file's `slug`; a unit test keeps them equal).
pub const DEMO_SLUG: &str = "north-korean-refugees";

/// Moves the demo's delivery weekend (written in the file as Friday 24 and
/// Saturday 25 September 2027) by whole weeks to the first such weekend at
/// least two weeks after `today`, so a demo loaded on any day shows a
/// delivery day ahead, every point still open for signing. Whole weeks keep
/// the weekdays; local times stay as written, since the weekend is moved in
/// each point's own time zone.
pub fn move_demo_weekend(file: &mut PetitionFile, today: chrono::NaiveDate) {
    let Some(written) = chrono::NaiveDate::from_ymd_opt(2027, 9, 24) else {
        return;
    };
    let wanted = today + chrono::Days::new(14);
    let weeks = (wanted - written).num_days().div_euclid(7) + 1;
    let shift = chrono::Duration::weeks(weeks);
    for point in &mut file.delivery_points {
        let zone = point.time_zone;
        point.delivery_at = point.delivery_at.and_then(|utc| {
            let local = zone.local(utc).naive_local() + shift;
            zone.to_utc(local)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
slug = "demo"
title = "A title"
body = "One.\n\nTwo."
recipient = "Someone"
goal = 10

[[delivery_points]]
slug = "seoul"
name = "Embassy"
country = "kr"
city = "Seoul"
address = "1 Street"
"#;

    #[test]
    fn a_good_file_parses() {
        let f = parse(GOOD).unwrap();
        assert_eq!(f.petition.slug, "demo");
        assert_eq!(f.delivery_points[0].country.code(), "KR");
    }

    #[test]
    fn a_bad_country_is_reported_at_its_line_and_column() {
        let bad = GOOD.replace("country = \"kr\"", "country = \"Korea\"");
        let e = parse(&bad).unwrap_err();
        assert_eq!((e.line, e.column), (11, 11), "{e}");
        assert!(e.reason.contains("ISO 3166"));
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_line() {
        let bad = GOOD.replace("goal = 10", "goal = = 10");
        let e = parse(&bad).unwrap_err();
        assert_eq!(e.line, 6, "{e}");
    }

    #[test]
    fn point_translations_and_embed_origins_are_read_and_checked() {
        let good = GOOD.replace(
            "goal = 10",
            "goal = 10\nembed_origins = [\"https://campaign.example\"]",
        ) + "[delivery_points.translations.ko]\nname = \"대사관\"\ncity = \"서울\"\n";
        let f = parse(&good).unwrap();
        assert_eq!(f.petition.embed_origins, "https://campaign.example");
        assert_eq!(f.delivery_points[0].translations[&Lang::Ko].name, "대사관");
        let bad = good.replace("https://campaign.example", "*");
        let e = parse(&bad).unwrap_err();
        assert_eq!(e.line, 7, "{e}");
        assert!(e.reason.contains("embed_origins"), "{e}");
        let bad = good.replace("translations.ko", "translations.kr");
        assert!(
            parse(&bad)
                .unwrap_err()
                .reason
                .contains("[delivery_points.translations.kr]")
        );
    }

    #[test]
    fn an_unknown_key_is_refused() {
        let bad = GOOD.replace("goal = 10", "goal = 10\ncolour = \"red\"");
        let e = parse(&bad).unwrap_err();
        assert!(e.reason.contains("colour"), "{e}");
    }

    #[test]
    fn the_demo_petition_parses_with_points_in_eleven_countries() {
        let f = parse(DEMO_PETITION).unwrap();
        assert_eq!(f.petition.slug, DEMO_SLUG);
        let countries: HashSet<_> = f.delivery_points.iter().map(|p| p.country.code()).collect();
        assert_eq!(countries.len(), 11, "{countries:?}");
    }

    #[test]
    fn the_demo_has_a_time_zone_everywhere_and_a_weekend_ahead_wherever_it_is_loaded() {
        let mut f = parse(DEMO_PETITION).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2031, 3, 3).unwrap();
        move_demo_weekend(&mut f, today);
        for p in &f.delivery_points {
            let at = p.delivery_at.unwrap();
            let local = p.time_zone.local(at);
            assert!(at.date() >= today + chrono::Days::new(14), "{}", p.slug);
            assert!(at.date() < today + chrono::Days::new(24), "{}", p.slug);
            use chrono::{Datelike, Timelike};
            assert!(
                matches!(local.weekday(), chrono::Weekday::Fri | chrono::Weekday::Sat),
                "{}",
                p.slug
            );
            assert!(matches!(local.hour(), 11 | 14), "{} at {local}", p.slug);
        }
        let seoul = f
            .delivery_points
            .iter()
            .find(|p| p.slug.as_str() == "seoul-embassy")
            .unwrap();
        assert_eq!(seoul.time_zone.name(), "Asia/Seoul");
        let toronto = f
            .delivery_points
            .iter()
            .find(|p| p.slug.as_str() == "toronto-consulate")
            .unwrap();
        assert_eq!(toronto.time_zone.name(), "America/Toronto");
    }

    #[test]
    fn a_country_with_several_zones_needs_a_time_zone_and_a_typo_is_pointed_at() {
        let us = GOOD.replace("country = \"kr\"", "country = \"US\"");
        let e = parse(&us).unwrap_err();
        assert!(e.reason.contains("several time zones"), "{e}");
        let typo = GOOD.replace(
            "address = \"1 Street\"",
            "address = \"1 Street\"\ntime_zone = \"Asia/Seol\"",
        );
        let e = parse(&typo).unwrap_err();
        assert_eq!(e.line, 14, "{e}");
        assert!(e.reason.contains("IANA"), "{e}");
        let late = GOOD.replace(
            "address = \"1 Street\"",
            "address = \"1 Street\"\ndelivery_at = \"2026-12-05T14:00:00+09:00\"\ncutoff_at = \"2026-12-06T00:00:00+09:00\"",
        );
        assert!(parse(&late).unwrap_err().reason.contains("cutoff_at"));
        let ok = GOOD.replace(
            "address = \"1 Street\"",
            "address = \"1 Street\"\ntime_zone = \"Asia/Seoul\"",
        );
        assert_eq!(
            parse(&ok).unwrap().delivery_points[0].time_zone.name(),
            "Asia/Seoul"
        );
    }

    #[test]
    fn translations_are_read_per_language_and_an_unknown_language_is_pointed_at() {
        let f = parse(DEMO_PETITION).unwrap();
        let translations: Translations = serde_json::from_str(&f.petition.translations).unwrap();
        assert_eq!(f.petition.lang, "en");
        assert_eq!(
            translations[&Lang::Ko].title,
            "탈북 난민 강제 북송을 중단하십시오"
        );

        let bad = DEMO_PETITION.replace("[translations.ja]", "[translations.jp]");
        let e = parse(&bad).unwrap_err();
        let line = bad.lines().position(|l| l == "[translations.jp]").unwrap() + 1;
        assert!(e.reason.contains("[translations.jp]"), "{e}");
        assert_eq!(e.line, line, "{e}");

        let own = DEMO_PETITION.replace("[translations.ko]", "[translations.en]");
        assert!(parse(&own).unwrap_err().reason.contains("repeats"));
    }
}

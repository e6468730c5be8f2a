//! Creating and editing petitions and delivery points from the organizer
//! pages. Each change is audited in its own transaction.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::{
    DeliveryPoint, MAX_ADDRESS, MAX_BODY, MAX_CITY, MAX_TITLE, NewDeliveryPoint, NewPetition,
    Petition, PetitionText, PointText, PointTranslations, Translations, bounded_text,
};
use crate::audit::{self, Action, Actor};
use crate::db::schema::{delivery_points, petitions, signatures};
use crate::db::{DbConnection, is_unique_violation, write_transaction};
use crate::domain::Msg;
use crate::domain::{Country, EmbedOrigins, FieldErrors, Goal, RetentionDays, Slug, TimeZone};
use crate::i18n::Lang;

/// A required text field, trimmed, of at most `max` characters.
fn required(s: &str, max: usize) -> Result<String, Msg> {
    bounded_text(s, "", max).map_err(|_| {
        if s.trim().is_empty() {
            Msg::new("org-error-empty")
        } else {
            Msg::new("org-error-too-long").num("max", i64::try_from(max).unwrap_or(i64::MAX))
        }
    })
}

/// An optional text: empty stays empty, anything else as [`required`].
fn optional(s: &str, max: usize) -> Result<String, Msg> {
    if s.trim().is_empty() {
        Ok(String::new())
    } else {
        required(s, max)
    }
}

/// The petition form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PetitionFields {
    pub slug: String,
    pub title: String,
    pub body: String,
    pub recipient: String,
    pub organizer: String,
    /// How officials reach the organizers; optional.
    pub contact: String,
    pub goal: String,
    pub opens_at: String,
    pub closes_at: String,
    pub retention_days: String,
    /// The language of title, text and recipient.
    pub lang: String,
    /// The sites that may frame the counter, one origin per line.
    pub embed_origins: String,
    /// The texts in other languages: `tr-{lang}-{title|recipient|body}`.
    #[serde(flatten)]
    pub translations: std::collections::BTreeMap<String, String>,
}

/// The form field of a translated text (`part`: title, recipient or body of
/// a petition, name or city of a point, subject (or body) of an update):
/// `tr-fr-title`. `'static`, because
/// field errors are filed under it.
pub fn translation_field(lang: Lang, part: &str) -> &'static str {
    const FIELDS: [[&str; 6]; 8] = [
        [
            "tr-en-title",
            "tr-en-recipient",
            "tr-en-body",
            "tr-en-name",
            "tr-en-city",
            "tr-en-subject",
        ],
        [
            "tr-fr-title",
            "tr-fr-recipient",
            "tr-fr-body",
            "tr-fr-name",
            "tr-fr-city",
            "tr-fr-subject",
        ],
        [
            "tr-de-title",
            "tr-de-recipient",
            "tr-de-body",
            "tr-de-name",
            "tr-de-city",
            "tr-de-subject",
        ],
        [
            "tr-es-title",
            "tr-es-recipient",
            "tr-es-body",
            "tr-es-name",
            "tr-es-city",
            "tr-es-subject",
        ],
        [
            "tr-nl-title",
            "tr-nl-recipient",
            "tr-nl-body",
            "tr-nl-name",
            "tr-nl-city",
            "tr-nl-subject",
        ],
        [
            "tr-nb-title",
            "tr-nb-recipient",
            "tr-nb-body",
            "tr-nb-name",
            "tr-nb-city",
            "tr-nb-subject",
        ],
        [
            "tr-ja-title",
            "tr-ja-recipient",
            "tr-ja-body",
            "tr-ja-name",
            "tr-ja-city",
            "tr-ja-subject",
        ],
        [
            "tr-ko-title",
            "tr-ko-recipient",
            "tr-ko-body",
            "tr-ko-name",
            "tr-ko-city",
            "tr-ko-subject",
        ],
    ];
    let row = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let col = match part {
        "title" => 0,
        "recipient" => 1,
        "body" => 2,
        "name" => 3,
        "city" => 4,
        _ => 5,
    };
    FIELDS[row][col]
}

impl PetitionFields {
    /// The form filled from a stored petition.
    pub fn from_petition(p: &Petition) -> Self {
        let time = |t: Option<NaiveDateTime>| {
            t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
                .unwrap_or_default()
        };
        PetitionFields {
            slug: p.slug.clone(),
            title: p.title.clone(),
            body: p.body.clone(),
            recipient: p.recipient.clone(),
            organizer: p.organizer.clone(),
            contact: p.contact.clone(),
            goal: p.goal.to_string(),
            opens_at: time(p.opens_at),
            closes_at: time(p.closes_at),
            retention_days: p.retention_days.to_string(),
            lang: p.default_lang().code().to_owned(),
            embed_origins: p.embed_origins.to_lines(),
            translations: p
                .translations()
                .clone()
                .into_iter()
                .flat_map(|(lang, t)| {
                    [
                        (translation_field(lang, "title").to_owned(), t.title),
                        (translation_field(lang, "recipient").to_owned(), t.recipient),
                        (translation_field(lang, "body").to_owned(), t.body),
                    ]
                })
                .collect(),
        }
    }

    /// A translated text as typed ("" if none).
    pub fn translation(&self, lang: Lang, part: &str) -> &str {
        self.translations
            .get(translation_field(lang, part))
            .map_or("", String::as_str)
    }

    /// Checks the language and the translations: a language is translated
    /// when any of its three fields is filled, and then needs all three.
    fn validate_languages(&self, errors: &mut FieldErrors) -> (Lang, Translations) {
        let lang = match self.lang.trim() {
            "" => Lang::En,
            code => Lang::parse(code).unwrap_or_else(|| {
                errors.add("lang", Msg::new("org-error-lang"));
                Lang::En
            }),
        };
        let mut translations = Translations::new();
        for other in Lang::ALL {
            let parts = ["title", "recipient", "body"].map(|p| self.translation(other, p));
            if parts.iter().all(|p| p.trim().is_empty()) {
                continue;
            }
            if other == lang {
                // Never drop typed text: the petition's own language has its
                // texts in the main fields; the organizer moves them there.
                errors.add(
                    translation_field(other, "title"),
                    Msg::new("org-error-tr-own-lang"),
                );
                continue;
            }
            let limits = [MAX_TITLE, MAX_TITLE, MAX_BODY];
            let mut checked = Vec::new();
            for (i, part) in ["title", "recipient", "body"].into_iter().enumerate() {
                match required(parts[i], limits[i]) {
                    Ok(t) => checked.push(t),
                    Err(e) => errors.add(translation_field(other, part), e),
                }
            }
            if let Ok([title, recipient, body]) = <[String; 3]>::try_from(checked) {
                translations.insert(
                    other,
                    PetitionText {
                        title,
                        body,
                        recipient,
                    },
                );
            }
        }
        (lang, translations)
    }

    /// Checks every field.
    pub fn validate(&self) -> Result<NewPetition, FieldErrors> {
        let mut errors = FieldErrors::new();
        let field = |errors: &mut FieldErrors, name: &'static str, r: Result<String, Msg>| {
            r.map_err(|e| errors.add(name, e)).ok()
        };
        let slug = field(
            &mut errors,
            "slug",
            Slug::parse(self.slug.trim())
                .map(|s| s.as_str().to_owned())
                .map_err(|e| e.0),
        );
        let title = field(&mut errors, "title", required(&self.title, MAX_TITLE));
        let body = field(&mut errors, "body", required(&self.body, MAX_BODY));
        let recipient = field(
            &mut errors,
            "recipient",
            required(&self.recipient, MAX_TITLE),
        );
        let organizer = if self.organizer.trim().is_empty() {
            Some(String::new())
        } else {
            field(
                &mut errors,
                "organizer",
                required(&self.organizer, MAX_TITLE),
            )
        };
        let contact = field(&mut errors, "contact", optional(&self.contact, MAX_TITLE));
        let goal = errors.check("goal", Goal::parse(&self.goal)).map(Goal::get);
        let retention_days = errors
            .check("retention_days", RetentionDays::parse(&self.retention_days))
            .unwrap_or_default()
            .get();
        let opens_at = parse_time(&self.opens_at)
            .map_err(|e| errors.add("opens_at", e))
            .ok();
        let closes_at = parse_time(&self.closes_at)
            .map_err(|e| errors.add("closes_at", e))
            .ok();
        if let (Some(Some(o)), Some(Some(c))) = (opens_at, closes_at)
            && c <= o
        {
            errors.add("closes_at", Msg::new("org-error-closes-before-opens"));
        }
        let embed_origins = EmbedOrigins::parse(&self.embed_origins)
            .map_err(|bad| {
                errors.add(
                    "embed_origins",
                    Msg::new("org-error-embed-origin").text("origin", &bad),
                )
            })
            .map(|o| o.to_lines())
            .unwrap_or_default();
        let (lang, translations) = self.validate_languages(&mut errors);
        let translations = serde_json::to_string(&translations).unwrap_or_else(|_| "{}".into());
        match (
            slug, title, body, recipient, organizer, goal, opens_at, closes_at, contact,
        ) {
            (
                Some(slug),
                Some(title),
                Some(body),
                Some(recipient),
                Some(organizer),
                Some(goal),
                Some(opens_at),
                Some(closes_at),
                Some(contact),
            ) if errors.is_empty() => Ok(NewPetition {
                slug,
                title,
                body,
                recipient,
                organizer,
                goal,
                opens_at,
                closes_at,
                retention_days,
                lang: lang.code().to_owned(),
                translations,
                contact,
                embed_origins,
            }),
            _ => Err(errors),
        }
    }
}

/// Reads a time from a `datetime-local` field (taken as UTC) or RFC 3339; empty is none.
pub(crate) fn parse_time(s: &str) -> Result<Option<NaiveDateTime>, Msg> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s)
        && (1900..=2200).contains(&chrono::Datelike::year(&t))
    {
        return Ok(Some(t.with_timezone(&Utc).naive_utc()));
    }
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        // A year a campaign can mean: chrono reads `+262143-…` too, which
        // no arithmetic on it survives.
        .filter(|t| (1900..=2200).contains(&chrono::Datelike::year(t)))
        .map(Some)
        .ok_or_else(|| Msg::new("org-error-time"))
}

/// Reads a time from a `datetime-local` field as wall-clock time in `zone`,
/// or as RFC 3339; empty is none.
pub(crate) fn parse_local_time(s: &str, zone: TimeZone) -> Result<Option<NaiveDateTime>, Msg> {
    let s = s.trim();
    if s.is_empty() || DateTime::parse_from_rfc3339(s).is_ok() {
        return parse_time(s);
    }
    match parse_time(s)? {
        Some(local) => zone
            .to_utc(local)
            .map(Some)
            .ok_or_else(|| Msg::new("org-error-time")),
        None => Ok(None),
    }
}

/// Runs a change and its audit entry in one transaction: every change made
/// here is recorded, or neither happens.
fn audited(
    conn: &mut DbConnection,
    by: Actor<'_>,
    now: NaiveDateTime,
    detail: &str,
    change: impl FnOnce(&mut DbConnection) -> QueryResult<()>,
) -> QueryResult<()> {
    write_transaction(conn, |conn| {
        change(conn)?;
        audit::record(conn, by, Action::PetitionChange, detail, now)
    })
}

/// A unique-key violation on a slug is the organizer's to fix: a field error.
fn slug_taken(
    done: QueryResult<()>,
    message: &'static str,
) -> anyhow::Result<Result<(), FieldErrors>> {
    match done {
        Ok(()) => Ok(Ok(())),
        Err(e) if is_unique_violation(&e) => Ok(Err(vec![("slug", Msg::new(message))].into())),
        Err(e) => Err(e.into()),
    }
}

/// Creates a petition. A slug in use is a field error, not a failure.
pub fn create(
    conn: &mut DbConnection,
    new: &NewPetition,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<Result<(), FieldErrors>> {
    let done = audited(conn, by, now, &format!("created {}", new.slug), |conn| {
        diesel::insert_into(petitions::table)
            .values((
                new,
                petitions::created_at.eq(now),
                petitions::updated_at.eq(now),
            ))
            .execute(conn)
            .map(drop)
    });
    slug_taken(done, "org-error-slug-taken")
}

/// Updates a petition's fields (its slug stays).
pub fn update(
    conn: &mut DbConnection,
    petition: &Petition,
    new: &NewPetition,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let changes = NewPetition {
        slug: petition.slug.clone(),
        ..new.clone()
    };
    if reopens_erased(petition, changes.closes_at, now) {
        anyhow::bail!(ERASED_CANNOT_REOPEN);
    }
    audited(
        conn,
        by,
        now,
        &format!("edited {}", petition.slug),
        |conn| {
            diesel::update(petitions::table.find(petition.id))
                .set((&changes, petitions::updated_at.eq(now)))
                .execute(conn)
                .map(drop)
        },
    )?;
    Ok(())
}

/// Why a petition whose signer contacts were erased cannot open again: signers
/// added afterwards would never be erased (erasure runs once per petition).
pub const ERASED_CANNOT_REOPEN: &str = "This petition's signer addresses were erased at the end of its retention period, so it cannot open again. Create a new petition instead.";

/// Whether a change would open again a petition whose contacts were erased.
pub fn reopens_erased(
    petition: &Petition,
    closes_at: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> bool {
    petition.erased_at.is_some() && closes_at.is_none_or(|c| c > now)
}

/// Checks an edit of `petition`: every field, and that it does not open
/// again a petition whose contacts were erased.
pub fn validate_update(
    petition: &Petition,
    fields: &PetitionFields,
    now: NaiveDateTime,
) -> Result<NewPetition, FieldErrors> {
    let new = fields.validate()?;
    if reopens_erased(petition, new.closes_at, now) {
        let mut errors = FieldErrors::new();
        errors.add("closes_at", Msg::new("org-erased-cannot-reopen"));
        return Err(errors);
    }
    Ok(new)
}

/// Opens a petition now (clearing a past closing time), or closes it now.
pub fn set_open(
    conn: &mut DbConnection,
    petition: &Petition,
    open: bool,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let (opens_at, closes_at, what) = if open {
        (Some(now), petition.closes_at.filter(|c| *c > now), "opened")
    } else {
        (petition.opens_at, Some(now), "closed")
    };
    if reopens_erased(petition, closes_at, now) {
        anyhow::bail!(ERASED_CANNOT_REOPEN);
    }
    audited(
        conn,
        by,
        now,
        &format!("{what} {}", petition.slug),
        |conn| {
            diesel::update(petitions::table.find(petition.id))
                .set((
                    petitions::opens_at.eq(opens_at),
                    petitions::closes_at.eq(closes_at),
                    petitions::updated_at.eq(now),
                ))
                .execute(conn)
                .map(drop)
        },
    )?;
    Ok(())
}

/// The delivery point form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct PointFields {
    pub slug: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub address: String,
    /// In the point's time zone (a `datetime-local` value) or RFC 3339.
    pub delivery_at: String,
    /// An IANA name; empty takes the country's one zone, where it has one.
    pub time_zone: String,
    /// In the point's time zone or RFC 3339; empty: 12 hours before delivery.
    pub cutoff_at: String,
    /// The group handing the packet over; optional.
    pub local_group: String,
    /// Its name and city in other languages: `tr-{lang}-{name|city}`, each
    /// optional (an empty one shows the point's own).
    #[serde(flatten)]
    pub translations: std::collections::BTreeMap<String, String>,
}

impl PointFields {
    /// A translated name or city as typed, or as stored ("" if none).
    pub fn translation(&self, lang: Lang, part: &str) -> &str {
        self.translations
            .get(translation_field(lang, part))
            .map_or("", String::as_str)
    }

    /// Checks the translated names and cities.
    fn validate_translations(&self, errors: &mut FieldErrors) -> PointTranslations {
        let mut translations = PointTranslations::new();
        for lang in Lang::ALL {
            let mut part = |part: &str, max| {
                optional(self.translation(lang, part), max)
                    .map_err(|e| errors.add(translation_field(lang, part), e))
                    .unwrap_or_default()
            };
            let t = PointText {
                name: part("name", MAX_TITLE),
                city: part("city", MAX_CITY),
            };
            if t != PointText::default() {
                translations.insert(lang, t);
            }
        }
        translations
    }
}

impl PointFields {
    /// Checks every field.
    pub fn validate(
        &self,
        petition_id: i64,
        position: i32,
    ) -> Result<NewDeliveryPoint, FieldErrors> {
        let mut errors = FieldErrors::new();
        let field = |errors: &mut FieldErrors, name: &'static str, r: Result<String, Msg>| {
            r.map_err(|e| errors.add(name, e)).ok()
        };
        let slug = field(
            &mut errors,
            "slug",
            Slug::parse(self.slug.trim())
                .map(|s| s.as_str().to_owned())
                .map_err(|e| e.0),
        );
        let name = field(&mut errors, "name", required(&self.name, MAX_TITLE));
        let country = field(
            &mut errors,
            "country",
            Country::parse(&self.country)
                .map(|c| c.code().to_owned())
                .map_err(|e| e.0),
        );
        let city = field(&mut errors, "city", required(&self.city, MAX_CITY));
        let address = field(&mut errors, "address", required(&self.address, MAX_ADDRESS));
        let local_group = field(
            &mut errors,
            "local_group",
            optional(&self.local_group, MAX_TITLE),
        );
        let time_zone = match (self.time_zone.trim(), &country) {
            ("", Some(country)) => TimeZone::default_for(country)
                .ok_or_else(|| errors.add("time_zone", Msg::new("org-error-time-zone-needed"))),
            ("", None) => Err(()),
            (name, _) => TimeZone::parse(name).map_err(|e| errors.add("time_zone", e)),
        }
        .ok();
        let zone = time_zone.unwrap_or(TimeZone::UTC);
        let mut local_time = |field: &'static str, s: &str| {
            parse_local_time(s, zone)
                .map_err(|e| errors.add(field, e))
                .ok()
        };
        let delivery_at = local_time("delivery_at", &self.delivery_at);
        let cutoff_at = local_time("cutoff_at", &self.cutoff_at);
        let translations = serde_json::to_string(&self.validate_translations(&mut errors))
            .unwrap_or_else(|_| "{}".into());
        if let (Some(Some(c)), Some(Some(d))) = (cutoff_at, delivery_at)
            && c > d
        {
            errors.add("cutoff_at", Msg::new("org-error-cutoff-after-delivery"));
        }
        match (
            slug,
            name,
            country,
            city,
            address,
            delivery_at,
            time_zone,
            cutoff_at,
            local_group,
        ) {
            (
                Some(slug),
                Some(name),
                Some(country),
                Some(city),
                Some(address),
                Some(delivery_at),
                Some(time_zone),
                Some(cutoff_at),
                Some(local_group),
            ) if errors.is_empty() => Ok(NewDeliveryPoint {
                petition_id,
                slug,
                name,
                country,
                city,
                address,
                delivery_at,
                position,
                time_zone: time_zone.name().to_owned(),
                cutoff_at,
                local_group,
                translations,
            }),
            _ => Err(errors),
        }
    }
}

/// Adds a delivery point; a slug in use on this petition is a field error.
pub fn add_point(
    conn: &mut DbConnection,
    new: &NewDeliveryPoint,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<Result<(), FieldErrors>> {
    let done = audited(
        conn,
        by,
        now,
        &format!("added delivery point {}", new.slug),
        |conn| {
            diesel::insert_into(delivery_points::table)
                .values(new)
                .execute(conn)
                .map(drop)
        },
    );
    slug_taken(done, "org-error-point-slug-taken")
}

/// Updates a delivery point (its slug and position stay).
pub fn update_point(
    conn: &mut DbConnection,
    point: &DeliveryPoint,
    new: &NewDeliveryPoint,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<()> {
    let changes = NewDeliveryPoint {
        slug: point.slug.clone(),
        position: point.position,
        petition_id: point.petition_id,
        ..new.clone()
    };
    audited(
        conn,
        by,
        now,
        &format!("edited delivery point {}", point.slug),
        |conn| {
            diesel::update(delivery_points::table.find(point.id))
                .set(&changes)
                .execute(conn)
                .map(drop)
        },
    )?;
    Ok(())
}

/// Removes a delivery point nobody chose. Returns `false` (and changes
/// nothing) if it has signatures.
pub fn delete_point(
    conn: &mut DbConnection,
    point: &DeliveryPoint,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<bool> {
    write_transaction(conn, |conn| {
        let signed: i64 = signatures::table
            .filter(signatures::delivery_point_id.eq(point.id))
            .count()
            .get_result(conn)?;
        if signed > 0 {
            return Ok(false);
        }
        diesel::delete(delivery_points::table.find(point.id)).execute(conn)?;
        audit::record(
            conn,
            by,
            Action::PetitionChange,
            &format!("removed delivery point {}", point.slug),
            now,
        )?;
        Ok(true)
    })
}

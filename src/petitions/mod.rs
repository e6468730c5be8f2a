//! Petitions and their delivery points: rows, queries, and the petition file.

pub mod edit;
pub mod import;

use std::borrow::Borrow;

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{delivery_points, petitions};
use crate::domain::TimeZone;
use crate::i18n::Lang;

/// A petition's title, text and recipient in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PetitionText {
    pub title: String,
    pub body: String,
    pub recipient: String,
}

/// A petition's texts in languages other than its default, by language code.
pub type Translations = std::collections::BTreeMap<Lang, PetitionText>;

/// A delivery point's name and city in one language; an empty part shows the
/// point's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PointText {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
}

/// A delivery point's names in languages other than its petition's.
pub type PointTranslations = std::collections::BTreeMap<Lang, PointText>;

/// What a reader sees of a petition in their language: the translation where
/// there is one, the default texts otherwise (`lang` says which).
#[derive(Debug, Clone)]
pub struct LocalText {
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub recipient: String,
}

impl LocalText {
    /// The body split into paragraphs at blank lines.
    pub fn paragraphs(&self) -> Vec<&str> {
        split_paragraphs(&self.body)
    }
}

pub fn split_paragraphs(body: &str) -> Vec<&str> {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Trims a required text field of a petition or delivery point and checks its
/// length; the error names the field.
pub(crate) fn bounded_text(s: &str, field: &str, max: usize) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(format!("{field} must not be empty"));
    }
    if s.chars().count() > max {
        return Err(format!("{field} has more than {max} characters"));
    }
    Ok(s.to_owned())
}

/// Longest petition title, recipient, organizer and delivery point name.
pub const MAX_TITLE: usize = 200;
/// Longest petition body.
pub const MAX_BODY: usize = 20_000;
/// Longest delivery point city.
pub const MAX_CITY: usize = 100;
/// Longest delivery point address.
pub const MAX_ADDRESS: usize = 300;

/// A petition row.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = petitions)]
pub struct Petition {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub recipient: String,
    pub organizer: String,
    pub goal: i64,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Days after closing until signers' email addresses and IP hashes are erased.
    pub retention_days: i32,
    /// When they were erased.
    pub erased_at: Option<NaiveDateTime>,
    /// The language of `title`, `body` and `recipient`.
    #[diesel(deserialize_as = String)]
    pub lang: Lang,
    /// The same texts in other languages (stored as JSON, read once per row).
    #[diesel(deserialize_as = String)]
    pub translations: StoredTranslations<PetitionText>,
    /// How officials reach the organizers, printed on every cover letter
    /// (may be empty).
    pub contact: String,
    /// The sites that may frame `/p/{slug}/embed`, one origin per line.
    #[diesel(deserialize_as = String)]
    pub embed_origins: crate::domain::EmbedOrigins,
}

/// A petition's or a point's translations as read from its row: parsed
/// once, when the row is loaded, not on every page or mail that shows a title.
#[derive(Debug, Clone)]
pub struct StoredTranslations<T>(std::collections::BTreeMap<Lang, T>);

impl<T> StoredTranslations<T> {
    /// The texts by language.
    pub fn as_map(&self) -> &std::collections::BTreeMap<Lang, T> {
        &self.0
    }
}

impl<T> Default for StoredTranslations<T> {
    fn default() -> Self {
        StoredTranslations(std::collections::BTreeMap::new())
    }
}

impl<T: serde::de::DeserializeOwned> From<String> for StoredTranslations<T> {
    /// Unreadable JSON reads as no translations: the text still shows in
    /// its own language.
    fn from(json: String) -> Self {
        match serde_json::from_str(&json) {
            Ok(translations) => StoredTranslations(translations),
            Err(e) => {
                tracing::warn!(error = %e, "stored translations are unreadable; showing none");
                StoredTranslations::default()
            }
        }
    }
}

/// What a new or updated petition row holds.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = petitions, treat_none_as_null = true)]
pub struct NewPetition {
    pub slug: String,
    pub title: String,
    pub body: String,
    pub recipient: String,
    pub organizer: String,
    pub goal: i64,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub retention_days: i32,
    pub lang: String,
    pub translations: String,
    pub contact: String,
    /// One origin per line (see [`crate::domain::EmbedOrigins`]).
    pub embed_origins: String,
}

/// Whether a petition takes signatures at a given time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PetitionState {
    /// `opens_at` is still ahead.
    NotYetOpen,
    /// Signatures are taken.
    Open,
    /// `closes_at` has passed.
    Closed,
}

impl PetitionState {
    /// The value in `/p/{slug}.json`.
    pub fn as_str(self) -> &'static str {
        match self {
            PetitionState::NotYetOpen => "not_yet_open",
            PetitionState::Open => "open",
            PetitionState::Closed => "closed",
        }
    }
}

impl Petition {
    /// The petition's state at `now`.
    pub fn state(&self, now: NaiveDateTime) -> PetitionState {
        match (self.opens_at, self.closes_at) {
            (Some(opens), _) if now < opens => PetitionState::NotYetOpen,
            (_, Some(closes)) if now >= closes => PetitionState::Closed,
            _ => PetitionState::Open,
        }
    }

    /// The body split into paragraphs at blank lines.
    pub fn paragraphs(&self) -> Vec<&str> {
        split_paragraphs(&self.body)
    }

    /// The language the petition is written in, and shown in by default.
    pub fn default_lang(&self) -> Lang {
        self.lang
    }

    /// The translations stored with the petition (none if unreadable).
    pub fn translations(&self) -> &Translations {
        &self.translations.0
    }

    /// The translation a reader of `lang` sees, if `lang` is not the
    /// petition's own language and it has one.
    fn translation(&self, lang: Lang) -> Option<&PetitionText> {
        (lang != self.default_lang())
            .then(|| self.translations().get(&lang))
            .flatten()
    }

    /// The petition's texts as a reader of `lang` sees them.
    pub fn text(&self, lang: Lang) -> LocalText {
        if let Some(t) = self.translation(lang) {
            return LocalText {
                lang,
                title: t.title.clone(),
                body: t.body.clone(),
                recipient: t.recipient.clone(),
            };
        }
        LocalText {
            lang: self.default_lang(),
            title: self.title.clone(),
            body: self.body.clone(),
            recipient: self.recipient.clone(),
        }
    }

    /// The petition's title as a reader of `lang` sees it (without copying
    /// the body, as [`Self::text`] does).
    pub fn title(&self, lang: Lang) -> String {
        self.translation(lang)
            .map_or_else(|| self.title.clone(), |t| t.title.clone())
    }

    /// Finds a petition by slug.
    pub fn find_by_slug(conn: &mut DbConnection, slug: &str) -> QueryResult<Option<Petition>> {
        petitions::table
            .filter(petitions::slug.eq(slug))
            .select(Petition::as_select())
            .first(conn)
            .optional()
    }

    /// Finds a petition by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Petition> {
        petitions::table
            .find(id)
            .select(Petition::as_select())
            .first(conn)
    }

    /// Finds petitions by id (a batch's few distinct ones).
    pub fn find_many(
        conn: &mut DbConnection,
        ids: impl IntoIterator<Item = i64>,
    ) -> QueryResult<std::collections::HashMap<i64, Petition>> {
        let ids: Vec<i64> = ids.into_iter().collect();
        Ok(petitions::table
            .filter(petitions::id.eq_any(ids))
            .select(Petition::as_select())
            .load(conn)?
            .into_iter()
            .map(|p: Petition| (p.id, p))
            .collect())
    }

    /// Every petition, newest first (the home page, an admin's dashboard).
    pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<Petition>> {
        petitions::table
            .order(petitions::created_at.desc())
            .select(Petition::as_select())
            .load(conn)
    }

    /// How many petitions exist.
    pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
        petitions::table.count().get_result(conn)
    }
}

/// A delivery point row: an embassy or consulate where a local group hands
/// the petition over.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = delivery_points)]
pub struct DeliveryPoint {
    pub id: i64,
    pub petition_id: i64,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub address: String,
    pub delivery_at: Option<NaiveDateTime>,
    pub position: i32,
    /// Where every time of this point is shown (storage stays UTC).
    #[diesel(deserialize_as = String)]
    pub time_zone: TimeZone,
    /// When signing for this point stops and its packet is frozen, if set;
    /// otherwise [`CUTOFF_BEFORE_DELIVERY`] before `delivery_at`.
    pub cutoff_at: Option<NaiveDateTime>,
    /// Where its delivery day stands (written only by [`crate::delivery`]).
    #[diesel(deserialize_as = String)]
    pub status: PointStatus,
    /// The group handing this point's packet over, printed on its cover
    /// letter (may be empty).
    pub local_group: String,
    /// Its name and city in other languages.
    #[diesel(deserialize_as = String)]
    pub translations: StoredTranslations<PointText>,
}

#[cfg(test)]
impl DeliveryPoint {
    /// A point for unit tests: the Seoul embassy, open, without times.
    pub fn example() -> Self {
        DeliveryPoint {
            id: 7,
            petition_id: 1,
            slug: "seoul-embassy".into(),
            name: "Embassy".into(),
            country: "KR".into(),
            city: "Seoul".into(),
            address: "Somewhere".into(),
            delivery_at: None,
            position: 0,
            time_zone: crate::domain::TimeZone::UTC,
            cutoff_at: None,
            status: PointStatus::Open,
            local_group: String::new(),
            translations: Default::default(),
        }
    }
}

/// How long before its delivery a point's packet is frozen when the point
/// names no cut-off of its own.
pub const CUTOFF_BEFORE_DELIVERY: chrono::TimeDelta = chrono::TimeDelta::hours(12);

crate::domain::text_enum! {
    unknown reads as Frozen;
    /// Where a delivery point's day stands. Every state but `Open` takes no
    /// more signatures (an unreadable one reads as frozen: the safe side).
    pub enum PointStatus {
        /// Taking signatures; no packet frozen yet.
        Open = "open",
        /// A packet version is frozen (printed); not yet handed over.
        Frozen = "frozen",
        /// Handed over.
        Delivered = "delivered",
        /// Refused at the door.
        Refused = "refused",
        /// Put off to a later time.
        Postponed = "postponed",
    }
}

impl PointStatus {
    /// Whether the handover (or its refusal or postponement) is recorded.
    pub fn has_record(self) -> bool {
        matches!(
            self,
            PointStatus::Delivered | PointStatus::Refused | PointStatus::Postponed
        )
    }
}

/// What a new or updated delivery point row holds.
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = delivery_points, treat_none_as_null = true)]
pub struct NewDeliveryPoint {
    pub petition_id: i64,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub address: String,
    pub delivery_at: Option<NaiveDateTime>,
    pub position: i32,
    pub time_zone: String,
    pub cutoff_at: Option<NaiveDateTime>,
    pub local_group: String,
    /// JSON of [`PointTranslations`].
    pub translations: String,
}

impl DeliveryPoint {
    /// The point's name as a reader of `lang` sees it: its translation where
    /// there is one, its own name otherwise.
    pub fn name_in(&self, lang: impl Borrow<Lang>) -> &str {
        match self.translations.0.get(lang.borrow()) {
            Some(t) if !t.name.is_empty() => &t.name,
            _ => &self.name,
        }
    }

    /// The point's city as a reader of `lang` sees it.
    pub fn city_in(&self, lang: impl Borrow<Lang>) -> &str {
        match self.translations.0.get(lang.borrow()) {
            Some(t) if !t.city.is_empty() => &t.city,
            _ => &self.city,
        }
    }

    /// The translations stored with the point (none if unreadable).
    pub fn translations(&self) -> &PointTranslations {
        &self.translations.0
    }

    /// Its translated `part` ("name" or "city") in `lang` as stored, "" if
    /// none (the editor's fields).
    pub fn translated(&self, lang: impl Borrow<Lang>, part: &str) -> &str {
        self.translations
            .0
            .get(lang.borrow())
            .map_or("", |t| match part {
                "name" => t.name.as_str(),
                _ => t.city.as_str(),
            })
    }

    /// When signing for this point stops and its packet is frozen: its own
    /// cut-off, else [`CUTOFF_BEFORE_DELIVERY`] before its delivery, else never.
    pub fn cutoff(&self) -> Option<NaiveDateTime> {
        cutoff(self.cutoff_at, self.delivery_at)
    }

    /// Whether a signer may still choose this point at `now`.
    pub fn takes_signatures(&self, now: NaiveDateTime) -> bool {
        self.status == PointStatus::Open && self.cutoff().is_none_or(|c| now < c)
    }

    /// The point among `points` with exactly this slug: the one way a slug
    /// from a form, a file or a URL finds its delivery point (forms trim what
    /// was typed first; a URL's slug is taken as it is).
    pub fn by_slug<'a>(points: &'a [DeliveryPoint], slug: &str) -> Option<&'a DeliveryPoint> {
        points.iter().find(|p| p.slug == slug)
    }

    /// A delivery point by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Self> {
        delivery_points::table
            .find(id)
            .select(DeliveryPoint::as_select())
            .first(conn)
    }

    /// A petition's delivery points in their file order.
    pub fn for_petition(conn: &mut DbConnection, petition_id: i64) -> QueryResult<Vec<Self>> {
        delivery_points::table
            .filter(delivery_points::petition_id.eq(petition_id))
            .order((delivery_points::position, delivery_points::id))
            .select(DeliveryPoint::as_select())
            .load(conn)
    }
}

/// A point's cut-off: the one given, else [`CUTOFF_BEFORE_DELIVERY`] before
/// its delivery, else none (the one place this rule is written).
pub fn cutoff(
    cutoff_at: Option<NaiveDateTime>,
    delivery_at: Option<NaiveDateTime>,
) -> Option<NaiveDateTime> {
    cutoff_at.or_else(|| delivery_at.and_then(|d| d.checked_sub_signed(CUTOFF_BEFORE_DELIVERY)))
}

/// A petition with its delivery points, as the public pages need it.
#[derive(Debug, Clone)]
pub struct PetitionWithPoints {
    pub petition: Petition,
    pub delivery_points: Vec<DeliveryPoint>,
}

impl PetitionWithPoints {
    /// The delivery point with this slug, if the petition has one.
    pub fn point(&self, slug: &str) -> Option<&DeliveryPoint> {
        DeliveryPoint::by_slug(&self.delivery_points, slug)
    }

    /// Loads a petition and its delivery points by slug.
    pub fn load(conn: &mut DbConnection, slug: &str) -> anyhow::Result<Option<Self>> {
        let Some(petition) =
            Petition::find_by_slug(conn, slug).context("loading a petition by slug")?
        else {
            return Ok(None);
        };
        let delivery_points = DeliveryPoint::for_petition(conn, petition.id)
            .with_context(|| format!("loading delivery points of petition {}", petition.id))?;
        Ok(Some(PetitionWithPoints {
            petition,
            delivery_points,
        }))
    }
}

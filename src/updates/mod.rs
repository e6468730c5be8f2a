//! Updates to signers: a coordinator writes one (a subject and a text per
//! petition language), an admin approves it (on an instance with one admin,
//! that admin confirms their own), and it goes through the outbox to every
//! confirmed signer who ticked "Keep me informed about this petition", in
//! the language they signed in where the update has it, else the
//! petition's. At most one update per petition every [`MIN_INTERVAL`].
//! Withdrawn, invalidated and erased signers never get one (they are not
//! confirmed, or have no address left). Every step is audited.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Action};
use crate::db::schema::{organizers, petition_updates, signatures};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{FieldErrors, Msg};
use crate::i18n::Lang;
use crate::organizers::{Organizer, Role};
use crate::outbox::{self, MailKind};
use crate::petitions::{Petition, StoredTranslations};
use crate::signatures::SignatureState;

/// Least time between two updates of one petition.
pub const MIN_INTERVAL: chrono::TimeDelta = chrono::TimeDelta::hours(72);
/// Longest subject.
pub const MAX_SUBJECT: usize = 150;
/// Longest text.
pub const MAX_BODY: usize = 5_000;

/// An update's subject and text in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct UpdateText {
    pub subject: String,
    pub body: String,
}

impl UpdateText {
    /// The text split into paragraphs at blank lines.
    pub fn paragraphs(&self) -> Vec<&str> {
        crate::petitions::split_paragraphs(&self.body)
    }
}

crate::domain::text_enum! {
    unknown reads as Discarded;
    /// Where an update stands.
    pub enum UpdateState {
        /// Written; an admin has not decided yet.
        AwaitingApproval = "awaiting_approval",
        /// Approved and queued for its signers.
        Sent = "sent",
        /// Turned down (or withdrawn by its writer); never sent.
        Discarded = "discarded",
    }
}

/// An update row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = petition_updates)]
pub struct PetitionUpdate {
    pub id: i64,
    pub petition_id: i64,
    #[diesel(deserialize_as = String)]
    pub texts: StoredTranslations<UpdateText>,
    #[diesel(deserialize_as = String)]
    pub state: UpdateState,
    pub written_by: i64,
    pub written_at: NaiveDateTime,
    pub decided_by: Option<i64>,
    pub sent_at: Option<NaiveDateTime>,
    /// How many signers it was queued for.
    pub recipients: i64,
}

impl PetitionUpdate {
    /// The texts for a reader of `lang`: theirs where written, else the
    /// petition's own language's.
    pub fn text(&self, lang: Lang, petition: &Petition) -> Option<&UpdateText> {
        let texts = self.texts.as_map();
        texts
            .get(&lang)
            .or_else(|| texts.get(&petition.default_lang()))
    }

    /// An update by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Self>> {
        petition_updates::table
            .find(id)
            .select(Self::as_select())
            .first(conn)
            .optional()
    }

    /// A petition's updates, newest first.
    pub fn for_petition(conn: &mut DbConnection, petition_id: i64) -> QueryResult<Vec<Self>> {
        petition_updates::table
            .filter(petition_updates::petition_id.eq(petition_id))
            .order(petition_updates::id.desc())
            .select(Self::as_select())
            .load(conn)
    }
}

/// Why an update was not written or not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// One went out less than [`MIN_INTERVAL`] ago; the next may go at `next`.
    TooSoon { next: NaiveDateTime },
    /// Another is still waiting for an admin.
    AnotherWaiting,
    /// The writer may not approve their own update while other admins exist.
    NeedsAnotherAdmin,
    /// Only admins approve.
    NotAdmin,
    /// Already sent or discarded.
    Decided,
}

impl Refusal {
    /// The message shown.
    pub fn message(&self) -> Msg {
        match self {
            Refusal::TooSoon { next } => Msg::new("update-too-soon")
                .text("when", next.format("%Y-%m-%d %H:%M UTC").to_string()),
            Refusal::AnotherWaiting => Msg::new("update-another-waiting"),
            Refusal::NeedsAnotherAdmin => Msg::new("update-needs-another-admin"),
            Refusal::NotAdmin => Msg::new("update-not-admin"),
            Refusal::Decided => Msg::new("update-decided"),
        }
    }
}

/// When the petition's last update went out, if any.
fn last_sent(conn: &mut DbConnection, petition_id: i64) -> QueryResult<Option<NaiveDateTime>> {
    petition_updates::table
        .filter(petition_updates::petition_id.eq(petition_id))
        .filter(petition_updates::state.eq(UpdateState::Sent.as_str()))
        .select(diesel::dsl::max(petition_updates::sent_at))
        .first(conn)
}

/// The 72-hour rule at `now`.
fn too_soon(
    conn: &mut DbConnection,
    petition_id: i64,
    now: NaiveDateTime,
) -> QueryResult<Option<Refusal>> {
    Ok(last_sent(conn, petition_id)?
        .map(|sent| sent + MIN_INTERVAL)
        .filter(|next| *next > now)
        .map(|next| Refusal::TooSoon { next }))
}

/// Checks an update as typed: the petition's own language needs a subject
/// and a text; another language is kept when either is filled, and then
/// needs both. `fields` maps `(language, "subject" | "body")` to the text.
pub fn validate(
    petition: &Petition,
    field: impl Fn(Lang, &str) -> String,
    field_name: impl Fn(Lang, &str) -> &'static str,
) -> Result<StoredTexts, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut texts = std::collections::BTreeMap::new();
    let langs =
        std::iter::once(petition.default_lang()).chain(petition.translations().keys().copied());
    for lang in langs {
        let (subject, body) = (field(lang, "subject"), field(lang, "body"));
        let own = lang == petition.default_lang();
        if !own && subject.trim().is_empty() && body.trim().is_empty() {
            continue;
        }
        let mut check = |part: &str, text: &str, max: usize| {
            let text = text.trim();
            if text.is_empty() {
                errors.add(field_name(lang, part), Msg::new("org-error-empty"));
            } else if text.chars().count() > max {
                let max = i64::try_from(max).unwrap_or(i64::MAX);
                errors.add(
                    field_name(lang, part),
                    Msg::new("org-error-too-long").num("max", max),
                );
            }
            text.to_owned()
        };
        let text = UpdateText {
            subject: check("subject", &subject, MAX_SUBJECT),
            body: check("body", &body, MAX_BODY),
        };
        texts.insert(lang, text);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(StoredTexts(texts))
}

/// Checked texts, ready to store.
#[derive(Debug, Clone)]
pub struct StoredTexts(std::collections::BTreeMap<Lang, UpdateText>);

/// Stores a new update awaiting approval; refused while another waits or
/// within [`MIN_INTERVAL`] of the last one.
pub fn write(
    conn: &mut DbConnection,
    petition: &Petition,
    texts: &StoredTexts,
    by: &Organizer,
    now: NaiveDateTime,
) -> anyhow::Result<Result<i64, Refusal>> {
    let json = serde_json::to_string(&texts.0)?;
    Ok(write_transaction::<_, diesel::result::Error>(
        conn,
        |conn| {
            if let Some(refusal) = too_soon(conn, petition.id, now)? {
                return Ok(Err(refusal));
            }
            let waiting: i64 = petition_updates::table
                .filter(petition_updates::petition_id.eq(petition.id))
                .filter(petition_updates::state.eq(UpdateState::AwaitingApproval.as_str()))
                .count()
                .get_result(conn)?;
            if waiting > 0 {
                return Ok(Err(Refusal::AnotherWaiting));
            }
            diesel::insert_into(petition_updates::table)
                .values((
                    petition_updates::petition_id.eq(petition.id),
                    petition_updates::texts.eq(&json),
                    petition_updates::state.eq(UpdateState::AwaitingApproval.as_str()),
                    petition_updates::written_by.eq(by.id),
                    petition_updates::written_at.eq(now),
                ))
                .execute(conn)?;
            let id: i64 = petition_updates::table
                .filter(petition_updates::petition_id.eq(petition.id))
                .select(diesel::dsl::max(petition_updates::id))
                .first::<Option<i64>>(conn)?
                .unwrap_or_default();
            let detail = format!("wrote update {id} of {}", petition.slug);
            audit::record(conn, by.actor(), Action::UpdateWritten, &detail, now)?;
            Ok(Ok(id))
        },
    )?)
}

/// How many admins the instance has.
fn admins(conn: &mut DbConnection) -> QueryResult<i64> {
    organizers::table
        .filter(organizers::role.eq(Role::Admin.as_str()))
        .count()
        .get_result(conn)
}

/// An admin's decision on a waiting update: `approve` queues it for every
/// confirmed signer who asked for updates (returns how many), in the same
/// transaction that marks it sent, so it goes out once; otherwise it is
/// discarded. The writer may approve their own only as the one admin.
pub fn decide(
    conn: &mut DbConnection,
    petition: &Petition,
    update_id: i64,
    approve: bool,
    by: &Organizer,
    now: NaiveDateTime,
) -> anyhow::Result<Result<usize, Refusal>> {
    Ok(write_transaction::<_, diesel::result::Error>(
        conn,
        |conn| {
            let update = PetitionUpdate::find(conn, update_id)?
                .filter(|u| u.petition_id == petition.id)
                .ok_or(diesel::result::Error::NotFound)?;
            if update.state != UpdateState::AwaitingApproval {
                return Ok(Err(Refusal::Decided));
            }
            let own = update.written_by == by.id;
            if !approve {
                // A writer may take back their own; anyone else deciding is an admin.
                if !own && by.role() != Role::Admin {
                    return Ok(Err(Refusal::NotAdmin));
                }
                diesel::update(petition_updates::table.find(update.id))
                    .set((
                        petition_updates::state.eq(UpdateState::Discarded.as_str()),
                        petition_updates::decided_by.eq(by.id),
                    ))
                    .execute(conn)?;
                let detail = format!("discarded update {} of {}", update.id, petition.slug);
                audit::record(conn, by.actor(), Action::UpdateDecided, &detail, now)?;
                return Ok(Ok(0));
            }
            if by.role() != Role::Admin {
                return Ok(Err(Refusal::NotAdmin));
            }
            if own && admins(conn)? > 1 {
                return Ok(Err(Refusal::NeedsAnotherAdmin));
            }
            if let Some(refusal) = too_soon(conn, petition.id, now)? {
                return Ok(Err(refusal));
            }
            let signers: Vec<(i64, String)> = signatures::table
                .filter(signatures::petition_id.eq(petition.id))
                .filter(signatures::state.eq(SignatureState::Verified.as_str()))
                .filter(signatures::keep_informed.eq(true))
                .filter(signatures::contact.is_not_null())
                .select((signatures::id, signatures::lang))
                .load(conn)?;
            let recipients =
                outbox::enqueue_to_signers(conn, MailKind::Update, signers, now, Some(update.id))?;
            diesel::update(petition_updates::table.find(update.id))
                .set((
                    petition_updates::state.eq(UpdateState::Sent.as_str()),
                    petition_updates::decided_by.eq(by.id),
                    petition_updates::sent_at.eq(now),
                    petition_updates::recipients.eq(i64::try_from(recipients).unwrap_or(i64::MAX)),
                ))
                .execute(conn)?;
            let detail = format!(
                "approved update {} of {}: queued for {recipients} signers",
                update.id, petition.slug
            );
            audit::record(conn, by.actor(), Action::UpdateDecided, &detail, now)?;
            Ok(Ok(recipients))
        },
    )?)
}

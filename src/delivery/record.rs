//! The handover record: what happened at the door, entered by the point's
//! local organizer or a coordinator, edited in place, every edit audited.

use anyhow::Context;
use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit::{self, Action, Actor};
use crate::db::schema::{delivery_points, delivery_records};
use crate::db::{DbConnection, lock_keys, write_transaction};
use crate::domain::{FieldErrors, Msg, TimeZone};
use crate::petitions::edit::parse_local_time;
use crate::petitions::{DeliveryPoint, Petition, PointStatus};

crate::domain::text_enum! {
    unknown reads as Postponed;
    /// What happened at the door.
    pub enum Outcome {
        /// Handed over.
        Delivered = "delivered",
        /// Refused at the door.
        Refused = "refused",
        /// Put off to a later time.
        Postponed = "postponed",
    }
}

impl Outcome {
    /// The point status it gives.
    pub fn status(self) -> PointStatus {
        match self {
            Outcome::Delivered => PointStatus::Delivered,
            Outcome::Refused => PointStatus::Refused,
            Outcome::Postponed => PointStatus::Postponed,
        }
    }
}

/// Longest "received by".
pub const MAX_RECEIVED_BY: usize = 200;
/// Longest note.
pub const MAX_NOTE: usize = 2_000;

/// A stored record.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = delivery_records)]
pub struct DeliveryRecord {
    pub delivery_point_id: i64,
    #[diesel(deserialize_as = String)]
    pub outcome: Outcome,
    /// When it happened (UTC): the handover or the refusal.
    pub happened_at: Option<NaiveDateTime>,
    /// Who received it (free text, may be empty).
    pub received_by: String,
    pub note: String,
    /// For a postponement: to when.
    pub postponed_to: Option<NaiveDateTime>,
    /// The organizer's name (not their address: local organizers read it).
    pub recorded_by: String,
    pub recorded_at: NaiveDateTime,
    /// When the signers were told it was handed over (once).
    pub delivered_mailed_at: Option<NaiveDateTime>,
    /// When they were told of a refusal or postponement (once, if chosen).
    pub news_mailed_at: Option<NaiveDateTime>,
}

impl DeliveryRecord {
    /// A point's record, if its outcome was recorded.
    pub fn find(conn: &mut DbConnection, point_id: i64) -> QueryResult<Option<Self>> {
        delivery_records::table
            .find(point_id)
            .select(DeliveryRecord::as_select())
            .first(conn)
            .optional()
    }
}

/// The record form as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct RecordFields {
    pub outcome: String,
    /// Local time at the point (`datetime-local`) or RFC 3339.
    pub happened_at: String,
    pub received_by: String,
    pub note: String,
    pub postponed_to: String,
    /// Tell the signers of a refusal or postponement.
    pub announce: Option<String>,
    pub csrf: String,
}

/// A checked record.
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub outcome: Outcome,
    pub happened_at: Option<NaiveDateTime>,
    pub received_by: String,
    pub note: String,
    pub postponed_to: Option<NaiveDateTime>,
    pub announce: bool,
}

impl RecordFields {
    /// Checks every field; times are read in the point's zone.
    pub fn validate(&self, zone: TimeZone) -> Result<NewRecord, FieldErrors> {
        let mut e = FieldErrors::new();
        let outcome = Outcome::from_stored(self.outcome.trim());
        if outcome.is_none() {
            e.add("outcome", Msg::new("delivery-error-outcome"));
        }
        let mut time = |field: &'static str, s: &str| {
            parse_local_time(s, zone)
                .map_err(|m| e.add(field, m))
                .ok()
                .flatten()
        };
        let happened_at = time("happened_at", &self.happened_at);
        let postponed_to = time("postponed_to", &self.postponed_to);
        let received_by = self.received_by.trim().to_owned();
        if received_by.chars().count() > MAX_RECEIVED_BY {
            e.add("received_by", Msg::new("delivery-error-too-long"));
        }
        let note = self.note.trim().to_owned();
        if note.chars().count() > MAX_NOTE {
            e.add("note", Msg::new("delivery-error-too-long"));
        }
        if outcome == Some(Outcome::Delivered) && happened_at.is_none() {
            e.add("happened_at", Msg::new("delivery-error-when"));
        }
        if outcome == Some(Outcome::Postponed) && postponed_to.is_none() {
            e.add("postponed_to", Msg::new("delivery-error-postponed-to"));
        }
        let all = outcome.map(|outcome| NewRecord {
            outcome,
            happened_at,
            received_by,
            note,
            postponed_to,
            announce: self.announce.is_some(),
        });
        e.or_value(all)
    }
}

/// What saving a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Saved; this many signers' mails were queued.
    Saved { mailed: usize },
    /// Refused: nothing is frozen yet, so nothing could have been handed over.
    NotFrozen,
}

/// Saves the point's record, sets its status, and (the first time it is
/// marked delivered, or when the organizer chose to announce a refusal or
/// postponement, once) queues the signers' mail, all in one transaction.
pub fn save(
    conn: &mut DbConnection,
    petition: &Petition,
    point_id: i64,
    new: &NewRecord,
    by: Actor<'_>,
    now: NaiveDateTime,
) -> anyhow::Result<Recorded> {
    write_transaction(conn, |conn| -> anyhow::Result<Recorded> {
        lock_keys(conn, &[&format!("freeze:{point_id}")])?;
        let point: DeliveryPoint = delivery_points::table
            .find(point_id)
            .select(DeliveryPoint::as_select())
            .first(conn)?;
        if point.status == PointStatus::Open {
            return Ok(Recorded::NotFrozen);
        }
        let old = DeliveryRecord::find(conn, point_id)?;
        let mail_delivered = new.outcome == Outcome::Delivered
            && old.as_ref().is_none_or(|r| r.delivered_mailed_at.is_none());
        let mail_news = new.outcome != Outcome::Delivered
            && new.announce
            && old.as_ref().is_none_or(|r| r.news_mailed_at.is_none());
        // The kind says what the mail announces: composed later, it is sent
        // only if the record still says so (a correction in between drops it).
        let kind = if mail_delivered {
            Some(crate::outbox::MailKind::Delivered)
        } else {
            mail_news.then_some(crate::outbox::MailKind::DeliveryNews)
        };
        let mailed = match kind {
            Some(kind) => super::announce::enqueue_for_point(conn, point_id, kind, now)?,
            None => 0,
        };
        let stamp =
            |was: Option<NaiveDateTime>, now_mailed: bool| was.or(now_mailed.then_some(now));
        let values = (
            delivery_records::outcome.eq(new.outcome.as_str()),
            delivery_records::happened_at.eq(new.happened_at),
            delivery_records::received_by.eq(&new.received_by),
            delivery_records::note.eq(&new.note),
            delivery_records::postponed_to.eq(new.postponed_to),
            delivery_records::recorded_by.eq(by.shown_name()),
            delivery_records::recorded_at.eq(now),
            delivery_records::delivered_mailed_at.eq(stamp(
                old.as_ref().and_then(|r| r.delivered_mailed_at),
                mail_delivered,
            )),
            delivery_records::news_mailed_at.eq(stamp(
                old.as_ref().and_then(|r| r.news_mailed_at),
                mail_news,
            )),
        );
        if old.is_some() {
            diesel::update(delivery_records::table.find(point_id))
                .set(values)
                .execute(conn)?;
        } else {
            diesel::insert_into(delivery_records::table)
                .values((delivery_records::delivery_point_id.eq(point_id), values))
                .execute(conn)?;
        }
        diesel::update(delivery_points::table.find(point_id))
            .set(delivery_points::status.eq(new.outcome.status().as_str()))
            .execute(conn)?;
        let place = format!("{}/{}", petition.slug, point.slug);
        let detail = format!(
            "{place}: {}{}",
            new.outcome.as_str(),
            if old.is_some() { " (edited)" } else { "" }
        );
        audit::record(conn, by, Action::DeliveryRecorded, &detail, now)?;
        if mail_delivered || mail_news {
            let detail = format!("{place}: {mailed} signers to mail");
            audit::record(conn, by, Action::DeliveryMailStarted, &detail, now)?;
        }
        Ok(Recorded::Saved { mailed })
    })
    .context("saving a delivery record")
}

//! The audit log: who did what, when, kept by every part that changes
//! something an organizer answers for. Written in the same transaction as the
//! change where there is one. Details name petitions, delivery points and
//! organizers; never a signer, a password or a token.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::audit_log;

/// The actions recorded, stored by [`Action::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Login,
    LoginFailed,
    Logout,
    PasswordSet,
    OrganizerAdded,
    PacketDownload,
    Export,
    PetitionChange,
    RoleChange,
    Invalidation,
    InvalidationPreview,
    InvalidationUndone,
    RetentionErase,
    PacketFrozen,
    DeliveryRecorded,
    PhotoAdded,
    PhotoRemoved,
    DeliveryMailStarted,
    UpdateWritten,
    UpdateDecided,
}

impl Action {
    /// The stored (and shown) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::LoginFailed => "login_failed",
            Action::Logout => "logout",
            Action::PasswordSet => "password_set",
            Action::OrganizerAdded => "organizer_added",
            Action::PacketDownload => "packet_download",
            Action::Export => "export",
            Action::PetitionChange => "petition_change",
            Action::RoleChange => "role_change",
            Action::Invalidation => "invalidation",
            Action::InvalidationPreview => "invalidation_preview",
            Action::InvalidationUndone => "invalidation_undone",
            Action::RetentionErase => "retention_erase",
            Action::PacketFrozen => "packet_frozen",
            Action::DeliveryRecorded => "delivery_recorded",
            Action::PhotoAdded => "photo_added",
            Action::PhotoRemoved => "photo_removed",
            Action::DeliveryMailStarted => "delivery_mail_started",
            Action::UpdateWritten => "update_written",
            Action::UpdateDecided => "update_decided",
        }
    }
}

/// An audit log row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry {
    pub id: i64,
    pub at: NaiveDateTime,
    pub organizer_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// Who acted: an organizer, or the command line.
#[derive(Debug, Clone, Copy)]
pub enum Actor<'a> {
    /// A logged-in organizer, by id, address and name.
    Organizer {
        id: i64,
        email: &'a str,
        name: &'a str,
    },
    /// `handover …` run by whoever has the server.
    Cli,
    /// Someone not logged in (a failed login names the address tried).
    Anonymous,
    /// Handover itself (the retention job).
    System,
}

impl Actor<'_> {
    /// How the audit log (admins only) names them: an organizer by address.
    pub fn name(&self) -> &str {
        match self {
            Actor::Organizer { email, .. } => email,
            _ => self.shown_name(),
        }
    }

    /// How pages other organizers read name them (a frozen packet's and a
    /// handover record's author): an organizer by name, never by address.
    pub fn shown_name(&self) -> &str {
        match self {
            Actor::Organizer { name, .. } => name,
            Actor::Cli => "command line",
            Actor::Anonymous => "anonymous",
            Actor::System => "handover",
        }
    }
}

/// Records one entry.
pub fn record(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    action: Action,
    detail: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let organizer_id = match actor {
        Actor::Organizer { id, .. } => Some(id),
        _ => None,
    };
    let name = actor.name();
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::organizer_id.eq(organizer_id),
            audit_log::actor.eq(name),
            audit_log::action.eq(action.as_str()),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// The newest entries first.
pub fn recent(conn: &mut DbConnection, limit: i64) -> QueryResult<Vec<AuditEntry>> {
    audit_log::table
        .order((audit_log::at.desc(), audit_log::id.desc()))
        .limit(limit)
        .select(AuditEntry::as_select())
        .load(conn)
}

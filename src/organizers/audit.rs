//! The audit log: who did what, when. Written in the same transaction as the
//! change where there is one. Details name petitions, delivery points and
//! organizers; never a signer, a password or a token.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::Organizer;
use crate::db::DbConnection;
use crate::db::schema::audit_log;

/// The actions recorded.
pub mod action {
    pub const LOGIN: &str = "login";
    pub const LOGIN_FAILED: &str = "login_failed";
    pub const LOGOUT: &str = "logout";
    pub const PASSWORD_SET: &str = "password_set";
    pub const ORGANIZER_ADDED: &str = "organizer_added";
    pub const PACKET_DOWNLOAD: &str = "packet_download";
    pub const EXPORT: &str = "export";
    pub const PETITION_CHANGE: &str = "petition_change";
    pub const ROLE_CHANGE: &str = "role_change";
    pub const INVALIDATION: &str = "invalidation";
    pub const INVALIDATION_PREVIEW: &str = "invalidation_preview";
    pub const INVALIDATION_UNDONE: &str = "invalidation_undone";
    pub const RETENTION_ERASE: &str = "retention_erase";
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
pub enum Actor<'a> {
    Organizer(&'a Organizer),
    /// `handover …` run by whoever has the server.
    Cli,
    /// Someone not logged in (a failed login names the address tried).
    Anonymous,
    /// Handover itself (the retention job).
    System,
}

/// Records one entry.
pub fn record(
    conn: &mut DbConnection,
    actor: Actor<'_>,
    action: &str,
    detail: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (organizer_id, name) = match actor {
        Actor::Organizer(o) => (Some(o.id), o.email.as_str()),
        Actor::Cli => (None, "command line"),
        Actor::Anonymous => (None, "anonymous"),
        Actor::System => (None, "handover"),
    };
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::organizer_id.eq(organizer_id),
            audit_log::actor.eq(name),
            audit_log::action.eq(action),
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

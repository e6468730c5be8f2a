//! One reminder for a signature still unconfirmed a while after its first
//! mail (`HANDOVER_REMINDER_AFTER_HOURS`, 24 by default, 0 for none).
//!
//! The reminder is the confirmation mail again, worded as a reminder, with
//! a new link; the first link stays valid until it expires. Never more than one: the flag
//! `reminder_done` is set when it is queued, and also when the signer asked
//! for the link again by signing anew (they need no reminder then). The
//! worker queues due reminders once a minute, with its housekeeping.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::signatures;
use crate::db::{DbConnection, write_transaction};
use crate::i18n::Lang;
use crate::outbox::{self, MailKind};

/// Most reminders queued per pass: a backlog drains over a few minutes
/// rather than in one long transaction.
const PER_PASS: i64 = 1_000;

/// Queues the reminders due at `now` for signatures created at least
/// `after` ago; returns how many.
pub fn queue_due(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    after: chrono::Duration,
) -> anyhow::Result<usize> {
    write_transaction(conn, |conn| {
        let due: Vec<(i64, String)> = crate::signatures::Signature::pending_by_point()
            .filter(signatures::reminder_done.eq(false))
            .filter(signatures::created_at.le(now - after))
            .select((signatures::id, signatures::lang))
            .limit(PER_PASS)
            .load(conn)?;
        if due.is_empty() {
            return Ok(0);
        }
        let ids: Vec<i64> = due.iter().map(|(id, _)| *id).collect();
        diesel::update(signatures::table.filter(signatures::id.eq_any(&ids)))
            .set(signatures::reminder_done.eq(true))
            .execute(conn)?;
        let mails: Vec<(i64, NaiveDateTime, Lang)> = due
            .iter()
            .map(|(id, lang)| (*id, now, Lang::parse(lang).unwrap_or(Lang::En)))
            .collect();
        outbox::enqueue_many(conn, MailKind::Reminder, &mails)?;
        Ok(due.len())
    })
}

//! Whether the SMTP server is refusing *every* message (a sender address,
//! SPF record or quota being fixed) rather than some recipients.
//!
//! A refusal of everything is the server's problem, not the recipients', so
//! it must not use up their tries. The rules:
//! - A permanent refusal (5xx) counts against a recipient only while the
//!   server accepts other messages: one accepted within [`ACCEPTING_WINDOW`].
//!   Otherwise the message is retried with the usual backoff, up to the
//!   worker's overall limit of tries (about a day).
//! - [`PAUSE_AFTER`] permanent refusals in a row with nothing accepted
//!   between them pause sending: the refused and not yet started messages
//!   are due again when the pause ends, without counting a try. Each pause
//!   lasts twice the last one, from six retry bases (30 s by default) up to
//!   [`MAX_PAUSE`]; the first message accepted ends the run.
//! - The pause is stored (`mail_relay`), so every worker on the database
//!   holds back and the organizer dashboard says why mail is late.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::mail_relay;

/// Refusals in a row, nothing accepted between, that pause sending.
pub const PAUSE_AFTER: u32 = 5;
/// How recently the server must have accepted another message for a
/// permanent refusal to count against its recipient.
pub const ACCEPTING_WINDOW: Duration = Duration::from_secs(600);
/// The longest pause: a fixed relay is tried again within this.
pub const MAX_PAUSE: Duration = Duration::from_secs(600);

/// What a permanent refusal means for its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The server accepts other messages: this recipient is refused.
    Recipient,
    /// Not known yet: retry with backoff, never give up for this alone.
    Unclear,
    /// The server refuses everything: hold all mail until `until`;
    /// `began` if this refusal started the pause.
    Paused { until: NaiveDateTime, began: bool },
}

/// One worker's view of the relay.
#[derive(Debug)]
pub struct Relay {
    first_pause: Duration,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    last_accepted: Option<Instant>,
    refused_in_row: u32,
    /// The length of the next pause (doubles per pause in one run).
    next_pause: Option<Duration>,
    paused_until: Option<Instant>,
}

impl Relay {
    /// A relay whose first pause lasts `first_pause`.
    pub fn new(first_pause: Duration) -> Self {
        Relay {
            first_pause,
            state: Mutex::new(State::default()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is a few counters; a panic elsewhere leaves them usable.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The server accepted a message. True if that ended a run of refusals
    /// (the stored pause should be cleared).
    pub fn accepted(&self) -> bool {
        let mut s = self.state();
        let ended = s.refused_in_row > 0 || s.next_pause.is_some();
        s.last_accepted = Some(Instant::now());
        s.refused_in_row = 0;
        s.next_pause = None;
        s.paused_until = None;
        ended
    }

    /// The server refused a message permanently, at `now`.
    pub fn refused(&self, now: NaiveDateTime) -> Verdict {
        let mut s = self.state();
        s.refused_in_row += 1;
        if let Some(until) = s.paused_until
            && until > Instant::now()
        {
            // Sent just before the pause began: part of the same run.
            let left = until.saturating_duration_since(Instant::now());
            return Verdict::Paused {
                until: now + chrono::Duration::from_std(left).unwrap_or_default(),
                began: false,
            };
        }
        if s.refused_in_row >= PAUSE_AFTER {
            let pause = s.next_pause.unwrap_or(self.first_pause);
            s.next_pause = Some(pause.saturating_mul(2).min(MAX_PAUSE));
            s.paused_until = Some(Instant::now() + pause);
            let pause = chrono::Duration::from_std(pause).unwrap_or(chrono::Duration::minutes(10));
            return Verdict::Paused {
                until: now + pause,
                began: true,
            };
        }
        if s.last_accepted
            .is_some_and(|t| t.elapsed() < ACCEPTING_WINDOW)
        {
            Verdict::Recipient
        } else {
            Verdict::Unclear
        }
    }

    /// While paused, when sending may start again.
    pub fn paused(&self) -> Option<Instant> {
        self.state().paused_until.filter(|t| *t > Instant::now())
    }
}

/// The stored state of a relay that refuses everything.
#[derive(Debug, Clone, Queryable)]
pub struct RelayPause {
    /// When the run of refusals began.
    pub refusing_since: NaiveDateTime,
    /// When the workers try again.
    pub paused_until: NaiveDateTime,
    /// The server's reply code (never its text, which may quote an address).
    pub reply_code: String,
}

/// Records that the relay refuses everything, with `code`, until `until`.
pub fn store_pause(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    until: NaiveDateTime,
    code: &str,
) -> QueryResult<()> {
    let updated = diesel::update(mail_relay::table.find(1))
        .set((
            mail_relay::paused_until.eq(until),
            mail_relay::reply_code.eq(code),
        ))
        .execute(conn)?;
    if updated == 0 {
        let inserted = diesel::insert_into(mail_relay::table)
            .values((
                mail_relay::id.eq(1),
                mail_relay::refusing_since.eq(now),
                mail_relay::paused_until.eq(until),
                mail_relay::reply_code.eq(code),
            ))
            .execute(conn);
        match inserted {
            // Another worker stored it first: theirs stands.
            Err(e) if crate::db::is_unique_violation(&e) => {}
            other => {
                other?;
            }
        }
    }
    Ok(())
}

/// The relay accepts mail again.
pub fn clear_pause(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::delete(mail_relay::table).execute(conn)?;
    Ok(())
}

/// The stored pause, if the relay is refusing everything.
pub fn pause(conn: &mut DbConnection) -> QueryResult<Option<RelayPause>> {
    mail_relay::table
        .select((
            mail_relay::refusing_since,
            mail_relay::paused_until,
            mail_relay::reply_code,
        ))
        .first(conn)
        .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        chrono::Utc::now().naive_utc()
    }

    #[test]
    fn refusals_count_against_a_recipient_only_while_others_are_accepted() {
        let relay = Relay::new(Duration::from_secs(30));
        assert_eq!(relay.refused(now()), Verdict::Unclear);
        relay.accepted();
        assert_eq!(relay.refused(now()), Verdict::Recipient);
    }

    #[test]
    fn a_run_of_refusals_pauses_for_longer_each_time_until_one_is_accepted() {
        let relay = Relay::new(Duration::from_millis(20));
        relay.accepted();
        for _ in 1..PAUSE_AFTER {
            assert_eq!(relay.refused(now()), Verdict::Recipient);
        }
        let t = now();
        let Verdict::Paused {
            until: first,
            began: true,
        } = relay.refused(t)
        else {
            panic!("no pause after {PAUSE_AFTER} refusals");
        };
        assert!(relay.paused().is_some());
        assert!(matches!(
            relay.refused(now()),
            Verdict::Paused { began: false, .. }
        ));
        std::thread::sleep(Duration::from_millis(30));
        assert!(relay.paused().is_none());
        let t2 = now();
        let Verdict::Paused {
            until: second,
            began: true,
        } = relay.refused(t2)
        else {
            panic!("the run went on, but no second pause");
        };
        assert!(second - t2 > first - t, "the second pause is not longer");
        assert!(relay.accepted(), "accepting did not end the run");
        assert!(relay.paused().is_none());
        assert_eq!(relay.refused(now()), Verdict::Recipient);
    }
}

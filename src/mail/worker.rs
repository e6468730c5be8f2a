//! The mail worker: claims due outbox messages, sends them, and marks each
//! sent only after the server accepted it. A failure is retried with
//! exponential backoff; a crash leaves the claimed messages to come due again
//! when their lease ends. Delivery is therefore at least once, never zero.
//!
//! It runs on a plain thread (diesel and lettre's SMTP client both block), in
//! `serve` and as `handover worker`; on PostgreSQL any number of workers can
//! run at once (see [`crate::outbox::claim_due`]).

use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{NaiveDateTime, Utc};

use super::compose::{Composer, NothingToSend};
use super::{Delivered, Mailer};
use crate::crypto::Keyring;
use crate::db::{DbConnection, DbPool, write_transaction};
use crate::outbox::{self, OutboxMessage};
use crate::signatures::retention;

/// The most messages one claim takes; fewer with few SMTP connections (see
/// [`Worker::batch`]).
const BATCH: usize = 256;
/// Messages claimed per SMTP connection: enough to keep each busy between
/// claims, few enough that a slow server gets through a claim well within
/// [`SEND_WINDOW`].
const CLAIM_PER_SENDER: usize = 16;
/// How long a claim holds messages before another worker may take them. A
/// message is only started within [`SEND_WINDOW`] of its claim, and one
/// send takes at most about ten SMTP steps of 15 s each (connect, greeting,
/// EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA, content): everything
/// claimed is done or failed well before the lease ends, so no other worker
/// re-sends a message that is still in flight.
const LEASE: Duration = Duration::from_secs(600);
/// How long after its claim a message may still be started; later, it is
/// left for the next try (see [`LEASE`]).
const SEND_WINDOW: Duration = Duration::from_secs(300);
/// Longest wait between retries of one message.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// Tries of a message the server refuses permanently (5xx) before giving up:
/// more than one, since a misconfigured relay refuses everything for a while.
const PERMANENT_TRIES: i32 = 3;
/// Tries of any failing message before giving up (about a day with the default backoff).
const MAX_TRIES: i32 = 30;
/// How often the worker deletes pending signatures whose links expired.
const PURGE_EVERY: Duration = Duration::from_secs(60);
/// How often the worker freezes the packets of points past their cut-off
/// (signing for them already stopped by the clock; this prints the paper).
const FREEZE_EVERY: Duration = Duration::from_secs(5);
/// How often the worker looks for frozen packets that print a signer
/// withdrawn since (a pass over every frozen packet's members: on the
/// delivery day, not every few seconds; downloads refuse such a packet at
/// once anyway, see `delivery::export::current_packet`).
const RECHECK_EVERY: Duration = Duration::from_secs(15);
/// How often an idle worker looks for due mail when nobody wakes it.
const POLL: Duration = Duration::from_millis(1000);

/// A claimed batch: when it was claimed, its messages, and each composed
/// (or the error composing it).
struct Prepared {
    claimed_at: Instant,
    messages: Vec<OutboxMessage>,
    composed: Vec<anyhow::Result<lettre::Message>>,
}

/// What the worker needs besides the database.
pub struct Worker {
    pool: DbPool,
    mailer: Mailer,
    composer: Composer,
    /// How long a pending signature waits for its confirmation.
    token_ttl: chrono::Duration,
    retry_base: Duration,
    /// How many messages are in flight at once, each on its own SMTP
    /// connection (see [`super::smtp::SmtpPool`]).
    senders: usize,
}

/// What one pass over the outbox did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchReport {
    /// Accepted by the server (or written to a file).
    pub sent: usize,
    /// Failed this time; will be retried.
    pub failed: usize,
    /// Failed for good: refused permanently, or failing too long.
    pub gave_up: usize,
    /// Not tried in time (see [`SEND_WINDOW`]): due again at once, not
    /// counted as a try.
    pub deferred: usize,
}

/// A claimed message that was not started within [`SEND_WINDOW`].
#[derive(Debug, thiserror::Error)]
#[error("not tried: the batch took too long to send (slow SMTP server)")]
struct NotTried;

impl Worker {
    /// A worker sending through `mailer`, with links under `base_url`, up to
    /// `senders` messages at once.
    pub fn new(
        pool: DbPool,
        keys: Arc<Keyring>,
        mailer: Mailer,
        base_url: String,
        settings: &crate::config::Settings,
    ) -> Self {
        let token_ttl = chrono::Duration::hours(i64::from(settings.token_ttl_hours));
        Worker {
            pool,
            mailer,
            composer: Composer {
                base_url,
                token_ttl,
                keys,
                resend_interval: chrono::Duration::seconds(i64::from(
                    settings.resend_interval_secs,
                )),
            },
            token_ttl,
            retry_base: Duration::from_millis(settings.mail_retry_base_ms),
            senders: usize::from(settings.smtp_connections).max(1),
        }
    }

    /// How many messages one claim takes.
    fn batch(&self) -> usize {
        (self.senders * CLAIM_PER_SENDER).min(BATCH)
    }

    /// Sends mail until `wake` is disconnected: after each signature the web
    /// handlers nudge `wake`, and without a nudge the worker polls every second.
    pub fn run(self, wake: Receiver<()>) {
        // Signing and confirming are what people wait for; mail can be a
        // second later. At the lowest priority (nice 19 on Linux; the SMTP
        // sender threads inherit it) the worker takes the CPU that requests
        // leave free, and catches up when a surge eases.
        if let Err(e) =
            thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min)
        {
            tracing::warn!(error = ?e, "could not lower the mail worker's priority");
        }
        tracing::info!(transport = %self.mailer.describe(), "mail worker started");
        let mut last_purge: Option<std::time::Instant> = None;
        let mut last_freeze: Option<std::time::Instant> = None;
        let mut last_recheck: Option<std::time::Instant> = None;
        loop {
            if last_freeze.is_none_or(|t| t.elapsed() >= FREEZE_EVERY) {
                last_freeze = Some(std::time::Instant::now());
                if let Err(e) = self.freeze_due() {
                    tracing::error!(
                        error = format!("{e:#}"),
                        "freezing packets at their cut-off failed"
                    );
                }
            }
            if last_recheck.is_none_or(|t| t.elapsed() >= RECHECK_EVERY) {
                last_recheck = Some(std::time::Instant::now());
                if let Err(e) = self.recheck_printed() {
                    tracing::error!(error = format!("{e:#}"), "rechecking frozen packets failed");
                }
            }
            if last_purge.is_none_or(|t| t.elapsed() >= PURGE_EVERY) {
                last_purge = Some(std::time::Instant::now());
                match self.purge() {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(deleted = n, "deleted expired pending signatures"),
                    Err(e) => tracing::error!(
                        error = format!("{e:#}"),
                        "purging pending signatures failed"
                    ),
                }
            }
            match self.drain() {
                Ok(report)
                    if report.sent + report.failed + report.gave_up + report.deferred > 0 =>
                {
                    tracing::info!(
                        sent = report.sent,
                        failed = report.failed,
                        gave_up = report.gave_up,
                        deferred = report.deferred,
                        "mail worker pass"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = format!("{e:#}"), "mail worker pass failed"),
            }
            self.mailer.close_idle();
            match wake.recv_timeout(POLL) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        tracing::info!("mail worker stopped");
    }

    /// Freezes the packets of every point past its cut-off.
    pub fn freeze_due(&self) -> anyhow::Result<usize> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let press = crate::delivery::freeze::Press {
            keys: &self.composer.keys,
            base_url: &self.composer.base_url,
        };
        crate::delivery::freeze::freeze_due(&mut conn, press, now)
    }

    /// Tells the organizers of a frozen packet that needs reprinting, and
    /// drops the stored bytes of packets that print a withdrawn signer.
    pub fn recheck_printed(&self) -> anyhow::Result<()> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        crate::delivery::freeze::notice_reprints(&mut conn, Utc::now().naive_utc())?;
        crate::delivery::freeze::scrub_withdrawn(&mut conn)?;
        Ok(())
    }

    /// Sends everything due now, batch after batch, and reports the totals.
    ///
    /// A two-stage pipeline: this thread claims and composes the next batch
    /// (database work) while a second one sends the previous batch and records
    /// its results, so the SMTP connections do not sit idle during the
    /// database work. At most one composed batch waits between the stages; its
    /// messages are leased, so no other worker takes them meanwhile.
    pub fn drain(&self) -> anyhow::Result<BatchReport> {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Prepared>(1);
        std::thread::scope(|scope| {
            let sender = scope.spawn(move || -> anyhow::Result<BatchReport> {
                let mut total = BatchReport::default();
                for batch in rx {
                    let messages = batch.messages;
                    let results = self.send_all(&messages, batch.composed, batch.claimed_at);
                    let mut conn = self.pool.get().context("getting a database connection")?;
                    let report = self.record(&mut conn, &messages, results)?;
                    total.sent += report.sent;
                    total.failed += report.failed;
                    total.gave_up += report.gave_up;
                    total.deferred += report.deferred;
                }
                Ok(total)
            });
            let prepared = (|| -> anyhow::Result<()> {
                loop {
                    let batch = self.prepare()?;
                    let len = batch.messages.len();
                    let full = len == self.batch();
                    if len > 0 && tx.send(batch).is_err() {
                        // The sender stopped on an error: it reports it below.
                        return Ok(());
                    }
                    if !full {
                        return Ok(());
                    }
                }
            })();
            drop(tx);
            let sent = sender
                .join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("the mail sender thread panicked")));
            prepared.and(sent)
        })
    }

    /// Claims one batch of due messages and composes them in one transaction.
    fn prepare(&self) -> anyhow::Result<Prepared> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        let (now, claimed_at) = (Utc::now().naive_utc(), Instant::now());
        let lease_until = now + chrono::Duration::from_std(LEASE).unwrap_or_default();
        let ids = outbox::claim_due(&mut conn, now, lease_until, self.batch() as i64)
            .context("claiming due mail")?;
        if ids.is_empty() {
            return Ok(Prepared {
                claimed_at,
                messages: Vec::new(),
                composed: Vec::new(),
            });
        }
        let messages = outbox::load(&mut conn, &ids).context("loading claimed mail")?;
        // Only the database work holds the write lock; the templates and
        // the MIME messages are rendered after the commit.
        let drafts =
            write_transaction(&mut conn, |conn| self.composer.compose_all(conn, &messages))
                .context("composing claimed mail")?;
        drop(conn);
        let composed = drafts
            .into_iter()
            .map(|draft| draft.and_then(|d| self.mailer.build(&d.render()?)))
            .collect();
        Ok(Prepared {
            claimed_at,
            messages,
            composed,
        })
    }

    /// Runs the housekeeping (see [`retention::housekeeping`]); returns how
    /// many expired pending signatures were deleted.
    pub fn purge(&self) -> anyhow::Result<usize> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        let done = retention::housekeeping(&mut conn, Utc::now().naive_utc(), self.token_ttl)?;
        if done.erased_petitions > 0 {
            tracing::info!(
                petitions = done.erased_petitions,
                "erased signer contacts past retention"
            );
        }
        Ok(done.deleted_pending)
    }

    /// Sends the composed messages, `senders` at a time; one result per
    /// message. None is started later than [`SEND_WINDOW`] after the claim.
    fn send_all(
        &self,
        messages: &[OutboxMessage],
        composed: Vec<anyhow::Result<lettre::Message>>,
        claimed_at: Instant,
    ) -> Vec<anyhow::Result<Delivered>> {
        let start_by = claimed_at + SEND_WINDOW;
        let next = std::sync::atomic::AtomicUsize::new(0);
        let slots: Vec<std::sync::Mutex<Option<anyhow::Result<Delivered>>>> = messages
            .iter()
            .map(|_| std::sync::Mutex::new(None))
            .collect();
        std::thread::scope(|scope| {
            for _ in 0..self.senders.min(messages.len()) {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(message) = messages.get(i) else {
                            break;
                        };
                        let result = match &composed[i] {
                            Ok(_) if Instant::now() > start_by => Err(anyhow::Error::new(NotTried)),
                            Ok(built) => self.mailer.deliver(built, message.id),
                            Err(e) if e.is::<NothingToSend>() => {
                                Err(anyhow::Error::new(NothingToSend))
                            }
                            Err(e) => Err(anyhow::anyhow!("{e:#}")),
                        };
                        if let Ok(mut slot) = slots[i].lock() {
                            *slot = Some(result);
                        }
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| Err(anyhow::anyhow!("a sender thread stopped")))
            })
            .collect()
    }

    /// Marks what was sent, schedules retries, gives up where it must.
    fn record(
        &self,
        conn: &mut DbConnection,
        messages: &[OutboxMessage],
        results: Vec<anyhow::Result<Delivered>>,
    ) -> anyhow::Result<BatchReport> {
        let now = Utc::now().naive_utc();
        let mut report = BatchReport::default();
        let (mut sent, mut untried, mut nothing) = (Vec::new(), Vec::new(), Vec::new());
        write_transaction(conn, |conn| -> anyhow::Result<()> {
            for (message, result) in messages.iter().zip(results) {
                match result {
                    Ok(delivered) => {
                        if let Delivered::File(path) = delivered {
                            tracing::info!(outbox = message.id, path = %path.display(), "mail written to file");
                        }
                        sent.push(message.id);
                    }
                    Err(e) if e.is::<NotTried>() => untried.push(message.id),
                    Err(e) if e.is::<NothingToSend>() => nothing.push(message.id),
                    Err(e) => self.failed(conn, message, &e, now, &mut report)?,
                }
            }
            outbox::mark_all_sent(conn, &sent, now).context("marking mail sent")?;
            outbox::release(conn, &untried, now).context("handing back untried mail")?;
            outbox::discard(conn, &nothing).context("deleting requests with nothing to send")?;
            Ok(())
        })?;
        report.sent = sent.len();
        report.deferred = untried.len();
        Ok(report)
    }

    fn failed(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
        e: &anyhow::Error,
        now: NaiveDateTime,
        report: &mut BatchReport,
    ) -> anyhow::Result<()> {
        let why = format!("{e:#}");
        let permanent = e
            .downcast_ref::<super::smtp::SmtpFailure>()
            .is_some_and(|f| f.is_permanent());
        // `attempts` already counts this try (the claim added it).
        if message.attempts >= MAX_TRIES || (permanent && message.attempts >= PERMANENT_TRIES) {
            tracing::error!(outbox = message.id, attempts = message.attempts, error = %why, "mail failed; giving up");
            outbox::give_up(conn, message.id, now, &why)
                .with_context(|| format!("giving up on outbox {}", message.id))?;
            report.gave_up += 1;
            return Ok(());
        }
        let retry_at = now + self.backoff(message.attempts);
        tracing::warn!(outbox = message.id, attempts = message.attempts, %retry_at, error = %why, "mail failed; will retry");
        outbox::mark_failed(conn, message.id, retry_at, &why)
            .with_context(|| format!("recording failure of outbox {}", message.id))?;
        report.failed += 1;
        Ok(())
    }

    /// The delay before the next try after `attempts` failed ones: the base,
    /// doubled per attempt, capped at an hour.
    fn backoff(&self, attempts: i32) -> chrono::Duration {
        let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(0);
        let delay = self
            .retry_base
            .saturating_mul(2u32.saturating_pow(exponent))
            .min(MAX_BACKOFF);
        chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::hours(1))
    }
}

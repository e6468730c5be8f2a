//! The mail worker: claims due outbox messages, sends them, and records each
//! as sent within moments of the server accepting it. A failure is retried
//! with exponential backoff.
//!
//! Guarantee: a message is sent **at least once**, and by one worker **at
//! most once**; a crash can repeat at most `max(SMTP connections,
//! FLUSH_AFTER)` messages, those in flight or accepted but not yet recorded,
//! because results are recorded in small groups as they come and no message
//! starts while that many are outstanding ([`Outstanding`]). How:
//! - Claims are short leases ([`LEASE`]) under the worker's own random token,
//!   renewed every [`RENEW_EVERY`] while it lives. A killed worker's mail is
//!   due again within a minute; a live worker's never is. A sender thread
//!   that dies mid-message is treated as a crash of its own: its message may
//!   be sent again, by any worker, a lease later ([`Lost`]).
//! - A message is started only with [`START_MARGIN`] of lease left, so a
//!   worker cut off from the database stops starting mail well before another
//!   one may take it over. A send still running when its lease runs out (the
//!   database gone for longer than the margin while the SMTP server hangs)
//!   is the one case two workers may both send a message.
//! - On SIGTERM ([`Worker::stopper`]) it starts nothing new, finishes what is
//!   in flight (bounded by the SMTP timeouts), records it, hands back the
//!   rest untried, and returns.
//! - Results the database would not take (an outage) are kept in memory and
//!   recorded before the next claim: this worker does not send a sent one
//!   again, and one not sent is handed back or retried, not left leased to
//!   a worker that renews its leases and has forgotten it. So is a claimed
//!   batch that never reached the senders.
//! - An SMTP server that refuses everything pauses sending instead of using
//!   up the recipients' tries (see [`super::relay`]).
//!
//! It runs on a plain thread (diesel and the SMTP client both block), in
//! `serve` and as `handover worker`; on PostgreSQL any number of workers can
//! run at once (see [`crate::outbox::claim_due`]). Requests come first: its
//! SQLite writes let theirs go ahead (see [`crate::db::write_turn`]), and it
//! renders and sends at the lowest CPU priority. (On SQLite the worker thread
//! itself keeps normal priority, see [`Worker::run`], and so do the packets it
//! typesets at a cut-off.)

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{NaiveDateTime, Utc};

use super::compose::{Composer, Draft, NothingToSend};
use super::relay::{self, Relay, Verdict};
use super::{Ahead, Built, Delivered, Mailer};
use crate::crypto::Keyring;
use crate::db::{DbConnection, DbPool, Durability, write_transaction, write_transaction_with};
use crate::outbox::{self, OutboxMessage};
use crate::signatures::retention;

/// The most messages one claim takes; fewer with few SMTP connections (see
/// [`Worker::batch`]).
const BATCH: usize = 256;
/// … and on SQLite while this process's requests write. A claim there is one
/// turn at the write lock (claiming, minting two links per message), and a
/// signer who comes during it waits for all of it: at 256 messages about one
/// mail transaction in ten held the lock for over 10 ms (BENCHMARKS.md,
/// session 16). With nobody signing, large claims drain faster.
const SIGNING_BATCH: usize = 64;
/// How recently a request must have written for claims to stay small.
const SIGNING_WINDOW: Duration = Duration::from_secs(1);
/// Messages claimed per SMTP connection: enough to keep each busy between
/// claims, few enough that a claim is sent within seconds.
const CLAIM_PER_SENDER: usize = 16;
/// How long a claim (or its last renewal) holds messages before another
/// worker may take them: how long a dead worker's mail waits.
pub const LEASE: Duration = Duration::from_secs(60);
/// How often a live worker renews the lease on what it holds.
const RENEW_EVERY: Duration = Duration::from_secs(10);
/// A message is started only while at least this much of the lease is
/// left (see the module comment).
const START_MARGIN: Duration = Duration::from_secs(30);
/// Results are recorded once half as many are waiting as may be outstanding
/// (one per SMTP connection), and at least this many …
const FLUSH_AFTER: usize = 8;
/// … or once the oldest has waited this long.
const FLUSH_EVERY: Duration = Duration::from_millis(200);
/// Longest wait between retries of one message.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// Tries of a message whose recipient the server refuses permanently (5xx,
/// while it accepts others; see [`super::relay`]) before giving up.
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

/// A claimed batch: its messages, and each one's draft (or the error
/// composing it), rendered by the thread that sends it.
struct Prepared {
    messages: Vec<OutboxMessage>,
    drafts: Vec<anyhow::Result<Draft>>,
}

/// Whether a worker is alive, for `/ready`: it beats at every step of its
/// loop and says when it has stopped.
#[derive(Debug, Clone)]
pub struct Liveness {
    /// Unix seconds of the last beat.
    beat: Arc<AtomicI64>,
    running: Arc<AtomicBool>,
}

impl Liveness {
    fn beat(&self) {
        self.beat.store(Utc::now().timestamp(), Ordering::Relaxed);
    }

    /// Why the worker cannot be counted on, if it cannot: it stopped, or it
    /// has not beaten for `max_silence` (stuck).
    pub fn problem(&self, max_silence: Duration) -> Option<String> {
        if !self.running.load(Ordering::Relaxed) {
            return Some("the mail worker has stopped".to_owned());
        }
        let silent = Utc::now().timestamp() - self.beat.load(Ordering::Relaxed);
        (silent > i64::try_from(max_silence.as_secs()).unwrap_or(i64::MAX))
            .then(|| format!("the mail worker has not moved for {silent} s"))
    }
}

/// Marks the worker stopped when its loop ends, however it ends.
struct Running(Arc<AtomicBool>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Relaxed);
    }
}

/// What the worker needs besides the database.
pub struct Worker {
    pool: DbPool,
    mailer: Mailer,
    composer: Composer,
    /// How long a pending signature waits for its confirmation.
    token_ttl: chrono::Duration,
    /// When an unconfirmed signature gets its one reminder (`None`: never).
    reminder_after: Option<chrono::Duration>,
    retry_base: Duration,
    /// How many messages are in flight at once, each on its own SMTP
    /// connection (see [`super::smtp::SmtpPool`]).
    senders: usize,
    /// This worker's claim token (random per process and worker).
    token: i64,
    /// Its writes take this process's SQLite write turns (see `run`).
    takes_write_turns: bool,
    /// Everything this worker holds is leased until this at least (see
    /// [`Worker::leased`]).
    lease_end: Mutex<Instant>,
    /// When the lease on everything held was last renewed (by a claim or
    /// [`Worker::renew_if_due`]); `None` before the first claim.
    renewed: Mutex<Option<Instant>>,
    /// Results the database did not take yet (see the module comment).
    unrecorded: Mutex<Vec<Outcome>>,
    /// The last try to record results failed (the database is away).
    record_failing: AtomicBool,
    /// A record that would have cleared the relay's stored pause failed:
    /// the next one clears it.
    clear_pause_owed: AtomicBool,
    relay: Relay,
    stop: Arc<AtomicBool>,
    liveness: Liveness,
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
    /// Not tried (stopping, a paused relay, or too little lease left), or
    /// refused with every other message: due again without counting a try.
    pub deferred: usize,
}

impl BatchReport {
    /// Logs what it counts, under `what`, unless it counts nothing.
    fn log(&self, what: &str) {
        if self.sent + self.failed + self.gave_up + self.deferred > 0 {
            tracing::info!(
                sent = self.sent,
                failed = self.failed,
                gave_up = self.gave_up,
                deferred = self.deferred,
                "{what}"
            );
        }
    }
}

impl std::ops::AddAssign for BatchReport {
    fn add_assign(&mut self, other: Self) {
        self.sent += other.sent;
        self.failed += other.failed;
        self.gave_up += other.gave_up;
        self.deferred += other.deferred;
    }
}

/// A claimed message that was not started (see [`BatchReport::deferred`]).
#[derive(Debug, thiserror::Error)]
#[error("not tried")]
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
        let retry_base = Duration::from_millis(settings.mail_retry_base_ms);
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
            reminder_after: (settings.reminder_after_hours > 0)
                .then(|| chrono::Duration::hours(i64::from(settings.reminder_after_hours))),
            retry_base,
            senders: usize::from(settings.smtp_connections).max(1),
            token: claim_token(),
            takes_write_turns: crate::db::Backend::from_url(&settings.database_url)
                .map_or(true, |b| b.is_sqlite()),
            lease_end: Mutex::new(Instant::now()),
            renewed: Mutex::new(None),
            unrecorded: Mutex::new(Vec::new()),
            record_failing: AtomicBool::new(false),
            clear_pause_owed: AtomicBool::new(false),
            relay: Relay::new(retry_base.saturating_mul(6)),
            stop: Arc::default(),
            liveness: Liveness {
                beat: Arc::new(AtomicI64::new(Utc::now().timestamp())),
                running: Arc::new(AtomicBool::new(true)),
            },
        }
    }

    /// Set it to make [`Worker::run`] finish what is in flight and return.
    pub fn stopper(&self) -> Arc<AtomicBool> {
        self.stop.clone()
    }

    /// Whether this worker is alive (for `/ready`).
    pub fn liveness(&self) -> Liveness {
        self.liveness.clone()
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    /// Whether people are signing through this process (on SQLite), whose
    /// writes the worker's must leave room for.
    fn signers_writing(&self) -> bool {
        self.takes_write_turns && crate::db::write_turn::requests_wrote_within(SIGNING_WINDOW)
    }

    /// How many messages one claim takes.
    fn batch(&self) -> usize {
        let most = if self.signers_writing() {
            SIGNING_BATCH
        } else {
            BATCH
        };
        (self.senders * CLAIM_PER_SENDER).min(most)
    }

    /// The next batch goes to the senders once fewer than this many of
    /// theirs are unreported. Two per sender (one being sent, one written
    /// ahead) keeps every sender busy across claims; while people sign on
    /// SQLite, a batch waits for the last one's record instead, as mail
    /// sent sooner then is signing slowed (BENCHMARKS.md, session 20).
    fn hand_over_below(&self) -> usize {
        if self.signers_writing() {
            1
        } else {
            2 * self.senders
        }
    }

    /// Sends mail until stopped ([`Worker::stopper`]) or `wake` is
    /// disconnected: after each signature the web handlers nudge `wake`, and
    /// without a nudge the worker polls every second.
    pub fn run(self, wake: Receiver<()>) {
        let _running = Running(self.liveness.running.clone());
        // Signing and confirming are what people wait for; mail can be a
        // second later. This thread's writes let requests' go first. On
        // SQLite it keeps its CPU priority: holding the process's write turn
        // at the lowest priority, it would hold signers up behind it. On
        // PostgreSQL the database work is the server's, and the whole worker
        // takes only the CPU that requests leave free (nice 19 on Linux), as
        // the sender threads, which render and send, always do (`send_all`).
        crate::db::write_turn::background_writes();
        if !self.takes_write_turns {
            crate::cpu_priority::lowest();
        }
        tracing::info!(transport = %self.mailer.describe(), "mail worker started");
        let mut last_purge: Option<std::time::Instant> = None;
        let mut last_freeze: Option<std::time::Instant> = None;
        let mut last_recheck: Option<std::time::Instant> = None;
        while !self.stopping() {
            self.liveness.beat();
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
                Ok(report) => report.log("mail worker pass"),
                Err(e) => tracing::error!(error = format!("{e:#}"), "mail worker pass failed"),
            }
            self.mailer.close_idle();
            if self.stopping() {
                break;
            }
            match wake.recv_timeout(POLL) {
                Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        // What an outage kept from the record: the next worker would
        // otherwise send the sent ones again.
        if let Err(e) = self.record_unrecorded() {
            tracing::error!(
                error = format!("{e:#}"),
                "recording kept mail results failed"
            );
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
    /// (database work) while a second one sends the previous batches and
    /// records their results, so the SMTP connections do not sit idle during
    /// the database work. At most one composed batch waits between the
    /// stages; its messages are leased, so no other worker takes them
    /// meanwhile.
    pub fn drain(&self) -> anyhow::Result<BatchReport> {
        // Here too, not only before a claim: a paused relay claims nothing,
        // and kept results must not wait out its pause (their leases are
        // not renewed meanwhile).
        let kept = self.record_unrecorded()?;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Prepared>(1);
        let sending_ended = AtomicBool::new(false);
        let ended = &sending_ended;
        std::thread::scope(|scope| {
            let sender = scope.spawn(move || -> anyhow::Result<BatchReport> {
                crate::db::write_turn::background_writes();
                // Its threads serve every batch of this drain and end with
                // it; one that panics ends the drain with an error (its
                // message is `Lost`) and fails this stage, as below.
                let sent = std::thread::scope(|threads| {
                    self.send_all(&rx, &mut SenderPool::new(self, threads))
                });
                // Ended early (on an error): a batch still waiting, or
                // claimed meanwhile, was never tried.
                ended.store(true, Ordering::Relaxed);
                for batch in rx {
                    self.keep_unrecorded(untried(batch));
                }
                sent
            });
            let prepared = (|| -> anyhow::Result<()> {
                while !self.stopping()
                    && self.relay.paused().is_none()
                    && !ended.load(Ordering::Relaxed)
                {
                    self.liveness.beat();
                    let limit = self.batch();
                    let batch = self.prepare(limit)?;
                    let len = batch.messages.len();
                    let full = len == limit;
                    if len > 0
                        && let Err(std::sync::mpsc::SendError(batch)) = tx.send(batch)
                    {
                        // The sender stopped on an error (it reports it
                        // below): this batch was never tried.
                        self.keep_unrecorded(untried(batch));
                        return Ok(());
                    }
                    if !full {
                        return Ok(());
                    }
                }
                Ok(())
            })();
            drop(tx);
            let sent = sender
                .join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("the mail sender thread panicked")));
            let mut report = prepared.and(sent)?;
            report += kept;
            Ok(report)
        })
    }

    /// Claims at most `limit` due messages, mints their links and gathers what
    /// their mail needs in one transaction; composes signers' mail after it
    /// committed.
    fn prepare(&self, limit: usize) -> anyhow::Result<Prepared> {
        self.record_unrecorded()?;
        let mut conn = self.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        if relay::pause(&mut conn)
            .context("reading the relay's state")?
            .is_some_and(|p| p.paused_until > now)
        {
            // Another worker found the relay refusing everything.
            return Ok(Prepared {
                messages: Vec::new(),
                drafts: Vec::new(),
            });
        }
        let started = Instant::now();
        let (lease_until, claim_end) = lease_from_now(now);
        // What this worker claimed earlier keeps its lease unless that ends
        // within one renewal interval of this one: renewed that often anyway
        // (by claims, or by `renew_if_due` when none come), it is leased until
        // one interval short of this claim's lease at least. Renewed less
        // than an interval ago, it is so already, and the claim does not look
        // (on PostgreSQL the look walked every message held; BENCHMARKS.md,
        // session 23).
        let (renew_before, held_until) = ends_after(now, LEASE - RENEW_EVERY);
        // (Never renewed: this is the first claim, which must set the lease
        // end that `may_start` reads.)
        let renew = self
            .renewed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_none_or(|t| started.duration_since(t) >= RENEW_EVERY);
        // One transaction (one sync, one turn at SQLite's write lock) claims
        // and mints the links. Only the database work holds the write lock:
        // signers' mails are composed after the commit, and the templates
        // and the MIME messages are rendered by the senders.
        let claimed = write_transaction(&mut conn, |conn| -> anyhow::Result<_> {
            let ids = outbox::claim_due(
                conn,
                self.token,
                now,
                lease_until,
                renew.then_some(renew_before),
                limit as i64,
            )
            .context("claiming due mail")?;
            if ids.is_empty() {
                return Ok(None);
            }
            let messages = outbox::load(conn, &ids).context("loading claimed mail")?;
            let gathered = self
                .composer
                .gather(conn, &messages)
                .context("composing claimed mail")?;
            Ok(Some((messages, gathered)))
        })?;
        let Some((messages, gathered)) = claimed else {
            return Ok(Prepared {
                messages: Vec::new(),
                drafts: Vec::new(),
            });
        };
        if renew {
            self.leased(held_until, started);
        } else {
            self.also_leased_until(claim_end);
        }
        let drafts = self.composer.finish(&messages, gathered);
        Ok(Prepared { messages, drafts })
    }

    /// Everything this worker holds is leased until `end` at least, by a
    /// claim or renewal that began `at`.
    fn leased(&self, end: Instant, at: Instant) {
        *self.lease_end.lock().unwrap_or_else(|e| e.into_inner()) = end;
        *self.renewed.lock().unwrap_or_else(|e| e.into_inner()) = Some(at);
    }

    /// A claim that renewed nothing holds its messages until `end`: if a
    /// renewal ran meanwhile (on the sender thread; it cannot see the
    /// claim's rows before the commit), it promised more than they have.
    fn also_leased_until(&self, end: Instant) {
        let mut lease_end = self.lease_end.lock().unwrap_or_else(|e| e.into_inner());
        *lease_end = (*lease_end).min(end);
    }

    /// Whether a message may be started now (see [`START_MARGIN`]).
    fn may_start(&self) -> bool {
        let lease_end = *self.lease_end.lock().unwrap_or_else(|e| e.into_inner());
        !self.stopping()
            && !self.record_failing.load(Ordering::Relaxed)
            && self.relay.paused().is_none()
            && Instant::now() + START_MARGIN <= lease_end
    }

    /// Renews the lease on everything this worker holds, if it is time.
    fn renew_if_due(&self) {
        let last = *self.renewed.lock().unwrap_or_else(|e| e.into_inner());
        // (Never renewed: nothing claimed yet, nothing to renew.)
        if last.is_none_or(|t| t.elapsed() < RENEW_EVERY) {
            return;
        }
        let now = Utc::now().naive_utc();
        let started = Instant::now();
        let (lease_until, lease_end) = lease_from_now(now);
        let renewed = self
            .pool
            .get()
            .context("getting a database connection")
            .and_then(|mut conn| {
                outbox::renew(&mut conn, self.token, lease_until).context("renewing mail leases")
            });
        match renewed {
            Ok(_) => self.leased(lease_end, started),
            // Nothing more is started once the old lease runs low.
            Err(e) => tracing::warn!(error = format!("{e:#}"), "could not renew mail leases"),
        }
    }

    /// Records the results the database did not take earlier.
    fn record_unrecorded(&self) -> anyhow::Result<BatchReport> {
        let kept = std::mem::take(&mut *self.unrecorded.lock().unwrap_or_else(|e| e.into_inner()));
        if kept.is_empty() {
            return Ok(BatchReport::default());
        }
        // On failure `record` keeps them again.
        let report = self.record(kept)?;
        report.log("recorded mail results kept from an outage");
        Ok(report)
    }

    /// Keeps results for [`Self::record_unrecorded`].
    fn keep_unrecorded(&self, outcomes: impl IntoIterator<Item = Outcome>) {
        self.unrecorded
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(outcomes);
    }

    /// Runs the housekeeping (see [`retention::housekeeping`]); returns how
    /// many expired pending signatures were deleted.
    pub fn purge(&self) -> anyhow::Result<usize> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let done = retention::housekeeping(&mut conn, now, self.token_ttl)?;
        if let Some(after) = self.reminder_after {
            let reminded = crate::signatures::reminders::queue_due(&mut conn, now, after)
                .context("queueing reminders")?;
            if reminded > 0 {
                tracing::info!(reminders = reminded, "queued reminders to confirm");
            }
        }
        if done.erased_petitions > 0 {
            tracing::info!(
                petitions = done.erased_petitions,
                "erased signer contacts past retention"
            );
        }
        Ok(done.deleted_pending)
    }

    /// Sends the batches of one drain, `senders` messages at a time (on the
    /// threads of `pool`), and records the results in small groups as they
    /// come in (see the module comment), renewing the lease meanwhile.
    ///
    /// The next batch goes to the senders before this one is finished
    /// ([`Worker::hand_over_below`]): otherwise senders wait, at every claim,
    /// for the last messages' replies and their record, and with a distant
    /// SMTP server that wait bounded the whole worker (BENCHMARKS.md,
    /// session 20). The crash bound holds across batches: [`Outstanding`]
    /// counts for the whole drain.
    fn send_all<'scope>(
        &'scope self,
        batches: &Receiver<Prepared>,
        pool: &mut SenderPool<'scope, '_>,
    ) -> anyhow::Result<BatchReport> {
        let outstanding = Arc::new(Outstanding::new(self.senders.max(FLUSH_AFTER)));
        let (results_tx, results) = std::sync::mpsc::channel::<Outcome>();
        let mut recording = Recording::new(&outstanding);
        // Whether the claiming stage may hand over another batch.
        let mut more = true;
        loop {
            // After a failed record or a lost sender nothing new is taken:
            // the drain ends, and what was claimed and not tried is handed
            // back with the next record (see `drain`).
            let unreported = recording.unreported;
            if more && recording.first_error.is_none() && unreported < self.hand_over_below() {
                let next = if unreported == 0 {
                    batches.recv().ok()
                } else {
                    batches.try_recv().ok()
                };
                match next {
                    Some(batch) => {
                        recording.unreported += self.submit(batch, pool, &outstanding, &results_tx)
                    }
                    None if unreported == 0 => more = false,
                    None => {}
                }
            }
            if recording.unreported == 0 && (!more || recording.first_error.is_some()) {
                return recording.end();
            }
            if recording.unreported > 0
                // (Never disconnected: this stage holds a sender.)
                && let Ok(outcome) = results.recv_timeout(FLUSH_EVERY / 4)
            {
                recording.take(outcome);
            }
            if recording.due() {
                recording.flush(self);
            }
            self.renew_if_due();
        }
    }

    /// Hands every message of `batch` to the senders; returns how many.
    fn submit<'scope>(
        &'scope self,
        batch: Prepared,
        pool: &mut SenderPool<'scope, '_>,
        outstanding: &Arc<Outstanding>,
        results: &std::sync::mpsc::Sender<Outcome>,
    ) -> usize {
        // The claim just reached the database: it answers again.
        self.record_failing.store(false, Ordering::Relaxed);
        let batch = Arc::new(batch);
        let n = batch.messages.len();
        pool.grow_to(self.senders.min(n));
        for index in 0..n {
            pool.submit(SendJob {
                slot: Slot {
                    batch: batch.clone(),
                    index,
                },
                outstanding: outstanding.clone(),
                results: Some(results.clone()),
                started: false,
            });
        }
        n
    }

    /// Renders and builds the message in `slot` (or says why there is
    /// nothing to send).
    fn build_one(&self, slot: &Slot) -> anyhow::Result<Built> {
        match slot.draft() {
            Ok(draft) => draft
                .render()
                .and_then(|outgoing| self.mailer.build(&outgoing)),
            Err(e) if e.is::<NothingToSend>() => Err(anyhow::Error::new(NothingToSend)),
            Err(e) => Err(anyhow::anyhow!("{e:#}")),
        }
    }

    /// Sends a built message, unless sending must stop; `next` is the
    /// message this sender sends after it (see [`Mailer::deliver`]).
    fn deliver_one(
        &self,
        built: anyhow::Result<Built>,
        outbox_id: i64,
        ahead: &mut Ahead,
        next: Option<&Built>,
    ) -> anyhow::Result<Delivered> {
        match built {
            Ok(_) if !self.may_start() => {
                // Its envelope may have gone ahead: that connection closes.
                *ahead = Ahead::default();
                Err(anyhow::Error::new(NotTried))
            }
            Ok(built) => self.mailer.deliver(&built, outbox_id, ahead, next),
            Err(e) => Err(e),
        }
    }

    /// Marks what was sent, schedules retries, gives up where it must, hands
    /// back what was not tried. Results the database does not take are kept
    /// for the next claim (see the module comment).
    fn record(&self, outcomes: Vec<Outcome>) -> anyhow::Result<BatchReport> {
        match self.write_results(&outcomes) {
            Ok(report) => {
                crate::metrics::mails(report.sent, report.failed, report.gave_up, report.deferred);
                Ok(report)
            }
            Err(e) => {
                self.keep_unrecorded(outcomes);
                Err(e.context("recording mail results (kept for the next claim)"))
            }
        }
    }

    /// [`Self::record`]'s one transaction.
    fn write_results(&self, outcomes: &[Outcome]) -> anyhow::Result<BatchReport> {
        let now = Utc::now().naive_utc();
        let (mut sent, mut untried, mut nothing, mut refused) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for outcome in outcomes {
            let message = outcome.slot.message();
            match &outcome.result {
                Ok(delivered) => {
                    if let Delivered::File(path) = delivered {
                        tracing::info!(outbox = message.id, path = %path.display(), "mail written to file");
                    }
                    sent.push(message.id);
                }
                Err(e) if e.is::<NotTried>() => untried.push(message.id),
                Err(e) if e.is::<NothingToSend>() => nothing.push(message.id),
                Err(_) => refused.push(outcome),
            }
        }
        // A pause to clear stays owed until a record clears it: the run of
        // refusals ended in memory even if this record fails.
        let relay_back = (!sent.is_empty() && self.relay.accepted())
            | self.clear_pause_owed.swap(false, Ordering::Relaxed);
        // A record lost to a power cut sends those messages again (at least
        // once); it never loses one.
        let written = self
            .pool
            .get()
            .context("getting a database connection")
            .and_then(|mut conn| {
                write_transaction_with(
                    &mut conn,
                    Durability::Bookkeeping,
                    |conn| -> anyhow::Result<BatchReport> {
                        let mut report = BatchReport::default();
                        outbox::mark_all_sent(conn, &sent, now).context("marking mail sent")?;
                        let due = self.relay.paused().map_or(now, |until| {
                            now + chrono::Duration::from_std(
                                until.saturating_duration_since(Instant::now()),
                            )
                            .unwrap_or_default()
                        });
                        outbox::release(conn, self.token, &untried, due)
                            .context("handing back untried mail")?;
                        outbox::discard(conn, &nothing)
                            .context("deleting requests with nothing to send")?;
                        if relay_back {
                            tracing::info!("the SMTP server accepts mail again");
                            relay::clear_pause(conn).context("clearing the relay's pause")?;
                        }
                        for outcome in &refused {
                            self.failed(conn, outcome, now, &mut report)?;
                        }
                        Ok(report)
                    },
                )
            });
        if written.is_err() && relay_back {
            self.clear_pause_owed.store(true, Ordering::Relaxed);
        }
        let mut report = written?;
        report.sent += sent.len();
        report.deferred += untried.len();
        Ok(report)
    }

    fn failed(
        &self,
        conn: &mut DbConnection,
        outcome: &Outcome,
        now: NaiveDateTime,
        report: &mut BatchReport,
    ) -> anyhow::Result<()> {
        let message = outcome.slot.message();
        let Err(e) = &outcome.result else {
            return Ok(());
        };
        let why = format!("{e:#}");
        let failure = e.downcast_ref::<super::smtp::SmtpFailure>();
        // A refusal may be the server's (see `relay`); a missing extension
        // (SMTPUTF8 for this address) is this message's own.
        let refusal = failure.filter(|f| f.is_refusal_for_good());
        let verdict = match (refusal, failure) {
            // Judged once: a record that fails is tried again with the same
            // outcomes, and must not count their refusals twice.
            (Some(_), _) => Some(*outcome.verdict.get_or_init(|| self.relay.refused(now))),
            (None, Some(f)) if f.is_permanent() => Some(Verdict::Recipient),
            _ => None,
        };
        if let (Some(Verdict::Paused { until, began }), Some(f)) = (verdict, refusal) {
            // A verdict recorded late (after an outage) whose pause has
            // ended since stores nothing: the run of refusals may have
            // ended, and its stored pause been cleared, meanwhile.
            let still_paused = until > now && self.relay.paused().is_some();
            if still_paused {
                if began {
                    tracing::warn!(
                        %until,
                        code = f.code(),
                        "the SMTP server refuses every message; mail paused, nothing given up"
                    );
                }
                relay::store_pause(conn, now, until, f.code())
                    .context("storing the relay's pause")?;
            }
            outbox::defer(conn, self.token, message.id, until.max(now), &why)
                .with_context(|| format!("deferring outbox {}", message.id))?;
            report.deferred += 1;
            return Ok(());
        }
        // `attempts` already counts this try (the claim added it).
        let refused_for_good =
            verdict == Some(Verdict::Recipient) && message.attempts >= PERMANENT_TRIES;
        if message.attempts >= MAX_TRIES || refused_for_good {
            tracing::error!(outbox = message.id, attempts = message.attempts, error = %why, "mail failed; giving up");
            outbox::give_up(conn, self.token, message.id, now, &why)
                .with_context(|| format!("giving up on outbox {}", message.id))?;
            report.gave_up += 1;
            return Ok(());
        }
        let mut retry_at = now + self.backoff(message.attempts);
        if e.is::<Lost>() {
            // It may have been sent: it waits as a crashed worker's would.
            retry_at = retry_at.max(now + chrono::Duration::from_std(LEASE).unwrap_or_default());
        }
        tracing::warn!(outbox = message.id, attempts = message.attempts, %retry_at, error = %why, "mail failed; will retry");
        outbox::mark_failed(conn, self.token, message.id, retry_at, &why)
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

/// The recording stage of one drain: what the senders reported and is not
/// yet recorded, and the drain's totals.
struct Recording<'o> {
    outstanding: &'o Outstanding,
    /// Each record is a write transaction, which on SQLite waits for the
    /// one write lock signing needs too, and syncs: the fewer, the better
    /// for signers, while half the outstanding limit keeps the senders busy
    /// meanwhile.
    flush_after: usize,
    /// Handed to the senders, not yet reported back.
    unreported: usize,
    waiting: Vec<Outcome>,
    /// How many of `waiting` count in `outstanding`.
    entered: usize,
    /// When the oldest of `waiting` came.
    oldest: Option<Instant>,
    first_error: Option<anyhow::Error>,
    report: BatchReport,
}

impl<'o> Recording<'o> {
    fn new(outstanding: &'o Outstanding) -> Self {
        Recording {
            outstanding,
            flush_after: (outstanding.limit / 2).max(FLUSH_AFTER),
            unreported: 0,
            waiting: Vec::new(),
            entered: 0,
            oldest: None,
            first_error: None,
            report: BatchReport::default(),
        }
    }

    /// Takes one sender's report. A lost job is recorded as a failed try
    /// (see [`Lost`]) and ends the drain with an error: its thread is gone.
    fn take(&mut self, outcome: Outcome) {
        self.unreported -= 1;
        // Every other job started before it reported (see `SenderPool`).
        if outcome.lost().is_none_or(|lost| lost.started) {
            self.entered += 1;
        }
        if outcome.lost().is_some() {
            self.first_error.get_or_insert_with(|| {
                anyhow::anyhow!(
                    "a mail sender thread stopped; its message waits a lease at least before another try"
                )
            });
        }
        self.oldest.get_or_insert_with(Instant::now);
        self.waiting.push(outcome);
    }

    /// Whether what waits should be recorded now.
    fn due(&self) -> bool {
        !self.waiting.is_empty()
            && (self.unreported == 0
                || self.waiting.len() >= self.flush_after
                || self.oldest.is_some_and(|t| t.elapsed() >= FLUSH_EVERY))
    }

    /// Records what waits. A record that fails ends the drain: nothing new
    /// starts until one succeeds (see `Worker::may_start`), and what waits
    /// is kept for the next claim (see `Worker::record`).
    fn flush(&mut self, worker: &Worker) {
        match worker.record(std::mem::take(&mut self.waiting)) {
            Ok(r) => {
                self.report += r;
                worker.record_failing.store(false, Ordering::Relaxed);
            }
            Err(e) => {
                worker.record_failing.store(true, Ordering::Relaxed);
                self.first_error.get_or_insert(e);
            }
        }
        self.outstanding.leave(std::mem::take(&mut self.entered));
        self.oldest = None;
        worker.liveness.beat();
    }

    /// The drain's totals, or its first error.
    fn end(self) -> anyhow::Result<BatchReport> {
        self.first_error.map_or(Ok(self.report), Err)
    }
}

/// One message of a batch for a sender thread: render it, send it, report.
///
/// It reports exactly once: a job dropped unreported (its thread panicked,
/// or every thread did and the queue closed) reports itself, so the
/// recording stage never waits for it.
struct SendJob {
    slot: Slot,
    outstanding: Arc<Outstanding>,
    /// `None` once reported.
    results: Option<std::sync::mpsc::Sender<Outcome>>,
    /// Counted in `outstanding`: its content may have reached the server.
    started: bool,
}

impl SendJob {
    /// Counts it outstanding: its content may reach the server from now on.
    fn start(&mut self) {
        self.outstanding.enter();
        self.started = true;
    }

    fn report(&mut self, result: anyhow::Result<Delivered>) {
        if let Some(results) = self.results.take() {
            // A recording stage that stopped listening has failed already.
            let _ = results.send(Outcome::new(self.slot.clone(), result));
        }
    }
}

impl Drop for SendJob {
    fn drop(&mut self) {
        if self.results.is_some() {
            let started = self.started;
            self.report(Err(anyhow::Error::new(Lost { started })));
        }
    }
}

/// A message whose sender thread died before reporting it (see
/// [`SendJob`]). It may have been sent, so it is treated as a crashed
/// worker's message: recorded as a failed try, due again no sooner than a
/// lease from now ([`LEASE`]), and given up after [`MAX_TRIES`] like any
/// failing one. (So is one that surely was not sent: the job a dying
/// thread had built ahead, or one left queued when every thread died. Its
/// rendering may be what killed the thread, so it waits too.) Handed back at once, a message that kills its sender would
/// be claimed, and kill one, again and again; left held, it would never go
/// out while this worker lives and renews its leases. The drain ends.
#[derive(Debug, thiserror::Error)]
#[error("its sender thread stopped")]
struct Lost {
    /// Counted in `Outstanding`.
    started: bool,
}

/// One message of a claimed batch.
#[derive(Clone)]
struct Slot {
    batch: Arc<Prepared>,
    index: usize,
}

impl Slot {
    fn message(&self) -> &OutboxMessage {
        &self.batch.messages[self.index]
    }

    fn draft(&self) -> &anyhow::Result<Draft> {
        &self.batch.drafts[self.index]
    }
}

/// What became of one message, for the recording stage.
struct Outcome {
    slot: Slot,
    result: anyhow::Result<Delivered>,
    /// What the relay made of its refusal, once judged (see `Worker::failed`).
    verdict: std::sync::OnceLock<Verdict>,
}

/// Every message of a batch that never reached the senders, as not tried.
fn untried(batch: Prepared) -> impl Iterator<Item = Outcome> {
    let batch = Arc::new(batch);
    (0..batch.messages.len()).map(move |index| {
        let slot = Slot {
            batch: batch.clone(),
            index,
        };
        Outcome::new(slot, Err(anyhow::Error::new(NotTried)))
    })
}

impl Outcome {
    fn new(slot: Slot, result: anyhow::Result<Delivered>) -> Self {
        Outcome {
            slot,
            result,
            verdict: std::sync::OnceLock::new(),
        }
    }

    /// Whether its sender died before reporting it.
    fn lost(&self) -> Option<&Lost> {
        self.result.as_ref().err()?.downcast_ref::<Lost>()
    }
}

/// The sender threads of one drain: started as batches need them (at most
/// `senders`), kept for every later batch of the drain, ended with it.
///
/// Why: starting threads anew for every claim cost, per thread, a stack
/// mapped and unmapped, a priority lowered and the other core interrupted
/// to flush its TLB. With claims of 64 to 256 messages and 64 senders that
/// was a thread per few messages, and it made mail the costliest work on
/// the machine (see BENCHMARKS.md, session 17).
struct SenderPool<'scope, 'env> {
    worker: &'env Worker,
    scope: &'scope std::thread::Scope<'scope, 'env>,
    jobs: std::sync::mpsc::Sender<SendJob>,
    /// The queue until the first thread takes it. After that the threads
    /// alone hold it: were they all to die, it closes and `submit` drops
    /// its jobs, which report themselves `Lost` instead of being waited for.
    first: Option<Arc<Mutex<Receiver<SendJob>>>>,
    queue: std::sync::Weak<Mutex<Receiver<SendJob>>>,
    started: usize,
}

impl<'scope, 'env> SenderPool<'scope, 'env> {
    fn new(worker: &'env Worker, scope: &'scope std::thread::Scope<'scope, 'env>) -> Self {
        let (jobs, queue) = std::sync::mpsc::channel();
        let queue = Arc::new(Mutex::new(queue));
        SenderPool {
            worker,
            scope,
            jobs,
            queue: Arc::downgrade(&queue),
            first: Some(queue),
            started: 0,
        }
    }

    /// Starts threads until `n` run.
    fn grow_to(&mut self, n: usize) {
        while self.started < n {
            let Some(queue) = self.first.take().or_else(|| self.queue.upgrade()) else {
                return;
            };
            let worker = self.worker;
            self.scope.spawn(move || {
                // Rendering and sending take the CPU that requests leave
                // free; these threads hold no database lock, so nobody waits
                // for them.
                crate::cpu_priority::lowest();
                let mut ahead = Ahead::default();
                let mut taken: Option<(SendJob, anyhow::Result<Built>)> = None;
                loop {
                    let (mut job, built) = match taken.take() {
                        Some(taken) => taken,
                        None => {
                            // The lock is held only while waiting for the
                            // next job (a guard in the `match` itself was
                            // held while it was rendered, too).
                            let next = queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
                            match next {
                                Ok(job) => {
                                    let built = worker.build_one(&job.slot);
                                    (job, built)
                                }
                                Err(_) => return,
                            }
                        }
                    };
                    // The next job, if one waits: built now, so that its
                    // envelope goes with this content (see `super::smtp`).
                    taken = if built.is_ok() {
                        next_job(&queue).map(|next| {
                            let built = worker.build_one(&next.slot);
                            (next, built)
                        })
                    } else {
                        None
                    };
                    let next = taken.as_ref().and_then(|(_, built)| built.as_ref().ok());
                    job.start();
                    let result = worker.deliver_one(built, job.slot.message().id, &mut ahead, next);
                    job.report(result);
                }
            });
            self.started += 1;
        }
    }

    /// Queues `job` for the next free thread.
    fn submit(&self, job: SendJob) {
        // Fails only when every thread has died (see `first`); the job is
        // dropped and reports itself `Lost`.
        let _ = self.jobs.send(job);
    }
}

/// The next queued job, if one waits and no other sender is idle: an idle
/// one holds the queue's lock while it waits, and takes the next job itself
/// (this never waits, for the lock or for a job).
fn next_job(queue: &Mutex<Receiver<SendJob>>) -> Option<SendJob> {
    match queue.try_lock() {
        Ok(queue) => queue.try_recv().ok(),
        Err(std::sync::TryLockError::Poisoned(queue)) => queue.into_inner().try_recv().ok(),
        Err(std::sync::TryLockError::WouldBlock) => None,
    }
}

/// Messages started but not yet recorded: no sender starts another while
/// `limit` are, so a crash repeats at most `limit` messages. A message counts
/// from just before its content is written: an envelope written ahead
/// (`super::smtp::Ahead`) cannot deliver anything.
struct Outstanding {
    limit: usize,
    count: Mutex<usize>,
    freed: std::sync::Condvar,
}

impl Outstanding {
    fn new(limit: usize) -> Self {
        Outstanding {
            limit,
            count: Mutex::new(0),
            freed: std::sync::Condvar::new(),
        }
    }

    /// Waits until fewer than `limit` are outstanding, then counts one more.
    fn enter(&self) {
        let mut count = self.count.lock().unwrap_or_else(|e| e.into_inner());
        while *count >= self.limit {
            count = self.freed.wait(count).unwrap_or_else(|e| e.into_inner());
        }
        *count += 1;
    }

    /// `n` were recorded (or failed to be: see `Recording::flush`).
    fn leave(&self, n: usize) {
        let mut count = self.count.lock().unwrap_or_else(|e| e.into_inner());
        *count = count.saturating_sub(n);
        self.freed.notify_all();
    }
}

/// A lease starting `now`: its end in the database's time and in this process's.
fn lease_from_now(now: NaiveDateTime) -> (NaiveDateTime, Instant) {
    ends_after(now, LEASE)
}

/// `span` after `now`, in the database's time and in this process's.
fn ends_after(now: NaiveDateTime, span: Duration) -> (NaiveDateTime, Instant) {
    let database = chrono::Duration::from_std(span).unwrap_or(chrono::Duration::minutes(1));
    (now + database, Instant::now() + span)
}

/// A random claim token for one worker.
fn claim_token() -> i64 {
    use rand::TryRng;
    let mut bytes = [0u8; 8];
    // A clock-derived token still keeps two workers apart in practice.
    if rand::rngs::SysRng.try_fill_bytes(&mut bytes).is_err() {
        bytes = Utc::now()
            .timestamp_nanos_opt()
            .unwrap_or_default()
            .to_le_bytes();
    }
    i64::from_le_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands the first message of `batch` to a sender thread that dies
    /// while sending it; returns where its job reports.
    fn sent_by_a_dying_thread(
        batch: Arc<Prepared>,
        outstanding: Arc<Outstanding>,
    ) -> Receiver<Outcome> {
        let (results, outcomes) = std::sync::mpsc::channel();
        let mut job = SendJob {
            slot: Slot { batch, index: 0 },
            outstanding,
            results: Some(results),
            started: false,
        };
        let sender = std::thread::spawn(move || {
            job.start();
            panic!("a sender thread dies while sending");
        });
        assert!(sender.join().is_err());
        outcomes
    }

    /// A sender thread that dies mid-message still accounts for it, once:
    /// the recording stage would otherwise wait for it forever.
    #[test]
    fn a_job_whose_sender_dies_reports_itself_lost_once() {
        let batch = Arc::new(Prepared {
            messages: Vec::new(),
            drafts: Vec::new(),
        });
        let outcomes = sent_by_a_dying_thread(batch, Arc::new(Outstanding::new(1)));

        let outcome = outcomes.recv().expect("the lost job reports itself");
        assert!(outcome.lost().is_some_and(|lost| lost.started));
        assert!(outcomes.recv().is_err(), "it reported twice");
    }

    /// A message whose sender thread died mid-message is not held for as long
    /// as its worker lives (which renews everything it holds): it is recorded
    /// as a failed try, due again a lease later, for any worker to take.
    #[test]
    fn a_lost_message_goes_out_again_a_lease_later_while_its_worker_lives() {
        use diesel::prelude::*;

        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/w.db", dir.path().display());
        let pool = crate::db::connect(&url, crate::config::SqliteSync::Full).unwrap();
        let mut conn = pool.get().unwrap();
        crate::db::run_migrations(&mut conn, |_, _| Ok(())).unwrap();
        let mut settings = crate::config::Settings::defaults();
        settings.database_url = url;
        settings.mail_dir = dir.path().join("mail");
        // A first retry far sooner than a lease (whatever the environment says).
        settings.mail_retry_base_ms = 1000;
        let key = crate::crypto::DataKey::from_bytes(&[7; 32]);
        let keys = Arc::new(Keyring::for_tests(key, Vec::new()));
        let mailer = Mailer::from_settings(&settings).unwrap();
        let worker = Worker::new(pool.clone(), keys, mailer, "http://x".into(), &settings);

        // One queued message, claimed by the worker (never composed here).
        let now = Utc::now().naive_utc();
        diesel::insert_into(crate::db::schema::outbox::table)
            .values(outbox::NewOutboxMessage {
                kind: "organizer_invite",
                signature_id: None,
                created_at: now,
                next_attempt_at: now,
                organizer_id: None,
                lang: "en",
                address: None,
                update_id: None,
            })
            .execute(&mut conn)
            .unwrap();
        let (lease_until, _) = lease_from_now(now);
        let ids = outbox::claim_due(&mut conn, worker.token, now, lease_until, None, 8).unwrap();
        assert_eq!(ids.len(), 1);
        let batch = Arc::new(Prepared {
            messages: outbox::load(&mut conn, &ids).unwrap(),
            drafts: vec![Err(anyhow::anyhow!("not composed in this test"))],
        });

        // Its sender thread dies while sending it.
        let outstanding = Arc::new(Outstanding::new(FLUSH_AFTER));
        let outcomes = sent_by_a_dying_thread(batch, outstanding.clone());
        let mut recording = Recording::new(&outstanding);
        recording.unreported = 1;
        recording.take(outcomes.recv().unwrap());
        assert!(recording.due());
        recording.flush(&worker);
        let error = recording.end().expect_err("a lost sender ends the drain");
        assert!(
            format!("{error:#}").contains("sender thread stopped"),
            "{error:#}"
        );
        assert_eq!(
            *outstanding.count.lock().unwrap(),
            0,
            "still counted outstanding"
        );

        // Recorded: no longer held, one try counted, due a lease from now.
        let message = outbox::load(&mut conn, &ids).unwrap().remove(0);
        assert_eq!(message.attempts, 1);
        assert!(message.sent_at.is_none() && message.gave_up_at.is_none());
        assert!(message.next_attempt_at >= lease_until, "due again too soon");
        assert!(
            message
                .last_error
                .is_some_and(|e| e.contains("sender thread stopped"))
        );
        // The worker's renewals no longer keep it …
        assert_eq!(
            outbox::renew(
                &mut conn,
                worker.token,
                lease_until + chrono::Duration::hours(1)
            )
            .unwrap(),
            0
        );
        // … nothing takes it before its time, and then a claim (any
        // worker's) does.
        let sooner = message.next_attempt_at - chrono::Duration::seconds(1);
        let later = message.next_attempt_at + chrono::Duration::seconds(1);
        let (again_until, _) = lease_from_now(later);
        assert!(
            outbox::claim_due(&mut conn, worker.token, sooner, again_until, None, 8)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            outbox::claim_due(&mut conn, claim_token(), later, again_until, None, 8).unwrap(),
            ids
        );
    }
}

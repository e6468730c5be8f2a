//! The mail worker: claims due outbox messages, sends them, and marks each
//! sent only after the server accepted it. A failure is retried with
//! exponential backoff; a crash leaves the claimed messages to come due again
//! when their lease ends. Delivery is therefore at least once, never zero.
//!
//! It runs on a plain thread (diesel and lettre's SMTP client both block), in
//! `serve` and as `handover worker`; on PostgreSQL any number of workers can
//! run at once (see [`crate::db::claim_due_outbox`]).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{NaiveDateTime, Utc};

use super::outbox::{self, MailKind, OutboxMessage};
use super::templates::{self, AlreadyBody, VerifyBody};
use super::{Delivered, Mailer, Outgoing};
use crate::crypto::Keyring;
use crate::db::{DbConnection, DbPool, claim_due_outbox, write_transaction};
use crate::domain::RawToken;
use crate::i18n::{Lang, Tr};
use crate::petitions::Petition;
use crate::signatures::tokens::{self, TokenRequest, purpose};
use crate::signatures::{Signature, my_data, withdraw};

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
    base_url: String,
    token_ttl: chrono::Duration,
    retry_base: Duration,
    /// How many messages are in flight at once, each on its own SMTP
    /// connection (see [`super::smtp::SmtpPool`]).
    senders: usize,
    /// Opens signers' sealed data (see [`crate::crypto`]).
    keys: Arc<Keyring>,
    /// Least time between two data links to one address.
    resend_interval: chrono::Duration,
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

/// A claimed message that turned out to have nothing to send: a data request
/// for an address that never signed (or was sent a link moments ago). It is
/// deleted, not sent.
#[derive(Debug, thiserror::Error)]
#[error("nothing to send")]
struct NothingToSend;

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
        Worker {
            pool,
            mailer,
            base_url,
            token_ttl: chrono::Duration::hours(i64::from(settings.token_ttl_hours)),
            retry_base: Duration::from_millis(settings.mail_retry_base_ms),
            senders: usize::from(settings.smtp_connections).max(1),
            keys,
            resend_interval: chrono::Duration::seconds(i64::from(settings.resend_interval_secs)),
        }
    }

    /// How many messages one claim takes.
    fn batch(&self) -> usize {
        (self.senders * CLAIM_PER_SENDER).min(BATCH)
    }

    /// Sends mail until `wake` is disconnected: after each signature the web
    /// handlers nudge `wake`, and without a nudge the worker polls every second.
    pub fn run(self, wake: Receiver<()>) {
        tracing::info!(transport = %self.mailer.describe(), "mail worker started");
        let mut last_purge: Option<std::time::Instant> = None;
        loop {
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
        let ids = claim_due_outbox(&mut conn, now, lease_until, self.batch() as i64)
            .context("claiming due mail")?;
        if ids.is_empty() {
            return Ok(Prepared {
                claimed_at,
                messages: Vec::new(),
                composed: Vec::new(),
            });
        }
        let messages = outbox::load(&mut conn, &ids).context("loading claimed mail")?;
        let composed = write_transaction(&mut conn, |conn| -> anyhow::Result<Vec<_>> {
            Ok(self
                .compose_all(conn, &messages)?
                .into_iter()
                .map(|outgoing| outgoing.and_then(|o| self.mailer.build(&o)))
                .collect())
        })
        .context("composing claimed mail")?;
        Ok(Prepared {
            claimed_at,
            messages,
            composed,
        })
    }

    /// Deletes pending signatures whose confirmation links have all expired,
    /// and erases signer contacts of petitions past their retention period.
    /// Returns how many pending signatures were deleted.
    pub fn purge(&self) -> anyhow::Result<usize> {
        let mut conn = self.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let deleted = Signature::delete_expired_pending(&mut conn, now, self.token_ttl)
            .context("deleting expired pending signatures")?;
        crate::signatures::sign::forget_expired_form_uses(&mut conn, now)
            .context("forgetting expired form uses")?;
        // Finishes any scrub a request could not finish at once.
        crate::db::scrub_erased_quietly(&mut conn);
        let erased = crate::signatures::retention::erase_due(&mut conn, now)?;
        if erased > 0 {
            tracing::info!(petitions = erased, "erased signer contacts past retention");
        }
        Ok(deleted)
    }

    /// Claims one batch of due messages and tries each once: composes them all
    /// in one transaction (minting their links), sends them `senders` at a
    /// time over the pooled SMTP connections, then records the results in one
    /// transaction. A message is marked sent only after the server accepted it.
    pub fn run_once(&self) -> anyhow::Result<BatchReport> {
        let Prepared {
            claimed_at,
            messages,
            composed,
        } = self.prepare()?;
        if messages.is_empty() {
            return Ok(BatchReport::default());
        }
        let results = self.send_all(&messages, composed, claimed_at);
        let mut conn = self.pool.get().context("getting a database connection")?;
        self.record(&mut conn, &messages, results)
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

    /// Renders a claimed batch, one result per message. A confirmation link's
    /// token is minted here, at send time, so the raw token exists only in the
    /// mail and never in the database. Signers' mails (nearly all of them) take
    /// a few statements for the whole batch: their signatures and petitions
    /// read at once, their tokens inserted at once. A database error fails
    /// the whole batch (it stays leased and comes due again when the lease
    /// ends); a message that cannot be composed fails alone.
    fn compose_all(
        &self,
        conn: &mut DbConnection,
        messages: &[OutboxMessage],
    ) -> anyhow::Result<Vec<anyhow::Result<Outgoing>>> {
        let kinds: Vec<Option<MailKind>> =
            messages.iter().map(|m| MailKind::parse(&m.kind)).collect();
        let to_signer =
            |k: &Option<MailKind>| matches!(k, Some(MailKind::Verify | MailKind::AlreadySigned));
        let signature_ids: Vec<i64> = messages
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| to_signer(k))
            .filter_map(|(m, _)| m.signature_id)
            .collect();
        let signatures = Signature::find_many(conn, &signature_ids)
            .context("loading the signatures of a batch of mail")?;
        let petitions = Petition::find_many(
            conn,
            signatures
                .values()
                .map(|s| s.petition_id)
                .collect::<BTreeSet<_>>(),
        )
        .context("loading the petitions of a batch of mail")?;
        let now = Utc::now().naive_utc();
        let verifying: Vec<(usize, i64)> = messages
            .iter()
            .zip(&kinds)
            .enumerate()
            .filter(|(_, (_, k))| **k == Some(MailKind::Verify))
            .filter_map(|(i, (m, _))| m.signature_id.map(|id| (i, id)))
            .filter(|(_, id)| signatures.contains_key(id))
            .collect();
        let mut links = self.mint_links(conn, &verifying, now)?;
        messages
            .iter()
            .zip(&kinds)
            .enumerate()
            .map(|(i, (message, kind))| {
                let Some(kind) = kind else {
                    return Ok(Err(anyhow::anyhow!(
                        "outbox {} has an unknown kind",
                        message.id
                    )));
                };
                Ok(match kind {
                    MailKind::OrganizerInvite => self.compose_invite(conn, message),
                    MailKind::DataRequest => self.compose_data_request(conn, message),
                    MailKind::Verify | MailKind::AlreadySigned => {
                        let mail = SignerMail {
                            verify: *kind == MailKind::Verify,
                            message,
                            signature: message.signature_id.and_then(|id| signatures.get(&id)),
                            petitions: &petitions,
                            links: links.remove(&i),
                            expires_at: now + self.token_ttl,
                        };
                        self.compose_signer_mail(mail)
                    }
                })
            })
            .collect()
    }

    /// Mints the confirmation and withdrawal tokens of the batch's `verify`
    /// mails (message index, signature) in one insert, and dates those
    /// signatures' mail: a pending signature lives as long as its newest link.
    fn mint_links(
        &self,
        conn: &mut DbConnection,
        verifying: &[(usize, i64)],
        now: NaiveDateTime,
    ) -> anyhow::Result<HashMap<usize, (RawToken, RawToken)>> {
        let requests: Vec<TokenRequest<'_>> = verifying
            .iter()
            .flat_map(|&(_, signature_id)| {
                [
                    (purpose::VERIFY, now + self.token_ttl),
                    (purpose::WITHDRAW, now + withdraw::link_lifetime()),
                ]
                .map(|(purpose, expires_at)| TokenRequest {
                    signature_id,
                    purpose,
                    created_at: now,
                    expires_at,
                })
            })
            .collect();
        let mut tokens = tokens::mint_many(conn, &requests)
            .context("minting the links of a batch of mail")?
            .into_iter();
        let ids: Vec<i64> = verifying.iter().map(|(_, id)| *id).collect();
        Signature::date_mail(conn, &ids, now).context("dating a batch of mail")?;
        let mut links = HashMap::with_capacity(verifying.len());
        for (i, _) in verifying {
            let (Some(verify), Some(withdraw)) = (tokens.next(), tokens.next()) else {
                anyhow::bail!("minting returned fewer tokens than asked for");
            };
            links.insert(*i, (verify, withdraw));
        }
        Ok(links)
    }

    /// A mail to a signer: the confirmation link (`verify`), or "already signed".
    fn compose_signer_mail(&self, mail: SignerMail<'_>) -> anyhow::Result<Outgoing> {
        let message = mail.message;
        let signature = mail.signature.with_context(|| match message.signature_id {
            Some(id) => format!("signature {id} of outbox {} is gone", message.id),
            None => format!("outbox {} names no signature", message.id),
        })?;
        let petition = mail
            .petitions
            .get(&signature.petition_id)
            .with_context(|| format!("petition {} is gone", signature.petition_id))?;
        let to = signature
            .contact(&self.keys)?
            .with_context(|| format!("signature {} has no contact data left", signature.id))?
            .email;
        let l = mail_tr(message);
        // Links carry the language, so the pages they open speak it too.
        let q = format!("?lang={}", l.code());
        let petition_link = format!("{}/p/{}{q}", self.base_url, petition.slug);
        let title = petition.title(l.lang);
        let outgoing = match (mail.verify, mail.links) {
            (true, None) => anyhow::bail!("outbox {} has no confirmation link", message.id),
            (true, Some((verify, withdraw))) => templates::verify(
                &to,
                &VerifyBody {
                    l,
                    title: &title,
                    link: &format!("{}/verify/{}{q}", self.base_url, verify.expose()),
                    withdraw_link: &format!("{}/withdraw/{}{q}", self.base_url, withdraw.expose()),
                    petition_link: &petition_link,
                    expires: &l.date_time(mail.expires_at),
                },
            ),
            (false, _) => templates::already_signed(
                &to,
                &AlreadyBody {
                    l,
                    title: &title,
                    petition_link: &petition_link,
                },
            ),
        };
        outgoing.context("rendering a mail template")
    }
}

/// What one signer's mail is made from (see [`Worker::compose_all`]).
struct SignerMail<'a> {
    /// "Confirm your signature" rather than "already signed".
    verify: bool,
    message: &'a OutboxMessage,
    signature: Option<&'a Signature>,
    petitions: &'a HashMap<i64, Petition>,
    /// The fresh confirmation and withdrawal tokens of a `verify` mail.
    links: Option<(RawToken, RawToken)>,
    expires_at: NaiveDateTime,
}

impl Worker {
    /// An invitation: a fresh one-time link, minted at send time like signers' links.
    fn compose_invite(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Outgoing> {
        use crate::db::schema::organizers;
        use crate::organizers::{Organizer, invites};
        use diesel::prelude::*;
        let id = message
            .organizer_id
            .with_context(|| format!("outbox {} names no organizer", message.id))?;
        let organizer: Organizer = organizers::table
            .find(id)
            .select(Organizer::as_select())
            .first(conn)
            .with_context(|| format!("loading organizer {id}"))?;
        let token = invites::create(conn, organizer.id, Utc::now().naive_utc())?;
        let l = mail_tr(message);
        let link = format!(
            "{}/organizer/invite/{}?lang={}",
            self.base_url,
            token.expose(),
            l.code()
        );
        templates::organizer_invite(
            &organizer.email,
            &templates::InviteBody {
                l,
                name: &organizer.name,
                role: &l.t(crate::web::templates::role_key(&organizer.role)),
                link: &link,
            },
        )
        .context("rendering a mail template")
    }

    /// A signer's data request: a fresh link to see and delete everything
    /// stored about the address, minted at send time.
    fn compose_data_request(
        &self,
        conn: &mut DbConnection,
        message: &OutboxMessage,
    ) -> anyhow::Result<Outgoing> {
        use crate::db::schema::outbox as table;
        use diesel::prelude::*;
        let now = Utc::now().naive_utc();
        let address = my_data::requested_address(
            conn,
            &self.keys,
            message.address.as_deref(),
            message.signature_id,
        )?;
        let decided = match address {
            Some(address) => {
                my_data::decide(conn, &self.keys, &address, now, self.resend_interval)?
            }
            None => None,
        };
        let Some((signature, to, count)) = decided else {
            return Err(anyhow::Error::new(NothingToSend));
        };
        // From here on the request belongs to the signature, so the next one
        // within the resend interval finds it.
        diesel::update(table::table.find(message.id))
            .set(table::signature_id.eq(signature.id))
            .execute(conn)
            .context("tying a data request to its signer")?;
        let expires_at = now + self.token_ttl;
        let token = tokens::mint(conn, signature.id, purpose::DATA, now, expires_at)
            .with_context(|| format!("minting a data link for signature {}", signature.id))?;
        let site = self
            .base_url
            .split("://")
            .nth(1)
            .unwrap_or(&self.base_url)
            .trim_end_matches('/');
        let l = mail_tr(message);
        templates::data_request(
            &to,
            &templates::DataBody {
                l,
                site,
                count,
                link: &format!(
                    "{}/my-data/{}?lang={}",
                    self.base_url,
                    token.expose(),
                    l.code()
                ),
                expires: &l.date_time(expires_at),
            },
        )
        .context("rendering a mail template")
    }
}

/// The language a mail goes out in: the one queued with it.
fn mail_tr(message: &OutboxMessage) -> Tr {
    Tr::new(Lang::parse(&message.lang).unwrap_or(Lang::En))
}

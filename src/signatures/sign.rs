//! Signing: a pending signature and its confirmation mail, in one transaction.

use anyhow::Context;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::{
    Contact, NewSignature, Printed, Signature, SignatureState, contact_purpose, domain_hash,
    email_hash, printed_purpose,
};
use crate::crypto::Keyring;
use crate::db::schema::signatures;
use std::collections::HashMap;

use crate::db::{DbConnection, on_backend, returning_row_by_row, write_transaction};
use crate::domain::{City, Comment, Country, NameInPacket, SignerEmail, SignerName};
use crate::outbox::{self, MailKind};

/// A signature as submitted, every field validated.
#[derive(Debug, Clone)]
pub struct SignatureInput {
    pub name: SignerName,
    pub email: SignerEmail,
    pub country: Country,
    pub city: City,
    pub delivery_point_id: i64,
    pub name_in_packet: NameInPacket,
    pub comment: Comment,
    /// A keyed hash of the client's IP address (see [`crate::domain::keyed_hash`]).
    pub ip_hash: Option<String>,
    /// A keyed hash of the client's network (see [`crate::domain::client_ip`]).
    pub ip_range_hash: Option<String>,
    /// The language the signer used: their mails go out in it.
    pub lang: crate::i18n::Lang,
    /// Whether they want one mail when their signature is handed over.
    pub notify_delivery: bool,
    /// "Keep me informed about this petition" (unchecked unless ticked).
    pub keep_informed: bool,
    /// The `?src=` code of the link they came by.
    pub source: Option<crate::domain::Source>,
}

/// What signing did. Only for logs and tests of this module: the signer sees
/// the same answer in every case, so nobody learns whether an address signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOutcome {
    /// A new pending signature; its confirmation mail is queued.
    Created,
    /// The address had signed; a reminder (link again, or "already signed") is queued.
    RepeatMailed,
    /// The address had signed and was mailed moments ago; nothing is queued.
    RepeatQuiet,
    /// The form had signed a signature already (a replayed form): nothing
    /// is stored or sent.
    FormReused,
}

/// Counts a committed signing (see [`crate::metrics`]).
pub fn committed(outcome: &SignOutcome) {
    if matches!(outcome, SignOutcome::Created) {
        crate::metrics::signatures(crate::metrics::SignatureEvent::Signed, 1);
    }
}

/// One submission waiting to be signed (see [`sign_many`]), sealed by the
/// request's own thread so the single writer does no cryptography.
#[derive(Debug, Clone)]
pub struct SignJob {
    pub petition_id: i64,
    pub input: SignatureInput,
    pub sealed: SealedInput,
    pub now: NaiveDateTime,
    pub resend_interval: Duration,
    /// The served form this came from, if forms are single-use (see
    /// [`FormUse`]).
    pub form: Option<FormUse>,
}

/// A served sign form signs at most one signature: its signed serving time
/// (unique per form) is recorded, hashed, with the signature, and a second
/// submission of the same form stores nothing. Kept until `expires_at`,
/// after which the form no longer passes anyway.
#[derive(Debug, Clone)]
pub struct FormUse {
    /// SHA-256 of the form's signed serving time, in hex.
    pub token_hash: String,
    pub expires_at: NaiveDateTime,
}

/// What is stored of a submission's typed fields: hashes and sealed records.
#[derive(Debug, Clone)]
pub struct SealedInput {
    pub email_hash: String,
    pub domain_hash: String,
    pub contact: Vec<u8>,
    pub printed: Vec<u8>,
    pub key_id: String,
    /// 32 random bytes salting the signature's leaf in packet proofs
    /// (see [`crate::packets::proof`]).
    pub salt: [u8; 32],
}

impl SignJob {
    /// A job for `input`, its typed fields sealed under the current key.
    pub fn new(
        petition_id: i64,
        input: SignatureInput,
        keys: &Keyring,
        now: NaiveDateTime,
        resend_interval: Duration,
    ) -> Self {
        let contact = Contact {
            email: input.email.as_str().to_owned(),
            name: input.name.as_str().to_owned(),
            city: input.city.as_str().to_owned(),
            comment: input.comment.as_str().to_owned(),
        };
        let printed = Printed::of(
            &input.name,
            input.name_in_packet,
            input.city.as_str(),
            input.comment.as_str(),
        );
        let hash = email_hash(keys, &input.email);
        let sealed = SealedInput {
            domain_hash: domain_hash(keys, input.email.domain()),
            contact: keys.seal_json(contact_purpose(petition_id, &hash), &contact),
            printed: keys.seal_json(
                printed_purpose(petition_id, input.delivery_point_id),
                &printed,
            ),
            email_hash: hash,
            key_id: keys.current_id(),
            salt: rand::random(),
        };
        SignJob {
            petition_id,
            input,
            sealed,
            now,
            resend_interval,
            form: None,
        }
    }

    /// The same job, from the served form whose signed time is `started`:
    /// it signs only if that form has not signed before.
    pub fn from_form(mut self, started: &str, expires_at: NaiveDateTime) -> Self {
        self.form = Some(FormUse {
            token_hash: hex::encode(crate::domain::hash_token(started)),
            expires_at,
        });
        self
    }
}

/// Signs `petition_id` for the signer in `input`, in its own transaction.
///
/// One signature per petition and normalised address, enforced by the unique
/// key: of any number of concurrent submissions of one address, one insert
/// wins and the others take the repeat path. A repeat re-sends the link while
/// the signature is pending, or says "already signed" once it is verified, at
/// most once per `resend_interval`.
pub fn sign(conn: &mut DbConnection, job: SignJob) -> anyhow::Result<SignOutcome> {
    let mut outcomes = write_transaction(conn, |conn| sign_many(conn, std::slice::from_ref(&job)))?;
    outcomes.pop().context("signing returned no outcome")
}

/// Signs every job inside the caller's transaction (the group commit's
/// batch: see [`crate::db::group_commit`]): one multi-row insert of the
/// signatures, one of their mails, and the repeat path only for addresses that
/// had signed. Two jobs for one address in one batch behave as they would one
/// after the other: the first inserts, the second is a repeat.
pub fn sign_many(conn: &mut DbConnection, jobs: &[SignJob]) -> anyhow::Result<Vec<SignOutcome>> {
    let fresh = first_use_of_forms(conn, jobs)?;
    let rows: Vec<NewSignature<'_>> = jobs
        .iter()
        .zip(&fresh)
        .filter(|(_, fresh)| **fresh)
        .map(|(job, _)| new_signature(job))
        .collect();
    let mut inserted: HashMap<(i64, String), i64> = HashMap::new();
    for chunk in rows.chunks(INSERT_CHUNK) {
        for (id, petition_id, hash) in
            insert_if_new(conn, chunk).context("inserting a batch of signatures")?
        {
            inserted.insert((petition_id, hash), id);
        }
    }
    let mut mails = Vec::new();
    let mut outcomes = Vec::with_capacity(jobs.len());
    for (job, fresh) in jobs.iter().zip(fresh) {
        if !fresh {
            outcomes.push(SignOutcome::FormReused);
            continue;
        }
        let key = (job.petition_id, job.sealed.email_hash.clone());
        match inserted.remove(&key) {
            Some(id) => {
                mails.push((id, job.now, job.input.lang));
                outcomes.push(SignOutcome::Created);
            }
            None => outcomes.push(repeat(conn, job)?),
        }
    }
    outbox::enqueue_many(conn, MailKind::Verify, &mails)
        .context("queueing a batch of confirmation mails")?;
    Ok(outcomes)
}

/// Inserts signatures in one statement, skipping any whose address signed
/// that petition already (including an earlier row of the same batch);
/// returns `(id, petition_id, email_hash)` of the rows inserted. `ON CONFLICT DO
/// NOTHING` rather than catching the unique violation: on PostgreSQL an error
/// aborts the whole transaction, and with it a group commit's other signatures.
pub fn insert_if_new(
    conn: &mut DbConnection,
    rows: &[NewSignature<'_>],
) -> QueryResult<Vec<(i64, i64, String)>> {
    let returning = (
        signatures::id,
        signatures::petition_id,
        signatures::email_hash,
    );
    let conflict = (signatures::petition_id, signatures::email_hash);
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    if !returning_row_by_row(conn) {
        return on_backend!(conn, c => diesel::insert_into(signatures::table)
            .values(rows)
            .on_conflict(conflict)
            .do_nothing()
            .returning(returning)
            .get_results(c));
    }
    let mut inserted = Vec::with_capacity(rows.len());
    for row in rows {
        let id = on_backend!(&mut *conn, c => diesel::insert_into(signatures::table)
            .values(row)
            .on_conflict(conflict)
            .do_nothing()
            .returning(returning)
            .get_result(c)
            .optional())?;
        inserted.extend(id);
    }
    Ok(inserted)
}

/// Records served forms as used, skipping those used already; returns the
/// hashes inserted (the forms used for the first time). See [`FormUse`].
fn insert_form_uses_if_new(
    conn: &mut DbConnection,
    rows: &[(&str, NaiveDateTime)],
) -> QueryResult<Vec<String>> {
    use crate::db::schema::used_form_tokens as u;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let values: Vec<_> = rows
        .iter()
        .map(|(hash, expires_at)| (u::token_hash.eq(*hash), u::expires_at.eq(*expires_at)))
        .collect();
    if !returning_row_by_row(conn) {
        return on_backend!(conn, c => diesel::insert_into(u::table)
            .values(&values)
            .on_conflict(u::token_hash)
            .do_nothing()
            .returning(u::token_hash)
            .get_results(c));
    }
    let mut inserted = Vec::with_capacity(values.len());
    for row in &values {
        let hash = on_backend!(&mut *conn, c => diesel::insert_into(u::table)
            .values(*row)
            .on_conflict(u::token_hash)
            .do_nothing()
            .returning(u::token_hash)
            .get_result(c)
            .optional())?;
        inserted.extend(hash);
    }
    Ok(inserted)
}

/// Forgets the use of forms that could no longer be submitted anyway.
pub fn forget_expired_form_uses(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    use crate::db::schema::used_form_tokens as u;
    diesel::delete(u::table.filter(u::expires_at.lt(now))).execute(conn)
}

/// Records the forms of a batch as used; per job, whether it may sign (its
/// form had not signed before, in an earlier batch or earlier in this one,
/// or it carries none).
fn first_use_of_forms(conn: &mut DbConnection, jobs: &[SignJob]) -> anyhow::Result<Vec<bool>> {
    let mut seen = std::collections::HashSet::new();
    let claims: Vec<(&str, NaiveDateTime)> = jobs
        .iter()
        .filter_map(|j| j.form.as_ref())
        .filter(|f| seen.insert(f.token_hash.as_str()))
        .map(|f| (f.token_hash.as_str(), f.expires_at))
        .collect();
    let mut unused: std::collections::HashSet<String> = std::collections::HashSet::new();
    for chunk in claims.chunks(INSERT_CHUNK) {
        unused.extend(insert_form_uses_if_new(conn, chunk).context("recording used forms")?);
    }
    Ok(jobs
        .iter()
        .map(|j| match &j.form {
            None => true,
            Some(f) => unused.remove(&f.token_hash),
        })
        .collect())
}

/// Rows per multi-row insert: 16 columns each stays far below either
/// backend's limit on bound parameters.
const INSERT_CHUNK: usize = 500;

/// The pending row a job inserts (public for tools that fill databases,
/// such as the packet benchmark).
pub fn new_signature(job: &SignJob) -> NewSignature<'_> {
    let input = &job.input;
    let sealed = &job.sealed;
    NewSignature {
        petition_id: job.petition_id,
        delivery_point_id: input.delivery_point_id,
        email_hash: &sealed.email_hash,
        domain_hash: Some(&sealed.domain_hash),
        country: input.country.code(),
        name_in_packet: input.name_in_packet.as_str(),
        contact: Some(&sealed.contact),
        printed: Some(&sealed.printed),
        key_id: Some(&sealed.key_id),
        state: SignatureState::Pending.as_str(),
        created_at: job.now,
        last_mailed_at: job.now,
        ip_hash: input.ip_hash.as_deref(),
        ip_range_hash: input.ip_range_hash.as_deref(),
        lang: input.lang.code(),
        notify_delivery: input.notify_delivery,
        keep_informed: input.keep_informed,
        salt: Some(sealed.salt.as_slice()),
        source: input.source.as_ref().map(crate::domain::Source::as_str),
    }
}

fn repeat(conn: &mut DbConnection, job: &SignJob) -> anyhow::Result<SignOutcome> {
    repeat_in_transaction(conn, job).with_context(|| {
        format!(
            "handling a repeat signature on petition {}",
            job.petition_id
        )
    })
}

/// A repeat, inside the caller's transaction. A withdrawn signature was
/// erased (its address hash with it), so signing again after withdrawing
/// is a new signature, not a repeat.
fn repeat_in_transaction(conn: &mut DbConnection, job: &SignJob) -> QueryResult<SignOutcome> {
    let existing: Signature = signatures::table
        .filter(signatures::petition_id.eq(job.petition_id))
        .filter(signatures::email_hash.eq(&job.sealed.email_hash))
        .select(Signature::as_select())
        .first(conn)?;
    // Mailed too recently to mail again. The worker dates a mail when it
    // sends it, which can be after this request's `now`: a zero interval
    // means "always", whatever the clocks say.
    let recently_mailed = job.resend_interval > Duration::zero()
        && job.now < existing.last_mailed_at + job.resend_interval;
    // An invalidated signature stays out until an organizer undoes it;
    // mailing its address again would only help whoever abused it. (A
    // withdrawn one is never found: withdrawing erased its address hash.)
    if recently_mailed || existing.state == SignatureState::Invalidated {
        return Ok(SignOutcome::RepeatQuiet);
    }
    let kind = if existing.is_verified() {
        MailKind::AlreadySigned
    } else {
        MailKind::Verify
    };
    // Asking again is their own reminder: no other comes (see `reminders`).
    diesel::update(signatures::table.find(existing.id))
        .set((
            signatures::last_mailed_at.eq(job.now),
            signatures::reminder_done.eq(true),
        ))
        .execute(conn)?;
    outbox::enqueue(conn, kind, existing.id, job.now, job.input.lang)?;
    Ok(SignOutcome::RepeatMailed)
}

//! The outbox: mail waiting to be sent, written in the same transaction as the
//! signature that caused it, so a signature never exists without its mail and
//! a crash never leaves one half-written.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::outbox;
use crate::i18n::Lang;

crate::domain::text_enum! {
    /// Which mail an outbox row stands for.
    pub enum MailKind {
        /// "Confirm your signature" with a fresh link.
        Verify = "verify",
        /// The one reminder for a signature still unconfirmed (see
        /// [`crate::signatures::reminders`]): the confirmation mail with a
        /// new link, worded as a reminder.
        Reminder = "reminder",
        /// "You have already signed" (a repeat after confirmation).
        AlreadySigned = "already_signed",
        /// An organizer's invitation, with a fresh one-time link.
        OrganizerInvite = "organizer_invite",
        /// A signer asked what is stored about their address: a link to see and delete it.
        DataRequest = "data_request",
        /// A signer's signature was handed over (or the handover refused or
        /// put off), with a link to stop such mail.
        Delivered = "delivered",
        /// A signer's signature was refused at the door, or its handover
        /// put off (sent only when the organizer chose to announce it).
        DeliveryNews = "delivery_news",
        /// An update about the petition, to a confirmed signer who asked
        /// for them (see [`crate::updates`]).
        Update = "update",
        /// To a point's organizers: a signature printed in its frozen packet
        /// was withdrawn or invalidated since; freeze again and reprint.
        ReprintNeeded = "reprint_needed",
    }
}

/// An outbox row.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = outbox)]
pub struct OutboxMessage {
    pub id: i64,
    /// A [`MailKind`]'s stored value: parsed per message, so a row of an
    /// unknown kind fails alone (see [`OutboxMessage::kind`]).
    pub kind: String,
    pub signature_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
    pub attempts: i32,
    pub sent_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub organizer_id: Option<i64>,
    pub gave_up_at: Option<NaiveDateTime>,
    /// The language the mail goes out in: the one its reader used.
    #[diesel(deserialize_as = String)]
    pub lang: Lang,
    /// A data request's address, sealed ([`crate::crypto::Purpose::Address`])
    /// until the worker has decided; cleared once it has.
    pub address: Option<Vec<u8>>,
    /// The delivery point a mail to organizers is about.
    pub delivery_point_id: Option<i64>,
    /// The update a signer's mail carries.
    pub update_id: Option<i64>,
}

/// A new outbox row.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewOutboxMessage<'a> {
    pub kind: &'a str,
    pub signature_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
    pub organizer_id: Option<i64>,
    pub lang: &'static str,
    pub address: Option<&'a [u8]>,
    /// The update this mails (see [`crate::updates`]).
    pub update_id: Option<i64>,
}

/// Queues a mail about a signature, due now, in `lang`. Call inside the
/// caller's transaction.
pub fn enqueue(
    conn: &mut DbConnection,
    kind: MailKind,
    signature_id: i64,
    now: NaiveDateTime,
    lang: Lang,
) -> QueryResult<()> {
    diesel::insert_into(outbox::table)
        .values(NewOutboxMessage {
            kind: kind.as_str(),
            signature_id: Some(signature_id),
            created_at: now,
            next_attempt_at: now,
            organizer_id: None,
            lang: lang.code(),
            address: None,
            update_id: None,
        })
        .execute(conn)?;
    Ok(())
}

/// Queues one mail of `kind` per `(signature, now, language)`, in one statement.
pub fn enqueue_many(
    conn: &mut DbConnection,
    kind: MailKind,
    signatures: &[(i64, NaiveDateTime, Lang)],
) -> QueryResult<()> {
    enqueue_many_about(conn, kind, signatures, None)
}

/// Queues one mail of `kind` per `(signature, stored language)` as read
/// from signature rows, each in its signer's language; returns how many.
pub fn enqueue_to_signers(
    conn: &mut DbConnection,
    kind: MailKind,
    signers: Vec<(i64, String)>,
    now: NaiveDateTime,
    update_id: Option<i64>,
) -> QueryResult<usize> {
    let rows: Vec<(i64, NaiveDateTime, Lang)> = signers
        .into_iter()
        .map(|(id, lang)| (id, now, Lang::from(lang)))
        .collect();
    enqueue_many_about(conn, kind, &rows, update_id)?;
    Ok(rows.len())
}

/// [`enqueue_many`] for mails that carry an update.
pub fn enqueue_many_about(
    conn: &mut DbConnection,
    kind: MailKind,
    signatures: &[(i64, NaiveDateTime, Lang)],
    update_id: Option<i64>,
) -> QueryResult<()> {
    let rows: Vec<NewOutboxMessage<'_>> = signatures
        .iter()
        .map(|&(id, now, lang)| NewOutboxMessage {
            kind: kind.as_str(),
            signature_id: Some(id),
            created_at: now,
            next_attempt_at: now,
            organizer_id: None,
            lang: lang.code(),
            address: None,
            update_id,
        })
        .collect();
    for chunk in rows.chunks(1000) {
        // Multi-row inserts go through the concrete connection: the
        // multi-backend query builder has none.
        crate::db::on_backend!(conn, c => diesel::insert_into(outbox::table).values(chunk).execute(c))?;
    }
    Ok(())
}

/// Queues a data request for a sealed address, due now: the same single
/// insert whether or not the address ever signed. The worker decides whether
/// anything is mailed (see [`crate::mail::compose`]).
pub fn enqueue_data_request(
    conn: &mut DbConnection,
    sealed_address: &[u8],
    now: NaiveDateTime,
    lang: Lang,
) -> QueryResult<()> {
    diesel::insert_into(outbox::table)
        .values(NewOutboxMessage {
            kind: MailKind::DataRequest.as_str(),
            signature_id: None,
            created_at: now,
            next_attempt_at: now,
            organizer_id: None,
            lang: lang.code(),
            address: Some(sealed_address),
            update_id: None,
        })
        .execute(conn)?;
    Ok(())
}

/// Deletes claimed messages that turned out to have nothing to send (a data
/// request for an address that never signed): nothing of them is kept.
pub fn discard(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<()> {
    for chunk in ids.chunks(500) {
        diesel::delete(outbox::table.filter(outbox::id.eq_any(chunk))).execute(conn)?;
    }
    Ok(())
}

/// Queues an organizer's invitation, due now, in `lang`.
pub fn enqueue_invite(
    conn: &mut DbConnection,
    organizer_id: i64,
    now: NaiveDateTime,
    lang: Lang,
) -> QueryResult<()> {
    diesel::insert_into(outbox::table)
        .values(NewOutboxMessage {
            kind: MailKind::OrganizerInvite.as_str(),
            signature_id: None,
            created_at: now,
            next_attempt_at: now,
            organizer_id: Some(organizer_id),
            lang: lang.code(),
            address: None,
            update_id: None,
        })
        .execute(conn)?;
    Ok(())
}

/// Drops a signature's unsent mail of these kinds (the signer asked for no more).
pub fn discard_unsent(
    conn: &mut DbConnection,
    signature_id: i64,
    kinds: &[MailKind],
) -> QueryResult<usize> {
    let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    diesel::delete(
        outbox::table
            .filter(outbox::signature_id.eq(signature_id))
            .filter(outbox::kind.eq_any(kinds))
            .filter(outbox::sent_at.is_null()),
    )
    .execute(conn)
}

/// Queues a mail to each of `organizers` about a delivery point, in `lang`.
pub fn enqueue_to_organizers(
    conn: &mut DbConnection,
    kind: MailKind,
    organizers: &[i64],
    delivery_point_id: i64,
    now: NaiveDateTime,
    lang: Lang,
) -> QueryResult<()> {
    for &organizer_id in organizers {
        diesel::insert_into(outbox::table)
            .values((
                NewOutboxMessage {
                    kind: kind.as_str(),
                    signature_id: None,
                    created_at: now,
                    next_attempt_at: now,
                    organizer_id: Some(organizer_id),
                    lang: lang.code(),
                    address: None,
                    update_id: None,
                },
                outbox::delivery_point_id.eq(Some(delivery_point_id)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

impl OutboxMessage {
    /// Which mail this is, if its stored kind is one this version knows.
    pub fn kind(&self) -> Option<MailKind> {
        MailKind::from_stored(&self.kind)
    }
}

/// Ties a data request to the signature it is answered for, so the next
/// request within the resend interval finds it.
pub fn tie_to_signature(conn: &mut DbConnection, id: i64, signature_id: i64) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set(outbox::signature_id.eq(signature_id))
        .execute(conn)?;
    Ok(())
}

/// Loads outbox rows by id.
pub fn load(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<Vec<OutboxMessage>> {
    outbox::table
        .filter(outbox::id.eq_any(ids))
        .order(outbox::id)
        .select(OutboxMessage::as_select())
        .load(conn)
}

/// Marks messages sent, all at once.
pub fn mark_all_sent(conn: &mut DbConnection, ids: &[i64], now: NaiveDateTime) -> QueryResult<()> {
    for chunk in ids.chunks(500) {
        diesel::update(outbox::table.filter(outbox::id.eq_any(chunk)))
            .set((
                outbox::sent_at.eq(now),
                outbox::last_error.eq(None::<String>),
                outbox::address.eq(None::<Vec<u8>>),
                outbox::claimed_by.eq(None::<i64>),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Hands claimed messages back untried: due again at `due` (now, or when
/// a paused relay is tried again), their claim not counted as a try.
///
/// This and the other records of a try ([`defer`], [`mark_failed`],
/// [`give_up`]) touch only messages `worker` still holds: a result recorded
/// late (after an outage) must not touch a message another worker took over
/// meanwhile, nor count a try twice.
pub fn release(
    conn: &mut DbConnection,
    worker: i64,
    ids: &[i64],
    due: NaiveDateTime,
) -> QueryResult<()> {
    for chunk in ids.chunks(500) {
        diesel::update(
            outbox::table
                .filter(outbox::id.eq_any(chunk))
                .filter(outbox::claimed_by.eq(Some(worker))),
        )
        .set((
            outbox::next_attempt_at.eq(due),
            outbox::attempts.eq(outbox::attempts - 1),
            outbox::claimed_by.eq(None::<i64>),
        ))
        .execute(conn)?;
    }
    Ok(())
}

/// Records a try that the relay refused along with every other message (see
/// [`crate::mail::relay`]): due again at `due`, not counted as a try, the
/// reply kept for the record.
pub fn defer(
    conn: &mut DbConnection,
    worker: i64,
    id: i64,
    due: NaiveDateTime,
    error: &str,
) -> QueryResult<()> {
    let error: String = error.chars().take(500).collect();
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::claimed_by.eq(Some(worker))),
    )
    .set((
        outbox::next_attempt_at.eq(due),
        outbox::attempts.eq(outbox::attempts - 1),
        outbox::last_error.eq(error),
        outbox::claimed_by.eq(None::<i64>),
    ))
    .execute(conn)?;
    Ok(())
}

/// Records a failed attempt and when to try again.
pub fn mark_failed(
    conn: &mut DbConnection,
    worker: i64,
    id: i64,
    retry_at: NaiveDateTime,
    error: &str,
) -> QueryResult<()> {
    let error: String = error.chars().take(500).collect();
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::claimed_by.eq(Some(worker))),
    )
    .set((
        outbox::next_attempt_at.eq(retry_at),
        outbox::last_error.eq(error),
        outbox::claimed_by.eq(None::<i64>),
    ))
    .execute(conn)?;
    Ok(())
}

/// Gives up on a message: it stays for the record and is never tried again.
pub fn give_up(
    conn: &mut DbConnection,
    worker: i64,
    id: i64,
    now: NaiveDateTime,
    error: &str,
) -> QueryResult<()> {
    let error: String = error.chars().take(500).collect();
    diesel::update(
        outbox::table
            .find(id)
            .filter(outbox::claimed_by.eq(Some(worker))),
    )
    .set((
        outbox::gave_up_at.eq(now),
        outbox::last_error.eq(error),
        outbox::address.eq(None::<Vec<u8>>),
        outbox::claimed_by.eq(None::<i64>),
    ))
    .execute(conn)?;
    Ok(())
}

/// How many messages are still to be sent (not sent, not given up).
pub fn backlog(conn: &mut DbConnection) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::gave_up_at.is_null())
        .count()
        .get_result(conn)
}

/// How many messages are still to be sent, and when the oldest of those
/// due at `now` was queued (for `/metrics`).
pub fn depth(
    conn: &mut DbConnection,
    now: NaiveDateTime,
) -> QueryResult<(i64, Option<NaiveDateTime>)> {
    let oldest = outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::gave_up_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .select(diesel::dsl::min(outbox::created_at))
        .first(conn)?;
    Ok((backlog(conn)?, oldest))
}

/// Picks up to `limit` outbox messages that are due at `now`, marks them
/// claimed by `worker` and pushes their next attempt to `lease_until`, so no
/// other worker takes them meanwhile. Returns their ids. If this worker dies,
/// they become due again at `lease_until`.
///
/// With `renew_before`, the worker's earlier claims whose lease ends before
/// it get the same lease (see [`renew`]), so afterwards everything it holds
/// is leased until `renew_before` at least. Only those: renewing every held
/// message at every claim rewrote each one (and its entry in the due index)
/// several times over while it waited to be sent, all of it holding
/// SQLite's write lock, which signers wait for. Without, the worker knows
/// that nothing it holds ends that soon (it renewed moments ago), and the
/// claim does not look.
///
/// On PostgreSQL the rows are locked with `FOR UPDATE SKIP LOCKED`, so several
/// workers claim disjoint batches without waiting on each other; SQLite has one
/// writer at a time, which gives the same guarantee.
pub fn claim_due(
    conn: &mut DbConnection,
    worker: i64,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    renew_before: Option<NaiveDateTime>,
    limit: i64,
) -> QueryResult<Vec<i64>> {
    use crate::db::schema::outbox::dsl as o;
    crate::db::write_transaction(conn, |conn| {
        let due = o::outbox
            .select(o::id)
            .filter(o::sent_at.is_null())
            .filter(o::gave_up_at.is_null())
            .filter(o::next_attempt_at.le(now))
            .order(o::next_attempt_at)
            .limit(limit);
        let ids: Vec<i64> = crate::db::in_index_order(conn, |conn| {
            crate::db::load_locked!(conn, due, skip_locked)
        })?;
        if !ids.is_empty() {
            if let Some(before) = renew_before {
                renew_ending_before(conn, worker, lease_until, before)?;
            }
            diesel::update(o::outbox.filter(o::id.eq_any(&ids)))
                .set((
                    o::next_attempt_at.eq(lease_until),
                    o::attempts.eq(o::attempts + 1),
                    o::claimed_by.eq(Some(worker)),
                ))
                .execute(conn)?;
        }
        Ok(ids)
    })
}

/// Extends the lease on everything `worker` holds to `lease_until` (a lease
/// ending later already is left as it is); returns how many messages it
/// renewed. A worker calls it every few seconds while it
/// lives, so its leases can be short: a dead worker's mail is due again
/// within one lease.
///
/// Rows another transaction holds are skipped, not waited for: the worker
/// claims its next batch (renewing what it holds) while recording the
/// previous one's results in another transaction, and on PostgreSQL the two
/// updating the same rows in different orders deadlocked, again and again
/// under load, until mail stopped. A row skipped here is being recorded
/// (sent, failed or handed back) at that moment, so its lease no longer
/// matters; if that record fails, the next renewal takes it.
pub fn renew(
    conn: &mut DbConnection,
    worker: i64,
    lease_until: NaiveDateTime,
) -> QueryResult<usize> {
    renew_ending_before(conn, worker, lease_until, lease_until)
}

/// [`renew`] for the messages whose lease ends before `before`.
fn renew_ending_before(
    conn: &mut DbConnection,
    worker: i64,
    lease_until: NaiveDateTime,
    before: NaiveDateTime,
) -> QueryResult<usize> {
    // A renewal lost to a power cut only lets the lease run out sooner.
    crate::db::write_transaction_with(conn, crate::db::Durability::Bookkeeping, |conn| {
        let held = outbox::table
            .select(outbox::id)
            .filter(outbox::claimed_by.eq(Some(worker)))
            .filter(outbox::next_attempt_at.lt(before));
        let ids: Vec<i64> = crate::db::in_index_order(conn, |conn| {
            crate::db::load_locked!(conn, held, skip_locked)
        })?;
        let mut renewed = 0;
        for chunk in ids.chunks(500) {
            renewed += diesel::update(outbox::table.filter(outbox::id.eq_any(chunk)))
                .set(outbox::next_attempt_at.eq(lease_until))
                .execute(conn)?;
        }
        Ok(renewed)
    })
}

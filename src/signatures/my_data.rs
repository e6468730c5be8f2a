//! A signer's own data: asked for by email address, shown and deleted only
//! through a link mailed to that address. Whoever asks learns nothing: the
//! answer on the page is the same whether or not the address signed, and
//! only the mailbox's owner sees the link.
//!
//! What the link shows and deletes is every signature of that address, on
//! every petition. Deleting a verified signature takes it out of counts and
//! packets, like withdrawing; its tokens and queued mail go with it.

use anyhow::Context;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::counts::add_to_counter;
use super::tokens::{self, purpose};
use super::{Contact, Signature, SignatureState, email_hash, of_address};
use crate::crypto::{Keyring, Purpose};
use crate::db::schema::{delivery_points, outbox, petitions, signatures};
use crate::db::{DbConnection, scrub_erased_quietly, write_transaction};
use crate::domain::SignerEmail;
use crate::outbox::{self as mail_outbox, MailKind};
use crate::petitions::DeliveryPoint;

/// One signature as its signer sees it on the data page.
#[derive(Debug, Clone)]
pub struct StoredSignature {
    pub signature: Signature,
    /// What they typed, opened; `None` once erased.
    pub contact: Option<Contact>,
    pub petition_title: String,
    /// The language of `petition_title`.
    pub petition_lang: String,
    pub delivery_point: String,
}

impl StoredSignature {
    /// The name as typed (empty once erased).
    pub fn name(&self) -> &str {
        self.contact.as_ref().map_or("", |c| &c.name)
    }

    /// The city as typed (empty once erased).
    pub fn city(&self) -> &str {
        self.contact.as_ref().map_or("", |c| &c.city)
    }

    /// The comment as typed (empty once erased).
    pub fn comment(&self) -> &str {
        self.contact.as_ref().map_or("", |c| &c.comment)
    }
}

/// Queues a data request for `email`: one sealed outbox row, the same single
/// insert for every address, signer or not. Whether anything is mailed is
/// the worker's decision ([`decide`]), made out of sight of whoever asked,
/// so neither the answer nor its timing says whether the address signed.
pub fn request(
    conn: &mut DbConnection,
    keys: &Keyring,
    email: &SignerEmail,
    now: NaiveDateTime,
    lang: crate::i18n::Lang,
) -> anyhow::Result<()> {
    let sealed = keys.seal(Purpose::Address, email.as_str().as_bytes());
    mail_outbox::enqueue_data_request(conn, &sealed, now, lang).context("queueing a data request")
}

/// The worker's side of a data request: the newest signature of the sealed
/// address, if it signed anything here and was not sent such a link within
/// `resend_interval`; `None` means nothing is to be mailed.
pub fn decide(
    conn: &mut DbConnection,
    keys: &Keyring,
    address: &str,
    now: NaiveDateTime,
    resend_interval: Duration,
) -> anyhow::Result<Option<(Signature, String, i64)>> {
    let email = SignerEmail::parse(address).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = email_hash(keys, &email);
    let ids: Vec<i64> = of_address(&hash)
        .order(signatures::id.desc())
        .select(signatures::id)
        .load(conn)
        .context("finding a signer's signatures")?;
    let Some(&newest) = ids.first() else {
        return Ok(None);
    };
    let recent: i64 = outbox::table
        .filter(outbox::kind.eq(MailKind::DataRequest.as_str()))
        .filter(outbox::signature_id.eq_any(&ids))
        .filter(outbox::sent_at.is_not_null())
        .filter(outbox::created_at.gt(now - resend_interval))
        .count()
        .get_result(conn)
        .context("counting recent data requests")?;
    if recent > 0 {
        return Ok(None);
    }
    let signature = Signature::find(conn, newest).context("loading a signer's signature")?;
    let count = i64::try_from(ids.len()).unwrap_or(i64::MAX);
    Ok(Some((signature, email.as_str().to_owned(), count)))
}

/// The address a queued data request is about: sealed in the row, or, for
/// a request queued before addresses were sealed into the outbox, the
/// contact of the signature it names.
pub fn requested_address(
    conn: &mut DbConnection,
    keys: &Keyring,
    sealed: Option<&[u8]>,
    signature_id: Option<i64>,
) -> anyhow::Result<Option<String>> {
    if let Some(sealed) = sealed {
        let address = keys.open(Purpose::Address, sealed)?;
        return Ok(Some(
            String::from_utf8(address).context("a sealed address is not UTF-8")?,
        ));
    }
    let Some(id) = signature_id else {
        return Ok(None);
    };
    let signature = Signature::find(conn, id)
        .optional()
        .context("loading a data request's signature")?;
    Ok(match signature {
        Some(s) => s.contact(keys)?.map(|c| c.email),
        None => None,
    })
}

/// The address hash behind a data link, if the link is known and current.
fn address_of(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<String>> {
    let Some(row) = tokens::find(conn, token, purpose::DATA).context("looking up a data link")?
    else {
        return Ok(None);
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    let hash = signatures::table
        .find(row.signature_id)
        .select(signatures::email_hash)
        .first(conn)
        .optional()
        .with_context(|| format!("loading signature {}", row.signature_id))?;
    Ok(hash)
}

/// Everything stored about the address behind a data link, oldest first;
/// `None` for an unknown or expired link.
pub fn lookup(
    conn: &mut DbConnection,
    keys: &Keyring,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Vec<StoredSignature>>> {
    let Some(hash) = address_of(conn, token, now)? else {
        return Ok(None);
    };
    let ids: Vec<i64> = of_address(&hash)
        .select(signatures::id)
        .load(conn)
        .context("finding a signer's signatures")?;
    let rows: Vec<(Signature, String, String, DeliveryPoint)> = signatures::table
        .inner_join(petitions::table)
        .inner_join(delivery_points::table)
        .filter(signatures::id.eq_any(&ids))
        .order(signatures::id)
        .select((
            Signature::as_select(),
            petitions::title,
            petitions::lang,
            DeliveryPoint::as_select(),
        ))
        .load(conn)
        .context("loading a signer's signatures")?;
    let mut stored = Vec::with_capacity(rows.len());
    for (signature, petition_title, petition_lang, point) in rows {
        // The point as the signer read it when they chose it.
        let delivery_point = point.name_in(signature.lang).to_owned();
        stored.push(StoredSignature {
            contact: signature.contact(keys)?,
            signature,
            petition_title,
            petition_lang,
            delivery_point,
        });
    }
    Ok(Some(stored))
}

/// What deleting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deleted {
    /// Signatures deleted.
    pub signatures: usize,
    /// Of those, how many were verified (and left the counts).
    pub verified: usize,
}

/// Deletes every signature of the address behind a data link, in one
/// transaction; `None` for an unknown or expired link.
pub fn delete_all(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
) -> anyhow::Result<Option<Deleted>> {
    let deleted = write_transaction(conn, |conn| -> anyhow::Result<Option<Deleted>> {
        let Some(hash) = address_of(conn, token, now)? else {
            return Ok(None);
        };
        let ids: Vec<i64> = of_address(&hash)
            .select(signatures::id)
            .load(conn)
            .context("finding a signer's signatures")?;
        // Deleted with RETURNING, so the counters move by exactly the rows
        // this transaction removed, even if a confirmation raced it.
        let removed: Vec<(i64, i64, String, String)> =
            diesel::delete(signatures::table.filter(signatures::id.eq_any(&ids)))
                .returning((
                    signatures::petition_id,
                    signatures::delivery_point_id,
                    signatures::country,
                    signatures::state,
                ))
                .get_results(conn)
                .context("deleting a signer's signatures")?;
        let mut verified = 0;
        for (petition_id, point_id, country, was) in &removed {
            if was == SignatureState::Verified.as_str() {
                verified += 1;
                let shard = rand::random_range(0..super::counts::SHARDS);
                add_to_counter(conn, *petition_id, *point_id, country, shard, -1)
                    .context("moving a counter")?;
            }
        }
        Ok(Some(Deleted {
            signatures: removed.len(),
            verified,
        }))
    })?;
    if deleted.is_some() {
        scrub_erased_quietly(conn);
    }
    Ok(deleted)
}

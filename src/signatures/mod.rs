//! Signatures: signing, the tokens in confirmation links, confirming, and the
//! verified-signature counters.

pub mod activity;
pub mod blocklist;
pub mod counts;
pub mod invalidate;
pub mod my_data;
pub mod reminders;
pub mod reseal;
pub mod retention;
pub mod sign;
pub mod tokens;
pub mod verify;
pub mod withdraw;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use serde::{Deserialize, Serialize};

use crate::crypto::{Keyring, Purpose};
use crate::db::DbConnection;
use crate::db::schema::signatures;
use crate::domain::{NameInPacket, SignerEmail, SignerName};

crate::domain::text_enum! {
    unknown reads as Pending;
    /// A signature's life: `pending` until the signer confirms, then `verified`.
    pub enum SignatureState {
        /// Waiting for the signer to confirm by the emailed link.
        Pending = "pending",
        /// Confirmed: counts and goes into packets.
        Verified = "verified",
        /// Withdrawn by the signer: counts nowhere, in no packet.
        Withdrawn = "withdrawn",
        /// Taken out by an organizer's invalidation (reversible): counts nowhere, in no packet.
        Invalidated = "invalidated",
    }
}

impl SignatureState {
    /// The catalog id of the state's name, as a signer reads it.
    pub fn name_key(self) -> &'static str {
        match self {
            SignatureState::Pending => "state-pending",
            SignatureState::Verified => "state-verified",
            SignatureState::Withdrawn => "state-withdrawn",
            SignatureState::Invalidated => "state-invalidated",
        }
    }
}

/// A signature row. What the signer typed is sealed (see [`crate::crypto`]):
/// `contact` holds the address, name, city and comment as typed, `printed`
/// what the packet prints; the address itself is only a keyed hash.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = signatures)]
pub struct Signature {
    pub id: i64,
    pub petition_id: i64,
    pub delivery_point_id: i64,
    /// [`email_hash`] of the address; `erased:{id}` once erased.
    pub email_hash: String,
    pub country: String,
    pub name_in_packet: String,
    #[diesel(deserialize_as = String)]
    pub state: SignatureState,
    pub created_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    pub last_mailed_at: NaiveDateTime,
    pub invalidation_id: Option<i64>,
    pub ip_hash: Option<String>,
    pub ip_range_hash: Option<String>,
    pub domain_hash: Option<String>,
    pub contact: Option<Vec<u8>>,
    pub printed: Option<Vec<u8>>,
    pub key_id: Option<String>,
    /// The language they signed in: their later mail is in it.
    #[diesel(deserialize_as = String)]
    pub lang: crate::i18n::Lang,
    /// Whether they asked to hear when their signature is handed over.
    pub notify_delivery: bool,
    /// Salts its leaf in packet proofs; erased with the contact data.
    pub salt: Option<Vec<u8>>,
    /// The `?src=` code of the link they came by (see [`crate::domain::Source`]).
    pub source: Option<String>,
    /// No (more) reminder: one was queued, or the signer asked for the
    /// link again (see [`reminders`]).
    pub reminder_done: bool,
    /// Whether they asked for updates about the petition (see [`crate::updates`]).
    pub keep_informed: bool,
}

/// A new, pending signature.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = signatures)]
pub struct NewSignature<'a> {
    pub petition_id: i64,
    pub delivery_point_id: i64,
    pub email_hash: &'a str,
    pub domain_hash: Option<&'a str>,
    pub country: &'a str,
    pub name_in_packet: &'a str,
    pub contact: Option<&'a [u8]>,
    pub printed: Option<&'a [u8]>,
    pub key_id: Option<&'a str>,
    pub state: &'a str,
    pub created_at: NaiveDateTime,
    pub last_mailed_at: NaiveDateTime,
    pub ip_hash: Option<&'a str>,
    pub ip_range_hash: Option<&'a str>,
    pub lang: &'a str,
    pub notify_delivery: bool,
    pub salt: Option<&'a [u8]>,
    pub source: Option<&'a str>,
    pub keep_informed: bool,
}

/// What a signer typed, sealed as one record ([`Purpose::Contact`]): shown
/// only to the signer (their data page) and used only to mail them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub email: String,
    pub name: String,
    pub city: String,
    pub comment: String,
}

/// What the delivery packet prints of a signature, sealed
/// ([`Purpose::Printed`]): the name as the signer chose it, and the city and
/// comment unless they chose to be anonymous. Retention keeps only this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Printed {
    pub name: String,
    pub city: String,
    pub comment: String,
}

impl Printed {
    /// What is printed when nothing sealed is left to print (the safe side
    /// for the signer).
    pub fn anonymous() -> Self {
        Printed {
            name: NameInPacket::ANONYMOUS.to_owned(),
            city: String::new(),
            comment: String::new(),
        }
    }

    /// What the packet prints for a signer's choice. An anonymous signer's
    /// city and comment stay off the list: at a point with few signers they
    /// would point at the person.
    pub fn of(name: &SignerName, choice: NameInPacket, city: &str, comment: &str) -> Self {
        let anonymous = choice == NameInPacket::Anonymous;
        Printed {
            name: choice.render(name),
            city: if anonymous {
                String::new()
            } else {
                city.to_owned()
            },
            comment: if anonymous {
                String::new()
            } else {
                comment.to_owned()
            },
        }
    }
}

/// The keyed hash that stands for an address: the identity of a signer
/// (one signature per petition and hash), never the address itself.
pub fn email_hash(keys: &Keyring, email: &SignerEmail) -> String {
    address_hash(keys, email.as_str())
}

/// [`email_hash`] of an address already in its stored form (for addresses
/// an earlier version normalised, see [`reseal`]).
pub fn address_hash(keys: &Keyring, address: &str) -> String {
    keys.hash("signer-email", address)
}

/// The keyed hash of an address's domain: for invalidating by domain and the
/// activity view's busiest domains.
pub fn domain_hash(keys: &Keyring, domain: &str) -> String {
    keys.hash("signer-domain", domain)
}

/// Every signature of one address (its [`email_hash`]), on any petition.
/// Written as one probe per petition of the unique (petition, address) key,
/// so no second index on the hash is needed: each index on a random hash
/// costs the single writer another page per insert.
pub fn of_address(hash: &str) -> signatures::BoxedQuery<'_, crate::db::MultiBackend> {
    use crate::db::schema::petitions;
    signatures::table
        .filter(signatures::petition_id.eq_any(petitions::table.select(petitions::id)))
        .filter(signatures::email_hash.eq(hash))
        .into_boxed()
}

/// What a signature's contact record is sealed for (see [`Purpose`]).
pub fn contact_purpose(petition_id: i64, email_hash: &str) -> Purpose<'_> {
    Purpose::Contact {
        petition_id,
        email_hash,
    }
}

/// What a signature's printed line is sealed for (see [`Purpose`]).
pub fn printed_purpose(petition_id: i64, delivery_point_id: i64) -> Purpose<'static> {
    Purpose::Printed {
        petition_id,
        delivery_point_id,
    }
}

/// `key_id` of a row with nothing sealed (a tombstone).
pub use crate::crypto::NOTHING_SEALED;

/// Expired pending signatures deleted per write transaction (see
/// [`Signature::delete_expired_pending`]).
pub const PURGE_BATCH: i64 = 200;

impl Signature {
    /// Finds a signature by id.
    pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Signature> {
        signatures::table
            .find(id)
            .select(Signature::as_select())
            .first(conn)
    }

    /// Finds signatures by id, in chunks; those that no longer exist are absent.
    pub fn find_many(
        conn: &mut DbConnection,
        ids: &[i64],
    ) -> QueryResult<std::collections::HashMap<i64, Signature>> {
        let mut found = std::collections::HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let rows: Vec<Signature> = signatures::table
                .filter(signatures::id.eq_any(chunk))
                .select(Signature::as_select())
                .load(conn)?;
            found.extend(rows.into_iter().map(|s| (s.id, s)));
        }
        Ok(found)
    }

    /// Records that the signatures were just mailed a link: a pending
    /// signature is kept as long as its newest link (see [`Self::delete_expired_pending`]).
    /// Never moves a date back (two workers, or a repeat signing, dating one
    /// signature at once).
    pub fn date_mail(conn: &mut DbConnection, ids: &[i64], now: NaiveDateTime) -> QueryResult<()> {
        for chunk in ids.chunks(500) {
            diesel::update(
                signatures::table
                    .filter(signatures::id.eq_any(chunk))
                    .filter(signatures::last_mailed_at.lt(now)),
            )
            .set(signatures::last_mailed_at.eq(now))
            .execute(conn)?;
        }
        Ok(())
    }

    /// The pending signatures, found through the index the packets are read
    /// with (`signatures_packet_order`: point, state, …): an index of its
    /// own would cost every signature written, and without one the worker's
    /// housekeeping read the whole table every minute. Within a point they
    /// come oldest first, so the expired ones lead.
    pub fn pending_by_point()
    -> signatures::BoxedQuery<'static, <DbConnection as diesel::Connection>::Backend> {
        use crate::db::schema::delivery_points;
        let points = delivery_points::table.select(delivery_points::id);
        signatures::table
            .filter(signatures::delivery_point_id.eq_any(points))
            .filter(signatures::state.eq(SignatureState::Pending.as_str()))
            .into_boxed()
    }

    /// Deletes pending signatures whose last link has expired: never confirmed,
    /// they are kept no longer than needed (their tokens and queued mail go
    /// with them). Returns how many were deleted.
    ///
    /// A surge's unconfirmed signatures expire together a week later (and a
    /// flood of bots' can be timed to), so they go [`PURGE_BATCH`] at a time,
    /// each batch its own short write transaction: signing waits at most one
    /// batch, never the whole purge.
    pub fn delete_expired_pending(
        conn: &mut DbConnection,
        now: NaiveDateTime,
        token_ttl: chrono::Duration,
    ) -> QueryResult<usize> {
        let mut deleted = 0;
        loop {
            // A batch lost to a power cut is purged again by the next pass.
            let durability = crate::db::Durability::Bookkeeping;
            let batch = crate::db::write_transaction_with(conn, durability, |conn| {
                let ids: Vec<i64> = Self::pending_by_point()
                    .filter(signatures::last_mailed_at.lt(now - token_ttl))
                    .select(signatures::id)
                    .limit(PURGE_BATCH)
                    .load(conn)?;
                // Their mail first, for the lock order [`Self::erase_contact`]
                // explains (the cascade would reach it only after the rows).
                diesel::delete(
                    crate::db::schema::outbox::table
                        .filter(crate::db::schema::outbox::signature_id.eq_any(&ids)),
                )
                .execute(conn)?;
                diesel::delete(signatures::table.filter(signatures::id.eq_any(&ids))).execute(conn)
            })?;
            deleted += batch;
            if batch < usize::try_from(PURGE_BATCH).unwrap_or(usize::MAX) {
                return Ok(deleted);
            }
        }
    }

    /// What the signer typed, opened; `None` once erased.
    pub fn contact(&self, keys: &Keyring) -> anyhow::Result<Option<Contact>> {
        self.contact
            .as_deref()
            .map(|sealed| {
                keys.open_json(contact_purpose(self.petition_id, &self.email_hash), sealed)
            })
            .transpose()
    }

    /// What the packet prints, opened; `None` for a tombstone.
    pub fn printed(&self, keys: &Keyring) -> anyhow::Result<Option<Printed>> {
        self.printed
            .as_deref()
            .map(|sealed| {
                keys.open_json(
                    printed_purpose(self.petition_id, self.delivery_point_id),
                    sealed,
                )
            })
            .transpose()
    }

    /// Erases everything of one signature that came from the signer: the
    /// address's hash (replaced by `erased:{id}`, which keeps the unique key),
    /// the sealed records, the IP hashes. What is left is a tombstone that
    /// counts and the audit log can refer to. Queued mail goes with it.
    pub fn erase(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
        Self::erase_contact(conn, id)?;
        // With the salt gone, no public leaf hash leads back to them.
        diesel::update(signatures::table.find(id))
            .set(signatures::salt.eq(None::<Vec<u8>>))
            .execute(conn)?;
        Ok(())
    }

    /// [`Self::erase`] as the schema stood before packet proofs (no salt):
    /// what the upgrade that seals old rows runs, before that column exists.
    pub(crate) fn erase_contact(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
        use crate::db::schema::outbox;
        // The queued mail first. The mail worker locks a claimed message and
        // then, composing it, inserts a link token that names the signature
        // (on PostgreSQL a key-share lock on its row). Changing the address
        // hash, a unique key, needs the row's strongest lock: taken before
        // the wait for the worker's message, the two waited on each other
        // and PostgreSQL aborted one (a withdrawal answered 500). Waiting for
        // the message first holds nothing the worker needs.
        diesel::delete(
            outbox::table
                .filter(outbox::signature_id.eq(id))
                .filter(outbox::sent_at.is_null()),
        )
        .execute(conn)?;
        diesel::update(signatures::table.find(id))
            .set((
                signatures::email_hash.eq(format!("erased:{id}")),
                signatures::domain_hash.eq(None::<String>),
                signatures::contact.eq(None::<Vec<u8>>),
                signatures::printed.eq(None::<Vec<u8>>),
                signatures::key_id.eq(NOTHING_SEALED),
                signatures::ip_hash.eq(None::<String>),
                signatures::ip_range_hash.eq(None::<String>),
            ))
            .execute(conn)?;
        Ok(())
    }

    /// Whether the signer has confirmed.
    pub fn is_verified(&self) -> bool {
        self.state == SignatureState::Verified
    }
}

//! Moving sealed data from one data key to another: sealing the rows written
//! before sealing existed (once, during the migration), and re-sealing
//! everything under a new key (`handover rotate-key`) while the server runs.
//!
//! Both work in short batches, each its own transaction, so signing goes on
//! between them. A batch's update is guarded by the key id it read: a row
//! that changed meanwhile (withdrawn, erased, already re-sealed by a server
//! holding the new key) is left as it now is.

use anyhow::Context;
use diesel::prelude::*;

use super::{
    Contact, NOTHING_SEALED, Printed, SignatureState, address_hash, contact_purpose, domain_hash,
    printed_purpose,
};
use crate::crypto::keyring::sealed_key_id;
use crate::crypto::{Keyring, Purpose};
use crate::db::schema::{outbox, signatures};
use crate::db::{DbConnection, write_transaction};
use crate::domain::{NameInPacket, SignerEmail, SignerName};

/// Rows per batch.
const BATCH: i64 = 500;

/// What a rotation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Signatures re-sealed under the new key.
    pub signatures: usize,
    /// Queued data requests re-sealed.
    pub queued: usize,
}

/// Re-seals every signature and queued address under the ring's current key,
/// batch after batch until none is left under another key, then removes the
/// index key's copies under other keys: from then on only the new key opens
/// the database. Servers still running with only the old key must be
/// restarted with the new one (the README gives the order of steps).
pub fn rotate(conn: &mut DbConnection, keys: &Keyring) -> anyhow::Result<Rotated> {
    let current = keys.current_id();
    let mut done = Rotated::default();
    // Passes over the table in id order (keyset paging on the primary key,
    // so each batch is a short range scan and the whole pass linear); a row
    // written under another key while a pass ran is caught by the next one.
    loop {
        let mut resealed = 0;
        let mut after = 0;
        loop {
            let (n, last) =
                write_transaction(conn, |conn| reseal_signatures(conn, keys, &current, after))?;
            resealed += n;
            match last {
                Some(last) => after = last,
                None => break,
            }
            if resealed > 0 && resealed % 10_000 < n {
                tracing::info!(
                    resealed = done.signatures + resealed,
                    "rotating the data key"
                );
            }
        }
        done.signatures += resealed;
        if resealed == 0 {
            break;
        }
    }
    done.queued = write_transaction(conn, |conn| reseal_queued(conn, keys, &current))?;
    // Only when nothing is left under another key may the old keys stop
    // opening the database.
    let left: i64 = signatures::table
        .filter(signatures::key_id.ne(&current))
        .filter(signatures::key_id.ne(NOTHING_SEALED))
        .count()
        .get_result(conn)
        .context("counting what is left to re-seal")?;
    anyhow::ensure!(
        left == 0,
        "{left} signatures were sealed under another key while rotating: a process still \
         runs with the old key as HANDOVER_DATA_KEY; restart every process with the new key \
         (the old one in HANDOVER_PREVIOUS_DATA_KEYS) and run rotate-key again"
    );
    keys.drop_other_index_rows(conn)?;
    Ok(done)
}

/// Re-seals the batch of signatures after id `after` that are sealed under
/// another key; returns how many, and the batch's last id (`None` at the end).
fn reseal_signatures(
    conn: &mut DbConnection,
    keys: &Keyring,
    current: &str,
    after: i64,
) -> anyhow::Result<(usize, Option<i64>)> {
    let rows = sealed_rows_for_update(conn, after, BATCH).context("reading a batch to re-seal")?;
    let reseal = |purpose, sealed: &Option<Vec<u8>>| -> anyhow::Result<Option<Vec<u8>>> {
        sealed
            .as_deref()
            .map(|s| Ok(keys.seal(purpose, &keys.open(purpose, s)?)))
            .transpose()
    };
    let mut n = 0;
    for row in &rows {
        let Some(key_id) = &row.key_id else { continue };
        if key_id == current || key_id == NOTHING_SEALED {
            continue;
        }
        let contact = reseal(
            contact_purpose(row.petition_id, &row.email_hash),
            &row.contact,
        )?;
        let printed = reseal(
            printed_purpose(row.petition_id, row.delivery_point_id),
            &row.printed,
        )?;
        diesel::update(
            signatures::table
                .find(row.id)
                .filter(signatures::key_id.eq(key_id)),
        )
        .set((
            signatures::contact.eq(contact),
            signatures::printed.eq(printed),
            signatures::key_id.eq(current),
        ))
        .execute(conn)
        .with_context(|| format!("re-sealing signature {}", row.id))?;
        n += 1;
    }
    Ok((n, rows.last().map(|r| r.id)))
}

fn reseal_queued(conn: &mut DbConnection, keys: &Keyring, current: &str) -> anyhow::Result<usize> {
    let rows = queued_addresses_for_update(conn).context("reading queued addresses")?;
    let mut n = 0;
    for (id, sealed) in rows {
        let Some(sealed) = sealed else { continue };
        if sealed_key_id(&sealed).as_deref() == Some(current) {
            continue;
        }
        let resealed = keys.seal(Purpose::Address, &keys.open(Purpose::Address, &sealed)?);
        diesel::update(outbox::table.find(id))
            .set(outbox::address.eq(resealed))
            .execute(conn)?;
        n += 1;
    }
    Ok(n)
}

/// A signature as stored before sealing (migration 9 renamed `email` to
/// `email_hash` but left the address in it, and kept the typed columns).
#[derive(QueryableByName)]
struct Legacy {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    petition_id: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    delivery_point_id: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    email_hash: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    city: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    comment: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    name_in_packet: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    state: String,
}

/// Seals the signatures written before sealing existed: run once, between
/// the migration that adds the sealed columns and the one that drops the
/// clear-text ones. Withdrawn signatures become tombstones; IP hashes made
/// under the old in-database key are dropped (they could be recomputed from
/// a copy of the database, which is what this change ends).
pub fn seal_legacy(conn: &mut DbConnection, keys: &Keyring) -> anyhow::Result<usize> {
    let mut sealed = 0;
    // Passes until one finds nothing: rows written meanwhile by a process
    // of the old version are caught by the next pass.
    loop {
        let (mut in_pass, mut after) = (0, 0);
        loop {
            let (n, last) = write_transaction(conn, |conn| seal_legacy_batch(conn, keys, after))?;
            in_pass += n;
            match last {
                Some(last) => after = last,
                None => break,
            }
        }
        sealed += in_pass;
        if in_pass == 0 {
            break;
        }
    }
    if sealed > 0 {
        tracing::info!(sealed, "sealed signer data written by an earlier version");
    }
    Ok(sealed)
}

/// Seals the batch of rows after id `after`; returns how many, and the
/// batch's last id (`None` at the end).
fn seal_legacy_batch(
    conn: &mut DbConnection,
    keys: &Keyring,
    after: i64,
) -> anyhow::Result<(usize, Option<i64>)> {
    // Ids are our own integers: listing one inline is safe.
    let sql = format!(
        "SELECT id, petition_id, delivery_point_id, email_hash, name, city, comment, \
         name_in_packet, state \
         FROM signatures WHERE key_id IS NULL AND id > {after} ORDER BY id LIMIT {BATCH}"
    );
    let rows: Vec<Legacy> =
        crate::db::raw_load(conn, &sql).context("reading unsealed signatures")?;
    for row in &rows {
        if row.state == SignatureState::Withdrawn.as_str() {
            crate::signatures::Signature::erase_contact(conn, row.id)?;
            continue;
        }
        let name = SignerName::parse(&row.name).ok();
        let choice = NameInPacket::parse(&row.name_in_packet).unwrap_or(NameInPacket::Anonymous);
        let printed = match &name {
            Some(name) => Printed::of(name, choice, &row.city, &row.comment),
            None => Printed::anonymous(),
        };
        // The address as the old version stored it (trimmed, lowercased):
        // in today's form where it parses, else as it was (a domain the old
        // rules took and UTS #46 refuses still reaches its mailbox).
        let email = (!row.email_hash.starts_with("erased:")).then(|| {
            SignerEmail::parse(&row.email_hash)
                .map(|e| e.as_str().to_owned())
                .unwrap_or_else(|_| row.email_hash.clone())
        });
        let (hash, domain, contact) = match email {
            Some(email) => {
                let hash = address_hash(keys, &email);
                // Two old spellings of one mailbox (a Unicode and an ASCII
                // domain) now hash alike: the later one keeps its data under
                // a key of its own rather than break the unique key.
                let taken: i64 = signatures::table
                    .filter(signatures::petition_id.eq(row.petition_id))
                    .filter(signatures::email_hash.eq(&hash))
                    .count()
                    .get_result(conn)?;
                let hash = if taken > 0 {
                    format!("merged:{}", row.id)
                } else {
                    hash
                };
                let domain = email.rsplit_once('@').map_or("", |(_, d)| d);
                let contact = Contact {
                    email: email.clone(),
                    name: row.name.clone(),
                    city: row.city.clone(),
                    comment: row.comment.clone(),
                };
                let sealed = keys.seal_json(contact_purpose(row.petition_id, &hash), &contact);
                (hash, Some(domain_hash(keys, domain)), Some(sealed))
            }
            None => (format!("erased:{}", row.id), None, None),
        };
        // Guarded: another process sealing at the same time keeps its work.
        diesel::update(
            signatures::table
                .find(row.id)
                .filter(signatures::key_id.is_null()),
        )
        .set((
            signatures::email_hash.eq(hash),
            signatures::domain_hash.eq(domain),
            signatures::contact.eq(contact),
            signatures::printed.eq(Some(keys.seal_json(
                printed_purpose(row.petition_id, row.delivery_point_id),
                &printed,
            ))),
            signatures::key_id.eq(keys.current_id()),
            signatures::ip_hash.eq(None::<String>),
            signatures::ip_range_hash.eq(None::<String>),
        ))
        .execute(conn)
        .with_context(|| format!("sealing signature {}", row.id))?;
    }
    Ok((rows.len(), rows.last().map(|r| r.id)))
}

/// A signature's sealed records, what they are bound to, and the key that
/// sealed them (see [`crate::crypto::Purpose`]).
#[derive(Debug, Clone, Queryable)]
pub struct SealedRow {
    pub id: i64,
    pub petition_id: i64,
    pub delivery_point_id: i64,
    pub email_hash: String,
    pub contact: Option<Vec<u8>>,
    pub printed: Option<Vec<u8>>,
    pub key_id: Option<String>,
}

/// The next `limit` signatures after id `after`, with their sealed records,
/// locked until the caller's transaction ends: on PostgreSQL `FOR UPDATE`, so
/// an erasure or a withdrawal meanwhile waits for the re-sealing (or is seen
/// by it) instead of being overwritten by it; on SQLite the write transaction
/// already excludes every other writer. For key rotation.
pub fn sealed_rows_for_update(
    conn: &mut DbConnection,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<SealedRow>> {
    use crate::db::schema::signatures as s;
    let query = s::table
        .filter(s::id.gt(after))
        .order(s::id)
        .limit(limit)
        .select((
            s::id,
            s::petition_id,
            s::delivery_point_id,
            s::email_hash,
            s::contact,
            s::printed,
            s::key_id,
        ));
    crate::db::load_locked!(conn, query)
}

/// Queued data requests' sealed addresses, locked like
/// [`sealed_rows_for_update`] (the worker clears them when it is done).
pub fn queued_addresses_for_update(
    conn: &mut DbConnection,
) -> QueryResult<Vec<(i64, Option<Vec<u8>>)>> {
    use crate::db::schema::outbox as o;
    let query = o::table
        .filter(o::address.is_not_null())
        .select((o::id, o::address));
    crate::db::load_locked!(conn, query)
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;

    use super::*;
    use crate::crypto::DataKey;

    /// A database written before sealing existed, upgraded: every row sealed
    /// in place, the withdrawn one a tombstone, old IP hashes gone, the
    /// clear-text columns dropped.
    #[test]
    fn rows_written_before_sealing_are_sealed_by_the_upgrade() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("old.db").display().to_string();
        let mut old = diesel::SqliteConnection::establish(&path).expect("open");
        crate::db::migrate_sqlite_up_to(&mut old, "20261128000008");
        old.batch_execute(
            "INSERT INTO petitions (id, slug, title, body, recipient, goal, created_at, updated_at) \
               VALUES (1, 'p', 'T', 'B', 'R', 10, '2026-11-30 00:00:00', '2026-11-30 00:00:00'); \
             INSERT INTO delivery_points (id, petition_id, slug, name, country, city, address, position) \
               VALUES (1, 1, 'seoul', 'Embassy', 'KR', 'Seoul', 'A', 0); \
             INSERT INTO signatures (petition_id, delivery_point_id, name, email, country, city, \
               name_in_packet, comment, state, created_at, verified_at, last_mailed_at, ip_hash) VALUES \
               (1, 1, 'Kim Min-su', 'kim@example.org', 'KR', 'Seoul', 'initials', 'Hello', 'verified', \
                '2026-11-30 01:00:00', '2026-11-30 01:05:00', '2026-11-30 01:00:00', 'oldhash'), \
               (1, 1, 'Lee Ji-eun', 'lee@example.org', 'KR', 'Busan', 'full', 'Bye', 'withdrawn', \
                '2026-11-30 02:00:00', NULL, '2026-11-30 02:00:00', 'oldhash'), \
               (1, 1, 'Park', 'erased:3', 'KR', 'Incheon', 'anonymous', 'Secret', 'verified', \
                '2026-11-30 03:00:00', '2026-11-30 03:05:00', '2026-11-30 03:00:00', NULL);",
        )
        .expect("old rows");
        drop(old);

        let pool = crate::db::connect(&format!("sqlite://{path}"), crate::config::SqliteSync::Full)
            .expect("pool");
        let mut conn = pool.get().expect("connection");
        let key = DataKey::from_bytes(&[9; 32]);
        crate::db::run_migrations(&mut conn, |conn, version| {
            if version == "20261201000010" {
                let keys = Keyring::load(conn, key.clone(), vec![])?;
                seal_legacy(conn, &keys)?;
            }
            Ok(())
        })
        .expect("upgrade");
        let keys = Keyring::load(&mut conn, key, vec![]).expect("keys");

        let rows: Vec<crate::signatures::Signature> = signatures::table
            .order(signatures::id)
            .select(crate::signatures::Signature::as_select())
            .load(&mut *conn)
            .expect("rows");
        let kim = &rows[0];
        let contact = kim.contact(&keys).expect("opens").expect("contact");
        assert_eq!(contact.email, "kim@example.org");
        assert_eq!(contact.city, "Seoul");
        assert_eq!(
            kim.printed(&keys).expect("opens").expect("printed").name,
            "K. M."
        );
        assert_eq!(
            kim.email_hash,
            crate::signatures::email_hash(
                &keys,
                &SignerEmail::parse("kim@example.org").expect("email")
            )
        );
        assert_eq!(
            kim.ip_hash, None,
            "an IP hash keyed in the database survived"
        );
        let lee = &rows[1];
        assert!(lee.contact.is_none() && lee.printed.is_none());
        assert_eq!(lee.key_id.as_deref(), Some(NOTHING_SEALED));
        let park = &rows[2];
        assert!(park.contact.is_none());
        let printed = park.printed(&keys).expect("opens").expect("printed");
        assert_eq!(
            (printed.name.as_str(), printed.city.as_str()),
            ("Anonymous", "")
        );
        // The clear-text columns are gone from the file's schema.
        let sql = crate::db::raw_load::<Schema>(
            &mut conn,
            "SELECT sql FROM sqlite_master WHERE name = 'signatures'",
        )
        .expect("schema");
        assert!(!sql[0].sql.contains(" city "), "{}", sql[0].sql);
        assert!(!sql[0].sql.contains("comment"), "{}", sql[0].sql);
    }

    #[derive(QueryableByName)]
    struct Schema {
        #[diesel(sql_type = diesel::sql_types::Text)]
        sql: String,
    }
}

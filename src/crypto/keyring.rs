//! The data key, the keys it seals with, and the index key (see [`super`]).

use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use anyhow::Context;
use base64::Engine;
use diesel::prelude::*;
use hmac::Mac;
use sha2::Sha256;

use crate::db::schema::{app_secrets, signatures};
use crate::db::{self, DbConnection};

/// Format byte of a sealed value.
const VERSION: u8 = 1;
/// Length of a key id.
const ID_LEN: usize = 8;
/// Length of an AES-GCM nonce. Drawn at random for every value: with 96-bit
/// random nonces one key may seal about 2^32 values before a repeat becomes
/// a concern (NIST SP 800-38D), a thousand times what a campaign of a
/// million signers writes; rotation starts the count afresh.
const NONCE_LEN: usize = 12;
/// Bytes a sealed value adds to its plaintext: version, key id, nonce, tag.
pub const OVERHEAD: usize = 1 + ID_LEN + NONCE_LEN + 16;
/// Prefix of the `app_secrets` rows that hold the index key, one per data key.
const INDEX_ROW: &str = "index_key:";

/// What a sealed value is and whose: bound into it as associated data, so a
/// value sealed for one purpose or one row does not open as another (a
/// signer's contact copied into a row whose data link someone holds, or a
/// packet line moved to another delivery point, fails to open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose<'a> {
    /// A signer's contact data: address, typed name, city, comment; bound to
    /// the signature's petition and address hash (both kept across rotation,
    /// both replaced when the contact data is erased).
    Contact {
        petition_id: i64,
        email_hash: &'a str,
    },
    /// What the delivery packet prints of a signature; bound to its petition
    /// and delivery point (kept after the address is erased).
    Printed {
        petition_id: i64,
        delivery_point_id: i64,
    },
    /// An address waiting in the outbox for the worker (a data request).
    Address,
    /// The index key itself.
    IndexKey,
}

impl Purpose<'_> {
    fn aad(self) -> Vec<u8> {
        match self {
            Purpose::Contact {
                petition_id,
                email_hash,
            } => format!("handover/contact\0{petition_id}\0{email_hash}").into_bytes(),
            Purpose::Printed {
                petition_id,
                delivery_point_id,
            } => format!("handover/printed\0{petition_id}\0{delivery_point_id}").into_bytes(),
            Purpose::Address => b"handover/address".to_vec(),
            Purpose::IndexKey => b"handover/index-key".to_vec(),
        }
    }
}

/// Why a sealed value did not open.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    /// Not a sealed value of a format this version reads.
    #[error("not a sealed value")]
    Malformed,
    /// Sealed under a key that is not in the ring.
    #[error(
        "sealed under data key {0}, which is not configured (HANDOVER_DATA_KEY / HANDOVER_PREVIOUS_DATA_KEYS)"
    )]
    UnknownKey(String),
    /// The key is known but the value does not authenticate: altered, or
    /// sealed for another purpose.
    #[error("a sealed value failed to authenticate")]
    Forged,
}

/// One data key: its public id and the cipher derived from it.
#[derive(Clone)]
pub struct DataKey {
    id: [u8; ID_LEN],
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DataKey({})", self.id())
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

impl DataKey {
    /// Length of a data key.
    pub const LEN: usize = 32;

    /// The key from its 32 bytes. The cipher key and the id are derived from
    /// it with HMAC under distinct labels: the id says nothing of the key.
    pub fn from_bytes(bytes: &[u8; Self::LEN]) -> Self {
        let cipher_key = hmac(bytes, &[b"handover seal key v1"]);
        let id_bytes = hmac(bytes, &[b"handover key id v1"]);
        let mut id = [0u8; ID_LEN];
        id.copy_from_slice(&id_bytes[..ID_LEN]);
        let cipher = Aes256Gcm::new_from_slice(&cipher_key)
            .unwrap_or_else(|_| unreachable!("the derived key is 32 bytes"));
        DataKey { id, cipher }
    }

    /// Reads a key written in base64 (standard or URL-safe, padded or not).
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        let engines = [
            base64::engine::general_purpose::STANDARD,
            base64::engine::general_purpose::STANDARD_NO_PAD,
            base64::engine::general_purpose::URL_SAFE,
            base64::engine::general_purpose::URL_SAFE_NO_PAD,
        ];
        let bytes = engines
            .iter()
            .find_map(|e| e.decode(text).ok())
            .context("a data key must be base64 (generate one with `openssl rand -base64 32`)")?;
        let bytes: [u8; Self::LEN] = bytes.try_into().map_err(|b: Vec<u8>| {
            anyhow::anyhow!(
                "a data key must be 32 bytes, this one is {} (generate one with `openssl rand -base64 32`)",
                b.len()
            )
        })?;
        Ok(Self::from_bytes(&bytes))
    }

    /// Draws a new key from the CSPRNG, returned with its base64 text.
    pub fn generate() -> (Self, String) {
        let bytes: [u8; Self::LEN] = rand::random();
        (
            Self::from_bytes(&bytes),
            base64::engine::general_purpose::STANDARD.encode(bytes),
        )
    }

    /// The key's id, in hex: stored beside what it sealed, safe to log.
    pub fn id(&self) -> String {
        hex::encode(self.id)
    }

    fn seal(&self, purpose: Purpose, plaintext: &[u8]) -> Vec<u8> {
        let nonce_bytes: [u8; NONCE_LEN] = rand::random();
        let nonce = Nonce::from(nonce_bytes);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &purpose.aad(),
                },
            )
            .unwrap_or_else(|_| unreachable!("AES-256-GCM seals any length we store"));
        let mut out = Vec::with_capacity(OVERHEAD + plaintext.len());
        out.push(VERSION);
        out.extend_from_slice(&self.id);
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(&sealed);
        out
    }

    fn open(&self, purpose: Purpose, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < OVERHEAD || sealed[0] != VERSION {
            return Err(SealError::Malformed);
        }
        let nonce = Nonce::try_from(&sealed[1 + ID_LEN..1 + ID_LEN + NONCE_LEN])
            .map_err(|_| SealError::Malformed)?;
        self.cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: &sealed[1 + ID_LEN + NONCE_LEN..],
                    aad: &purpose.aad(),
                },
            )
            .map_err(|_| SealError::Forged)
    }
}

/// The id of the key a sealed value was sealed under, in hex.
pub fn sealed_key_id(sealed: &[u8]) -> Option<String> {
    (sealed.len() >= OVERHEAD && sealed[0] == VERSION).then(|| hex::encode(&sealed[1..1 + ID_LEN]))
}

/// Where the data key comes from, in order: the key itself, a key file, or
/// (SQLite only) the default key file beside the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataKeySource {
    /// `HANDOVER_DATA_KEY`: the key in base64.
    Value(String),
    /// A file holding the key in base64; created (mode 0600) if missing.
    File(PathBuf),
}

impl DataKeySource {
    /// The source the settings name: `HANDOVER_DATA_KEY`, else
    /// `HANDOVER_DATA_KEY_FILE`, else for SQLite `FILE.key` beside the
    /// database file. PostgreSQL has no default: several machines must share
    /// one key, which no single machine can make up.
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Self> {
        if let Some(key) = &settings.data_key {
            return Ok(DataKeySource::Value(key.clone()));
        }
        if let Some(path) = &settings.data_key_file {
            return Ok(DataKeySource::File(path.clone()));
        }
        match db::Backend::from_url(&settings.database_url)? {
            db::Backend::Sqlite(path) => {
                Ok(DataKeySource::File(PathBuf::from(format!("{path}.key"))))
            }
            db::Backend::Postgres(_) => anyhow::bail!(
                "PostgreSQL needs a data key: set HANDOVER_DATA_KEY (32 bytes in base64, e.g. from \
                 `openssl rand -base64 32`) or HANDOVER_DATA_KEY_FILE, the same on every app and \
                 worker process, and back it up: without it the signers' data cannot be read"
            ),
        }
    }

    /// Reads the key, creating the key file if it does not exist yet.
    pub fn load(&self) -> anyhow::Result<DataKey> {
        match self {
            DataKeySource::Value(text) => DataKey::parse(text).context("HANDOVER_DATA_KEY"),
            DataKeySource::File(path) => load_or_create_file(path),
        }
    }
}

fn load_or_create_file(path: &Path) -> anyhow::Result<DataKey> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            DataKey::parse(&text).with_context(|| format!("the data key file {}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let (key, text) = DataKey::generate();
            write_new_key_file(path, &text)
                .with_context(|| format!("cannot create the data key file {}", path.display()))?;
            tracing::warn!(
                path = %path.display(),
                "created a new data key file: back it up, without it the signers' data cannot be read"
            );
            Ok(key)
        }
        Err(e) => {
            Err(e).with_context(|| format!("cannot read the data key file {}", path.display()))
        }
    }
}

/// Writes a new key file readable by its owner only, never over an existing
/// one (two processes starting at once: the second one's write fails, and it
/// reads the first one's key on its next start; here it simply errors).
fn write_new_key_file(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

/// The keys a process holds: the current data key (seals everything new),
/// previous ones (open only, during a rotation), and the index key.
pub struct Keyring {
    current: DataKey,
    previous: Vec<DataKey>,
    index: [u8; 32],
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current)
            .field("previous", &self.previous)
            .finish_non_exhaustive()
    }
}

/// The key id of a row that holds nothing sealed any more (a withdrawn or
/// erased signature's tombstone).
pub const NOTHING_SEALED: &str = "-";

impl Keyring {
    /// Opens the database's index key with whichever key of the ring seals
    /// it, creating it on a database that has none, and makes sure the
    /// current key seals it too. Fails with a clear message when no key of
    /// the ring opens the database.
    pub fn load(
        conn: &mut DbConnection,
        current: DataKey,
        previous: Vec<DataKey>,
    ) -> anyhow::Result<Self> {
        let rows: Vec<(String, Vec<u8>)> = app_secrets::table
            .filter(app_secrets::name.like(format!("{INDEX_ROW}%")))
            .select((app_secrets::name, app_secrets::value))
            .load(conn)
            .context("reading the sealed index key")?;
        let mut ring = Keyring {
            current,
            previous,
            index: [0; 32],
        };
        if rows.is_empty() {
            // A new database. One that holds sealed rows but lost its index
            // key must not get a new one: every hash would stop matching.
            let sealed_rows: i64 = signatures::table
                .filter(signatures::key_id.is_not_null())
                .filter(signatures::key_id.ne(NOTHING_SEALED))
                .count()
                .get_result(conn)
                .context("looking for sealed rows")?;
            anyhow::ensure!(
                sealed_rows == 0,
                "this database holds sealed signer data but no index key (app_secrets was \
                 emptied?): restore it from a backup"
            );
            ring.index = rand::random();
            return match ring.store_index_under_current(conn) {
                Ok(()) => Ok(ring),
                // Another process created it at the same moment: use theirs.
                Err(_) => Self::load(conn, ring.current, ring.previous),
            };
        }
        let opened = rows.iter().find_map(|(name, sealed)| {
            let id = name.strip_prefix(INDEX_ROW)?;
            let key = ring.keys().find(|k| k.id() == id)?;
            Some(key.open(Purpose::IndexKey, sealed))
        });
        let index = match opened {
            Some(Ok(bytes)) => bytes,
            Some(Err(e)) => anyhow::bail!("the sealed index key does not open: {e}"),
            None => {
                let stored: Vec<&str> = rows
                    .iter()
                    .filter_map(|(n, _)| n.strip_prefix(INDEX_ROW))
                    .collect();
                anyhow::bail!(
                    "the data key (id {}) does not open this database, whose data is sealed under \
                     data key {}: set HANDOVER_DATA_KEY (or the key file) to the key this database \
                     was created with",
                    ring.current.id(),
                    stored.join(", ")
                )
            }
        };
        ring.index = index
            .try_into()
            .map_err(|_| anyhow::anyhow!("the stored index key has the wrong length"))?;
        // A rotation's new key: seal the same index key under it too. Another
        // process doing the same at once is no error.
        if let Err(e) = ring.store_index_under_current(conn) {
            let raced = e
                .downcast_ref::<diesel::result::Error>()
                .is_some_and(db::is_unique_violation);
            if !raced {
                return Err(e);
            }
        }
        Ok(ring)
    }

    /// Stores the index key sealed under the current key, unless a copy
    /// under that key exists. Fails on a unique violation (another process
    /// stored one at the same moment), so a caller that made up a new index
    /// key can read theirs instead.
    fn store_index_under_current(&self, conn: &mut DbConnection) -> anyhow::Result<()> {
        let name = format!("{INDEX_ROW}{}", self.current.id());
        let exists = app_secrets::table
            .filter(app_secrets::name.eq(&name))
            .count()
            .get_result::<i64>(conn)
            .context("reading the sealed index key")?
            > 0;
        if !exists {
            let sealed = self.current.seal(Purpose::IndexKey, &self.index);
            diesel::insert_into(app_secrets::table)
                .values((app_secrets::name.eq(&name), app_secrets::value.eq(&sealed)))
                .execute(conn)
                .context("sealing the index key under the data key")?;
        }
        Ok(())
    }

    /// Forgets the index key's copies sealed under any key but the current
    /// one: the end of a rotation, after which old keys open nothing.
    pub fn drop_other_index_rows(&self, conn: &mut DbConnection) -> anyhow::Result<usize> {
        let keep = format!("{INDEX_ROW}{}", self.current.id());
        diesel::delete(
            app_secrets::table
                .filter(app_secrets::name.like(format!("{INDEX_ROW}%")))
                .filter(app_secrets::name.ne(keep)),
        )
        .execute(conn)
        .context("removing the index key's old copies")
    }

    /// A ring with fixed keys, for unit tests.
    #[cfg(test)]
    pub fn for_tests(current: DataKey, previous: Vec<DataKey>) -> Self {
        Keyring {
            current,
            previous,
            index: [7; 32],
        }
    }

    fn keys(&self) -> impl Iterator<Item = &DataKey> {
        std::iter::once(&self.current).chain(&self.previous)
    }

    /// The id of the key that seals new values.
    pub fn current_id(&self) -> String {
        self.current.id()
    }

    /// Seals `plaintext` under the current key.
    pub fn seal(&self, purpose: Purpose, plaintext: &[u8]) -> Vec<u8> {
        self.current.seal(purpose, plaintext)
    }

    /// Opens a sealed value with whichever key of the ring sealed it.
    pub fn open(&self, purpose: Purpose, sealed: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < OVERHEAD {
            return Err(SealError::Malformed);
        }
        let id = &sealed[1..1 + ID_LEN];
        let key = self
            .keys()
            .find(|k| k.id == id)
            .ok_or_else(|| SealError::UnknownKey(hex::encode(id)))?;
        key.open(purpose, sealed)
    }

    /// Seals a serialisable value as JSON.
    pub fn seal_json<T: serde::Serialize>(&self, purpose: Purpose, value: &T) -> Vec<u8> {
        let json = serde_json::to_vec(value)
            .unwrap_or_else(|_| unreachable!("our sealed records serialise"));
        self.seal(purpose, &json)
    }

    /// Opens a value sealed with [`Self::seal_json`].
    pub fn open_json<T: serde::de::DeserializeOwned>(
        &self,
        purpose: Purpose,
        sealed: &[u8],
    ) -> anyhow::Result<T> {
        let json = self.open(purpose, sealed)?;
        serde_json::from_slice(&json).context("a sealed record is not what this version wrote")
    }

    /// A keyed hash under the index key (see [`crate::domain::keyed_hash`]):
    /// matchable, and not recomputable from the database alone. Its first
    /// 128 bits (32 hex digits): enough that two addresses never meet by
    /// chance, and half the size in the unique index every signature
    /// writes into.
    pub fn hash(&self, label: &str, value: &str) -> String {
        let mut full = crate::domain::keyed_hash(&self.index, label, value);
        full.truncate(32);
        full
    }

    /// The index key, for the few hashes computed in code that takes a plain
    /// key (IP hashes, login throttling).
    pub fn index_key(&self) -> &[u8] {
        &self.index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> DataKey {
        DataKey::from_bytes(&[byte; 32])
    }

    const KIM: Purpose<'static> = Purpose::Contact {
        petition_id: 1,
        email_hash: "kim",
    };

    #[test]
    fn a_sealed_value_opens_with_its_key_and_purpose_only() {
        let ring = Keyring::for_tests(key(1), vec![]);
        let sealed = ring.seal(KIM, b"kim@example.org");
        assert!(!sealed.windows(7).any(|w| w == b"example"));
        assert_eq!(ring.open(KIM, &sealed).unwrap(), b"kim@example.org");
        assert_eq!(ring.open(Purpose::Address, &sealed), Err(SealError::Forged));
        // Copied into another signer's row, it does not open there.
        let lee = Purpose::Contact {
            petition_id: 1,
            email_hash: "lee",
        };
        assert_eq!(ring.open(lee, &sealed), Err(SealError::Forged));
        let other = Keyring::for_tests(key(2), vec![]);
        assert!(matches!(
            other.open(KIM, &sealed),
            Err(SealError::UnknownKey(_))
        ));
        let mut flipped = sealed.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(ring.open(KIM, &flipped), Err(SealError::Forged));
        assert_eq!(ring.open(KIM, b"short"), Err(SealError::Malformed));
    }

    #[test]
    fn two_seals_of_one_value_differ_and_a_previous_key_still_opens() {
        let old = Keyring::for_tests(key(1), vec![]);
        let sealed = old.seal(KIM, b"x");
        assert_ne!(sealed, old.seal(KIM, b"x"));
        let rotated = Keyring::for_tests(key(2), vec![key(1)]);
        assert_eq!(rotated.open(KIM, &sealed).unwrap(), b"x");
        assert_eq!(sealed_key_id(&sealed), Some(key(1).id()));
        assert_eq!(sealed_key_id(&rotated.seal(KIM, b"x")), Some(key(2).id()));
    }

    #[test]
    fn postgresql_without_a_key_is_refused_and_sqlite_gets_a_0600_key_file() {
        let mut settings = crate::config::Settings::defaults();
        settings.database_url = "postgres://db.example/handover".to_owned();
        let err = DataKeySource::from_settings(&settings).unwrap_err();
        assert!(format!("{err}").contains("HANDOVER_DATA_KEY"), "{err}");

        let dir = tempfile::tempdir().unwrap();
        settings.database_url = format!("sqlite://{}/h.db", dir.path().display());
        let source = DataKeySource::from_settings(&settings).unwrap();
        let key = source.load().unwrap();
        let path = dir.path().join("h.db.key");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // The second start reads the same key.
        assert_eq!(source.load().unwrap().id(), key.id());
    }

    #[test]
    fn keys_parse_from_base64_of_32_bytes_only() {
        let (k, text) = DataKey::generate();
        assert_eq!(DataKey::parse(&text).unwrap().id(), k.id());
        assert!(DataKey::parse("c2hvcnQ=").is_err());
        assert!(DataKey::parse("not base64 at all!").is_err());
    }
}

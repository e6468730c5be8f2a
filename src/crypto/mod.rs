//! Signer data at rest: sealed under a data key that never enters the
//! database, and matched through keyed hashes whose key is stored only sealed.
//!
//! **Guarantee.** A copy of the database alone (a stolen SQLite file, a
//! PostgreSQL dump, a backup) holds no signer's email address, typed name,
//! city or comment in clear, and no hash of an IP address, network, address or
//! email domain that can be recomputed: every such value is either sealed with
//! AES-256-GCM under a key derived from the data key, or an HMAC under
//! the *index key*, which the database holds only sealed under the data key.
//!
//! - **The data key** (32 bytes) comes from `HANDOVER_DATA_KEY` (base64), or a
//!   key file (`HANDOVER_DATA_KEY_FILE`; for SQLite by default `FILE.key`
//!   beside the database, created on first start with mode 0600). See
//!   [`keyring::DataKeySource`].
//! - **Sealed values** are `0x01 ‖ key id (8 bytes) ‖ nonce (12 bytes) ‖
//!   ciphertext ‖ tag (16 bytes)`: AES-256-GCM (hardware AES where the CPU
//!   has it: opening a million packet lines costs about a quarter of a
//!   second, against 1.4 s for XChaCha20-Poly1305 measured on this machine),
//!   a fresh random nonce per value, and the value's
//!   purpose as associated data, so a sealed contact cannot be passed off as
//!   a printed line or an index key. The key id says which key of the ring
//!   opens it, so rotation can run while the server serves
//!   ([`crate::signatures::reseal`]).
//! - **The index key** is 32 random bytes drawn once per database. Hashes must
//!   stay stable across key rotation (uniqueness of an address per petition,
//!   repeats, invalidation by IP), and an IP address cannot be hashed again
//!   after the fact; so rotation re-seals the index key instead of replacing
//!   it. It lives in `app_secrets` as `index_key:{key id}`, one row per data
//!   key that seals it.
//!
//! A wrong or missing data key is an error at start that says so; it never
//! falls back to a new key over existing data.

pub mod keyring;
pub mod merkle;

pub use keyring::{DataKey, Keyring, NOTHING_SEALED, Purpose, SealError};

//! Tokens in emailed links. A token is 256 bits from the operating system's
//! CSPRNG, shown once in the mail; the database keeps only its SHA-256, so a
//! copy of the database cannot confirm anything.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use rand::TryRng;
use sha2::{Digest, Sha256};

use crate::db::DbConnection;
use crate::db::schema::signature_tokens;

/// What a token lets its holder do.
pub mod purpose {
    /// Confirm a pending signature.
    pub const VERIFY: &str = "verify";
}

/// A token as it appears in a link: 43 URL-safe base64 characters.
pub struct RawToken(String);

impl RawToken {
    /// Draws a new token from the OS CSPRNG.
    pub fn generate() -> anyhow::Result<Self> {
        use base64::Engine;
        let mut bytes = [0u8; 32];
        rand::rngs::SysRng
            .try_fill_bytes(&mut bytes)
            .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
        Ok(RawToken(
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        ))
    }

    /// The text for the link.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The stored form of a token taken from a URL. Any string hashes; an unknown
/// or malformed one simply matches no row.
pub fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A stored token row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = signature_tokens)]
pub struct SignatureToken {
    pub token_hash: Vec<u8>,
    pub signature_id: i64,
    pub purpose: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// A token row to insert.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = signature_tokens)]
pub struct NewSignatureToken<'a> {
    pub token_hash: &'a [u8],
    pub signature_id: i64,
    pub purpose: &'a str,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// Mints a token for a signature and stores its hash. Earlier tokens stay
/// valid until they expire: a signer who opens an older mail still succeeds.
pub fn mint(
    conn: &mut DbConnection,
    signature_id: i64,
    purpose: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> anyhow::Result<RawToken> {
    let token = RawToken::generate()?;
    let hashed = hash(token.expose());
    diesel::insert_into(signature_tokens::table)
        .values(NewSignatureToken {
            token_hash: &hashed,
            signature_id,
            purpose,
            created_at: now,
            expires_at,
        })
        .execute(conn)?;
    Ok(token)
}

/// Looks a token up by its text and purpose, expired or not.
pub fn find(
    conn: &mut DbConnection,
    token: &str,
    purpose: &str,
) -> QueryResult<Option<SignatureToken>> {
    signature_tokens::table
        .filter(signature_tokens::token_hash.eq(hash(token)))
        .filter(signature_tokens::purpose.eq(purpose))
        .select(SignatureToken::as_select())
        .first(conn)
        .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_distinct_and_url_safe() {
        let a = RawToken::generate().unwrap();
        let b = RawToken::generate().unwrap();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert!(
            a.expose()
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
    }

    #[test]
    fn only_the_hash_is_kept_and_it_differs_from_the_token() {
        let t = RawToken::generate().unwrap();
        let h = hash(t.expose());
        assert_eq!(h.len(), 32);
        assert_ne!(h, t.expose().as_bytes());
    }
}

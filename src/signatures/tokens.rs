//! Tokens in emailed links to signers ([`RawToken`]s: only their hash is stored).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::signature_tokens;
use crate::domain::{RawToken, hash_token};

/// What a token lets its holder do.
pub mod purpose {
    /// Confirm a pending signature.
    pub const VERIFY: &str = "verify";
    /// Withdraw a signature, before or after confirming it.
    pub const WITHDRAW: &str = "withdraw";
    /// See and delete everything stored about the signer's address.
    pub const DATA: &str = "data";
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
    let hashed = hash_token(token.expose());
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
        .filter(signature_tokens::token_hash.eq(hash_token(token)))
        .filter(signature_tokens::purpose.eq(purpose))
        .select(SignatureToken::as_select())
        .first(conn)
        .optional()
}

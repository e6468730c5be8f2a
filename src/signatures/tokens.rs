//! Tokens in emailed links to signers ([`RawToken`]s, dated: only their
//! [`link_token_key`] is stored).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::signature_tokens;
use crate::domain::{RawToken, link_token_key};

/// What a token lets its holder do.
pub mod purpose {
    /// Confirm a pending signature.
    pub const VERIFY: &str = "verify";
    /// Withdraw a signature, before or after confirming it.
    pub const WITHDRAW: &str = "withdraw";
    /// See and delete everything stored about the signer's address.
    pub const DATA: &str = "data";
    /// Stop mail about the handover of this signature (a one-click link).
    pub const UNSUBSCRIBE: &str = "unsubscribe";
    /// Download the receipt proving the signature was in the packet handed over.
    pub const RECEIPT: &str = "receipt";
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
    let request = TokenRequest {
        signature_id,
        purpose,
        created_at: now,
        expires_at,
    };
    mint_many(conn, &[request])?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("minting returned no token"))
}

/// A token to mint: for which signature, what for, from when, until when.
#[derive(Debug, Clone, Copy)]
pub struct TokenRequest<'a> {
    pub signature_id: i64,
    pub purpose: &'a str,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// Mints many tokens in a few multi-row inserts (the mail worker's batches);
/// one raw token per request, in order.
pub fn mint_many(
    conn: &mut DbConnection,
    requests: &[TokenRequest<'_>],
) -> anyhow::Result<Vec<RawToken>> {
    let tokens = requests
        .iter()
        .map(|r| RawToken::generate_dated(r.created_at))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let hashes: Vec<Vec<u8>> = tokens.iter().map(|t| link_token_key(t.expose())).collect();
    let rows: Vec<NewSignatureToken<'_>> = requests
        .iter()
        .zip(&hashes)
        .map(|(r, hash)| NewSignatureToken {
            token_hash: hash,
            signature_id: r.signature_id,
            purpose: r.purpose,
            created_at: r.created_at,
            expires_at: r.expires_at,
        })
        .collect();
    // 5 columns a row: far below either backend's limit on parameters.
    for chunk in rows.chunks(1000) {
        // Multi-row inserts go through the concrete connection: the
        // multi-backend query builder has none.
        crate::db::on_backend!(conn, c => diesel::insert_into(signature_tokens::table).values(chunk).execute(c))?;
    }
    Ok(tokens)
}

/// Looks a token up by its text and purpose, expired or not.
pub fn find(
    conn: &mut DbConnection,
    token: &str,
    purpose: &str,
) -> QueryResult<Option<SignatureToken>> {
    signature_tokens::table
        .filter(signature_tokens::token_hash.eq(link_token_key(token)))
        .filter(signature_tokens::purpose.eq(purpose))
        .select(SignatureToken::as_select())
        .first(conn)
        .optional()
}

//! Receipts: what a signer keeps to prove, offline, that their line was in
//! the packet handed over (see [`crate::packets::proof`]). Given only behind
//! the signer's own token links, never listed; a kept receipt shows that its
//! holder signed, and the mail and page offering it say so.

use anyhow::Context;
use diesel::prelude::*;

use crate::crypto::Keyring;
use crate::db::DbConnection;
use crate::db::schema::{packet_members, packet_versions};
use crate::packets::proof::{self, LeafFields, Receipt};
use crate::petitions::{DeliveryPoint, Petition};
use crate::signatures::Signature;

/// Whether a receipt can be made for the signature: a frozen version
/// printed it and its salt is still there (cheap: no tree is built).
pub fn available(conn: &mut DbConnection, signature: &Signature) -> QueryResult<bool> {
    if signature.salt.is_none() {
        return Ok(false);
    }
    diesel::select(diesel::dsl::exists(
        packet_members::table.filter(packet_members::signature_id.eq(signature.id)),
    ))
    .get_result(conn)
}

/// The receipt of a signature's line in the newest packet version that
/// printed it; `None` if no frozen version printed it (or its salt is gone:
/// withdrawn or past retention, when no receipt can be made any more).
pub fn for_signature(
    conn: &mut DbConnection,
    keys: &Keyring,
    signature_id: i64,
    base_url: &str,
) -> anyhow::Result<Option<Receipt>> {
    let printed_in: Option<(i64, i32, i64)> = packet_members::table
        .inner_join(packet_versions::table)
        .filter(packet_members::signature_id.eq(signature_id))
        .order(packet_versions::version.desc())
        .select((
            packet_versions::id,
            packet_versions::version,
            packet_versions::delivery_point_id,
        ))
        .first(conn)
        .optional()
        .context("finding the version that printed a signature")?;
    let Some((version_id, version, point_id)) = printed_in else {
        return Ok(None);
    };
    let signature = Signature::find(conn, signature_id)?;
    let (Some(salt), Some(verified_at)) = (signature.salt.clone(), signature.verified_at) else {
        return Ok(None);
    };
    let printed = signature
        .printed(keys)?
        .unwrap_or_else(crate::signatures::Printed::anonymous);
    let point = DeliveryPoint::find(conn, point_id)?;
    let petition = Petition::find(conn, point.petition_id)?;
    let fields = LeafFields {
        petition: petition.slug.clone(),
        point: point.slug.clone(),
        version,
        name: printed.name,
        city: printed.city,
        country: signature.country.clone(),
        signed_on: point
            .time_zone
            .local(verified_at)
            .format("%Y-%m-%d")
            .to_string(),
    };
    let leaves = super::leaves(conn, version_id)?;
    let url = format!(
        "{base_url}/p/{}/delivery/{}.json",
        petition.slug, point.slug
    );
    Ok(proof::receipt(fields, &salt, &leaves, url))
}

/// The receipt behind a receipt link (from the handover mail); `None` for an
/// unknown or expired link, or a signature no frozen version printed.
pub fn by_token(
    conn: &mut DbConnection,
    keys: &Keyring,
    token: &str,
    now: chrono::NaiveDateTime,
    base_url: &str,
) -> anyhow::Result<Option<Receipt>> {
    use crate::signatures::tokens::{self, purpose};
    let Some(row) = tokens::find(conn, token, purpose::RECEIPT)? else {
        return Ok(None);
    };
    if row.expires_at <= now {
        return Ok(None);
    }
    for_signature(conn, keys, row.signature_id, base_url)
}

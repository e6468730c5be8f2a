//! Receipts for signers (`/receipt/{token}` from the handover mail,
//! `/my-data/{token}/receipt/{id}.json` from their data page) and the
//! offline checker (`/verify-receipt`, the same page as in every packet).

use actix_web::{HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::State;
use crate::delivery::receipts;
use crate::packets::proof::Receipt;
use crate::signatures::my_data;
use crate::web::error::AppError;

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

fn download(receipt: Receipt) -> Result<HttpResponse, AppError> {
    let body = serde_json::to_string_pretty(&receipt).context("serialising a receipt")?;
    let name = format!(
        "receipt-{}-v{}.json",
        receipt.fields.point, receipt.fields.version
    );
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        // A receipt shows that its holder signed: no cache keeps a copy.
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}

/// `GET /receipt/{token}`.
pub async fn by_token(path: web::Path<String>, state: State) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    if token.len() > MAX_TOKEN {
        return Err(AppError::NotFound);
    }
    let (keys, base) = (state.keys.clone(), state.base_url.clone());
    let receipt = state
        .db(move |conn| {
            let now = Utc::now().naive_utc();
            Ok(receipts::by_token(conn, &keys, &token, now, &base)?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    download(receipt)
}

/// `GET /my-data/{token}/receipt/{id}.json`: one of the address's own signatures.
pub async fn from_my_data(
    path: web::Path<(String, String)>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (token, file) = path.into_inner();
    let id: i64 = file
        .strip_suffix(".json")
        .and_then(|id| id.parse().ok())
        .ok_or(AppError::NotFound)?;
    if token.len() > MAX_TOKEN {
        return Err(AppError::NotFound);
    }
    let (keys, base) = (state.keys.clone(), state.base_url.clone());
    let receipt = state
        .db(move |conn| {
            let now = Utc::now().naive_utc();
            let theirs = my_data::lookup(conn, &keys, &token, now)?.unwrap_or_default();
            if !theirs.iter().any(|s| s.signature.id == id) {
                return Ok(None);
            }
            Ok(receipts::for_signature(conn, &keys, id, &base)?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    download(receipt)
}

/// `GET /verify-receipt`: a self-contained page that checks a receipt in
/// the browser, without the network.
pub async fn checker() -> HttpResponse {
    // Its own policy: the page's one inline script and style, nothing
    // fetched, nothing sent (it shows no data from the server at all).
    let policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
                  form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header(("Content-Security-Policy", policy))
        .body(crate::packets::proof::CHECKER_HTML)
}

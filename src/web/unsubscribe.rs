//! `/unsubscribe/{token}`: stops the mail a signer asked for about a
//! petition (news of the handover, updates).
//! `POST` is RFC 8058's one-click unsubscribe: a mail client posts
//! `List-Unsubscribe=One-Click` with no cookie, so it takes no CSRF token;
//! the unguessable token in the address is what authorises it, and all it
//! can do is stop mail.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::templates::{MessagePage, UnsubscribePage};
use super::{State, lang, render};
use crate::delivery::announce::{self, Unsubscribe};
use crate::web::error::AppError;

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

async fn run(state: &State, token: String, commit: bool) -> Result<Unsubscribe, AppError> {
    if token.len() > MAX_TOKEN {
        return Ok(Unsubscribe::Unknown);
    }
    state
        .db(move |conn| {
            Ok(announce::unsubscribe(
                conn,
                &token,
                commit,
                Utc::now().naive_utc(),
            )?)
        })
        .await
}

/// `GET /unsubscribe/{token}`: a button (a link opened by a mail scanner
/// must not unsubscribe anyone).
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let l = lang::tr(&req);
    match run(&state, token.clone(), false).await? {
        Unsubscribe::Known { .. } => render(StatusCode::OK, &UnsubscribePage { l, token: &token }),
        Unsubscribe::Unknown => unknown(l),
    }
}

/// `POST /unsubscribe/{token}`: stops the mail, from the page or one click.
pub async fn confirm(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let l = lang::tr(&req);
    match run(&state, path.into_inner(), true).await? {
        Unsubscribe::Known { .. } => render(
            StatusCode::OK,
            &MessagePage::new(l, "unsubscribed-title", "unsubscribed-message"),
        ),
        Unsubscribe::Unknown => unknown(l),
    }
}

fn unknown(l: crate::i18n::Tr) -> Result<HttpResponse, AppError> {
    render(
        StatusCode::NOT_FOUND,
        &MessagePage::new(l, "link-unknown-title", "unsubscribe-link-unknown"),
    )
}

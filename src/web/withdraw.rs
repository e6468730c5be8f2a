//! The withdrawal link: `GET /withdraw/{token}` shows a button, `POST` withdraws.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::templates::{MessagePage, WithdrawPage};
use super::verify::ConfirmForm;
use super::{State, blocking, csrf, lang, render};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::signatures::withdraw::{self, WithdrawLookup};

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

async fn run(state: &State, token: String, commit: bool) -> Result<WithdrawLookup, AppError> {
    if token.len() > MAX_TOKEN {
        return Ok(WithdrawLookup::Unknown);
    }
    let state = state.clone();
    blocking(move || {
        let mut conn = state.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        Ok(if commit {
            withdraw::withdraw(&mut conn, &token, now)?
        } else {
            withdraw::lookup(&mut conn, &token, now)?
        })
    })
    .await
}

/// `GET /withdraw/{token}`: looks, changes nothing.
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    match run(&state, token.clone(), false).await? {
        WithdrawLookup::Active { petition } => {
            let csrf = csrf::issue(&req, &state.secret, state.https())?;
            let l = lang::tr_for(&req, petition.default_lang());
            let page = WithdrawPage {
                l,
                text: petition.text(l.lang),
                token: &token,
                csrf: &csrf.token,
            };
            let mut response = render(StatusCode::OK, &page)?;
            if let Some(cookie) = csrf.new_cookie {
                response
                    .add_cookie(&cookie)
                    .context("setting the CSRF cookie")?;
            }
            Ok(response)
        }
        other => outcome(&req, other),
    }
}

/// `POST /withdraw/{token}`: withdraws.
pub async fn confirm(
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("withdraw-form-expired")));
    }
    match run(&state, path.into_inner(), true).await? {
        WithdrawLookup::Active { petition } => {
            let l = lang::tr_for(&req, petition.default_lang());
            let page = MessagePage::new(l, "withdrawn-title", "withdrawn-message")
                .link(format!("/p/{}", petition.slug), petition.title(l.lang));
            render(StatusCode::OK, &page)
        }
        other => outcome(&req, other),
    }
}

fn outcome(req: &HttpRequest, lookup: WithdrawLookup) -> Result<HttpResponse, AppError> {
    let (status, title, message) = match &lookup {
        WithdrawLookup::AlreadyWithdrawn { .. } => (
            StatusCode::OK,
            "already-withdrawn-title",
            "already-withdrawn-message",
        ),
        _ => (
            StatusCode::NOT_FOUND,
            "link-unknown-title",
            "withdraw-link-unknown",
        ),
    };
    let l = match &lookup {
        WithdrawLookup::AlreadyWithdrawn { petition } => lang::tr_for(req, petition.default_lang()),
        _ => lang::tr(req),
    };
    render(status, &MessagePage::new(l, title, message))
}

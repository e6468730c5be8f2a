//! The withdrawal link: `GET /withdraw/{token}` shows a button, `POST` withdraws.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::csrf::CsrfOnly;
use super::templates::{MessagePage, WithdrawPage};
use super::{State, lang, render};
use crate::domain::Msg;
use crate::signatures::withdraw::{self, WithdrawLookup};
use crate::web::error::AppError;

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

async fn run(state: &State, token: String, commit: bool) -> Result<WithdrawLookup, AppError> {
    if token.len() > MAX_TOKEN {
        return Ok(WithdrawLookup::Unknown);
    }
    state
        .db(move |conn| {
            let now = Utc::now().naive_utc();
            Ok(if commit {
                withdraw::withdraw(conn, &token, now)?
            } else {
                withdraw::lookup(conn, &token, now)?
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
        WithdrawLookup::Active { petition, .. } => {
            let l = lang::tr_for(&req, petition.default_lang());
            let text = petition.text(l.lang);
            state.with_form_token(&req, |csrf| {
                let page = WithdrawPage {
                    l,
                    text,
                    token: &token,
                    csrf,
                };
                render(StatusCode::OK, &page)
            })
        }
        other => outcome(&req, other),
    }
}

/// `POST /withdraw/{token}`: withdraws.
pub async fn confirm(
    path: web::Path<String>,
    form: web::Form<CsrfOnly>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !state.csrf_ok(&req, &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("withdraw-form-expired")));
    }
    match run(&state, path.into_inner(), true).await? {
        WithdrawLookup::Active {
            petition,
            handed_over,
        } => {
            let l = lang::tr_for(&req, petition.default_lang());
            // Said plainly: the platform forgot them, the paper is out of reach.
            let message = if handed_over {
                "withdrawn-after-delivery"
            } else {
                "withdrawn-message"
            };
            let page = MessagePage::new(l, "withdrawn-title", message)
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

//! The withdrawal link: `GET /withdraw/{token}` shows a button, `POST` withdraws.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::templates::{MessagePage, WithdrawPage};
use super::verify::ConfirmForm;
use super::{State, blocking, csrf, render};
use crate::error::AppError;
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
            let mut response = render(
                StatusCode::OK,
                &WithdrawPage {
                    petition: &petition,
                    token: &token,
                    csrf: &csrf.token,
                },
            )?;
            if let Some(cookie) = csrf.new_cookie {
                response
                    .add_cookie(&cookie)
                    .context("setting the CSRF cookie")?;
            }
            Ok(response)
        }
        other => outcome(other),
    }
}

/// `POST /withdraw/{token}`: withdraws.
pub async fn confirm(
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, &form.csrf) {
        return Err(AppError::Forbidden(
            "This page had expired and nothing was changed. Please open the link again.".into(),
        ));
    }
    match run(&state, path.into_inner(), true).await? {
        WithdrawLookup::Active { petition } => {
            let href = format!("/p/{}", petition.slug);
            let page = MessagePage {
                title: "Your signature is withdrawn",
                message: "Your signature no longer counts and will not be handed over. If you change your mind, you can sign again.",
                count_line: None,
                link: Some((&href, &petition.title)),
            };
            render(StatusCode::OK, &page)
        }
        other => outcome(other),
    }
}

fn outcome(lookup: WithdrawLookup) -> Result<HttpResponse, AppError> {
    let (status, title, message) = match lookup {
        WithdrawLookup::AlreadyWithdrawn { .. } => (
            StatusCode::OK,
            "Already withdrawn",
            "This signature was already withdrawn. It does not count.",
        ),
        _ => (
            StatusCode::NOT_FOUND,
            "This link is not valid",
            "We do not know this withdrawal link, or it has expired. Check that you copied the whole link from the email.",
        ),
    };
    render(
        status,
        &MessagePage {
            title,
            message,
            count_line: None,
            link: None,
        },
    )
}

//! The confirmation link: `GET /verify/{token}` shows a button, `POST` confirms.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::templates::{MessagePage, VerifyPage, format_count};
use super::{State, blocking, csrf, render};
use crate::error::AppError;
use crate::petitions::Petition;
use crate::signatures::verify::{self, ConfirmJob, ConfirmOutcome, TokenLookup};

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

/// `GET /verify/{token}`: looks, changes nothing.
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    match lookup(&state, &token).await? {
        TokenLookup::Valid {
            signature,
            petition,
        } if signature.is_verified() => {
            let cached = super::petition::load(&state, &petition.slug).await?;
            already(&petition, cached.counts.total)
        }
        TokenLookup::Valid { petition, .. } => {
            confirm_page(&req, &state, &petition, &token, None, StatusCode::OK)
        }
        TokenLookup::Expired { petition } => expired(&petition),
        TokenLookup::Unknown => unknown(),
    }
}

async fn lookup(state: &State, token: &str) -> Result<TokenLookup, AppError> {
    if token.len() > MAX_TOKEN {
        return Ok(TokenLookup::Unknown);
    }
    let (state, token) = (state.clone(), token.to_owned());
    blocking(move || {
        let mut conn = state.pool.get().context("getting a database connection")?;
        Ok(verify::lookup(&mut conn, &token, Utc::now().naive_utc())?)
    })
    .await
}

/// The confirm form's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConfirmForm {
    pub csrf: String,
}

/// `POST /verify/{token}`: confirms.
pub async fn confirm(
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    if !csrf::verify(&req, &state.secret, &form.csrf) {
        // Nothing was changed: show the button again with a fresh form token.
        return match lookup(&state, &token).await? {
            TokenLookup::Valid { petition, .. } => confirm_page(
                &req,
                &state,
                &petition,
                &token,
                Some(
                    "Your page had expired and nothing was confirmed yet. Please press the button again.",
                ),
                StatusCode::FORBIDDEN,
            ),
            TokenLookup::Expired { petition } => expired(&petition),
            TokenLookup::Unknown => unknown(),
        };
    }
    let outcome = if token.len() > MAX_TOKEN {
        ConfirmOutcome::Unknown
    } else {
        let job = ConfirmJob {
            token: token.clone(),
            now: Utc::now().naive_utc(),
        };
        state.confirming.submit(job).await?
    };
    match outcome {
        ConfirmOutcome::Confirmed { petition, total } => confirmed(&petition, total),
        ConfirmOutcome::AlreadyConfirmed { petition, total } => already(&petition, total),
        ConfirmOutcome::PetitionNotOpen { petition } => {
            let page = MessagePage {
                title: &petition.title,
                message: "This petition is not taking signatures now, so your signature could not be confirmed.",
                count_line: None,
                link: None,
            };
            render(StatusCode::FORBIDDEN, &page)
        }
        ConfirmOutcome::Withdrawn { petition } => {
            let href = format!("/p/{}#sign", petition.slug);
            let page = MessagePage {
                title: "This signature was withdrawn",
                message: "You withdrew this signature, so it does not count. To sign again, use the form on the petition page.",
                count_line: None,
                link: Some((&href, "Sign again")),
            };
            render(StatusCode::OK, &page)
        }
        ConfirmOutcome::Invalidated { petition } => {
            let href = format!("/p/{}", petition.slug);
            let page = MessagePage {
                title: "This signature does not count",
                message: "The petition's organizers set this signature aside, usually because many signatures like it looked fake. It does not count and will not be handed over. If you think this is a mistake, contact the organizers.",
                count_line: None,
                link: Some((&href, &petition.title)),
            };
            render(StatusCode::OK, &page)
        }
        ConfirmOutcome::Expired { petition } => expired(&petition),
        ConfirmOutcome::Unknown => unknown(),
    }
}

fn confirm_page(
    req: &HttpRequest,
    state: &State,
    petition: &Petition,
    token: &str,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let csrf = csrf::issue(req, &state.secret, state.https())?;
    let page = VerifyPage {
        petition,
        token,
        csrf: &csrf.token,
        notice,
    };
    let mut response = render(status, &page)?;
    if let Some(cookie) = csrf.new_cookie {
        response
            .add_cookie(&cookie)
            .context("setting the CSRF cookie")?;
    }
    Ok(response)
}

fn count_line(total: i64) -> String {
    format!("{} verified signatures so far.", format_count(total))
}

fn confirmed(petition: &Petition, total: i64) -> Result<HttpResponse, AppError> {
    let href = format!("/p/{}", petition.slug);
    let page = MessagePage {
        title: "Thank you: your signature counts",
        message: "Your signature is confirmed and now counts. It will be handed over with the others at the delivery point you chose.",
        count_line: Some(count_line(total)),
        link: Some((&href, &petition.title)),
    };
    render(StatusCode::OK, &page)
}

fn already(petition: &Petition, total: i64) -> Result<HttpResponse, AppError> {
    let href = format!("/p/{}", petition.slug);
    let page = MessagePage {
        title: "Already confirmed",
        message: "Your signature was already confirmed. It counts once; there is nothing more to do.",
        count_line: Some(count_line(total)),
        link: Some((&href, &petition.title)),
    };
    render(StatusCode::OK, &page)
}

fn expired(petition: &Petition) -> Result<HttpResponse, AppError> {
    let href = format!("/p/{}#sign", petition.slug);
    let page = MessagePage {
        title: "This link has expired",
        message: "This confirmation link is no longer valid. Sign again with the same email address and we will send you a new link; you will not be counted twice.",
        count_line: None,
        link: Some((&href, "Get a new link")),
    };
    render(StatusCode::GONE, &page)
}

fn unknown() -> Result<HttpResponse, AppError> {
    let page = MessagePage {
        title: "This link is not valid",
        message: "We do not know this confirmation link. Check that you copied the whole link from the email, or sign again on the petition page to get a new one.",
        count_line: None,
        link: Some(("/", "Find the petition")),
    };
    render(StatusCode::NOT_FOUND, &page)
}

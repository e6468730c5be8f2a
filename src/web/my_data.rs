//! A signer's own data (see [`crate::signatures::my_data`]): `GET/POST
//! /my-data` asks for the link by email address, `GET /my-data/{token}` shows
//! what is stored, `POST /my-data/{token}` deletes it.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::csrf::CsrfOnly;
use super::templates::{MessagePage, MyDataPage, MyDataRequestPage};
use super::{State, lang, render, see_other};
use crate::domain::Msg;
use crate::domain::SignerEmail;
use crate::signatures::my_data;
use crate::web::error::AppError;

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

/// The request form.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    pub email: String,
    pub csrf: String,
}

/// `GET /my-data`.
pub async fn request_page(req: HttpRequest, state: State) -> Result<HttpResponse, AppError> {
    request_form(&req, &state, "", None, StatusCode::OK)
}

/// `POST /my-data`: queues the request; the same work and answer for every
/// address (the worker decides whether anything is mailed).
pub async fn request(
    form: web::Form<RequestForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !state.csrf_ok(&req, &form.csrf) {
        let e = Msg::new("my-data-form-expired");
        return request_form(&req, &state, &form.email, Some(e), StatusCode::FORBIDDEN);
    }
    let email = match SignerEmail::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return request_form(&req, &state, &form.email, Some(e.0), status);
        }
    };
    // Asking is limited like signing: it sends mail to whatever address is typed.
    let client_ip = state.limits.client_ip(&req);
    if let Err(wait) =
        super::rate_limit::Limits::check_sign(&state, client_ip, email.domain(), false).await?
    {
        let e = Msg::new("my-data-rate-limited");
        let status = StatusCode::TOO_MANY_REQUESTS;
        let response = request_form(&req, &state, &form.email, Some(e), status)?;
        return Ok(super::retry_after(response, wait));
    }
    let (keys, lang) = (state.keys.clone(), lang::tr(&req).lang);
    state
        .db(move |conn| {
            my_data::request(conn, &keys, &email, Utc::now().naive_utc(), lang)?;
            Ok(())
        })
        .await?;
    state.wake_worker();
    Ok(see_other("/my-data/sent"))
}

/// `GET /my-data/sent`.
pub async fn sent(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let l = lang::tr(&req);
    let page = MessagePage::new(l, "my-data-sent-title", "my-data-sent-message");
    render(StatusCode::OK, &page)
}

/// `GET /my-data/{token}`: what is stored about the address.
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let found = if token.len() > MAX_TOKEN {
        None
    } else {
        let (keys, token) = (state.keys.clone(), token.clone());
        state
            .db(move |conn| {
                Ok(my_data::lookup(
                    conn,
                    &keys,
                    &token,
                    Utc::now().naive_utc(),
                )?)
            })
            .await?
    };
    let Some(signatures) = found.filter(|s| !s.is_empty()) else {
        return unknown_link(&req);
    };
    let email = signatures
        .iter()
        .find_map(|s| s.contact.as_ref().map(|c| c.email.clone()))
        .unwrap_or_default();
    state.with_form_token(&req, |csrf| {
        let page = MyDataPage {
            l: lang::tr(&req),
            email: &email,
            signatures: &signatures,
            token: &token,
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

/// `POST /my-data/{token}`: deletes every signature of the address.
pub async fn delete(
    path: web::Path<String>,
    form: web::Form<CsrfOnly>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !state.csrf_ok(&req, &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("my-data-delete-form-expired")));
    }
    let token = path.into_inner();
    if token.len() > MAX_TOKEN {
        return unknown_link(&req);
    }
    let deleted = state
        .db(move |conn| Ok(my_data::delete_all(conn, &token, Utc::now().naive_utc())?))
        .await?;
    let Some(deleted) = deleted else {
        return unknown_link(&req);
    };
    tracing::info!(
        signatures = deleted.signatures,
        verified = deleted.verified,
        "a signer deleted their data"
    );
    let l = lang::tr(&req);
    let page = MessagePage::new(l, "my-data-deleted-title", "my-data-deleted-message");
    render(StatusCode::OK, &page)
}

fn request_form(
    req: &HttpRequest,
    state: &State,
    email: &str,
    error: Option<Msg>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    state.with_form_token(req, |csrf| {
        let page = MyDataRequestPage {
            l: lang::tr(req),
            email,
            error,
            csrf,
        };
        render(status, &page)
    })
}

fn unknown_link(req: &HttpRequest) -> Result<HttpResponse, AppError> {
    let l = lang::tr(req);
    let page = MessagePage::new(
        l,
        "my-data-link-unknown-title",
        "my-data-link-unknown-message",
    )
    .link("/my-data", l.t("my-data-new-link"));
    render(StatusCode::NOT_FOUND, &page)
}

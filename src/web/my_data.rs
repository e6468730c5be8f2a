//! A signer's own data (see [`crate::signatures::my_data`]): `GET/POST
//! /my-data` asks for the link by email address, `GET /my-data/{token}` shows
//! what is stored, `POST /my-data/{token}` deletes it.

use actix_web::http::StatusCode;
use actix_web::http::header::{LOCATION, RETRY_AFTER};
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::templates::{MessagePage, MyDataPage, MyDataRequestPage};
use super::verify::ConfirmForm;
use super::{State, blocking, csrf, lang, render};
use crate::domain::SignerEmail;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::signatures::my_data;

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
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
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
    if let Err(wait) = state.limits.check_sign(client_ip, email.domain()) {
        let e = Msg::new("my-data-rate-limited");
        let status = StatusCode::TOO_MANY_REQUESTS;
        let mut response = request_form(&req, &state, &form.email, Some(e), status)?;
        response
            .headers_mut()
            .insert(RETRY_AFTER, wait.as_secs().max(1).into());
        return Ok(response);
    }
    let db = state.clone();
    let lang = lang::tr(&req).lang;
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        my_data::request(&mut conn, &db.keys, &email, Utc::now().naive_utc(), lang)?;
        Ok(())
    })
    .await?;
    state.wake_worker();
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, "/my-data/sent"))
        .finish())
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
        let (db, token) = (state.clone(), token.clone());
        blocking(move || {
            let mut conn = db.pool.get().context("getting a database connection")?;
            Ok(my_data::lookup(
                &mut conn,
                &db.keys,
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
    let csrf = csrf::issue(&req, &state.secret, state.https())?;
    let page = MyDataPage {
        l: lang::tr(&req),
        email: &email,
        signatures: &signatures,
        token: &token,
        csrf: &csrf.token,
    };
    super::organizer::with_cookie(render(StatusCode::OK, &page)?, csrf)
}

/// `POST /my-data/{token}`: deletes every signature of the address.
pub async fn delete(
    path: web::Path<String>,
    form: web::Form<ConfirmForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("my-data-delete-form-expired")));
    }
    let token = path.into_inner();
    if token.len() > MAX_TOKEN {
        return unknown_link(&req);
    }
    let db = state.clone();
    let deleted = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(my_data::delete_all(
            &mut conn,
            &token,
            Utc::now().naive_utc(),
        )?)
    })
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
    let csrf = csrf::issue(req, &state.secret, state.https())?;
    let page = MyDataRequestPage {
        l: lang::tr(req),
        email,
        error,
        csrf: &csrf.token,
    };
    super::organizer::with_cookie(render(status, &page)?, csrf)
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

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
use super::{State, blocking, csrf, render};
use crate::domain::SignerEmail;
use crate::error::AppError;
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

/// `POST /my-data`: queues the link if the address signed; the same answer either way.
pub async fn request(
    form: web::Form<RequestForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, &form.csrf) {
        let e = "This form had expired. Please press “Send me the link” again.";
        return request_form(&req, &state, &form.email, Some(e), StatusCode::FORBIDDEN);
    }
    let email = match SignerEmail::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return request_form(&req, &state, &form.email, Some(&e.0), status);
        }
    };
    // Asking is limited like signing: it sends mail to whatever address is typed.
    let client_ip = state.limits.client_ip(&req);
    if let Err(wait) = state.limits.check_sign(client_ip, email.domain()) {
        let e = "Too many requests from your network right now. Please try again in a few minutes.";
        let status = StatusCode::TOO_MANY_REQUESTS;
        let mut response = request_form(&req, &state, &form.email, Some(e), status)?;
        response
            .headers_mut()
            .insert(RETRY_AFTER, wait.as_secs().max(1).into());
        return Ok(response);
    }
    let (db, resend) = (state.clone(), state.resend_interval);
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        my_data::request(&mut conn, &email, Utc::now().naive_utc(), resend)?;
        Ok(())
    })
    .await?;
    state.wake_worker();
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, "/my-data/sent"))
        .finish())
}

/// `GET /my-data/sent`.
pub async fn sent() -> Result<HttpResponse, AppError> {
    render(
        StatusCode::OK,
        &MessagePage {
            title: "Check your email",
            message: "If this address has signed a petition here, we have sent it a link to see and delete what is stored about it. The link works for a limited time. If nothing arrives, check your spam folder, or the address you typed.",
            count_line: None,
            link: None,
        },
    )
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
            Ok(my_data::lookup(&mut conn, &token, Utc::now().naive_utc())?)
        })
        .await?
    };
    let Some(signatures) = found.filter(|s| !s.is_empty()) else {
        return unknown_link();
    };
    let email = signatures[0].signature.email.clone();
    let csrf = csrf::issue(&req, &state.secret, state.https())?;
    let page = MyDataPage {
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
    if !csrf::verify(&req, &state.secret, &form.csrf) {
        return Err(AppError::Forbidden(
            "This page had expired and nothing was deleted. Please open the link again.".into(),
        ));
    }
    let token = path.into_inner();
    if token.len() > MAX_TOKEN {
        return unknown_link();
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
        return unknown_link();
    };
    tracing::info!(
        signatures = deleted.signatures,
        verified = deleted.verified,
        "a signer deleted their data"
    );
    render(
        StatusCode::OK,
        &MessagePage {
            title: "Your data is deleted",
            message: "Everything stored about your email address here is deleted. Your signatures no longer count and will not be handed over. You can sign again at any time.",
            count_line: None,
            link: None,
        },
    )
}

fn request_form(
    req: &HttpRequest,
    state: &State,
    email: &str,
    error: Option<&str>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let csrf = csrf::issue(req, &state.secret, state.https())?;
    let page = MyDataRequestPage {
        email,
        error,
        csrf: &csrf.token,
    };
    super::organizer::with_cookie(render(status, &page)?, csrf)
}

fn unknown_link() -> Result<HttpResponse, AppError> {
    render(
        StatusCode::NOT_FOUND,
        &MessagePage {
            title: "This link is not valid",
            message: "We do not know this link, or it has expired, or the data it showed was deleted. You can ask for a new link on the “Your data” page.",
            count_line: None,
            link: Some(("/my-data", "Ask for a new link")),
        },
    )
}

//! The error policy, in one place.
//!
//! - Anything a client sends that we refuse is a 4xx with a page that says what
//!   to do: [`AppError::NotFound`], [`AppError::BadRequest`],
//!   [`AppError::Forbidden`]. Form validation is not an error: handlers re-render
//!   the form with per-field messages and status 422.
//! - Anything else is [`AppError::Internal`]: logged once here with its whole
//!   `.context()` chain, answered with a plain 500 page that reveals nothing.
//!   Contexts name rows by id and never include tokens, addresses or IPs.
//!   Repeats of one failure are logged a few times a minute, with how many
//!   were left out ([`crate::telemetry::Throttle`]), so an outage does not
//!   flood the log.
//! - An internal error that means the database is away or full
//!   ([`crate::db::is_unavailable`]) is a 503 with `Retry-After` and a page
//!   saying nothing was saved and to try again in a moment: it comes within
//!   [`crate::db::CONNECTION_WAIT`], never after a long hang.
//! - Library code returns `anyhow::Result` with `.context()` on each `?` that
//!   crosses a module boundary; handlers turn it into `AppError` with `?`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use super::templates::ErrorPage;
use crate::domain::Msg;
use crate::i18n::Tr;

/// An error answered to an HTTP client.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (or must not be revealed).
    #[error("not found")]
    NotFound,
    /// The request was malformed; the message tells the client why.
    #[error("bad request: {0}")]
    BadRequest(Msg),
    /// The request was refused; the message tells the client why.
    #[error("forbidden: {0}")]
    Forbidden(Msg),
    /// The request conflicts with the current state of what it changes.
    #[error("conflict: {0}")]
    Conflict(Msg),
    /// An organizer page without a live session: answered with a redirect to the login page.
    #[error("login required")]
    LoginRequired,
    /// Our fault.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        AppError::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::LoginRequired => StatusCode::SEE_OTHER,
            AppError::Internal(e) if crate::db::is_unavailable(e) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        self.log();
        // In English here; `web::lang::language` answers in the request's language.
        self.page(Tr::default())
    }
}

impl AppError {
    /// Logs an internal error (a few times per window, see the module doc);
    /// a client's error is not logged.
    pub fn log(&self) {
        static UNAVAILABLE: crate::telemetry::Throttle = crate::telemetry::Throttle::new();
        static FAILED: crate::telemetry::Throttle = crate::telemetry::Throttle::new();
        if let AppError::Internal(e) = self {
            if crate::db::is_unavailable(e) {
                if let Some(suppressed) = UNAVAILABLE.allow() {
                    tracing::warn!(
                        error = format!("{e:#}"),
                        suppressed,
                        "database unavailable: answered 503"
                    );
                }
            } else if let Some(suppressed) = FAILED.allow() {
                tracing::error!(error = format!("{e:#}"), suppressed, "request failed");
            }
        }
    }

    /// The page answering this error, in `l`'s language.
    pub fn page(&self, l: Tr) -> HttpResponse {
        if let AppError::LoginRequired = self {
            return super::see_other("/organizer/login");
        }
        let (title, message) = match self {
            AppError::LoginRequired => (l.t("error-forbidden-title"), String::new()),
            AppError::NotFound => (l.t("error-not-found-title"), l.t("error-not-found")),
            AppError::BadRequest(why) => (l.t("error-bad-request-title"), l.msg(why)),
            AppError::Forbidden(why) => (l.t("error-forbidden-title"), l.msg(why)),
            AppError::Conflict(why) => (l.t("error-conflict-title"), l.msg(why)),
            AppError::Internal(e) if crate::db::is_unavailable(e) => {
                (l.t("error-unavailable-title"), l.t("error-unavailable"))
            }
            AppError::Internal(_) => (l.t("error-internal-title"), l.t("error-internal")),
        };
        let mut page = error_page(self.status_code(), l, &title, &message);
        if page.status() == StatusCode::SERVICE_UNAVAILABLE {
            page.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from_static("5"),
            );
        }
        page
    }
}

/// An HTML page for an error status.
pub fn error_page(status: StatusCode, l: Tr, title: &str, message: &str) -> HttpResponse {
    let page = ErrorPage { l, title, message };
    let body = page
        .render()
        .unwrap_or_else(|_| format!("{status}: {title}"));
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

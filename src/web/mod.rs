//! The web layer: the route table, the shared state, and short handlers that
//! extract input, call the domain, and render a template.

mod assets;
pub mod body_deadline;
mod card;
pub mod csrf;
mod delivery;
mod embed;
pub mod error;
mod form_timer;
pub mod lang;
pub mod metrics;
mod my_data;
pub mod organizer;
pub mod page_cache;
mod petition;
pub mod rate_limit;
mod receipts;
mod share;
mod sign;
pub mod templates;
mod unsubscribe;
mod verify;
mod withdraw;

use std::sync::Arc;
use std::sync::mpsc::SyncSender;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use anyhow::Context;

use crate::db::{DbConnection, DbPool};
use crate::web::error::{AppError, error_page};

/// Largest form body accepted; a sign form is under 2 KiB.
pub const FORM_LIMIT: usize = 16 * 1024;

/// State shared by every handler.
pub struct AppState {
    /// The database pool.
    pub pool: DbPool,
    /// Key for CSRF tokens and signed form times; the same for every process
    /// on one database.
    pub secret: Vec<u8>,
    /// Seals and hashes signers' data (see [`crate::crypto`]).
    pub keys: Arc<crate::crypto::Keyring>,
    /// Public URL of the site, without a trailing slash.
    pub base_url: String,
    /// Least time between two mails to one signer about one petition.
    pub resend_interval: chrono::Duration,
    /// Least time between serving the sign form and a submission a person could make, in ms.
    pub min_fill_ms: i64,
    /// Email domains and IP ranges that may not sign.
    pub blocklist: crate::signatures::blocklist::Blocklist,
    /// Rate limits on signing, and the client IP as they see it.
    pub limits: rate_limit::Limits,
    /// Signatures, committed in groups (see [`crate::db::group_commit`]).
    pub signing: crate::db::group_commit::GroupCommit<
        crate::signatures::sign::SignJob,
        crate::signatures::sign::SignOutcome,
    >,
    /// Confirmations, committed in groups.
    pub confirming: crate::db::group_commit::GroupCommit<
        crate::signatures::verify::ConfirmJob,
        crate::signatures::verify::ConfirmOutcome,
    >,
    /// The public petition pages (see [`page_cache`]).
    pub petitions: page_cache::PetitionCache,
    /// The link-preview images drawn (see [`card`]).
    pub cards: card::CardCache,
    /// Least time between two drawings of one link-preview image.
    pub card_refresh: std::time::Duration,
    /// Nudges the in-process mail worker after a signature, if there is one.
    pub wake_worker: Option<SyncSender<()>>,
    /// Whether the in-process mail worker is alive, if there is one.
    pub worker: Option<crate::mail::worker::Liveness>,
    /// Set on SIGTERM: `/ready` says 503 and connections close after each
    /// response (see `startup::LAME_DUCK`).
    pub draining: Arc<std::sync::atomic::AtomicBool>,
}

impl AppState {
    /// Whether cookies must be `Secure`.
    pub fn https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// Runs database work on a pooled connection, off the async threads: the
    /// one way a handler reaches the database (`state.db(move |conn| …).await?`).
    pub async fn db<T, F>(&self, work: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let asked = std::time::Instant::now();
            let mut conn = pool.get().context("getting a database connection")?;
            crate::metrics::pool_wait(asked.elapsed());
            work(&mut conn)
        })
        .await?
    }

    /// Whether a submitted form's `csrf` field matches this browser's cookie.
    pub fn csrf_ok(&self, req: &HttpRequest, submitted: &str) -> bool {
        csrf::verify(req, &self.secret, self.https(), submitted)
    }

    /// A response to a page holding a form: `respond` gets the form's CSRF
    /// token, and the browser gets its CSRF cookie when it had none.
    pub fn with_form_token(
        &self,
        req: &HttpRequest,
        respond: impl FnOnce(&str) -> Result<HttpResponse, AppError>,
    ) -> Result<HttpResponse, AppError> {
        let token = csrf::issue(req, &self.secret, self.https())?;
        let response = respond(&token.token)?;
        token.set_cookie(response)
    }

    /// Tells the mail worker there is mail, without ever blocking.
    pub fn wake_worker(&self) {
        if let Some(tx) = &self.wake_worker {
            let _ = tx.try_send(());
        }
    }
}

/// Shorthand for the state extractor.
pub type State = web::Data<Arc<AppState>>;

/// Registers every route.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.app_data(form_config(FORM_LIMIT))
        .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
        .route("/", web::get().to(petition::home))
        .route("/health", web::get().to(|| async { "ok" }))
        .route("/ready", web::get().to(ready))
        .route("/privacy", web::get().to(petition::privacy))
        .route("/static/style.css", web::get().to(assets::style))
        .route("/static/sign.js", web::get().to(assets::sign_js))
        .route("/static/share.js", web::get().to(assets::share_js))
        .route("/p/{slug}", web::get().to(petition::show))
        .route("/p/{slug}/sign", web::post().to(sign::submit))
        .route("/p/{slug}/sign", web::get().to(sign::form_again))
        .route("/p/{slug}/thanks", web::get().to(sign::thanks))
        .route("/p/{slug}/embed", web::get().to(embed::counter))
        .route("/p/{slug}/card.png", web::get().to(card::png))
        .route("/p/{slug}/delivery", web::get().to(delivery::page))
        .route("/p/{slug}/delivery.json", web::get().to(delivery::all_json))
        .route(
            "/p/{slug}/delivery/photos/{file}",
            web::get().to(delivery::photo),
        )
        .route(
            "/p/{slug}/delivery/{file}",
            web::get().to(delivery::point_json),
        )
        .route("/receipt/{token}", web::get().to(receipts::by_token))
        .route(
            "/my-data/{token}/receipt/{file}",
            web::get().to(receipts::from_my_data),
        )
        .route("/verify-receipt", web::get().to(receipts::checker))
        .route("/unsubscribe/{token}", web::get().to(unsubscribe::show))
        .route("/unsubscribe/{token}", web::post().to(unsubscribe::confirm))
        .route("/verify/{token}", web::get().to(verify::show))
        .route("/verify/{token}", web::post().to(verify::confirm))
        .route("/withdraw/{token}", web::get().to(withdraw::show))
        .route("/withdraw/{token}", web::post().to(withdraw::confirm))
        .route("/my-data", web::get().to(my_data::request_page))
        .route("/my-data", web::post().to(my_data::request))
        .route("/my-data/sent", web::get().to(my_data::sent))
        .route("/my-data/{token}", web::get().to(my_data::show))
        .route("/my-data/{token}", web::post().to(my_data::delete))
        .configure(organizer::routes)
        .default_service(web::to(|| async {
            Err::<HttpResponse, _>(AppError::NotFound)
        }));
}

/// How long the in-process mail worker may be silent before `/ready` calls
/// it stuck: longer than its slowest step (typesetting a large packet at a
/// cut-off).
const WORKER_SILENCE: std::time::Duration = std::time::Duration::from_secs(300);

/// `/ready`: 200 when the database answers within two seconds and its
/// schema is current, and the in-process mail worker (if any) is alive;
/// else 503 with the reason, so a load balancer stops sending traffic to a
/// process that cannot serve it. It also says 503 while the server drains
/// before stopping.
async fn ready(state: State) -> HttpResponse {
    let not_ready = |reason: String| {
        HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .insert_header(("Retry-After", "5"))
            .body(format!("not ready: {reason}"))
    };
    if state.draining.load(std::sync::atomic::Ordering::Relaxed) {
        return not_ready("shutting down".to_owned());
    }
    if let Some(problem) = state
        .worker
        .as_ref()
        .and_then(|w| w.problem(WORKER_SILENCE))
    {
        return not_ready(problem);
    }
    let pool = state.pool.clone();
    let checked = web::block(move || {
        let mut conn = pool
            .get_timeout(std::time::Duration::from_secs(2))
            .map_err(|e| format!("no database connection: {e}"))?;
        crate::db::readiness(&mut conn)
    })
    .await
    .unwrap_or_else(|e| Err(e.to_string()));
    match checked {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ready"),
        Err(reason) => not_ready(reason),
    }
}

/// While the server drains before stopping, every response closes its
/// connection, so no keep-alive connection is left idle when the listener
/// goes (see `startup::LAME_DUCK`).
pub async fn close_when_draining(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let draining = req
        .app_data::<State>()
        .is_some_and(|s| s.draining.load(std::sync::atomic::Ordering::Relaxed));
    let mut response = next.call(req).await?;
    if draining {
        response
            .response_mut()
            .head_mut()
            .set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(response)
}

/// Answers HEAD on every GET route: the request is routed as a GET, and
/// actix's HTTP/1 encoder, which read the method before any of this, sends
/// that response's headers (Content-Length included) without its body.
pub async fn head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

/// Marks the petition cache stale after every state-changing request but
/// signing (which changes no count), so this process never shows a count
/// older than its own last change (see [`page_cache`]).
pub async fn refresh_after_changes(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let changes = req.method() == actix_web::http::Method::POST && !req.path().ends_with("/sign");
    let state = req.app_data::<State>().cloned();
    let response = next.call(req).await?;
    if let (true, Some(state)) = (changes, state) {
        state.petitions.invalidate();
    }
    Ok(response)
}

/// The policy of every page that sets none of its own.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; script-src 'self'; \
     img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Security headers on every response (a handler's own policy stays); HSTS
/// too when served over https. `X-Frame-Options: DENY`, for browsers that
/// know no `frame-ancestors`, goes only with a policy that frames nothing:
/// the embeddable counter lists the sites that may frame it.
pub async fn security_headers(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    use actix_web::http::header::{self, HeaderValue};
    let https = req.app_data::<State>().is_some_and(|s| s.https());
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        );
    }
    let frames_nothing = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.contains("frame-ancestors 'none'"));
    if frames_nothing {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    for (name, value) in [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    Ok(response)
}

/// Form bodies up to `limit` bytes; larger ones get 413, malformed ones 400.
pub(crate) fn form_config(limit: usize) -> web::FormConfig {
    web::FormConfig::default()
        .limit(limit)
        .error_handler(form_error)
}

/// A redirect (303) to `location`, for the answer to a form.
pub fn see_other(location: &str) -> HttpResponse {
    see_other_setting(location, [])
}

/// A redirect (303) to `location` that sets `cookies` (a login, a logout).
pub fn see_other_setting<const N: usize>(
    location: &str,
    cookies: [actix_web::cookie::Cookie<'static>; N],
) -> HttpResponse {
    let mut response = HttpResponse::SeeOther();
    response.insert_header((actix_web::http::header::LOCATION, location));
    for cookie in cookies {
        response.cookie(cookie);
    }
    response.finish()
}

/// Adds `Retry-After` (whole seconds, at least one) to a refusal.
pub fn retry_after(mut response: HttpResponse, wait: std::time::Duration) -> HttpResponse {
    response.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(wait.as_secs().max(1)),
    );
    response
}

/// A redirect to `to` (a path of ours) that keeps a valid `?lang=` of the request.
pub(crate) fn see_other_keeping_lang(req: &HttpRequest, to: &str) -> HttpResponse {
    match lang::chosen(req) {
        Some(lang) => see_other(&format!("{to}?lang={lang}")),
        None => see_other(to),
    }
}

/// Oversized form bodies get 413, malformed ones 400, each with a page.
fn form_error(err: actix_web::error::UrlencodedError, req: &HttpRequest) -> actix_web::Error {
    use actix_web::error::{InternalError, UrlencodedError};
    let l = lang::tr(req);
    let (status, title, message) = match err {
        UrlencodedError::Overflow { .. } => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "error-form-too-large-title",
            "error-form-too-large",
        ),
        UrlencodedError::Payload(ref e) if body_deadline::is_timeout(e) => (
            StatusCode::REQUEST_TIMEOUT,
            "error-form-timeout-title",
            "error-form-timeout",
        ),
        _ => (
            StatusCode::BAD_REQUEST,
            "error-form-unreadable-title",
            "error-form-unreadable",
        ),
    };
    let page = error_page(status, l, &l.t(title), &l.t(message));
    InternalError::from_response(err, page).into()
}

/// Renders a template into an HTML response with `status`.
pub fn render(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering a template: {e}")))?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(body))
}

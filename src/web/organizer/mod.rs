//! Organizer pages: login, logout, invitations, the dashboard, packets, the audit log.

mod activity;
mod auth;
mod dashboard;
mod delivery;
mod invalidations;
mod manage;
mod packets;
mod people;
mod updates;

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{FromRequest, HttpRequest, web};
use anyhow::Context;
use chrono::Utc;

use super::State;
use crate::organizers::{Scope, sessions};
use crate::web::error::AppError;

pub use invalidations::InvalidationForm;

/// Registers the organizer routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/organizer", web::get().to(dashboard::home))
        .route("/organizer/login", web::get().to(auth::login_page))
        .route("/organizer/login", web::post().to(auth::login))
        .route("/organizer/logout", web::post().to(auth::logout))
        .route(
            "/organizer/invite/{token}",
            web::get().to(auth::invite_page),
        )
        .route(
            "/organizer/invite/{token}",
            web::post().to(auth::accept_invite),
        )
        .route("/organizer/setup/{token}", web::get().to(auth::setup_page))
        .route("/organizer/setup/{token}", web::post().to(auth::setup))
        .route("/organizer/audit", web::get().to(dashboard::audit))
        .route("/organizer/organizers", web::get().to(people::list))
        .route("/organizer/organizers", web::post().to(people::invite))
        .route(
            "/organizer/organizers/{id}/role",
            web::post().to(people::change_role),
        )
        .route("/organizer/petitions/new", web::get().to(manage::new_page))
        .route(
            "/organizer/petitions/{slug}/invalidations",
            web::get().to(invalidations::page),
        )
        .route(
            "/organizer/petitions/{slug}/invalidations",
            web::post().to(invalidations::submit),
        )
        .route(
            "/organizer/petitions/{slug}/invalidations/{id}/undo",
            web::post().to(invalidations::undo),
        )
        // A petition with its texts in eight languages is far larger than
        // any other form: up to 20,000 characters each, ×9 when CJK text is
        // URL-encoded.
        .service(
            web::resource("/organizer/petitions")
                .app_data(super::form_config(PETITION_FORM_LIMIT))
                .route(web::post().to(manage::create))
                .route(web::get().to(back)),
        )
        .service(
            web::resource("/organizer/petitions/{slug}/edit")
                .app_data(super::form_config(PETITION_FORM_LIMIT))
                .route(web::get().to(manage::edit_form))
                .route(web::post().to(manage::update)),
        )
        .route("/organizer/petitions/{slug}/state", web::get().to(back))
        .route("/organizer/petitions/{slug}/points", web::get().to(back))
        .route(
            "/organizer/petitions/{slug}/points/{point}",
            web::get().to(back),
        )
        .route(
            "/organizer/petitions/{slug}/invalidations/{id}/undo",
            web::get().to(back),
        )
        .route("/organizer/organizers/{id}/role", web::get().to(back))
        .route("/organizer/logout", web::get().to(back))
        .route(
            "/organizer/petitions/{slug}/state",
            web::post().to(manage::set_state),
        )
        .route(
            "/organizer/petitions/{slug}/points",
            web::post().to(manage::add_point),
        )
        .route(
            "/organizer/petitions/{slug}/points/{point}",
            web::post().to(manage::change_point),
        )
        .route(
            "/organizer/petitions/{slug}",
            web::get().to(dashboard::petition),
        )
        .route(
            "/organizer/petitions/{slug}/updates",
            web::get().to(updates::page),
        )
        .route(
            "/organizer/petitions/{slug}/updates",
            web::post().to(updates::write),
        )
        .route(
            "/organizer/petitions/{slug}/updates/{id}",
            web::post().to(updates::decide),
        )
        .route(
            "/organizer/petitions/{slug}/activity",
            web::get().to(activity::page),
        )
        .route(
            "/organizer/petitions/{slug}/packets/{file}",
            web::get().to(packets::download),
        )
        .route(
            "/organizer/petitions/{slug}/delivery",
            web::get().to(delivery::day_view),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}",
            web::get().to(delivery::point_page),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/poster",
            web::get().to(delivery::poster),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/poster.pdf",
            web::get().to(delivery::poster_pdf),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/freeze",
            web::post().to(delivery::freeze),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/record",
            web::post().to(delivery::save_record),
        )
        .service(
            web::resource("/organizer/petitions/{slug}/delivery/{point}/photos")
                .app_data(delivery::photo_form_config())
                .route(web::post().to(delivery::add_photo)),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/photos/{id}/remove",
            web::post().to(delivery::remove_photo),
        )
        .route(
            "/organizer/petitions/{slug}/delivery/{point}/photos/{file}",
            web::get().to(delivery::photo),
        );
}

/// Largest petition form (title, recipient and text in eight languages).
pub const PETITION_FORM_LIMIT: usize = 2 * 1024 * 1024;

/// `GET` on a path that only takes a form (where the language menu of a page
/// answered to that form leads): back to the page the form was on, keeping
/// the chosen language.
async fn back(req: HttpRequest) -> actix_web::HttpResponse {
    let path = req.path();
    let slug = req
        .match_info()
        .get("slug")
        .and_then(|s| crate::domain::Slug::parse(s).ok());
    let target = match slug {
        Some(slug) if path.contains("/invalidations/") => {
            format!("/organizer/petitions/{slug}/invalidations")
        }
        Some(slug) => format!("/organizer/petitions/{slug}/edit"),
        None if path.starts_with("/organizer/organizers/") => "/organizer/organizers".to_owned(),
        None => "/organizer".to_owned(),
    };
    super::see_other_keeping_lang(&req, &target)
}

/// A logged-in organizer, with their scope. Extracting it from a request
/// without a live session answers with a redirect to the login page.
pub struct Session {
    pub scope: Scope,
}

impl FromRequest for Session {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let state = req.app_data::<State>().cloned();
        let token = state.as_ref().and_then(|s| {
            req.cookie(sessions::cookie_name(s.https()))
                .map(|c| c.value().to_owned())
        });
        Box::pin(async move {
            let (Some(token), Some(state)) = (token, state) else {
                return Err(AppError::LoginRequired);
            };
            let scope = state
                .db(move |conn| {
                    let organizer = sessions::find(conn, &token, Utc::now().naive_utc())
                        .context("looking up a session")?
                        .ok_or(AppError::LoginRequired)?;
                    Ok(Scope::load(conn, organizer).context("loading an organizer's scope")?)
                })
                .await?;
            Ok(Session { scope })
        })
    }
}

impl Session {
    /// Refuses (403, saying `why`) anyone but an admin.
    pub fn admin_only(&self, why: &'static str) -> Result<(), AppError> {
        if self.scope.role() == crate::organizers::Role::Admin {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::domain::Msg::new(why)))
        }
    }
}

/// Refuses (403) an organizer form whose CSRF token does not match this
/// browser's cookie: the page was open too long, or came from elsewhere.
pub fn check_form(req: &HttpRequest, state: &State, token: &str) -> Result<(), AppError> {
    if state.csrf_ok(req, token) {
        Ok(())
    } else {
        Err(AppError::Forbidden(crate::domain::Msg::new(
            "org-form-expired",
        )))
    }
}

/// The session cookie: HttpOnly, SameSite=Lax; over https Secure and named
/// `__Host-` (see [`sessions::cookie_name`]).
fn session_cookie(value: String, secure: bool, max_age: chrono::Duration) -> Cookie<'static> {
    Cookie::build(sessions::cookie_name(secure), value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(actix_web::cookie::time::Duration::seconds(
            max_age.num_seconds(),
        ))
        .finish()
}

/// The device cookie a browser gets at login (see
/// [`crate::organizers::throttle`]): a year, HttpOnly, `__Host-` over https.
fn device_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(
        crate::organizers::throttle::device_cookie_name(secure),
        value,
    )
    .path("/")
    .http_only(true)
    .same_site(SameSite::Strict)
    .secure(secure)
    .max_age(actix_web::cookie::time::Duration::days(365))
    .finish()
}

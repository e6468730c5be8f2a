//! Login, logout, invitations and the first admin's setup.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::{device_cookie, session_cookie};
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::organizers::audit::{self, Actor, action};
use crate::organizers::password::{self, NewPassword};
use crate::organizers::{Organizer, OrganizerInput, Role, invites, sessions, throttle};
use crate::web::templates::{LoginPage, MessagePage, SetPasswordPage};
use crate::web::{State, blocking, csrf, render};

/// The login form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub csrf: String,
}

/// `GET /organizer/login`.
pub async fn login_page(req: HttpRequest, state: State) -> Result<HttpResponse, AppError> {
    login_form(&req, &state, "", None, StatusCode::OK)
}

fn login_form(
    req: &HttpRequest,
    state: &State,
    email: &str,
    error: Option<Msg>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let token = csrf::issue(req, &state.secret, state.https())?;
    let mut response = render(
        status,
        &LoginPage {
            l: crate::web::lang::tr(req),
            email,
            error,
            csrf: &token.token,
        },
    )?;
    if let Some(cookie) = token.new_cookie {
        response
            .add_cookie(&cookie)
            .context("setting the CSRF cookie")?;
    }
    Ok(response)
}

/// What a login attempt came to.
enum LoginOutcome {
    /// The session token and a fresh device cookie.
    LoggedIn(String, String),
    Refused,
    Throttled(chrono::Duration),
}

/// `POST /organizer/login`. The same answer for an unknown address and a wrong
/// password, in about the same time (an unknown address still runs argon2).
pub async fn login(
    req: HttpRequest,
    form: web::Form<LoginForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        let error = Some(Msg::new("org-login-expired"));
        return login_form(&req, &state, &form.email, error, StatusCode::FORBIDDEN);
    }
    let email = EmailAddress::parse(&form.email)
        .map(|e| e.as_str().to_owned())
        .unwrap_or_default();
    let ip = state.limits.client_ip(&req);
    let device = req
        .cookie(throttle::device_cookie_name(state.https()))
        .map(|c| c.value().to_owned());
    let db = state.clone();
    let outcome = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let organizer = match EmailAddress::parse(&email) {
            Ok(e) => Organizer::find_by_email(&mut conn, &e).context("finding an organizer")?,
            Err(_) => None,
        };
        let secret = db.keys.index_key();
        let trusted = organizer
            .as_ref()
            .zip(device.as_deref())
            .and_then(|(o, cookie)| throttle::trusted_device(secret, cookie, o.id));
        let keys = match trusted {
            Some(device) => throttle::Keys::for_device(secret, device),
            None => throttle::Keys::new(secret, &email, ip),
        };
        if let Some(wait) =
            throttle::admit(&mut conn, &keys, now).context("checking login throttling")?
        {
            return Ok(LoginOutcome::Throttled(wait));
        }
        let verified = match organizer.as_ref().and_then(|o| o.password_hash.as_deref()) {
            Some(stored) => password::verify(&form.password, stored),
            None => {
                password::verify_dummy(&form.password);
                false
            }
        };
        match (organizer, verified) {
            (Some(o), true) => {
                let token = sessions::create(&mut conn, o.id, now)?;
                throttle::record_success(&mut conn, &keys).context("clearing login failures")?;
                audit::record(&mut conn, Actor::Organizer(&o), action::LOGIN, "", now)
                    .context("auditing a login")?;
                let device = throttle::device_cookie_value(secret, o.id);
                Ok(LoginOutcome::LoggedIn(token.expose().to_owned(), device))
            }
            (known, _) => {
                // Already counted by `admit`.
                let detail = known.map_or("unknown address".to_owned(), |o| o.email);
                audit::record(
                    &mut conn,
                    Actor::Anonymous,
                    action::LOGIN_FAILED,
                    &detail,
                    now,
                )
                .context("auditing a failed login")?;
                Ok(LoginOutcome::Refused)
            }
        }
    })
    .await?;
    match outcome {
        LoginOutcome::LoggedIn(token, device) => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, "/organizer"))
            .cookie(session_cookie(token, state.https(), sessions::lifetime()))
            .cookie(device_cookie(device, state.https()))
            .finish()),
        LoginOutcome::Refused => {
            let error = Some(Msg::new("org-login-refused"));
            login_form(&req, &state, &form.email, error, StatusCode::UNAUTHORIZED)
        }
        LoginOutcome::Throttled(wait) => {
            let minutes = (wait.num_seconds() + 59) / 60;
            let message = Msg::new("org-login-throttled").num("n", minutes.max(1));
            let mut response = login_form(
                &req,
                &state,
                &form.email,
                Some(message),
                StatusCode::TOO_MANY_REQUESTS,
            )?;
            response.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(wait.num_seconds().max(1)),
            );
            Ok(response)
        }
    }
}

/// A form with only a CSRF token.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    pub csrf: String,
}

/// `POST /organizer/logout`: ends the session server-side and clears the cookie.
pub async fn logout(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("org-form-expired")));
    }
    let cookie = sessions::cookie_name(state.https());
    if let Some(token) = req.cookie(cookie).map(|c| c.value().to_owned()) {
        let db = state.clone();
        blocking(move || {
            let mut conn = db.pool.get().context("getting a database connection")?;
            let now = Utc::now().naive_utc();
            if let Some(o) = sessions::find(&mut conn, &token, now)? {
                audit::record(&mut conn, Actor::Organizer(&o), action::LOGOUT, "", now)?;
            }
            sessions::revoke(&mut conn, &token)?;
            Ok(())
        })
        .await?;
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((LOCATION, "/organizer/login"))
        .cookie(session_cookie(
            String::new(),
            state.https(),
            chrono::Duration::zero(),
        ))
        .finish())
}

/// The set-password form (invitation) and first-admin form (setup).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub email: String,
    pub name: String,
    pub password: String,
    pub confirm: String,
    pub csrf: String,
}

/// `GET /organizer/invite/{token}`.
pub async fn invite_page(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let db = state.clone();
    let organizer = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(invites::find(&mut conn, &token, Utc::now().naive_utc())?)
    })
    .await?;
    match organizer {
        Some(o) => password_form(
            &req,
            &state,
            &PasswordForm {
                email: o.email,
                name: o.name,
                ..Default::default()
            },
            false,
            &[],
            StatusCode::OK,
        ),
        None => invalid_link(&req),
    }
}

/// `POST /organizer/invite/{token}`: sets the password and logs in.
pub async fn accept_invite(
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<PasswordForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (token, form) = (path.into_inner(), form.into_inner());
    let password = match check_password_form(&req, &state, &form, false) {
        Ok(p) => p,
        Err(errors) => {
            return password_form(
                &req,
                &state,
                &form,
                false,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let db = state.clone();
    let session = blocking(move || {
        let hash = password.hash()?;
        let mut conn = db.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let Some(o) = invites::redeem(&mut conn, &token, &hash, now)? else {
            return Ok(None);
        };
        audit::record(
            &mut conn,
            Actor::Organizer(&o),
            action::PASSWORD_SET,
            "",
            now,
        )?;
        Ok(Some(
            sessions::create(&mut conn, o.id, now)?.expose().to_owned(),
        ))
    })
    .await?;
    logged_in(&req, &state, session)
}

/// `GET /organizer/setup/{token}`: the first admin's form.
pub async fn setup_page(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let db = state.clone();
    let valid = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(invites::first_admin_token_valid(&mut conn, &token)?)
    })
    .await?;
    if !valid {
        return invalid_link(&req);
    }
    password_form(
        &req,
        &state,
        &PasswordForm::default(),
        true,
        &[],
        StatusCode::OK,
    )
}

/// `POST /organizer/setup/{token}`: creates the first admin and logs in.
pub async fn setup(
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<PasswordForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (token, form) = (path.into_inner(), form.into_inner());
    let checked = check_password_form(&req, &state, &form, true).and_then(|password| {
        let email = EmailAddress::parse(&form.email).map_err(|e| vec![("email", e.0)])?;
        Ok((password, email))
    });
    let (password, email) = match checked {
        Ok(v) => v,
        Err(errors) => {
            return password_form(
                &req,
                &state,
                &form,
                true,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let input = OrganizerInput {
        email,
        name: form.name.clone(),
        role: Role::Admin,
        petition: None,
        delivery_points: vec![],
    };
    let db = state.clone();
    let session = blocking(move || {
        let hash = password.hash()?;
        let mut conn = db.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let Some(o) = invites::redeem_first_admin(&mut conn, &token, &input, &hash, now)? else {
            return Ok(None);
        };
        audit::record(
            &mut conn,
            Actor::Organizer(&o),
            action::ORGANIZER_ADDED,
            "first admin",
            now,
        )?;
        Ok(Some(
            sessions::create(&mut conn, o.id, now)?.expose().to_owned(),
        ))
    })
    .await?;
    logged_in(&req, &state, session)
}

fn check_password_form(
    req: &HttpRequest,
    state: &State,
    form: &PasswordForm,
    setup: bool,
) -> Result<NewPassword, Vec<(&'static str, Msg)>> {
    let mut errors = Vec::new();
    if !csrf::verify(req, &state.secret, state.https(), &form.csrf) {
        errors.push(("form", Msg::new("org-form-expired")));
    }
    if setup && (form.name.trim().is_empty() || form.name.chars().count() > 200) {
        errors.push(("name", Msg::new("org-refused-name")));
    }
    let password = NewPassword::parse(&form.password)
        .map_err(|e| errors.push(("password", e.0)))
        .ok();
    if form.password != form.confirm {
        errors.push(("confirm", Msg::new("org-passwords-differ")));
    }
    match password {
        Some(p) if errors.is_empty() => Ok(p),
        _ => Err(errors),
    }
}

fn password_form(
    req: &HttpRequest,
    state: &State,
    form: &PasswordForm,
    setup: bool,
    errors: &[(&'static str, Msg)],
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let token = csrf::issue(req, &state.secret, state.https())?;
    let page = SetPasswordPage {
        l: crate::web::lang::tr(req),
        email: &form.email,
        name: &form.name,
        setup,
        errors,
        csrf: &token.token,
    };
    let mut response = render(status, &page)?;
    if let Some(cookie) = token.new_cookie {
        response
            .add_cookie(&cookie)
            .context("setting the CSRF cookie")?;
    }
    Ok(response)
}

fn logged_in(
    req: &HttpRequest,
    state: &State,
    session: Option<String>,
) -> Result<HttpResponse, AppError> {
    match session {
        Some(token) => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, "/organizer"))
            .cookie(session_cookie(token, state.https(), sessions::lifetime()))
            .finish()),
        None => invalid_link(req),
    }
}

fn invalid_link(req: &HttpRequest) -> Result<HttpResponse, AppError> {
    let l = crate::web::lang::tr(req);
    let page = MessagePage::new(l, "link-unknown-title", "org-invite-link-unknown")
        .link("/organizer/login", l.t("org-log-in"));
    render(StatusCode::NOT_FOUND, &page)
}

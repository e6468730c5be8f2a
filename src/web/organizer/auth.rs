//! Login, logout, invitations and the first admin's setup.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::{device_cookie, session_cookie};
use crate::domain::{EmailAddress, FieldErrors, Msg, RawToken};
use crate::organizers::login::{self, Outcome};
use crate::organizers::password::NewPassword;
use crate::organizers::{OrganizerInput, Role, invites, sessions, throttle};
use crate::web::csrf::CsrfOnly;
use crate::web::error::AppError;
use crate::web::templates::{LoginPage, MessagePage, SetPasswordPage};
use crate::web::{State, render, see_other_setting};

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
    state.with_form_token(req, |csrf| {
        let l = crate::web::lang::tr(req);
        render(
            status,
            &LoginPage {
                l,
                email,
                error,
                csrf,
            },
        )
    })
}

/// `POST /organizer/login`. The same answer for an unknown address and a wrong
/// password, in about the same time (see [`login::attempt`]).
pub async fn login(
    req: HttpRequest,
    form: web::Form<LoginForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !state.csrf_ok(&req, &form.csrf) {
        let error = Some(Msg::new("org-login-expired"));
        return login_form(&req, &state, &form.email, error, StatusCode::FORBIDDEN);
    }
    let ip = state.limits.client_ip(&req);
    let device = req
        .cookie(throttle::device_cookie_name(state.https()))
        .map(|c| c.value().to_owned());
    let (keys, form) = (state.keys.clone(), form.into_inner());
    let (form, outcome) = state
        .db(move |conn| {
            let attempt = login::Attempt {
                email: &form.email,
                password: &form.password,
                ip,
                device: device.as_deref(),
            };
            let outcome = login::attempt(conn, keys.index_key(), &attempt, Utc::now().naive_utc())?;
            Ok((form, outcome))
        })
        .await?;
    match outcome {
        Outcome::LoggedIn { session, device } => Ok(see_other_setting(
            "/organizer",
            [
                session_cookie(session, state.https(), sessions::lifetime()),
                device_cookie(device, state.https()),
            ],
        )),
        Outcome::Refused => {
            let error = Some(Msg::new("org-login-refused"));
            login_form(&req, &state, &form.email, error, StatusCode::UNAUTHORIZED)
        }
        Outcome::Throttled(wait) => {
            let minutes = (wait.num_seconds() + 59) / 60;
            let message = Some(Msg::new("org-login-throttled").num("n", minutes.max(1)));
            let status = StatusCode::TOO_MANY_REQUESTS;
            let response = login_form(&req, &state, &form.email, message, status)?;
            let wait = wait.to_std().unwrap_or_default();
            Ok(crate::web::retry_after(response, wait))
        }
    }
}

/// `POST /organizer/logout`: ends the session server-side and clears the cookie.
pub async fn logout(
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: State,
) -> Result<HttpResponse, AppError> {
    super::check_form(&req, &state, &form.csrf)?;
    let cookie = sessions::cookie_name(state.https());
    if let Some(token) = req.cookie(cookie).map(|c| c.value().to_owned()) {
        let now = Utc::now().naive_utc();
        state
            .db(move |conn| Ok(login::logout(conn, &token, now)?))
            .await?;
    }
    let expired = session_cookie(String::new(), state.https(), chrono::Duration::zero());
    Ok(see_other_setting("/organizer/login", [expired]))
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
    let organizer = state
        .db(move |conn| Ok(invites::find(conn, &token, Utc::now().naive_utc())?))
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
            &FieldErrors::new(),
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
    let now = Utc::now().naive_utc();
    let session = state
        .db(move |conn| Ok(invites::accept(conn, &token, &password, now)?))
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
    let valid = state
        .db(move |conn| Ok(invites::first_admin_token_valid(conn, &token)?))
        .await?;
    if !valid {
        return invalid_link(&req);
    }
    password_form(
        &req,
        &state,
        &PasswordForm::default(),
        true,
        &FieldErrors::new(),
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
        let email = EmailAddress::parse(&form.email)
            .map_err(|e| FieldErrors::from(vec![("email", e.0)]))?;
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
    let now = Utc::now().naive_utc();
    let session = state
        .db(move |conn| {
            Ok(invites::set_up_first_admin(
                conn, &token, &input, &password, now,
            )?)
        })
        .await?;
    logged_in(&req, &state, session)
}

fn check_password_form(
    req: &HttpRequest,
    state: &State,
    form: &PasswordForm,
    setup: bool,
) -> Result<NewPassword, FieldErrors> {
    let mut errors = FieldErrors::new();
    if !state.csrf_ok(req, &form.csrf) {
        errors.add("form", Msg::new("org-form-expired"));
    }
    if setup && (form.name.trim().is_empty() || form.name.chars().count() > 200) {
        errors.add("name", Msg::new("org-refused-name"));
    }
    let password = errors.check("password", NewPassword::parse(&form.password));
    if form.password != form.confirm {
        errors.add("confirm", Msg::new("org-passwords-differ"));
    }
    errors.or_value(password)
}

fn password_form(
    req: &HttpRequest,
    state: &State,
    form: &PasswordForm,
    setup: bool,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    state.with_form_token(req, |csrf| {
        let page = SetPasswordPage {
            l: crate::web::lang::tr(req),
            email: &form.email,
            name: &form.name,
            setup,
            errors,
            csrf,
        };
        render(status, &page)
    })
}

fn logged_in(
    req: &HttpRequest,
    state: &State,
    session: Option<RawToken>,
) -> Result<HttpResponse, AppError> {
    match session {
        Some(token) => {
            let value = token.expose().to_owned();
            let cookie = session_cookie(value, state.https(), sessions::lifetime());
            Ok(see_other_setting("/organizer", [cookie]))
        }
        None => invalid_link(req),
    }
}

fn invalid_link(req: &HttpRequest) -> Result<HttpResponse, AppError> {
    let l = crate::web::lang::tr(req);
    let page = MessagePage::new(l, "link-unknown-title", "org-invite-link-unknown")
        .link("/organizer/login", l.t("org-log-in"));
    render(StatusCode::NOT_FOUND, &page)
}

//! Admins manage organizers: invite from the web, change roles and scopes.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::Session;
use super::dashboard::with_cookie;
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::mail::outbox;
use crate::organizers::audit::{self, Actor, action};
use crate::organizers::{self, OrganizerInput, Refused, Role, invites};
use crate::web::templates::OrganizersPage;
use crate::web::{State, blocking, csrf, render};

/// The invitation and role forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PersonForm {
    pub email: String,
    pub name: String,
    pub role: String,
    pub petition: String,
    /// Delivery point slugs, separated by commas or spaces.
    pub delivery_points: String,
    pub csrf: String,
}

impl PersonForm {
    fn points(&self) -> Vec<String> {
        self.delivery_points
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

fn admin_only(session: &Session) -> Result<(), AppError> {
    if session.scope.role() == Role::Admin {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("org-only-admins-people")))
    }
}

/// `GET /organizer/organizers`.
pub async fn list(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    admin_only(&session)?;
    page(&req, &state, &session, None, None, StatusCode::OK).await
}

async fn page(
    req: &HttpRequest,
    state: &State,
    session: &Session,
    notice: Option<Msg>,
    error: Option<Msg>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let db = state.clone();
    let people = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(organizers::all(&mut conn).context("listing organizers")?)
    })
    .await?;
    let token = csrf::issue(req, &state.secret, state.https())?;
    let page = OrganizersPage {
        l: crate::web::lang::tr(req),
        organizer: &session.scope.organizer,
        people,
        notice,
        error,
        csrf: &token.token,
    };
    with_cookie(render(status, &page)?, token)
}

/// Turns a refusal into a message on the page; anything else stays an error.
fn refusal(e: anyhow::Error) -> Result<Msg, AppError> {
    match e.downcast::<Refused>() {
        Ok(r) => Ok(r.0),
        Err(e) => Err(AppError::Internal(e)),
    }
}

/// `POST /organizer/organizers`: invites an organizer by email (and shows the link once).
pub async fn invite(
    session: Session,
    req: HttpRequest,
    form: web::Form<PersonForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    admin_only(&session)?;
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("org-form-expired")));
    }
    let (email, role) = match (EmailAddress::parse(&form.email), Role::parse(&form.role)) {
        (Ok(e), Ok(r)) => (e, r),
        (Err(e), _) | (_, Err(e)) => {
            return page(
                &req,
                &state,
                &session,
                None,
                Some(e.0),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let input = OrganizerInput {
        email,
        name: form.name.clone(),
        role,
        petition: Some(form.petition.clone()).filter(|p| !p.trim().is_empty()),
        delivery_points: form.points(),
    };
    let (db, by) = (state.clone(), session.scope.organizer.clone());
    let lang = crate::web::lang::tr(&req).lang;
    let done = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let result = crate::db::write_transaction(&mut conn, |conn| {
            let o = organizers::add(conn, &input, now)?;
            let token = invites::create(conn, o.id, now)?;
            outbox::enqueue_invite(conn, o.id, now, lang)?;
            audit::record(
                conn,
                Actor::Organizer(&by),
                action::ORGANIZER_ADDED,
                &format!("{} as {}", o.email, o.role),
                now,
            )?;
            Ok::<_, anyhow::Error>((o.email, token.expose().to_owned()))
        });
        Ok(result)
    })
    .await?;
    match done {
        Ok((email, token)) => {
            state.wake_worker();
            let notice = Msg::new("org-invite-sent").text("email", email).text(
                "link",
                format!("{}/organizer/invite/{token}", state.base_url),
            );
            page(&req, &state, &session, Some(notice), None, StatusCode::OK).await
        }
        Err(e) => {
            page(
                &req,
                &state,
                &session,
                None,
                Some(refusal(e)?),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// `POST /organizer/organizers/{id}/role`: changes a role and its scope.
pub async fn change_role(
    session: Session,
    path: web::Path<i64>,
    req: HttpRequest,
    form: web::Form<PersonForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    admin_only(&session)?;
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("org-form-expired")));
    }
    let role = match Role::parse(&form.role) {
        Ok(r) => r,
        Err(e) => {
            return page(
                &req,
                &state,
                &session,
                None,
                Some(e.0),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let (db, by, id, petition, points) = (
        state.clone(),
        session.scope.organizer.clone(),
        path.into_inner(),
        form.petition.clone(),
        form.points(),
    );
    let done = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        let now = Utc::now().naive_utc();
        let result = crate::db::write_transaction(&mut conn, |conn| {
            let before = organizers::set_role(conn, id, role, Some(petition.as_str()), &points)?;
            let detail = format!(
                "{}: {} → {} {} {}",
                before.email,
                before.role,
                role.as_str(),
                petition.trim(),
                points.join(" ")
            );
            audit::record(
                conn,
                Actor::Organizer(&by),
                action::ROLE_CHANGE,
                detail.trim(),
                now,
            )?;
            Ok::<_, anyhow::Error>(())
        });
        Ok(result)
    })
    .await?;
    match done {
        Ok(()) => Ok(HttpResponse::SeeOther()
            .insert_header((LOCATION, "/organizer/organizers"))
            .finish()),
        Err(e) => {
            page(
                &req,
                &state,
                &session,
                None,
                Some(refusal(e)?),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

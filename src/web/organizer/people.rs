//! Admins manage organizers: invite from the web, change roles and scopes.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::Session;
use crate::domain::EmailAddress;
use crate::domain::Msg;
use crate::organizers::{self, OrganizerInput, Refused, Role, invites};
use crate::web::error::AppError;
use crate::web::templates::OrganizersPage;
use crate::web::{State, render, see_other};

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
    let people = state
        .db(|conn| Ok(organizers::all(conn).context("listing organizers")?))
        .await?;
    state.with_form_token(req, |csrf| {
        let page = OrganizersPage {
            l: crate::web::lang::tr(req),
            organizer: &session.scope.organizer,
            people,
            notice,
            error,
            csrf,
        };
        render(status, &page)
    })
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
    if !state.csrf_ok(&req, &form.csrf) {
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
    let by = session.scope.organizer.clone();
    let lang = crate::web::lang::tr(&req).lang;
    let now = Utc::now().naive_utc();
    let done = state
        .db(move |conn| Ok(invites::invite(conn, &input, by.actor(), Some(lang), now)))
        .await?;
    match done {
        Ok(invited) => {
            state.wake_worker();
            let link = format!(
                "{}/organizer/invite/{}",
                state.base_url,
                invited.token.expose()
            );
            let notice = Msg::new("org-invite-sent")
                .text("email", invited.organizer.email)
                .text("link", link);
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
    if !state.csrf_ok(&req, &form.csrf) {
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
    let (by, id) = (session.scope.organizer.clone(), path.into_inner());
    let (petition, points) = (form.petition.clone(), form.points());
    let now = Utc::now().naive_utc();
    let done = state
        .db(move |conn| {
            let changed =
                organizers::change_role(conn, id, role, &petition, &points, by.actor(), now);
            Ok(changed)
        })
        .await?;
    match done {
        Ok(()) => Ok(see_other("/organizer/organizers")),
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

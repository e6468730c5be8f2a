//! Admins manage organizers: invite from the web, change roles and scopes.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::{Session, check_form};
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

    /// The invitation as the domain takes it, or why the form is refused.
    fn input(&self) -> Result<OrganizerInput, Msg> {
        Ok(OrganizerInput {
            email: EmailAddress::parse(&self.email).map_err(|e| e.0)?,
            name: self.name.clone(),
            role: Role::parse(&self.role).map_err(|e| e.0)?,
            petition: Some(self.petition.clone()).filter(|p| !p.trim().is_empty()),
            delivery_points: self.points(),
        })
    }
}

/// What the organizers page says above the list.
enum Said {
    Nothing,
    /// Done (an invitation's link, shown once).
    Notice(Msg),
    /// Refused (answered with 422).
    Refused(Msg),
}

/// `GET /organizer/organizers`.
pub async fn list(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    session.admin_only("org-only-admins-people")?;
    page(&req, &state, &session, Said::Nothing).await
}

async fn page(
    req: &HttpRequest,
    state: &State,
    session: &Session,
    said: Said,
) -> Result<HttpResponse, AppError> {
    let people = state
        .db(|conn| Ok(organizers::all(conn).context("listing organizers")?))
        .await?;
    let (status, notice, error) = match said {
        Said::Nothing => (StatusCode::OK, None, None),
        Said::Notice(m) => (StatusCode::OK, Some(m), None),
        Said::Refused(m) => (StatusCode::UNPROCESSABLE_ENTITY, None, Some(m)),
    };
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
fn refusal(e: anyhow::Error) -> Result<Said, AppError> {
    match e.downcast::<Refused>() {
        Ok(r) => Ok(Said::Refused(r.0)),
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
    session.admin_only("org-only-admins-people")?;
    check_form(&req, &state, &form.csrf)?;
    let input = match form.input() {
        Ok(input) => input,
        Err(why) => return page(&req, &state, &session, Said::Refused(why)).await,
    };
    let (by, lang) = (
        session.scope.organizer.clone(),
        crate::web::lang::tr(&req).lang,
    );
    let now = Utc::now().naive_utc();
    let done = state
        .db(move |conn| Ok(invites::invite(conn, &input, by.actor(), Some(lang), now)))
        .await?;
    let said = match done {
        Ok(invited) => {
            state.wake_worker();
            let link = format!(
                "{}/organizer/invite/{}",
                state.base_url,
                invited.token.expose()
            );
            let email = invited.organizer.email;
            Said::Notice(
                Msg::new("org-invite-sent")
                    .text("email", email)
                    .text("link", link),
            )
        }
        Err(e) => refusal(e)?,
    };
    page(&req, &state, &session, said).await
}

/// `POST /organizer/organizers/{id}/role`: changes a role and its scope.
pub async fn change_role(
    session: Session,
    path: web::Path<i64>,
    req: HttpRequest,
    form: web::Form<PersonForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    session.admin_only("org-only-admins-people")?;
    check_form(&req, &state, &form.csrf)?;
    let role = match Role::parse(&form.role) {
        Ok(r) => r,
        Err(e) => return page(&req, &state, &session, Said::Refused(e.0)).await,
    };
    let (by, id) = (session.scope.organizer.clone(), path.into_inner());
    let (petition, points) = (form.petition.clone(), form.points());
    let now = Utc::now().naive_utc();
    let done = state
        .db(move |conn| {
            Ok(organizers::change_role(
                conn,
                id,
                role,
                &petition,
                &points,
                by.actor(),
                now,
            ))
        })
        .await?;
    match done {
        Ok(()) => Ok(see_other("/organizer/organizers")),
        Err(e) => page(&req, &state, &session, refusal(e)?).await,
    }
}

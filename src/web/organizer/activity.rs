//! `GET /organizer/petitions/{slug}/activity`: the last hour of signing, for
//! those who manage the petition (see [`crate::signatures::activity`]).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::Session;
use super::manage::managed;
use crate::signatures::activity::{self, MIN_GROUP};
use crate::web::error::AppError;
use crate::web::templates::ActivityPage;
use crate::web::{State, render};

/// Shows signatures per minute and the busiest domains and networks.
pub async fn page(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let data = managed(&session, &state, path.into_inner()).await?;
    let (keys, petition_id) = (state.keys.clone(), data.petition.id);
    let now = Utc::now().naive_utc();
    let activity = state
        .db(move |conn| Ok(activity::last_hour(conn, &keys, petition_id, now)?))
        .await?;
    state.with_form_token(&req, |csrf| {
        let page = ActivityPage {
            l: crate::web::lang::tr(&req),
            organizer: &session.scope.organizer,
            petition: &data.petition,
            activity: &activity,
            min_group: MIN_GROUP,
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

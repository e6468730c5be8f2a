//! `GET /organizer/petitions/{slug}/activity`: the last hour of signing, for
//! those who manage the petition (see [`crate::signatures::activity`]).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::Session;
use super::dashboard::with_cookie;
use super::manage::managed;
use crate::error::AppError;
use crate::signatures::activity::{self, MIN_GROUP};
use crate::web::templates::ActivityPage;
use crate::web::{State, blocking, csrf, render};

/// Shows signatures per minute and the busiest domains and networks.
pub async fn page(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let data = managed(&session, &state, path.into_inner()).await?;
    let (db, petition_id) = (state.clone(), data.petition.id);
    let activity = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(activity::last_hour(
            &mut conn,
            &db.keys,
            petition_id,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    let token = csrf::issue(&req, &state.secret, state.https())?;
    let page = ActivityPage {
        l: crate::web::lang::tr(&req),
        organizer: &session.scope.organizer,
        petition: &data.petition,
        activity: &activity,
        min_group: MIN_GROUP,
        csrf: &token.token,
    };
    with_cookie(render(StatusCode::OK, &page)?, token)
}

//! The organizer dashboard and the audit log.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use diesel::prelude::*;

use super::Session;
use crate::db::schema::signatures;
use crate::db::verified_per_day;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::organizers::Role;
use crate::organizers::audit;
use crate::petitions::PetitionWithPoints;
use crate::signatures::{counts, state as sig_state};
use crate::web::templates::{AuditPage, OrganizerHome, OrganizerPetition, PointRow};
use crate::web::{State, blocking, csrf, render};

/// `GET /organizer`: the petitions this organizer may see.
pub async fn home(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let db = state.clone();
    let scope = session.scope.clone();
    let petitions = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(scope
            .petitions(&mut conn)
            .context("listing an organizer's petitions")?)
    })
    .await?;
    let token = csrf::issue(&req, &state.secret, state.https())?;
    let page = OrganizerHome {
        l: crate::web::lang::tr(&req),
        organizer: &session.scope.organizer,
        is_admin: session.scope.role() == Role::Admin,
        petitions,
        csrf: &token.token,
    };
    with_cookie(render(StatusCode::OK, &page)?, token)
}

/// `GET /organizer/petitions/{slug}`: counts for the delivery points this organizer sees.
pub async fn petition(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let l = crate::web::lang::tr(&req);
    let slug = path.into_inner();
    let db = state.clone();
    let scope = session.scope.clone();
    let (data, rows, by_country, per_day, total, [pending, withdrawn, invalidated]) =
        blocking(move || {
            let mut conn = db.pool.get().context("getting a database connection")?;
            let data = PetitionWithPoints::load(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
            let visible: Vec<i64> = scope
                .visible_points(&data.delivery_points)
                .iter()
                .map(|p| p.id)
                .collect();
            if visible.is_empty() {
                return Err(AppError::NotFound);
            }
            let counts = counts::load_for_points(&mut conn, data.petition.id, Some(&visible))
                .context("loading counts")?;
            // Pending and withdrawn are counted on demand: this page is for a
            // handful of organizers, not the public.
            let by_state: Vec<(i64, String, i64)> = signatures::table
                .filter(signatures::delivery_point_id.eq_any(&visible))
                .filter(signatures::state.ne(sig_state::VERIFIED))
                .group_by((signatures::delivery_point_id, signatures::state))
                .select((
                    signatures::delivery_point_id,
                    signatures::state,
                    diesel::dsl::count_star(),
                ))
                .load(&mut conn)
                .context("counting signatures by state")?;
            let in_state = |point: Option<i64>, state: &str| -> i64 {
                by_state
                    .iter()
                    .filter(|(p, s, _)| point.is_none_or(|id| id == *p) && s == state)
                    .map(|(_, _, n)| n)
                    .sum()
            };
            let per_day = verified_per_day(&mut conn, data.petition.id, &visible)
                .context("counting per day")?;
            let rows: Vec<PointRow> = data
                .delivery_points
                .iter()
                .filter(|p| visible.contains(&p.id))
                .map(|p| PointRow {
                    slug: p.slug.clone(),
                    name: p.name.clone(),
                    city: p.city.clone(),
                    country: l.country(&p.country),
                    verified: l.number(counts.for_delivery_point(p.id)),
                    pending: l.number(in_state(Some(p.id), sig_state::PENDING)),
                    withdrawn: l.number(in_state(Some(p.id), sig_state::WITHDRAWN)),
                    invalidated: l.number(in_state(Some(p.id), sig_state::INVALIDATED)),
                })
                .collect();
            // In the reader's language, ordered by name.
            let by_country: BTreeMap<String, String> = counts
                .by_country
                .iter()
                .map(|(code, n)| (l.country(code), l.number(*n)))
                .collect();
            let totals = [
                in_state(None, sig_state::PENDING),
                in_state(None, sig_state::WITHDRAWN),
                in_state(None, sig_state::INVALIDATED),
            ];
            Ok((data, rows, by_country, per_day, counts.total, totals))
        })
        .await?;
    let token = csrf::issue(&req, &state.secret, state.https())?;
    let page = OrganizerPetition {
        l,
        organizer: &session.scope.organizer,
        petition: &data.petition,
        points: rows,
        by_country,
        per_day: per_day.into_iter().map(|(d, n)| (d, l.number(n))).collect(),
        total: l.number(total),
        pending: l.number(pending),
        withdrawn: l.number(withdrawn),
        invalidated: l.number(invalidated),
        can_edit: session.scope.manages(data.petition.id),
        csrf: &token.token,
    };
    with_cookie(render(StatusCode::OK, &page)?, token)
}

/// `GET /organizer/audit`: admins only.
pub async fn audit(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if session.scope.role() != Role::Admin {
        return Err(AppError::Forbidden(Msg::new("org-only-admins-audit")));
    }
    let db = state.clone();
    let entries = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(audit::recent(&mut conn, 500).context("reading the audit log")?)
    })
    .await?;
    let token = csrf::issue(&req, &state.secret, state.https())?;
    let page = AuditPage {
        l: crate::web::lang::tr(&req),
        organizer: &session.scope.organizer,
        entries,
        csrf: &token.token,
    };
    with_cookie(render(StatusCode::OK, &page)?, token)
}

/// Adds the CSRF cookie to a response when the browser had none.
pub fn with_cookie(
    mut response: HttpResponse,
    token: csrf::FormToken,
) -> Result<HttpResponse, AppError> {
    if let Some(cookie) = token.new_cookie {
        response
            .add_cookie(&cookie)
            .context("setting the CSRF cookie")?;
    }
    Ok(response)
}

//! The delivery day for organizers: the day view (every point a coordinator
//! sees, by local delivery time), and each point's page where its packet is
//! frozen, the handover recorded and photos added. A point outside the
//! organizer's scope is a 404, the same as one that does not exist.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::{Session, check_form};
use crate::delivery::freeze::{self, Freeze};
use crate::delivery::record::{self, NewRecord, RecordFields, Recorded};
use crate::delivery::{self, PointDay};
use crate::domain::{FieldErrors, Msg};
use crate::organizers::Scope;
use crate::petitions::{DeliveryPoint, PetitionWithPoints};
use crate::web::error::AppError;
use crate::web::templates::{DayRow, DayView, PointDayPage};
use crate::web::{State, render, see_other};

/// A point the organizer may see, with its petition and day (or 404).
fn their_point(
    conn: &mut crate::db::DbConnection,
    scope: &Scope,
    slug: &str,
    point: &str,
) -> Result<(PetitionWithPoints, DeliveryPoint, PointDay), AppError> {
    let (data, visible) = scope
        .visible_petition(conn, slug)?
        .ok_or(AppError::NotFound)?;
    let point = data
        .point(point)
        .filter(|p| visible.contains(&p.id))
        .cloned()
        .ok_or(AppError::NotFound)?;
    let day = delivery::days(conn, std::slice::from_ref(&point))
        .context("loading a point's day")?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok((data, point, day))
}

/// `GET /organizer/petitions/{slug}/delivery`: every visible point's day.
pub async fn day_view(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, scope) = (path.into_inner(), session.scope.clone());
    let (data, mut days) = state
        .db(move |conn| {
            let (data, visible) = scope
                .visible_petition(conn, &slug)?
                .ok_or(AppError::NotFound)?;
            let points: Vec<DeliveryPoint> = data
                .delivery_points
                .iter()
                .filter(|p| visible.contains(&p.id))
                .cloned()
                .collect();
            let days = delivery::days(conn, &points).context("loading the delivery day")?;
            Ok((data, days))
        })
        .await?;
    // By local delivery time; points without one last.
    days.sort_by_key(|d| (d.point.delivery_at.is_none(), d.point.delivery_at));
    let l = crate::web::lang::tr(&req);
    let now = Utc::now().naive_utc();
    let rows = days.iter().map(|d| DayRow::of(l, d, now)).collect();
    state.with_form_token(&req, |csrf| {
        let page = DayView {
            l,
            organizer: &session.scope.organizer,
            petition: &data.petition,
            title: data.petition.title(l.lang),
            rows,
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

/// `GET /organizer/petitions/{slug}/delivery/{point}`.
pub async fn point_page(
    session: Session,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, point) = path.into_inner();
    let scope = session.scope.clone();
    let (data, _, day) = state
        .db(move |conn| their_point(conn, &scope, &slug, &point))
        .await?;
    show_point(
        &session,
        &req,
        &state,
        &data,
        &day,
        &RecordFields::default(),
        FieldErrors::new(),
        StatusCode::OK,
    )
}

#[allow(clippy::too_many_arguments)]
fn show_point(
    session: &Session,
    req: &HttpRequest,
    state: &State,
    data: &PetitionWithPoints,
    day: &PointDay,
    typed: &RecordFields,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = crate::web::lang::tr(req);
    state.with_form_token(req, |csrf| {
        let page = PointDayPage::new(l, &session.scope.organizer, data, day, typed, errors, csrf);
        render(status, &page)
    })
}

/// The freeze form: the version the page showed (empty: none yet).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FreezeForm {
    pub seen: String,
    pub csrf: String,
}

/// `POST /organizer/petitions/{slug}/delivery/{point}/freeze`: "Freeze the
/// packet now" (or "Freeze again").
pub async fn freeze(
    session: Session,
    path: web::Path<(String, String)>,
    form: web::Form<FreezeForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let (slug, point) = path.into_inner();
    let seen: Option<i32> = form.seen.trim().parse().ok();
    let (scope, keys) = (session.scope.clone(), state.keys.clone());
    let target = format!("/organizer/petitions/{slug}/delivery/{point}");
    let done = state
        .db(move |conn| {
            let (data, point, _) = their_point(conn, &scope, &slug, &point)?;
            let by = scope.organizer.actor();
            let now = Utc::now().naive_utc();
            Ok(freeze::freeze(
                conn,
                &keys,
                &data.petition,
                point.id,
                seen,
                by,
                now,
            )?)
        })
        .await?;
    match done {
        Freeze::Made(_) | Freeze::Already(_) => Ok(see_other(&target)),
        Freeze::Delivered => Err(AppError::Conflict(Msg::new(
            "delivery-error-already-delivered",
        ))),
    }
}

/// `POST /organizer/petitions/{slug}/delivery/{point}/record`.
pub async fn save_record(
    session: Session,
    path: web::Path<(String, String)>,
    form: web::Form<RecordFields>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let (slug, point) = path.into_inner();
    let typed = form.into_inner();
    let scope = session.scope.clone();
    let (data, point, day) = {
        let (slug, point) = (slug.clone(), point.clone());
        state
            .db(move |conn| their_point(conn, &scope, &slug, &point))
            .await?
    };
    let new: NewRecord = match typed.validate(point.time_zone) {
        Ok(new) => new,
        Err(errors) => {
            return show_point(
                &session,
                &req,
                &state,
                &data,
                &day,
                &typed,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let scope = session.scope.clone();
    let petition = data.petition.clone();
    let saved = state
        .db(move |conn| {
            let by = scope.organizer.actor();
            Ok(record::save(
                conn,
                &petition,
                point.id,
                &new,
                by,
                Utc::now().naive_utc(),
            )?)
        })
        .await?;
    if saved == Recorded::NotFrozen {
        let mut errors = FieldErrors::new();
        errors.add("outcome", Msg::new("delivery-error-not-frozen"));
        return show_point(
            &session,
            &req,
            &state,
            &data,
            &day,
            &typed,
            errors,
            StatusCode::CONFLICT,
        );
    }
    state.wake_worker();
    Ok(see_other(&format!(
        "/organizer/petitions/{slug}/delivery/{}",
        day.point.slug
    )))
}

/// The photo form: one file and the form token.
#[derive(actix_multipart::form::MultipartForm)]
pub struct PhotoUpload {
    /// Read whole into memory, up to one byte past the limit (so "too large"
    /// is told apart from "exactly at it").
    #[multipart(limit = "16MiB")]
    pub photo: Option<actix_multipart::form::bytes::Bytes>,
    pub csrf: actix_multipart::form::text::Text<String>,
}

/// How big a photo form may be in all: the photo and a token.
pub fn photo_form_config() -> actix_multipart::form::MultipartFormConfig {
    actix_multipart::form::MultipartFormConfig::default()
        .total_limit(17 * 1024 * 1024)
        .memory_limit(17 * 1024 * 1024)
        .error_handler(|e, _| {
            tracing::info!(error = %e, "a photo upload was refused");
            AppError::BadRequest(Msg::new("delivery-photo-too-large")).into()
        })
}

/// `POST /organizer/petitions/{slug}/delivery/{point}/photos`: decoded,
/// stripped of every metadata tag and re-encoded before anything is stored;
/// a bad upload is shown again with its reason and stores nothing.
pub async fn add_photo(
    session: Session,
    path: web::Path<(String, String)>,
    form: actix_multipart::form::MultipartForm<PhotoUpload>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let (slug, point) = path.into_inner();
    let scope = session.scope.clone();
    let (data, point, day) = {
        let (slug, point) = (slug.clone(), point.clone());
        state
            .db(move |conn| their_point(conn, &scope, &slug, &point))
            .await?
    };
    let refuse = |message: Msg, status: StatusCode| {
        let mut errors = FieldErrors::new();
        errors.add("photo", message);
        show_point(
            &session,
            &req,
            &state,
            &data,
            &day,
            &RecordFields::default(),
            errors,
            status,
        )
    };
    let Some(upload) = form.into_inner().photo.filter(|b| !b.data.is_empty()) else {
        return refuse(
            Msg::new("delivery-photo-missing"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let cleaned = web::block(move || delivery::photo::clean(&upload.data)).await?;
    let photo = match cleaned {
        Ok(photo) => photo,
        Err(e) => return refuse(photo_message(&e), StatusCode::UNPROCESSABLE_ENTITY),
    };
    let scope = session.scope.clone();
    let place = format!("{slug}/{}", point.slug);
    let stored = state
        .db(move |conn| {
            let by = scope.organizer.actor();
            let now = Utc::now().naive_utc();
            Ok(delivery::photos::add(
                conn, point.id, &photo, &place, by, now,
            )?)
        })
        .await?;
    if !stored {
        return refuse(Msg::new("delivery-photo-limit"), StatusCode::CONFLICT);
    }
    Ok(see_other(&format!(
        "/organizer/petitions/{slug}/delivery/{}",
        day.point.slug
    )))
}

/// Why a photo was refused, in the catalog's words.
fn photo_message(e: &delivery::photo::PhotoError) -> Msg {
    use delivery::photo::PhotoError;
    match e {
        PhotoError::TooLarge => Msg::new("delivery-photo-too-large"),
        PhotoError::Heic => Msg::new("delivery-photo-heic"),
        PhotoError::NotAnImage => Msg::new("delivery-photo-not-image"),
        PhotoError::TooManyPixels { width, height } => Msg::new("delivery-photo-too-many-pixels")
            .text("width", width.to_string())
            .text("height", height.to_string()),
        PhotoError::Corrupt => Msg::new("delivery-photo-corrupt"),
    }
}

/// `POST /organizer/petitions/{slug}/delivery/{point}/photos/{id}/remove`.
pub async fn remove_photo(
    session: Session,
    path: web::Path<(String, String, i64)>,
    form: web::Form<crate::web::csrf::CsrfOnly>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let (slug, point, photo) = path.into_inner();
    let scope = session.scope.clone();
    let target = format!("/organizer/petitions/{slug}/delivery/{point}");
    let removed = state
        .db(move |conn| {
            let (_, point, _) = their_point(conn, &scope, &slug, &point)?;
            let place = format!("{slug}/{}", point.slug);
            let by = scope.organizer.actor();
            let now = Utc::now().naive_utc();
            Ok(delivery::photos::remove(
                conn, point.id, photo, &place, by, now,
            )?)
        })
        .await?;
    if removed {
        Ok(see_other(&target))
    } else {
        Err(AppError::NotFound)
    }
}

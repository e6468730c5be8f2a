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
use crate::delivery::poster::Poster;
use crate::delivery::record::{self, NewRecord, RecordFields, Recorded};
use crate::delivery::{self, PointDay};
use crate::domain::{FieldErrors, Msg};
use crate::organizers::Scope;
use crate::petitions::{DeliveryPoint, PetitionWithPoints};
use crate::web::error::AppError;
use crate::web::templates::{DayRow, DayView, PointDayPage, PosterPage};
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

/// A point the organizer may see, loaded for its page.
struct Their {
    data: PetitionWithPoints,
    day: PointDay,
}

impl Their {
    /// The point's petition and day, or 404 outside the organizer's scope.
    async fn load(
        state: &State,
        session: &Session,
        slug: String,
        point: String,
    ) -> Result<Self, AppError> {
        let scope = session.scope.clone();
        let (data, _, day) = state
            .db(move |conn| their_point(conn, &scope, &slug, &point))
            .await?;
        Ok(Their { data, day })
    }

    /// The point's page.
    fn path(&self) -> String {
        format!(
            "/organizer/petitions/{}/delivery/{}",
            self.data.petition.slug, self.day.point.slug
        )
    }

    /// "petition/point", as the audit log names it.
    fn place(&self) -> String {
        format!("{}/{}", self.data.petition.slug, self.day.point.slug)
    }

    /// The page, with what was typed into the record form and the messages.
    fn show(
        &self,
        (session, req, state): (&Session, &HttpRequest, &State),
        typed: &RecordFields,
        errors: FieldErrors,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        let l = crate::web::lang::tr(req);
        state.with_form_token(req, |csrf| {
            let organizer = &session.scope.organizer;
            let page = PointDayPage::new(l, organizer, &self.data, &self.day, typed, errors, csrf);
            render(status, &page)
        })
    }

    /// The page again, with one message at `field`.
    fn refuse(
        &self,
        ctx: (&Session, &HttpRequest, &State),
        field: &'static str,
        message: Msg,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        let mut errors = FieldErrors::new();
        errors.add(field, message);
        self.show(ctx, &RecordFields::default(), errors, status)
    }
}

/// `GET /organizer/petitions/{slug}/delivery/{point}`.
pub async fn point_page(
    session: Session,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, point) = path.into_inner();
    let their = Their::load(&state, &session, slug, point).await?;
    let blank = RecordFields::default();
    their.show(
        (&session, &req, &state),
        &blank,
        FieldErrors::new(),
        StatusCode::OK,
    )
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
    let (scope, keys, base) = (
        session.scope.clone(),
        state.keys.clone(),
        state.base_url.clone(),
    );
    let target = format!("/organizer/petitions/{slug}/delivery/{point}");
    let done = state
        .db(move |conn| {
            let (data, point, _) = their_point(conn, &scope, &slug, &point)?;
            let by = scope.organizer.actor();
            let now = Utc::now().naive_utc();
            let press = freeze::Press {
                keys: &keys,
                base_url: &base,
            };
            Ok(freeze::freeze(
                conn,
                press,
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
    let (typed, ctx) = (form.into_inner(), (&session, &req, &state));
    let their = Their::load(&state, &session, slug, point).await?;
    let new: NewRecord = match typed.validate(their.day.point.time_zone) {
        Ok(new) => new,
        Err(errors) => return their.show(ctx, &typed, errors, StatusCode::UNPROCESSABLE_ENTITY),
    };
    let (scope, petition, id) = (
        session.scope.clone(),
        their.data.petition.clone(),
        their.day.point.id,
    );
    let now = Utc::now().naive_utc();
    let saved = state
        .db(move |conn| {
            Ok(record::save(
                conn,
                &petition,
                id,
                &new,
                scope.organizer.actor(),
                now,
            )?)
        })
        .await?;
    if saved == Recorded::NotFrozen {
        let why = Msg::new("delivery-error-not-frozen");
        return their.refuse(ctx, "outcome", why, StatusCode::CONFLICT);
    }
    state.wake_worker();
    Ok(see_other(&their.path()))
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
            use actix_multipart::MultipartError as E;
            tracing::info!(error = %e, "a photo upload was refused");
            // A field or the whole form past its limit is a photo too large;
            // anything else is a form that is not the one we served.
            let why = match e {
                E::Payload(actix_web::error::PayloadError::Overflow) | E::Field { .. } => {
                    "delivery-photo-too-large"
                }
                _ => "org-form-expired",
            };
            AppError::BadRequest(Msg::new(why)).into()
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
    use delivery::photos::Upload;
    check_form(&req, &state, &form.csrf)?;
    let (slug, point) = path.into_inner();
    let (ctx, unprocessable) = ((&session, &req, &state), StatusCode::UNPROCESSABLE_ENTITY);
    let their = Their::load(&state, &session, slug, point).await?;
    let Some(upload) = form.into_inner().photo.filter(|b| !b.data.is_empty()) else {
        return their.refuse(
            ctx,
            "photo",
            Msg::new("delivery-photo-missing"),
            unprocessable,
        );
    };
    // One decode at a time: a 50-megapixel photo needs hundreds of MB while
    // it is cleaned, and uploads are rare enough to queue.
    static DECODING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);
    let _one = DECODING
        .acquire()
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let (scope, id, place) = (session.scope.clone(), their.day.point.id, their.place());
    let now = Utc::now().naive_utc();
    let done = state
        .db(move |conn| {
            Ok(delivery::photos::upload(
                conn,
                id,
                &upload.data,
                &place,
                scope.organizer.actor(),
                now,
            )?)
        })
        .await?;
    match done {
        Upload::Stored => Ok(see_other(&their.path())),
        Upload::Refused(e) => their.refuse(ctx, "photo", e.msg(), unprocessable),
        Upload::Full => their.refuse(
            ctx,
            "photo",
            Msg::new("delivery-photo-limit"),
            StatusCode::CONFLICT,
        ),
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

/// `GET /organizer/petitions/{slug}/delivery/{point}/photos/{id}.jpg`: a
/// photo as its point's organizers see it, before it is public.
pub async fn photo(
    session: Session,
    path: web::Path<(String, String, String)>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, point, file) = path.into_inner();
    let id: i64 = file
        .strip_suffix(".jpg")
        .and_then(|id| id.parse().ok())
        .ok_or(AppError::NotFound)?;
    let scope = session.scope.clone();
    let jpeg = state
        .db(move |conn| {
            let (_, point, _) = their_point(conn, &scope, &slug, &point)?;
            Ok(delivery::photos::jpeg(conn, &[point.id], id).context("reading a photo")?)
        })
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        .insert_header(("Cache-Control", "private, no-store"))
        .body(jpeg))
}

/// `GET /organizer/petitions/{slug}/delivery/{point}/poster`: the point's
/// rally poster as a page to print.
pub async fn poster(
    session: Session,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, point) = path.into_inner();
    let their = Their::load(&state, &session, slug, point).await?;
    let point = &their.day.point;
    let poster = Poster::new(&their.data.petition, point, &state.base_url, &state.secret);
    let l = crate::web::lang::tr(&req);
    let svg = poster.qr_svg();
    let page = PosterPage {
        l,
        // The SVG without its XML declaration, to sit inside the page.
        qr_svg: svg
            .find("<svg")
            .map_or(svg.clone(), |at| svg[at..].to_owned()),
        poster: &poster,
        point_name: point.name_in(l.lang),
        back: their.path(),
        rally: poster.link.contains("&rally="),
    };
    render(StatusCode::OK, &page)
}

/// `GET /organizer/petitions/{slug}/delivery/{point}/poster.pdf`: the same
/// poster as an A4 PDF.
pub async fn poster_pdf(
    session: Session,
    path: web::Path<(String, String)>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, point) = path.into_inner();
    let their = Their::load(&state, &session, slug, point).await?;
    let file = format!("poster-{}.pdf", their.day.point.slug);
    let (base, secret) = (state.base_url.clone(), state.secret.clone());
    let pdf = web::block(move || {
        let point = &their.day.point;
        Poster::new(&their.data.petition, point, &base, &secret).pdf(&their.data.petition, point)
    })
    .await?
    .context("typesetting a poster")?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{file}\""),
        ))
        .insert_header(("Cache-Control", "private, no-store"))
        .body(pdf))
}

//! Creating and editing petitions and their delivery points; opening and closing.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::Session;
use super::dashboard::with_cookie;
use crate::error::AppError;
use crate::i18n::Msg;
use crate::organizers::Role;
use crate::petitions::PetitionWithPoints;
use crate::petitions::edit::{self, FieldErrors, PetitionFields, PointFields};
use crate::web::templates::{PetitionEditPage, PointForm};
use crate::web::{State, blocking, csrf, render};

/// A form's CSRF token beside its fields.
#[derive(Debug, Default, Deserialize)]
pub struct WithCsrf<T> {
    #[serde(flatten)]
    pub fields: T,
    #[serde(default)]
    pub csrf: String,
}

fn check_csrf(req: &HttpRequest, state: &State, token: &str) -> Result<(), AppError> {
    if csrf::verify(req, &state.secret, state.https(), token) {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("org-form-expired")))
    }
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// Loads a petition the session may manage (admins, its coordinators), or answers 404.
pub(super) async fn managed(
    session: &Session,
    state: &State,
    slug: String,
) -> Result<PetitionWithPoints, AppError> {
    let (db, scope) = (state.clone(), session.scope.clone());
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        let data = PetitionWithPoints::load(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
        if !scope.manages(data.petition.id) {
            return Err(AppError::NotFound);
        }
        Ok(data)
    })
    .await
}

/// `GET /organizer/petitions/new` (admins).
pub async fn new_page(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    if session.scope.role() != Role::Admin {
        return Err(AppError::Forbidden(Msg::new("org-only-admins-create")));
    }
    let fields = PetitionFields {
        goal: "1000".into(),
        retention_days: "90".into(),
        ..Default::default()
    };
    edit_page(
        &req,
        &state,
        &session,
        None,
        &fields,
        &[],
        None,
        StatusCode::OK,
    )
}

/// `POST /organizer/petitions` (admins): creates a petition.
pub async fn create(
    session: Session,
    req: HttpRequest,
    form: web::Form<WithCsrf<PetitionFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    if session.scope.role() != Role::Admin {
        return Err(AppError::Forbidden(Msg::new("org-only-admins-create")));
    }
    check_csrf(&req, &state, &form.csrf)?;
    let fields = form.into_inner().fields;
    let new = match fields.validate() {
        Ok(new) => new,
        Err(errors) => {
            return edit_page(
                &req,
                &state,
                &session,
                None,
                &fields,
                &errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let (db, by, slug) = (
        state.clone(),
        session.scope.organizer.clone(),
        new.slug.clone(),
    );
    let done = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(edit::create(&mut conn, &new, &by, Utc::now().naive_utc())?)
    })
    .await?;
    match done {
        Ok(()) => Ok(see_other(&format!("/organizer/petitions/{slug}/edit"))),
        Err(errors) => edit_page(
            &req,
            &state,
            &session,
            None,
            &fields,
            &errors,
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    }
}

/// `GET /organizer/petitions/{slug}/edit`.
pub async fn edit_form(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let data = managed(&session, &state, path.into_inner()).await?;
    let fields = PetitionFields::from_petition(&data.petition);
    edit_page(
        &req,
        &state,
        &session,
        Some(&data),
        &fields,
        &[],
        None,
        StatusCode::OK,
    )
}

/// `POST /organizer/petitions/{slug}/edit`.
pub async fn update(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<WithCsrf<PetitionFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_csrf(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let mut fields = form.into_inner().fields;
    fields.slug = data.petition.slug.clone();
    let now = Utc::now().naive_utc();
    let validated = fields.validate().and_then(|new| {
        if edit::reopens_erased(&data.petition, new.closes_at, now) {
            Err(vec![("closes_at", Msg::new("org-erased-cannot-reopen"))])
        } else {
            Ok(new)
        }
    });
    let new = match validated {
        Ok(new) => new,
        Err(errors) => {
            return edit_page(
                &req,
                &state,
                &session,
                Some(&data),
                &fields,
                &errors,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let (db, by, petition) = (
        state.clone(),
        session.scope.organizer.clone(),
        data.petition.clone(),
    );
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(edit::update(
            &mut conn,
            &petition,
            &new,
            &by,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    Ok(see_other(&format!(
        "/organizer/petitions/{}/edit",
        data.petition.slug
    )))
}

/// The open/close form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StateForm {
    pub open: String,
    pub csrf: String,
}

/// `POST /organizer/petitions/{slug}/state`: `open=yes` opens now, anything else closes now.
pub async fn set_state(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<StateForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_csrf(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    if form.open == "yes" && data.petition.erased_at.is_some() {
        return Err(AppError::Conflict(Msg::new("org-erased-cannot-reopen")));
    }
    let (db, by, petition, open) = (
        state.clone(),
        session.scope.organizer.clone(),
        data.petition.clone(),
        form.open == "yes",
    );
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(edit::set_open(
            &mut conn,
            &petition,
            open,
            &by,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    Ok(see_other(&format!(
        "/organizer/petitions/{}/edit",
        data.petition.slug
    )))
}

/// `POST /organizer/petitions/{slug}/points`: adds a delivery point.
pub async fn add_point(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<WithCsrf<PointFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_csrf(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let fields = form.into_inner().fields;
    let position = i32::try_from(data.delivery_points.len()).unwrap_or(i32::MAX);
    let point_error = |errors: FieldErrors| {
        Some(PointForm {
            slug: None,
            fields: fields.clone(),
            errors,
        })
    };
    let new = match fields.validate(data.petition.id, position) {
        Ok(new) => new,
        Err(errors) => {
            let own = PetitionFields::from_petition(&data.petition);
            return edit_page(
                &req,
                &state,
                &session,
                Some(&data),
                &own,
                &[],
                point_error(errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let (db, by) = (state.clone(), session.scope.organizer.clone());
    let done = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(edit::add_point(
            &mut conn,
            &new,
            &by,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    match done {
        Ok(()) => Ok(see_other(&format!(
            "/organizer/petitions/{}/edit",
            data.petition.slug
        ))),
        Err(errors) => {
            let own = PetitionFields::from_petition(&data.petition);
            edit_page(
                &req,
                &state,
                &session,
                Some(&data),
                &own,
                &[],
                point_error(errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

/// `POST /organizer/petitions/{slug}/points/{point}`: edits (or with `delete=yes`, removes) a point.
pub async fn change_point(
    session: Session,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    form: web::Form<WithCsrf<PointFields>>,
    query: web::Query<DeleteFlag>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_csrf(&req, &state, &form.csrf)?;
    let (slug, point_slug) = path.into_inner();
    let data = managed(&session, &state, slug).await?;
    let point = data
        .delivery_points
        .iter()
        .find(|p| p.slug == point_slug)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let mut fields = form.into_inner().fields;
    fields.slug = point.slug.clone();
    let by = session.scope.organizer.clone();
    let back = format!("/organizer/petitions/{}/edit", data.petition.slug);
    if query.delete.as_deref() == Some("yes") {
        let db = state.clone();
        let removed = blocking(move || {
            let mut conn = db.pool.get().context("getting a database connection")?;
            Ok(edit::delete_point(
                &mut conn,
                &point,
                &by,
                Utc::now().naive_utc(),
            )?)
        })
        .await?;
        if !removed {
            return Err(AppError::Forbidden(Msg::new("org-point-has-signatures")));
        }
        return Ok(see_other(&back));
    }
    let new = match fields.validate(point.petition_id, point.position) {
        Ok(new) => new,
        Err(errors) => {
            let own = PetitionFields::from_petition(&data.petition);
            let failed = Some(PointForm {
                slug: Some(point.slug.clone()),
                fields,
                errors,
            });
            return edit_page(
                &req,
                &state,
                &session,
                Some(&data),
                &own,
                &[],
                failed,
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let db = state.clone();
    blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(edit::update_point(
            &mut conn,
            &point,
            &new,
            &by,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    Ok(see_other(&back))
}

/// `?delete=yes` on a delivery point's form.
#[derive(Debug, Default, Deserialize)]
pub struct DeleteFlag {
    pub delete: Option<String>,
}

#[expect(
    clippy::too_many_arguments,
    reason = "one page, many parts of it to fill"
)]
fn edit_page(
    req: &HttpRequest,
    state: &State,
    session: &Session,
    data: Option<&PetitionWithPoints>,
    fields: &PetitionFields,
    errors: &[(&'static str, Msg)],
    point_form: Option<PointForm>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let token = csrf::issue(req, &state.secret, state.https())?;
    let page = PetitionEditPage {
        l: crate::web::lang::tr(req),
        organizer: &session.scope.organizer,
        data,
        fields,
        errors,
        point_form,
        now: Utc::now().naive_utc(),
        csrf: &token.token,
    };
    with_cookie(render(status, &page)?, token)
}

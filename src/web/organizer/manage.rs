//! Creating and editing petitions and their delivery points; opening and closing.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::{Session, check_form};
use crate::domain::{FieldErrors, Msg};
use crate::petitions::PetitionWithPoints;
use crate::petitions::edit::{self, PetitionFields, PointFields};
use crate::web::error::AppError;
use crate::web::templates::{PetitionEditPage, PointForm};
use crate::web::{State, render, see_other};

/// A form's CSRF token beside its fields.
#[derive(Debug, Default, Deserialize)]
pub struct WithCsrf<T> {
    #[serde(flatten)]
    pub fields: T,
    #[serde(default)]
    pub csrf: String,
}

/// Loads a petition the session may manage (admins, its coordinators), or answers 404.
pub(super) async fn managed(
    session: &Session,
    state: &State,
    slug: String,
) -> Result<PetitionWithPoints, AppError> {
    let scope = session.scope.clone();
    state
        .db(move |conn| {
            scope
                .managed_petition(conn, &slug)?
                .ok_or(AppError::NotFound)
        })
        .await
}

fn edit_path(data: &PetitionWithPoints) -> String {
    format!("/organizer/petitions/{}/edit", data.petition.slug)
}

/// `GET /organizer/petitions/new` (admins).
pub async fn new_page(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    session.admin_only("org-only-admins-create")?;
    let fields = PetitionFields {
        goal: "1000".into(),
        retention_days: crate::domain::RetentionDays::DEFAULT.get().to_string(),
        ..Default::default()
    };
    let page = Shown::petition(None, &fields, FieldErrors::new());
    page.render(&req, &state, &session, StatusCode::OK)
}

/// `POST /organizer/petitions` (admins): creates a petition.
pub async fn create(
    session: Session,
    req: HttpRequest,
    form: web::Form<WithCsrf<PetitionFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    session.admin_only("org-only-admins-create")?;
    check_form(&req, &state, &form.csrf)?;
    let fields = form.into_inner().fields;
    let by = session.scope.organizer.clone();
    let created = match fields.validate() {
        Ok(new) => {
            let now = Utc::now().naive_utc();
            let slug = new.slug.clone();
            let done = state
                .db(move |conn| Ok(edit::create(conn, &new, by.actor(), now)?))
                .await?;
            done.map(|()| slug)
        }
        Err(errors) => Err(errors),
    };
    match created {
        Ok(slug) => Ok(see_other(&format!("/organizer/petitions/{slug}/edit"))),
        Err(errors) => Shown::petition(None, &fields, errors).refused(&req, &state, &session),
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
    let page = Shown::petition(Some(&data), &fields, FieldErrors::new());
    page.render(&req, &state, &session, StatusCode::OK)
}

/// `POST /organizer/petitions/{slug}/edit`.
pub async fn update(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<WithCsrf<PetitionFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let mut fields = form.into_inner().fields;
    fields.slug = data.petition.slug.clone();
    let now = Utc::now().naive_utc();
    let new = match edit::validate_update(&data.petition, &fields, now) {
        Ok(new) => new,
        Err(errors) => {
            return Shown::petition(Some(&data), &fields, errors).refused(&req, &state, &session);
        }
    };
    let (by, petition) = (session.scope.organizer.clone(), data.petition.clone());
    state
        .db(move |conn| Ok(edit::update(conn, &petition, &new, by.actor(), now)?))
        .await?;
    Ok(see_other(&edit_path(&data)))
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
    check_form(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let open = form.open == "yes";
    if open && data.petition.erased_at.is_some() {
        return Err(AppError::Conflict(Msg::new("org-erased-cannot-reopen")));
    }
    let (by, petition) = (session.scope.organizer.clone(), data.petition.clone());
    let now = Utc::now().naive_utc();
    state
        .db(move |conn| Ok(edit::set_open(conn, &petition, open, by.actor(), now)?))
        .await?;
    Ok(see_other(&edit_path(&data)))
}

/// `POST /organizer/petitions/{slug}/points`: adds a delivery point.
pub async fn add_point(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<WithCsrf<PointFields>>,
    state: State,
) -> Result<HttpResponse, AppError> {
    check_form(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let fields = form.into_inner().fields;
    let position = i32::try_from(data.delivery_points.len()).unwrap_or(i32::MAX);
    let by = session.scope.organizer.clone();
    let added = match fields.validate(data.petition.id, position) {
        Ok(new) => {
            let now = Utc::now().naive_utc();
            state
                .db(move |conn| Ok(edit::add_point(conn, &new, by.actor(), now)?))
                .await?
        }
        Err(errors) => Err(errors),
    };
    match added {
        Ok(()) => Ok(see_other(&edit_path(&data))),
        Err(errors) => {
            let own = PetitionFields::from_petition(&data.petition);
            Shown::point(&data, &own, None, fields, errors).refused(&req, &state, &session)
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
    check_form(&req, &state, &form.csrf)?;
    let (slug, point_slug) = path.into_inner();
    let data = managed(&session, &state, slug).await?;
    let point = data.point(&point_slug).cloned().ok_or(AppError::NotFound)?;
    let by = session.scope.organizer.clone();
    let now = Utc::now().naive_utc();
    if query.delete.as_deref() == Some("yes") {
        let removed = state
            .db(move |conn| Ok(edit::delete_point(conn, &point, by.actor(), now)?))
            .await?;
        if !removed {
            return Err(AppError::Forbidden(Msg::new("org-point-has-signatures")));
        }
        return Ok(see_other(&edit_path(&data)));
    }
    let mut fields = form.into_inner().fields;
    fields.slug = point.slug.clone();
    match fields.validate(point.petition_id, point.position) {
        Ok(new) => {
            state
                .db(move |conn| Ok(edit::update_point(conn, &point, &new, by.actor(), now)?))
                .await?;
            Ok(see_other(&edit_path(&data)))
        }
        Err(errors) => {
            let own = PetitionFields::from_petition(&data.petition);
            let slug = Some(point.slug.clone());
            Shown::point(&data, &own, slug, fields, errors).refused(&req, &state, &session)
        }
    }
}

/// `?delete=yes` on a delivery point's form.
#[derive(Debug, Default, Deserialize)]
pub struct DeleteFlag {
    pub delete: Option<String>,
}

/// What the edit page shows: the petition (none for a new one), the petition
/// form as typed with its messages, and a delivery point form that failed.
struct Shown<'a> {
    data: Option<&'a PetitionWithPoints>,
    fields: &'a PetitionFields,
    errors: FieldErrors,
    point_form: Option<PointForm>,
}

impl<'a> Shown<'a> {
    fn petition(
        data: Option<&'a PetitionWithPoints>,
        fields: &'a PetitionFields,
        errors: FieldErrors,
    ) -> Self {
        Shown {
            data,
            fields,
            errors,
            point_form: None,
        }
    }

    /// A delivery point form (`slug`: the point's; `None`: the add form) shown again.
    fn point(
        data: &'a PetitionWithPoints,
        own: &'a PetitionFields,
        slug: Option<String>,
        fields: PointFields,
        errors: FieldErrors,
    ) -> Self {
        Shown {
            data: Some(data),
            fields: own,
            errors: FieldErrors::new(),
            point_form: Some(PointForm {
                slug,
                fields,
                errors,
            }),
        }
    }

    /// Shown again with its messages (422).
    fn refused(
        self,
        req: &HttpRequest,
        state: &State,
        session: &Session,
    ) -> Result<HttpResponse, AppError> {
        self.render(req, state, session, StatusCode::UNPROCESSABLE_ENTITY)
    }

    fn render(
        self,
        req: &HttpRequest,
        state: &State,
        session: &Session,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        state.with_form_token(req, |csrf| {
            let page = PetitionEditPage {
                l: crate::web::lang::tr(req),
                organizer: &session.scope.organizer,
                data: self.data,
                fields: self.fields,
                errors: &self.errors,
                point_form: self.point_form,
                now: Utc::now().naive_utc(),
                csrf,
            };
            render(status, &page)
        })
    }
}

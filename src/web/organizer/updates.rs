//! Updates to signers (see [`crate::updates`]): `/organizer/petitions/{slug}/updates`
//! lists a petition's updates, takes a new one from its coordinators, and
//! lets an admin approve (send) or discard one.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::manage::managed;
use super::{Session, check_form};
use crate::domain::FieldErrors;
use crate::i18n::Lang;
use crate::petitions::PetitionWithPoints;
use crate::petitions::edit::translation_field;
use crate::updates::{self, PetitionUpdate};
use crate::web::error::AppError;
use crate::web::templates::{UpdateRow, UpdatesPage};
use crate::web::{State, render, see_other};

/// A form as posted: `tr-{lang}-subject`, `tr-{lang}-body`, `csrf`, and
/// `decision` (`approve` or `discard`) for an admin's.
type Fields = BTreeMap<String, String>;

fn path(data: &PetitionWithPoints) -> String {
    format!("/organizer/petitions/{}/updates", data.petition.slug)
}

/// What the page shows besides the list.
struct Shown<'a> {
    fields: &'a Fields,
    errors: FieldErrors,
    refusal: Option<crate::domain::Msg>,
    status: StatusCode,
}

async fn show(
    (session, req, state): (&Session, &HttpRequest, &State),
    data: PetitionWithPoints,
    shown: Shown<'_>,
) -> Result<HttpResponse, AppError> {
    let id = data.petition.id;
    let list = state
        .db(move |conn| Ok(PetitionUpdate::for_petition(conn, id).context("listing updates")?))
        .await?;
    let l = crate::web::lang::tr(req);
    let petition = &data.petition;
    let langs: Vec<Lang> = std::iter::once(petition.default_lang())
        .chain(petition.translations().keys().copied())
        .collect();
    let organizer = &session.scope.organizer;
    let rows = list
        .iter()
        .map(|u| UpdateRow::of(l, u, petition, organizer))
        .collect();
    state.with_form_token(req, |csrf| {
        let page = UpdatesPage {
            l,
            organizer,
            petition,
            title: petition.title(l.lang),
            langs,
            rows,
            fields: shown.fields,
            errors: shown.errors,
            refusal: shown.refusal.map(|m| l.msg(&m)),
            can_approve: organizer.role() == crate::organizers::Role::Admin,
            csrf,
        };
        render(shown.status, &page)
    })
}

/// `GET /organizer/petitions/{slug}/updates`.
pub async fn page(
    session: Session,
    slug: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let data = managed(&session, &state, slug.into_inner()).await?;
    let shown = Shown {
        fields: &Fields::new(),
        errors: FieldErrors::new(),
        refusal: None,
        status: StatusCode::OK,
    };
    show((&session, &req, &state), data, shown).await
}

/// `POST /organizer/petitions/{slug}/updates`: a coordinator's new update,
/// waiting for an admin.
pub async fn write(
    session: Session,
    slug: web::Path<String>,
    form: web::Form<Fields>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_inner();
    check_form(&req, &state, fields.get("csrf").map_or("", String::as_str))?;
    let data = managed(&session, &state, slug.into_inner()).await?;
    let field = |lang: Lang, part: &str| {
        let name = translation_field(lang, part);
        fields.get(name).cloned().unwrap_or_default()
    };
    let texts = match updates::validate(&data.petition, field, translation_field) {
        Ok(texts) => texts,
        Err(errors) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let shown = Shown {
                fields: &fields,
                errors,
                refusal: None,
                status,
            };
            return show((&session, &req, &state), data, shown).await;
        }
    };
    let (petition, by) = (data.petition.clone(), session.scope.organizer.clone());
    let now = Utc::now().naive_utc();
    let written = state
        .db(move |conn| Ok(updates::write(conn, &petition, &texts, &by, now)?))
        .await?;
    match written {
        Ok(_) => Ok(see_other(&path(&data))),
        Err(refusal) => refused(&session, &req, &state, data, &fields, &refusal).await,
    }
}

/// `POST /organizer/petitions/{slug}/updates/{id}`: an admin approves
/// (`decision=approve`, the update goes out) or discards it; its writer may
/// discard their own.
pub async fn decide(
    session: Session,
    path_of: web::Path<(String, i64)>,
    form: web::Form<Fields>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let fields = form.into_inner();
    check_form(&req, &state, fields.get("csrf").map_or("", String::as_str))?;
    let (slug, id) = path_of.into_inner();
    let data = managed(&session, &state, slug).await?;
    let approve = fields.get("decision").is_some_and(|d| d == "approve");
    let (petition, by) = (data.petition.clone(), session.scope.organizer.clone());
    let now = Utc::now().naive_utc();
    let decided = state
        .db(
            move |conn| match updates::decide(conn, &petition, id, approve, &by, now) {
                Err(e) if is_not_found(&e) => Err(AppError::NotFound),
                other => Ok(other?),
            },
        )
        .await?;
    match decided {
        Ok(_) => Ok(see_other(&path(&data))),
        Err(refusal) => refused(&session, &req, &state, data, &Fields::new(), &refusal).await,
    }
}

fn is_not_found(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<diesel::result::Error>(),
        Some(diesel::result::Error::NotFound)
    )
}

/// The page again with why (409: the rules, not the input, stood in the way).
async fn refused(
    session: &Session,
    req: &HttpRequest,
    state: &State,
    data: PetitionWithPoints,
    fields: &Fields,
    refusal: &updates::Refusal,
) -> Result<HttpResponse, AppError> {
    let status = match refusal {
        updates::Refusal::NotAdmin => StatusCode::FORBIDDEN,
        _ => StatusCode::CONFLICT,
    };
    let shown = Shown {
        fields,
        errors: FieldErrors::new(),
        refusal: Some(refusal.message()),
        status,
    };
    show((session, req, state), data, shown).await
}

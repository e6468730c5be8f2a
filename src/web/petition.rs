//! The public petition pages: home, the petition with its form, its JSON, privacy.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Serialize;

use super::templates::{HomePage, PetitionPage, PrivacyPage, SignFormView};
use super::{State, blocking, csrf, render};
use crate::error::AppError;
use crate::petitions::{Petition, PetitionState, PetitionWithPoints};
use crate::signatures::counts::{self, Counts};

/// `GET /`: the list of petitions.
pub async fn home(state: State) -> Result<HttpResponse, AppError> {
    let petitions = blocking(move || {
        use crate::db::schema::petitions::dsl as p;
        use diesel::prelude::*;
        let mut conn = state.pool.get().context("getting a database connection")?;
        Ok(p::petitions
            .order(p::created_at.desc())
            .select(Petition::as_select())
            .load(&mut conn)
            .context("listing petitions")?)
    })
    .await?;
    render(StatusCode::OK, &HomePage { petitions })
}

/// `GET /privacy`.
pub async fn privacy() -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &PrivacyPage)
}

/// `GET /p/{slug}` (the page) and `GET /p/{slug}.json` (its figures).
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    if let Some(slug) = slug.strip_suffix(".json") {
        let (data, counts) = load(&state, slug.to_owned()).await?;
        return Ok(HttpResponse::Ok()
            .insert_header(("Cache-Control", "no-cache"))
            .json(PetitionJson::new(&data, &counts)));
    }
    let (data, counts) = load(&state, slug).await?;
    let form = SignFormView::initial(&data, preferred_country(&req).as_deref());
    sign_page(&req, &state, &data, &counts, &form, StatusCode::OK)
}

/// Loads a petition, its points and its counts, or answers 404.
pub(super) async fn load(
    state: &State,
    slug: String,
) -> Result<(PetitionWithPoints, Counts), AppError> {
    let state = state.clone();
    blocking(move || {
        let mut conn = state.pool.get().context("getting a database connection")?;
        let data = PetitionWithPoints::load(&mut conn, &slug)?.ok_or(AppError::NotFound)?;
        let counts = counts::load(&mut conn, data.petition.id)
            .with_context(|| format!("loading counts of petition {}", data.petition.id))?;
        Ok((data, counts))
    })
    .await
}

/// Renders the petition page with the form in the given state.
pub(super) fn sign_page(
    req: &HttpRequest,
    state: &State,
    data: &PetitionWithPoints,
    counts: &Counts,
    form: &SignFormView,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let token = csrf::issue(req, &state.secret, state.https())?;
    let closed = closed_message(data.petition.state(Utc::now().naive_utc()));
    // Shown again with errors, the form keeps its first time, so fixing a
    // field does not make a person look like a fast bot.
    let mut form = form.clone();
    if !super::form_timer::genuine(&state.secret, &form.started) {
        form.started = super::form_timer::issue(&state.secret, Utc::now().timestamp_millis());
    }
    let form = &form;
    let page = PetitionPage::new(
        &data.petition,
        &data.delivery_points,
        counts,
        form,
        closed,
        &token.token,
    );
    let mut response = render(status, &page)?;
    if let Some(cookie) = token.new_cookie {
        response
            .add_cookie(&cookie)
            .context("setting the CSRF cookie")?;
    }
    Ok(response)
}

/// The refusal shown instead of the form when a petition takes no signatures.
pub(super) fn closed_message(state: PetitionState) -> Option<&'static str> {
    match state {
        PetitionState::Open => None,
        PetitionState::NotYetOpen => {
            Some("This petition is not open for signatures yet. Please come back when it opens.")
        }
        PetitionState::Closed => Some(
            "This petition is closed and no longer takes signatures. Thank you to everyone who signed.",
        ),
    }
}

/// The country a browser's `Accept-Language` names a region for ("ko-KR" → "KR").
fn preferred_country(req: &HttpRequest) -> Option<String> {
    let header = req.headers().get("Accept-Language")?.to_str().ok()?;
    header.split(',').find_map(|item| {
        let tag = item.split(';').next()?.trim();
        let region = tag.split(['-', '_']).nth(1)?;
        (region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| region.to_ascii_uppercase())
    })
}

impl SignFormView {
    /// A blank form, with the signer's likely country and its first delivery point chosen.
    pub fn initial(data: &PetitionWithPoints, country: Option<&str>) -> Self {
        let country = country
            .filter(|c| crate::domain::Country::parse(c).is_ok())
            .unwrap_or_default()
            .to_owned();
        let delivery_point = data
            .delivery_points
            .iter()
            .find(|p| p.country == country)
            .map(|p| p.slug.clone())
            .unwrap_or_default();
        SignFormView {
            country,
            delivery_point,
            name_in_packet: "full".to_owned(),
            ..SignFormView::default()
        }
    }
}

/// `GET /p/{slug}.json`: verified counts only.
#[derive(Serialize)]
struct PetitionJson<'a> {
    slug: &'a str,
    title: &'a str,
    goal: i64,
    state: &'static str,
    signature_count: i64,
    delivery_points: Vec<PointJson<'a>>,
    signatures_by_country: &'a std::collections::BTreeMap<String, i64>,
}

#[derive(Serialize)]
struct PointJson<'a> {
    slug: &'a str,
    name: &'a str,
    country: &'a str,
    city: &'a str,
    signature_count: i64,
}

impl<'a> PetitionJson<'a> {
    fn new(data: &'a PetitionWithPoints, counts: &'a Counts) -> Self {
        let p = &data.petition;
        PetitionJson {
            slug: &p.slug,
            title: &p.title,
            goal: p.goal,
            state: p.state(Utc::now().naive_utc()).as_str(),
            signature_count: counts.total,
            delivery_points: data
                .delivery_points
                .iter()
                .map(|d| PointJson {
                    slug: &d.slug,
                    name: &d.name,
                    country: &d.country,
                    city: &d.city,
                    signature_count: counts.for_delivery_point(d.id),
                })
                .collect(),
            signatures_by_country: &counts.by_country,
        }
    }
}

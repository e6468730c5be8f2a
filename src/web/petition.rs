//! The public petition pages: home, the petition with its form, its JSON, privacy.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::lang;
use super::templates::{HomeItem, HomePage, PetitionPage, PrivacyPage, SignFormView};
use crate::i18n::{Lang, Tr};
use std::sync::Arc;

use askama::Template;

use super::page_cache::{self, Cached, PetitionCache};
use super::{State, render};
use crate::petitions::{Petition, PetitionState, PetitionWithPoints};
use crate::signatures::counts::Counts;
use crate::web::error::AppError;

/// `GET /`: the list of petitions.
pub async fn home(req: HttpRequest, state: State) -> Result<HttpResponse, AppError> {
    let choice = lang::choice(&req);
    let petitions = state
        .db(|conn| Ok(Petition::all(conn).context("listing petitions")?))
        .await?;
    let l = Tr::new(choice.resolve(Lang::En));
    let petitions = petitions
        .iter()
        .map(|p| {
            let text = p.text(choice.resolve(p.default_lang()));
            HomeItem {
                slug: p.slug.clone(),
                lang: text.lang.code(),
                title: text.title,
                recipient: text.recipient,
            }
        })
        .collect();
    render(StatusCode::OK, &HomePage { l, petitions })
}

/// `GET /privacy`.
pub async fn privacy(req: HttpRequest) -> Result<HttpResponse, AppError> {
    render(StatusCode::OK, &PrivacyPage { l: lang::tr(&req) })
}

/// `GET /p/{slug}` (the page) and `GET /p/{slug}.json` (its figures), from
/// the cache (see [`super::page_cache`]).
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let slug = path.into_inner();
    if let Some(slug) = slug.strip_suffix(".json") {
        let cached = load(&state, slug).await?;
        return Ok(HttpResponse::Ok()
            .content_type("application/json")
            .insert_header(("Cache-Control", "no-cache"))
            .body(cached.json.clone()));
    }
    let cached = load(&state, &slug).await?;
    let country = preferred_country(&req).unwrap_or_default();
    let l = lang::tr_for(&req, cached.data.petition.default_lang());
    let pieces = cached.page(&country, l.lang, || {
        let mut form = SignFormView::initial(&cached.data, Some(&country));
        form.started = page_cache::STARTED_HOLE.to_owned();
        let page = page(
            l,
            &cached.data,
            &cached.counts,
            &form,
            page_cache::CSRF_HOLE,
        );
        page.render()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering a template: {e}")))
    })?;
    let started = super::form_timer::issue(&state.secret, Utc::now().timestamp_millis());
    state.with_form_token(&req, |csrf| {
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header(("Cache-Control", "no-store"))
            .body(pieces.fill(csrf, &started)))
    })
}

/// A petition with its points and counts (cached), or 404.
pub(super) async fn load(state: &State, slug: &str) -> Result<Arc<Cached>, AppError> {
    PetitionCache::get(state, slug).await
}

fn page<'a>(
    l: Tr,
    data: &'a PetitionWithPoints,
    counts: &'a Counts,
    form: &'a SignFormView,
    csrf: &'a str,
) -> PetitionPage<'a> {
    let closed = closed_message(data.petition.state(Utc::now().naive_utc()));
    PetitionPage::new(
        l,
        &data.petition,
        &data.delivery_points,
        counts,
        form,
        closed,
        csrf,
    )
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
    // Shown again with errors, the form keeps its first time, so fixing a
    // field does not make a person look like a fast bot.
    // An expired one gets a new time: it could not sign any more.
    let mut form = form.clone();
    let now = Utc::now();
    let current = super::form_timer::genuine(&state.secret, &form.started)
        && super::form_timer::use_expires_at(&form.started).is_some_and(|t| t > now.naive_utc());
    if !current {
        form.started = super::form_timer::issue(&state.secret, now.timestamp_millis());
    }
    let l = lang::tr_for(req, data.petition.default_lang());
    state.with_form_token(req, |csrf| {
        render(status, &page(l, data, counts, &form, csrf))
    })
}

/// The refusal (a catalog id) shown instead of the form when a petition
/// takes no signatures.
pub(super) fn closed_message(state: PetitionState) -> Option<&'static str> {
    match state {
        PetitionState::Open => None,
        PetitionState::NotYetOpen => Some("petition-not-open"),
        PetitionState::Closed => Some("petition-closed"),
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
        let now = chrono::Utc::now().naive_utc();
        let delivery_point = data
            .delivery_points
            .iter()
            .find(|p| p.country == country && p.takes_signatures(now))
            .map(|p| p.slug.clone())
            .unwrap_or_default();
        SignFormView {
            country,
            delivery_point,
            name_in_packet: "full".to_owned(),
            notify_delivery: true,
            ..SignFormView::default()
        }
    }
}

//! The public petition pages: home, the petition with its form, its JSON, privacy.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;

use super::lang;
use super::templates::{HomeItem, HomePage, PetitionPage, Preview, PrivacyPage, SignFormView};
use crate::i18n::{Lang, Tr};
use std::sync::Arc;

use askama::Template;

use super::page_cache::{self, Cached, PetitionCache, PetitionJson};
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
        return Ok(json(&req, &state, slug).await);
    }
    let cached = load(&state, &slug).await?;
    let country = preferred_country(&req).unwrap_or_default();
    // A poster's `?point=` chooses its point (and country), if it takes signatures.
    let now = Utc::now().naive_utc();
    let point = query_value(&req, "point")
        .and_then(|p| cached.data.point(&p).filter(|p| p.takes_signatures(now)));
    let preselect = point.map_or(country.clone(), |p| format!("point:{}", p.slug));
    let l = lang::tr_for(&req, cached.data.petition.default_lang());
    let pieces = cached.page(&preselect, l.lang, || {
        let mut form = match point {
            Some(p) => SignFormView::for_point(p),
            None => SignFormView::initial(&cached.data, Some(&country)),
        };
        form.started = page_cache::STARTED_HOLE.to_owned();
        form.src = page_cache::SOURCE_HOLE.to_owned();
        form.rally = page_cache::RALLY_HOLE.to_owned();
        let page = page(
            l,
            &cached.data,
            &cached.counts,
            &form,
            page_cache::CSRF_HOLE,
            &state.base_url,
        );
        page.render()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("rendering a template: {e}")))
    })?;
    let started = super::form_timer::issue(&state.secret, Utc::now().timestamp_millis());
    let source = query_value(&req, "src")
        .and_then(|s| crate::domain::Source::parse(&s))
        .map(|s| s.as_str().to_owned())
        .unwrap_or_default();
    let rally = query_value(&req, "rally")
        .filter(|t| crate::delivery::rally::well_formed(t))
        .unwrap_or_default();
    state.with_form_token(&req, |csrf| {
        let visitor = page_cache::Visitor {
            csrf,
            started: &started,
            source: &source,
            rally: &rally,
        };
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header(("Cache-Control", "no-store"))
            .body(pieces.fill(&visitor)))
    })
}

/// One value of the query string, if present and readable.
fn query_value(req: &HttpRequest, name: &str) -> Option<String> {
    web::Query::<std::collections::HashMap<String, String>>::from_query(req.query_string())
        .ok()
        .and_then(|q| q.get(name).cloned())
}

/// How long a campaign site's visitors' browsers may keep the JSON.
const JSON_MAX_AGE: &str = "public, max-age=5";

/// `GET /p/{slug}.json`, for campaign sites: readable from any origin (it is
/// public and carries no credentials), `?lang=` for the texts, an `ETag`
/// (a `304` for `If-None-Match`), and errors as JSON too.
async fn json(req: &HttpRequest, state: &State, slug: &str) -> HttpResponse {
    let lang = query_value(req, "lang").and_then(|l| Lang::parse(&l));
    let body = match load(state, slug).await {
        Ok(cached) => match lang {
            Some(lang) => PetitionJson::new(&cached.data, &cached.counts, Some(lang)).to_string(),
            None => Ok(cached.json.clone()),
        },
        Err(e) => Err(e),
    };
    let mut response = match body {
        Ok(body) => {
            use sha2::Digest;
            let digest = hex::encode(sha2::Sha256::digest(body.as_bytes()));
            let etag = format!("\"{}\"", &digest[..32]);
            let unchanged = req
                .headers()
                .get(actix_web::http::header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
            let mut r = if unchanged {
                HttpResponse::NotModified()
            } else {
                HttpResponse::Ok()
            };
            r.insert_header((actix_web::http::header::ETAG, etag))
                .insert_header(("Cache-Control", JSON_MAX_AGE));
            if unchanged {
                r.finish()
            } else {
                r.content_type("application/json").body(body)
            }
        }
        Err(e) => {
            let status = actix_web::ResponseError::status_code(&e);
            let (code, message) = match status {
                StatusCode::NOT_FOUND => ("not_found", "there is no petition with this slug"),
                StatusCode::SERVICE_UNAVAILABLE => (
                    "unavailable",
                    "the service is briefly unavailable; try again",
                ),
                _ => ("internal", "something went wrong on the server"),
            };
            e.log();
            let mut r = HttpResponse::build(status);
            if status == StatusCode::SERVICE_UNAVAILABLE {
                r.insert_header(("Retry-After", "5"));
            }
            r.insert_header(("Cache-Control", "no-store"))
                .json(serde_json::json!({ "error": code, "message": message }))
        }
    };
    response.headers_mut().insert(
        actix_web::http::header::ACCESS_CONTROL_ALLOW_ORIGIN,
        actix_web::http::header::HeaderValue::from_static("*"),
    );
    response
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
    base_url: &str,
) -> PetitionPage<'a> {
    let closed = closed_message(data.petition.state(Utc::now().naive_utc()));
    let mut page = PetitionPage::new(
        l,
        &data.petition,
        &data.delivery_points,
        counts,
        form,
        closed,
        csrf,
    );
    page.preview = Preview::of(&data.petition, &page.text, base_url);
    page
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
        render(status, &page(l, data, counts, &form, csrf, &state.base_url))
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

    /// A blank form with `point` (and its country) chosen: a poster's link.
    pub fn for_point(point: &crate::petitions::DeliveryPoint) -> Self {
        SignFormView {
            country: point.country.clone(),
            delivery_point: point.slug.clone(),
            name_in_packet: "full".to_owned(),
            notify_delivery: true,
            ..SignFormView::default()
        }
    }
}

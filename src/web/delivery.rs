//! The public delivery day: `/p/{slug}/delivery`, its JSON, one point's
//! JSON, and the handover photos.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;

use std::sync::Arc;

use super::page_cache::Cached;
use super::petition::load;
use super::templates::{DeliveryPage, delivery_groups};
use super::{State, lang, render};
use crate::delivery::public::{PublicDelivery, PublicPoint};
use crate::delivery::{self, PointDay};
use crate::i18n::Lang;
use crate::web::error::AppError;

/// The petition (cached) and every point's day.
async fn days(state: &State, slug: &str) -> Result<(Arc<Cached>, Vec<PointDay>), AppError> {
    let cached = load(state, slug).await?;
    let points = cached.data.delivery_points.clone();
    let days = state
        .db(move |conn| Ok(delivery::days(conn, &points).context("loading the delivery day")?))
        .await?;
    Ok((cached, days))
}

fn public_points(cached: &Cached, days: &[PointDay], lang: Lang) -> Vec<PublicPoint> {
    days.iter()
        .map(|d| PublicPoint::of(d, &cached.counts, &cached.data.petition.slug, lang))
        .collect()
}

/// The language of a JSON's names: its `?lang=`, else the petition's.
fn json_lang(req: &HttpRequest, cached: &Cached) -> Lang {
    lang::chosen(req).unwrap_or(cached.data.petition.default_lang())
}

fn json(body: &impl serde::Serialize) -> Result<HttpResponse, AppError> {
    let body = serde_json::to_string(body).context("serialising the delivery day")?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Cache-Control", "no-cache"))
        .body(body))
}

/// `GET /p/{slug}/delivery`.
pub async fn page(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (cached, days) = days(&state, &path.into_inner()).await?;
    let l = lang::tr_for(&req, cached.data.petition.default_lang());
    let points = public_points(&cached, &days, l.lang);
    let page = DeliveryPage {
        l,
        slug: &cached.data.petition.slug,
        title: cached.data.petition.title(l.lang),
        groups: delivery_groups(l, &days, &points),
    };
    render(StatusCode::OK, &page)
}

/// `GET /p/{slug}/delivery.json`.
pub async fn all_json(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (cached, days) = days(&state, &path.into_inner()).await?;
    json(&PublicDelivery {
        slug: cached.data.petition.slug.clone(),
        points: public_points(&cached, &days, json_lang(&req, &cached)),
    })
}

/// `GET /p/{slug}/delivery/{point}`: the delivery page for one point.
async fn one_page(
    slug: &str,
    point: &str,
    req: &HttpRequest,
    state: &State,
) -> Result<HttpResponse, AppError> {
    let (cached, days) = days(state, slug).await?;
    let days: Vec<PointDay> = days.into_iter().filter(|d| d.point.slug == point).collect();
    if days.is_empty() {
        return Err(AppError::NotFound);
    }
    let l = lang::tr_for(req, cached.data.petition.default_lang());
    let points = public_points(&cached, &days, l.lang);
    let page = DeliveryPage {
        l,
        slug: &cached.data.petition.slug,
        title: cached.data.petition.title(l.lang),
        groups: delivery_groups(l, &days, &points),
    };
    render(StatusCode::OK, &page)
}

/// `GET /p/{slug}/delivery/{point}.json` (and, without `.json`, its page).
pub async fn point_json(
    path: web::Path<(String, String)>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let Some(point) = file.strip_suffix(".json") else {
        return one_page(&slug, &file, &req, &state).await;
    };
    let (cached, days) = days(&state, &slug).await?;
    let day = days
        .into_iter()
        .find(|d| d.point.slug == point)
        .ok_or(AppError::NotFound)?;
    let lang = json_lang(&req, &cached);
    let mut one = PublicPoint::of(&day, &cached.counts, &cached.data.petition.slug, lang);
    let ids: Vec<i64> = day.versions.iter().map(|v| v.id).collect();
    let leaves = state
        .db(move |conn| {
            let all = ids.iter().map(|&id| delivery::leaves_hex(conn, id));
            Ok(all
                .collect::<Result<Vec<_>, _>>()
                .context("reading leaves")?)
        })
        .await?;
    for (v, leaves) in one.versions.iter_mut().zip(leaves) {
        v.leaves = Some(leaves);
    }
    json(&one)
}

/// `GET /p/{slug}/delivery/photos/{id}.jpg`: stored cleaned, served as is,
/// once the point's handover is recorded (before that only its organizers
/// see them, on their own page).
pub async fn photo(
    path: web::Path<(String, String)>,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let id: i64 = file
        .strip_suffix(".jpg")
        .and_then(|id| id.parse().ok())
        .ok_or(AppError::NotFound)?;
    let cached = load(&state, &slug).await?;
    let points: Vec<i64> = cached
        .data
        .delivery_points
        .iter()
        .filter(|p| p.status.has_record())
        .map(|p| p.id)
        .collect();
    let jpeg = state
        .db(move |conn| Ok(delivery::photos::jpeg(conn, &points, id).context("reading a photo")?))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        // Revalidated every time: a photo removed because it endangers
        // someone must not live on in a cache.
        .insert_header(("Cache-Control", "no-cache"))
        .body(jpeg))
}

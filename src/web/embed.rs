//! `/p/{slug}/embed`: the small counter campaign sites put in an iframe.
//! Only the origins listed on the petition may frame it (`frame-ancestors`);
//! every other page keeps `frame-ancestors 'none'`. It sets no cookie: a
//! framed page's cookies would be third-party ones.

use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_SECURITY_POLICY, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, web};

use super::petition::load;
use super::templates::{EmbedPage, goal_percent};
use super::{State, lang, render};
use crate::web::error::AppError;

/// `GET /p/{slug}/embed`.
pub async fn counter(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let cached = load(&state, &path.into_inner()).await?;
    let petition = &cached.data.petition;
    let l = lang::tr_for(&req, petition.default_lang());
    let text = petition.text(l.lang);
    let total = cached.counts.public_total();
    let page = EmbedPage {
        l,
        title: text.title,
        title_lang: text.lang.code(),
        total,
        goal: petition.goal,
        percent: goal_percent(total, petition.goal),
        sign_url: format!("{}/p/{}?src=embed", state.base_url, petition.slug),
    };
    let mut response = render(StatusCode::OK, &page)?;
    let policy = policy(&petition.embed_origins.frame_ancestors());
    response.headers_mut().insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_str(&policy).map_err(|e| AppError::Internal(e.into()))?,
    );
    Ok(response)
}

/// The site's policy with the petition's `frame-ancestors`.
fn policy(frame_ancestors: &str) -> String {
    format!(
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; \
         frame-ancestors {frame_ancestors}; base-uri 'none'"
    )
}

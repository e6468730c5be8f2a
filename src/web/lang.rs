//! The request's language (see [`crate::i18n`]): read from `?lang=`, the
//! `lang` cookie and `Accept-Language`; a `?lang=` choice is remembered in the
//! cookie, and error pages are put into the request's language here, in one place.

use actix_web::HttpRequest;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_TYPE, HeaderValue, VARY};
use actix_web::middleware::Next;

use crate::i18n::{LANG_COOKIE, Lang, LangChoice, Tr};
use crate::web::error::AppError;

/// What the request says about its reader's language.
pub fn choice(req: &HttpRequest) -> LangChoice {
    let query = query_lang(req.query_string());
    let cookie = req.cookie(LANG_COOKIE);
    let accept = req
        .headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    LangChoice::from_parts(query.as_deref(), cookie.as_ref().map(Cookie::value), accept)
}

/// The translator for a page of a petition whose language is `default`.
pub fn tr_for(req: &HttpRequest, default: Lang) -> Tr {
    Tr::new(choice(req).resolve(default))
}

/// The translator for a page that belongs to no petition (English by default).
pub fn tr(req: &HttpRequest) -> Tr {
    tr_for(req, Lang::En)
}

/// The language chosen in the menu of the page that sent the request (`?lang=`), if valid.
pub fn chosen(req: &HttpRequest) -> Option<Lang> {
    query_lang(req.query_string()).and_then(|c| Lang::parse(&c))
}

fn query_lang(query: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == "lang").then(|| v.to_owned())
    })
}

/// Remembers a language chosen in the menu, and answers errors in the
/// request's language.
pub async fn language(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let chosen = chosen(req.request());
    let https = req
        .app_data::<super::State>()
        .is_some_and(|state| state.https());
    let res = next.call(req).await?;
    // Only an error is put into words here, so only then is the language read.
    let translated = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .filter(|e| !matches!(e, AppError::LoginRequired))
        .map(|e| (e, tr(res.request())))
        .filter(|(_, l)| l.lang != Lang::En)
        .map(|(e, l)| e.page(l));
    let mut res = match translated {
        Some(page) => res.into_response(page).map_into_right_body(),
        None => res.map_into_left_body(),
    };
    let headers = res.response_mut().headers_mut();
    let html = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        // The same URL answers in several languages: caches must keep them
        // apart. (`<html lang>` names the language; a petition page's may be
        // the petition's own, which this layer does not know.)
        headers.insert(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    // The counter framed by campaign sites sets no cookie (see `web::embed`).
    let framed = res.request().path().ends_with("/embed");
    if let Some(lang) = chosen.filter(|_| !framed) {
        let cookie = Cookie::build(LANG_COOKIE, lang.code())
            .path("/")
            .max_age(actix_web::cookie::time::Duration::days(365))
            .same_site(SameSite::Lax)
            .secure(https)
            .http_only(true)
            .finish();
        // A cookie that cannot be set only means the choice is not remembered.
        let _ = res.response_mut().add_cookie(&cookie);
    }
    Ok(res)
}

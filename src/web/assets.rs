//! Static files, compiled in.

use actix_web::HttpResponse;

const STYLE: &str = include_str!("../../templates/static/style.css");
const SIGN_JS: &str = include_str!("../../templates/static/sign.js");
const SHARE_JS: &str = include_str!("../../templates/static/share.js");

/// The one stylesheet.
pub async fn style() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLE)
}

/// The sign form's small script (progressive enhancement only).
pub async fn sign_js() -> HttpResponse {
    asset("text/javascript; charset=utf-8", SIGN_JS)
}

/// The share block's copy and share-sheet buttons (progressive enhancement only).
pub async fn share_js() -> HttpResponse {
    asset("text/javascript; charset=utf-8", SHARE_JS)
}

fn asset(content_type: &str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(body)
}

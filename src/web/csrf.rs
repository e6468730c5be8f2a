//! CSRF protection for every state-changing form: a double-submit token.
//!
//! The browser holds a random value in an HttpOnly, SameSite=Lax cookie; each
//! form carries `HMAC(server secret, that value)` in a hidden `csrf` field. A
//! POST is accepted only if the field matches the cookie it came with, which a
//! page on another site can neither read nor forge. Nothing is stored server-side.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};
use anyhow::Context;
use hmac::{KeyInit, Mac};
use rand::TryRng;
use serde::Deserialize;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// The cookie's name over plain HTTP (a laptop, tests).
pub const COOKIE: &str = "handover_csrf";
/// The cookie's name over HTTPS. Browsers accept a `__Host-` cookie only
/// from the host itself (Secure, `Path=/`, no `Domain`), so a sibling
/// subdomain cannot plant a cookie whose token it knows in a signer's
/// browser ("cookie tossing").
pub const HOST_COOKIE: &str = "__Host-handover_csrf";

/// The cookie's name on a site served over HTTPS or not.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure { HOST_COOKIE } else { COOKIE }
}

/// The token for a form, and the cookie to set if the browser had none.
pub struct FormToken {
    /// Goes into the hidden `csrf` field.
    pub token: String,
    /// `Some` when a new cookie must be sent with the page.
    pub new_cookie: Option<Cookie<'static>>,
}

impl FormToken {
    /// Sets the cookie on the response carrying the form, when it is new.
    pub fn set_cookie(
        self,
        mut response: HttpResponse,
    ) -> Result<HttpResponse, super::error::AppError> {
        if let Some(cookie) = self.new_cookie {
            response
                .add_cookie(&cookie)
                .context("setting the CSRF cookie")?;
        }
        Ok(response)
    }
}

/// A form that carries nothing but its CSRF token (a confirm button, logout).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    pub csrf: String,
}

/// Issues the form token for this browser, creating its cookie if needed.
pub fn issue(req: &HttpRequest, secret: &[u8], secure: bool) -> anyhow::Result<FormToken> {
    if let Some(cookie) = req.cookie(cookie_name(secure))
        && is_well_formed(cookie.value())
    {
        return Ok(FormToken {
            token: sign(secret, cookie.value()),
            new_cookie: None,
        });
    }
    let mut bytes = [0u8; 32];
    rand::rngs::SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    let value = hex::encode(bytes);
    let token = sign(secret, &value);
    let cookie = Cookie::build(cookie_name(secure), value)
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .finish();
    Ok(FormToken {
        token,
        new_cookie: Some(cookie),
    })
}

/// Whether a submitted `csrf` field matches the request's cookie (on an
/// HTTPS site only the `__Host-` one counts).
pub fn verify(req: &HttpRequest, secret: &[u8], secure: bool, submitted: &str) -> bool {
    let Some(cookie) = req.cookie(cookie_name(secure)) else {
        return false;
    };
    let Ok(submitted) = hex::decode(submitted) else {
        return false;
    };
    mac(secret, cookie.value()).verify_slice(&submitted).is_ok()
}

fn is_well_formed(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

fn mac(secret: &[u8], value: &str) -> HmacSha256 {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(b"csrf:");
    mac.update(value.as_bytes());
    mac
}

fn sign(secret: &[u8], value: &str) -> String {
    hex::encode(mac(secret, value).finalize().into_bytes())
}

//! The confirmation link: `GET /verify/{token}` shows a button, `POST` confirms.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::csrf::CsrfOnly;
use super::templates::{MessagePage, VerifyPage};
use super::{State, lang, render};
use crate::domain::PublicCount;
use crate::i18n::{LangChoice, Tr};
use crate::petitions::Petition;
use crate::signatures::verify::{self, ConfirmJob, ConfirmOutcome, TokenLookup};
use crate::web::error::AppError;

/// Longest token looked up; ours are 43 characters.
const MAX_TOKEN: usize = 128;

/// `GET /verify/{token}`: looks, changes nothing.
pub async fn show(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let choice = lang::choice(&req);
    match lookup(&state, &token).await? {
        TokenLookup::Valid {
            verified: true,
            petition,
        } => {
            let cached = super::petition::load(&state, &petition.slug).await?;
            already(tr(&choice, &petition), &petition, cached.counts.total)
        }
        TokenLookup::Valid { petition, .. } => {
            confirm_page(&req, &state, &petition, &token, None, StatusCode::OK)
        }
        TokenLookup::Expired { petition } => expired(tr(&choice, &petition), &petition),
        TokenLookup::Unknown => unknown(lang::tr(&req)),
    }
}

/// The reader's language on a page about `petition`.
fn tr(choice: &LangChoice, petition: &Petition) -> Tr {
    Tr::new(choice.resolve(petition.default_lang()))
}

async fn lookup(state: &State, token: &str) -> Result<TokenLookup, AppError> {
    if token.len() > MAX_TOKEN {
        return Ok(TokenLookup::Unknown);
    }
    let token = token.to_owned();
    state
        .db(move |conn| Ok(verify::lookup(conn, &token, Utc::now().naive_utc())?))
        .await
}

/// `POST /verify/{token}`: confirms.
pub async fn confirm(
    path: web::Path<String>,
    form: web::Form<CsrfOnly>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let choice = lang::choice(&req);
    if !state.csrf_ok(&req, &form.csrf) {
        // Nothing was changed: show the button again with a fresh form token.
        return match lookup(&state, &token).await? {
            TokenLookup::Valid { petition, .. } => confirm_page(
                &req,
                &state,
                &petition,
                &token,
                Some("verify-form-expired"),
                StatusCode::FORBIDDEN,
            ),
            TokenLookup::Expired { petition } => expired(tr(&choice, &petition), &petition),
            TokenLookup::Unknown => unknown(lang::tr(&req)),
        };
    }
    let outcome = if token.len() > MAX_TOKEN {
        ConfirmOutcome::Unknown
    } else {
        let job = ConfirmJob {
            token: token.clone(),
            now: Utc::now().naive_utc(),
        };
        state.confirming.submit(job).await?
    };
    answer(&req, &state.base_url, &choice, outcome)
}

/// The page after a press of "Confirm my signature".
fn answer(
    req: &HttpRequest,
    base_url: &str,
    choice: &LangChoice,
    outcome: ConfirmOutcome,
) -> Result<HttpResponse, AppError> {
    match outcome {
        ConfirmOutcome::Confirmed { petition, total } => {
            let l = tr(choice, &petition);
            let page = MessagePage {
                share: Some(super::share::Share::new(base_url, &petition, l)),
                ..MessagePage::new(l, "verified-title", "verified-message")
            };
            counted(page, &petition, total)
        }
        ConfirmOutcome::AlreadyConfirmed { petition, total } => {
            already(tr(choice, &petition), &petition, total)
        }
        ConfirmOutcome::PetitionNotOpen { petition } => {
            let l = tr(choice, &petition);
            let page = MessagePage::titled(l, petition.title(l.lang), "verify-not-open");
            render(StatusCode::FORBIDDEN, &page)
        }
        ConfirmOutcome::Withdrawn { petition } => {
            let l = tr(choice, &petition);
            let page = MessagePage::new(l, "verify-withdrawn-title", "verify-withdrawn-message")
                .link(format!("/p/{}#sign", petition.slug), l.t("sign-again"));
            render(StatusCode::OK, &page)
        }
        ConfirmOutcome::Invalidated { petition } => {
            let l = tr(choice, &petition);
            let page =
                MessagePage::new(l, "verify-invalidated-title", "verify-invalidated-message")
                    .link(format!("/p/{}", petition.slug), petition.title(l.lang));
            render(StatusCode::OK, &page)
        }
        ConfirmOutcome::Expired { petition } => expired(tr(choice, &petition), &petition),
        ConfirmOutcome::Unknown => unknown(lang::tr(req)),
    }
}

fn confirm_page(
    req: &HttpRequest,
    state: &State,
    petition: &Petition,
    token: &str,
    notice: Option<&'static str>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let l = lang::tr_for(req, petition.default_lang());
    let text = petition.text(l.lang);
    state.with_form_token(req, |csrf| {
        let page = VerifyPage {
            l,
            text,
            token,
            csrf,
            notice,
        };
        render(status, &page)
    })
}

/// A confirmation page with the count and a link back to the petition.
fn counted(page: MessagePage, petition: &Petition, total: i64) -> Result<HttpResponse, AppError> {
    let l = page.l;
    let page = MessagePage {
        count_line: Some(l.tn_public("count-so-far", PublicCount::of(total))),
        ..page
    }
    .link(format!("/p/{}", petition.slug), petition.title(l.lang));
    render(StatusCode::OK, &page)
}

fn already(l: Tr, petition: &Petition, total: i64) -> Result<HttpResponse, AppError> {
    counted(
        MessagePage::new(l, "already-title", "already-message"),
        petition,
        total,
    )
}

fn expired(l: Tr, petition: &Petition) -> Result<HttpResponse, AppError> {
    let page = MessagePage::new(l, "link-expired-title", "link-expired-message")
        .link(format!("/p/{}#sign", petition.slug), l.t("get-new-link"));
    render(StatusCode::GONE, &page)
}

fn unknown(l: Tr) -> Result<HttpResponse, AppError> {
    let page = MessagePage::new(l, "link-unknown-title", "link-unknown-message")
        .link("/", l.t("find-petition"));
    render(StatusCode::NOT_FOUND, &page)
}

//! Invalidating signatures in bulk or one by one, with a preview and an undo.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::Session;
use super::manage::managed;
use crate::crypto::Keyring;
use crate::domain::Msg;
use crate::domain::{SignerEmail, client_ip};
use crate::petitions::PetitionWithPoints;
use crate::petitions::edit::parse_time;
use crate::signatures;
use crate::signatures::invalidate::{self, Criteria};
use crate::web::csrf::CsrfOnly;
use crate::web::error::AppError;
use crate::web::templates::InvalidationsPage;
use crate::web::{State, render, see_other};

/// The invalidation form as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InvalidationForm {
    pub email_domain: String,
    pub email: String,
    pub ip: String,
    /// A network's keyed hash, as linked from the activity view.
    pub ip_range: String,
    pub from: String,
    pub to: String,
    pub delivery_point: String,
    pub reason: String,
    /// `preview` or `apply`.
    pub action: String,
    pub csrf: String,
}

/// An address or a network criterion: the keyed hash and what the organizer saw.
type HashCriterion = Option<(String, String)>;

impl InvalidationForm {
    /// How a linked network is shown: the start of its hash.
    pub fn ip_range_label(&self) -> &str {
        self.ip_range.get(..8).unwrap_or_default()
    }

    /// The IP criteria: one address, or one network typed as `203.0.113.0/24`
    /// (`/48` for IPv6) or linked from the activity view by its hash.
    fn ip_criteria(&self, secret: &[u8]) -> Result<(HashCriterion, HashCriterion), Msg> {
        let help = || Msg::new("org-inv-error-ip");
        let typed = self.ip.trim();
        let linked = self.ip_range.trim();
        if !linked.is_empty() {
            if linked.len() != 64 || !linked.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Msg::new("org-inv-error-link"));
            }
            let label = format!("network #{}", &linked[..8]);
            return Ok((None, Some((linked.to_ascii_lowercase(), label))));
        }
        if typed.is_empty() {
            return Ok((None, None));
        }
        if typed.contains('/') {
            let net: ipnet::IpNet = typed.parse().map_err(|_| help())?;
            let hash = client_ip::typed_range_hash(secret, net).ok_or_else(help)?;
            return Ok((None, Some((hash, net.trunc().to_string()))));
        }
        let parsed: std::net::IpAddr = typed.parse().map_err(|_| help())?;
        let parsed = client_ip::canonical(parsed);
        Ok((
            Some((
                client_ip::address_hash(secret, Some(parsed)),
                parsed.to_string(),
            )),
            None,
        ))
    }

    /// The criteria, and the reason when the organizer applies rather than
    /// previews; or a message for the organizer.
    fn request(
        &self,
        data: &PetitionWithPoints,
        keys: &Keyring,
    ) -> Result<(Criteria, Option<String>), Msg> {
        let criteria = self.criteria(data, keys)?;
        if self.action != "apply" {
            return Ok((criteria, None));
        }
        let reason = self.reason.trim();
        if reason.is_empty() || reason.chars().count() > 500 {
            return Err(Msg::new("org-inv-error-reason"));
        }
        Ok((criteria, Some(reason.to_owned())))
    }

    /// The criteria, or a message for the organizer.
    fn criteria(&self, data: &PetitionWithPoints, keys: &Keyring) -> Result<Criteria, Msg> {
        let domain = match self.email_domain.trim().trim_start_matches('@') {
            "" => None,
            typed => {
                let domain = crate::domain::email_domain_to_ascii(typed)
                    .map_err(|_| Msg::new("org-inv-error-domain"))?;
                Some((signatures::domain_hash(keys, &domain), domain))
            }
        };
        let email = match self.email.trim() {
            "" => None,
            e => Some(signatures::email_hash(
                keys,
                &SignerEmail::parse(e).map_err(|e| e.0)?,
            )),
        };
        let (ip, ip_range) = self.ip_criteria(keys.index_key())?;
        let delivery_point = match self.delivery_point.trim() {
            "" => None,
            slug => Some(
                data.point(slug)
                    .map(|p| (p.id, p.slug.clone()))
                    .ok_or_else(|| Msg::new("org-inv-error-point"))?,
            ),
        };
        let criteria = Criteria {
            email_domain: domain,
            email,
            ip,
            ip_range,
            from: parse_time(&self.from)?,
            to: parse_time(&self.to)?,
            delivery_point,
        };
        if criteria.is_empty() {
            return Err(Msg::new("org-inv-error-no-criterion"));
        }
        Ok(criteria)
    }
}

/// `GET /organizer/petitions/{slug}/invalidations`; the query may prefill the
/// form (the activity view links here with a domain or a network).
pub async fn page(
    session: Session,
    path: web::Path<String>,
    prefill: web::Query<InvalidationForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let data = managed(&session, &state, path.into_inner()).await?;
    let form = InvalidationForm {
        csrf: String::new(),
        action: String::new(),
        ..prefill.into_inner()
    };
    let page = Shown::new(data, form);
    page.render(&req, &state, &session, StatusCode::OK).await
}

/// `POST /organizer/petitions/{slug}/invalidations`: preview, or apply with a reason.
pub async fn submit(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<InvalidationForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    super::check_form(&req, &state, &form.csrf)?;
    let data = managed(&session, &state, path.into_inner()).await?;
    let mut page = Shown::new(data, form.into_inner());
    let (criteria, apply) = match page.form.request(&page.data, &state.keys) {
        Ok(request) => request,
        Err(e) => {
            return page
                .refused(e)
                .render(&req, &state, &session, UNPROCESSABLE)
                .await;
        }
    };
    let (by, petition_id) = (session.scope.organizer.clone(), page.data.petition.id);
    let now = Utc::now().naive_utc();
    let was_apply = apply.is_some();
    let outcome = state
        .db(move |conn| {
            Ok(match apply {
                Some(reason) => invalidate::Preview::Matches(invalidate::apply(
                    conn,
                    petition_id,
                    &criteria,
                    &reason,
                    &by,
                    now,
                )?),
                None => invalidate::preview(conn, petition_id, &criteria, &by, now)?,
            })
        })
        .await?;
    match outcome {
        invalidate::Preview::Matches(_) if was_apply => Ok(see_other(&page_path(&page.data))),
        invalidate::Preview::Matches(n) => {
            page.matches = Some(n);
            page.render(&req, &state, &session, StatusCode::OK).await
        }
        invalidate::Preview::TooMany => {
            let e = Msg::new("org-inv-error-preview-limit").num("n", invalidate::PREVIEWS_PER_HOUR);
            let status = StatusCode::TOO_MANY_REQUESTS;
            page.refused(e).render(&req, &state, &session, status).await
        }
    }
}

const UNPROCESSABLE: StatusCode = StatusCode::UNPROCESSABLE_ENTITY;

/// `POST /organizer/petitions/{slug}/invalidations/{id}/undo`.
pub async fn undo(
    session: Session,
    path: web::Path<(String, i64)>,
    req: HttpRequest,
    form: web::Form<CsrfOnly>,
    state: State,
) -> Result<HttpResponse, AppError> {
    super::check_form(&req, &state, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let data = managed(&session, &state, slug).await?;
    let (by, petition_id) = (session.scope.organizer.clone(), data.petition.id);
    let now = Utc::now().naive_utc();
    let undone = state
        .db(move |conn| Ok(invalidate::undo(conn, petition_id, id, &by, now)?))
        .await?;
    undone.ok_or(AppError::NotFound)?;
    Ok(see_other(&page_path(&data)))
}

/// The invalidations page of a petition.
fn page_path(data: &PetitionWithPoints) -> String {
    format!("/organizer/petitions/{}/invalidations", data.petition.slug)
}

/// What the invalidations page shows: the form as typed, how many a preview
/// matched, or why it was refused.
struct Shown {
    data: PetitionWithPoints,
    form: InvalidationForm,
    matches: Option<i64>,
    error: Option<Msg>,
}

impl Shown {
    fn new(data: PetitionWithPoints, form: InvalidationForm) -> Self {
        Shown {
            data,
            form,
            matches: None,
            error: None,
        }
    }

    fn refused(self, why: Msg) -> Self {
        Shown {
            error: Some(why),
            ..self
        }
    }

    async fn render(
        self,
        req: &HttpRequest,
        state: &State,
        session: &Session,
        status: StatusCode,
    ) -> Result<HttpResponse, AppError> {
        let petition_id = self.data.petition.id;
        let past = state
            .db(move |conn| {
                Ok(invalidate::list(conn, petition_id).context("listing invalidations")?)
            })
            .await?;
        state.with_form_token(req, |csrf| {
            let page = InvalidationsPage {
                l: crate::web::lang::tr(req),
                organizer: &session.scope.organizer,
                data: &self.data,
                form: &self.form,
                matches: self.matches,
                error: self.error,
                past,
                csrf,
            };
            render(status, &page)
        })
    }
}

//! Invalidating signatures in bulk or one by one, with a preview and an undo.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;
use chrono::Utc;
use serde::Deserialize;

use super::Session;
use super::dashboard::with_cookie;
use super::manage::managed;
use crate::crypto::Keyring;
use crate::domain::{SignerEmail, client_ip};
use crate::error::AppError;
use crate::i18n::Msg;
use crate::petitions::PetitionWithPoints;
use crate::petitions::edit::parse_time;
use crate::signatures;
use crate::signatures::invalidate::{self, Criteria};
use crate::web::templates::InvalidationsPage;
use crate::web::{State, blocking, csrf, render};

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
                data.delivery_points
                    .iter()
                    .find(|p| p.slug == slug)
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
    let prefill = InvalidationForm {
        csrf: String::new(),
        action: String::new(),
        ..prefill.into_inner()
    };
    show(
        &req,
        &state,
        &session,
        data,
        &prefill,
        None,
        None,
        StatusCode::OK,
    )
    .await
}

/// `POST /organizer/petitions/{slug}/invalidations`: preview, or apply with a reason.
pub async fn submit(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    form: web::Form<InvalidationForm>,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("org-form-expired")));
    }
    let data = managed(&session, &state, path.into_inner()).await?;
    let form = form.into_inner();
    let criteria = match form.criteria(&data, &state.keys) {
        Ok(c) => c,
        Err(e) => {
            return refused(
                &req,
                &state,
                &session,
                data,
                &form,
                e,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let reason = form.reason.trim().to_owned();
    let apply = form.action == "apply";
    if apply && (reason.is_empty() || reason.chars().count() > 500) {
        let e = Msg::new("org-inv-error-reason");
        return refused(
            &req,
            &state,
            &session,
            data,
            &form,
            e,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let (db, by, petition_id) = (
        state.clone(),
        session.scope.organizer.clone(),
        data.petition.id,
    );
    let n = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(if apply {
            invalidate::Preview::Matches(invalidate::apply(
                &mut conn,
                petition_id,
                &criteria,
                &reason,
                &by,
                Utc::now().naive_utc(),
            )?)
        } else {
            invalidate::preview(
                &mut conn,
                petition_id,
                &criteria,
                &by,
                Utc::now().naive_utc(),
            )?
        })
    })
    .await?;
    let n = match n {
        invalidate::Preview::Matches(n) => n,
        invalidate::Preview::TooMany => {
            let e = Msg::new("org-inv-error-preview-limit").num("n", invalidate::PREVIEWS_PER_HOUR);
            return refused(
                &req,
                &state,
                &session,
                data,
                &form,
                e,
                StatusCode::TOO_MANY_REQUESTS,
            )
            .await;
        }
    };
    if apply {
        return Ok(HttpResponse::SeeOther()
            .insert_header((
                LOCATION,
                format!("/organizer/petitions/{}/invalidations", data.petition.slug),
            ))
            .finish());
    }
    show(
        &req,
        &state,
        &session,
        data,
        &form,
        Some(n),
        None,
        StatusCode::OK,
    )
    .await
}

/// The page again with the form as typed and why it was refused.
async fn refused(
    req: &HttpRequest,
    state: &State,
    session: &Session,
    data: PetitionWithPoints,
    form: &InvalidationForm,
    why: Msg,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    show(req, state, session, data, form, None, Some(why), status).await
}

/// `POST /organizer/petitions/{slug}/invalidations/{id}/undo`.
pub async fn undo(
    session: Session,
    path: web::Path<(String, i64)>,
    req: HttpRequest,
    form: web::Form<super::auth::CsrfOnly>,
    state: State,
) -> Result<HttpResponse, AppError> {
    if !csrf::verify(&req, &state.secret, state.https(), &form.csrf) {
        return Err(AppError::Forbidden(Msg::new("org-form-expired")));
    }
    let (slug, id) = path.into_inner();
    let data = managed(&session, &state, slug).await?;
    let (db, by, petition_id) = (
        state.clone(),
        session.scope.organizer.clone(),
        data.petition.id,
    );
    let undone = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(invalidate::undo(
            &mut conn,
            petition_id,
            id,
            &by,
            Utc::now().naive_utc(),
        )?)
    })
    .await?;
    undone.ok_or(AppError::NotFound)?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            LOCATION,
            format!("/organizer/petitions/{}/invalidations", data.petition.slug),
        ))
        .finish())
}

#[expect(
    clippy::too_many_arguments,
    reason = "one page, many parts of it to fill"
)]
async fn show(
    req: &HttpRequest,
    state: &State,
    session: &Session,
    data: PetitionWithPoints,
    form: &InvalidationForm,
    matches: Option<i64>,
    error: Option<Msg>,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let (db, petition_id) = (state.clone(), data.petition.id);
    let past = blocking(move || {
        let mut conn = db.pool.get().context("getting a database connection")?;
        Ok(invalidate::list(&mut conn, petition_id).context("listing invalidations")?)
    })
    .await?;
    let token = csrf::issue(req, &state.secret, state.https())?;
    let page = InvalidationsPage {
        l: crate::web::lang::tr(req),
        organizer: &session.scope.organizer,
        data: &data,
        form,
        matches,
        error,
        past,
        csrf: &token.token,
    };
    with_cookie(render(status, &page)?, token)
}

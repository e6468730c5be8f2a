//! The organizer dashboard and the audit log.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use anyhow::Context;

use super::Session;
use crate::audit;
use crate::i18n::Tr;
use crate::mail::relay::{self, RelayPause};
use crate::organizers::Role;
use crate::petitions::PetitionWithPoints;
use crate::signatures::SignatureState;
use crate::signatures::counts::{self, Counts, OtherStates};
use crate::web::error::AppError;
use crate::web::templates::{AuditPage, OrganizerHome, OrganizerPetition, PointRow};
use crate::web::{State, render};

/// `GET /organizer`: the petitions this organizer may see.
pub async fn home(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let scope = session.scope.clone();
    let (petitions, paused) = state
        .db(move |conn| {
            let petitions = scope
                .petitions(conn)
                .context("listing an organizer's petitions")?;
            Ok((
                petitions,
                relay::pause(conn).context("reading the relay's state")?,
            ))
        })
        .await?;
    let l = crate::web::lang::tr(&req);
    state.with_form_token(&req, |csrf| {
        let page = OrganizerHome {
            l,
            organizer: &session.scope.organizer,
            is_admin: session.scope.role() == Role::Admin,
            petitions,
            mail_paused: paused_notice(l, paused),
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

/// What the petition dashboard shows, loaded in one go.
struct Figures {
    data: PetitionWithPoints,
    visible: Vec<i64>,
    counts: Counts,
    others: OtherStates,
    per_day: Vec<(String, i64)>,
    sources: Vec<(Option<String>, i64, i64)>,
    paused: Option<RelayPause>,
}

impl Figures {
    /// One row per delivery point the organizer sees, in the reader's language.
    fn point_rows(&self, l: Tr) -> Vec<PointRow> {
        let other = |point: i64, s: SignatureState| l.number(self.others.count(Some(point), s));
        self.data
            .delivery_points
            .iter()
            .filter(|p| self.visible.contains(&p.id))
            .map(|p| PointRow {
                slug: p.slug.clone(),
                name: p.name_in(l.lang).to_owned(),
                city: p.city_in(l.lang).to_owned(),
                country: l.country(&p.country),
                verified: l.number(self.counts.for_delivery_point(p.id)),
                pending: other(p.id, SignatureState::Pending),
                withdrawn: other(p.id, SignatureState::Withdrawn),
                invalidated: other(p.id, SignatureState::Invalidated),
            })
            .collect()
    }

    /// Verified counts by country, named in the reader's language and ordered by name.
    fn by_country(&self, l: Tr) -> BTreeMap<String, String> {
        let counts = &self.counts.by_country;
        counts
            .iter()
            .map(|(code, n)| (l.country(code), l.number(*n)))
            .collect()
    }
}

/// `GET /organizer/petitions/{slug}`: counts for the delivery points this organizer sees.
pub async fn petition(
    session: Session,
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let (slug, scope) = (path.into_inner(), session.scope.clone());
    let f = state
        .db(move |conn| {
            let (data, visible) = scope
                .visible_petition(conn, &slug)?
                .ok_or(AppError::NotFound)?;
            let id = data.petition.id;
            let counts =
                counts::load_for_points(conn, id, Some(&visible)).context("loading counts")?;
            let others =
                OtherStates::load(conn, &visible).context("counting signatures by state")?;
            let per_day =
                counts::verified_per_day(conn, id, &visible).context("counting per day")?;
            let paused = relay::pause(conn).context("reading the relay's state")?;
            let sources = counts::by_source(conn, id, &visible).context("counting per source")?;
            Ok(Figures {
                paused,
                sources,
                data,
                visible,
                counts,
                others,
                per_day,
            })
        })
        .await?;
    let l = crate::web::lang::tr(&req);
    let other = |point: Option<i64>, s: SignatureState| l.number(f.others.count(point, s));
    let (points, by_country) = (f.point_rows(l), f.by_country(l));
    state.with_form_token(&req, |csrf| {
        let page = OrganizerPetition {
            l,
            organizer: &session.scope.organizer,
            petition: &f.data.petition,
            points,
            by_country,
            per_day: f
                .per_day
                .iter()
                .map(|(d, n)| (d.clone(), l.number(*n)))
                .collect(),
            total: l.number(f.counts.total),
            pending: other(None, SignatureState::Pending),
            withdrawn: other(None, SignatureState::Withdrawn),
            invalidated: other(None, SignatureState::Invalidated),
            can_edit: session.scope.manages(f.data.petition.id),
            mail_paused: paused_notice(l, f.paused.clone()),
            sources: f
                .sources
                .iter()
                .map(|(source, signed, confirmed)| {
                    let name = source.clone().unwrap_or_else(|| l.t("org-source-none"));
                    (name, l.number(*signed), l.number(*confirmed))
                })
                .collect(),
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

/// The notice that mail is paused, while the SMTP server refuses everything.
fn paused_notice(l: Tr, paused: Option<RelayPause>) -> Option<String> {
    paused.map(|p| {
        l.t2(
            "org-mail-paused",
            "since",
            &l.date_time(p.refusing_since),
            "code",
            &p.reply_code,
        )
    })
}

/// `GET /organizer/audit`: admins only.
pub async fn audit(
    session: Session,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    session.admin_only("org-only-admins-audit")?;
    let entries = state
        .db(|conn| Ok(audit::recent(conn, 500).context("reading the audit log")?))
        .await?;
    state.with_form_token(&req, |csrf| {
        let page = AuditPage {
            l: crate::web::lang::tr(&req),
            organizer: &session.scope.organizer,
            entries,
            csrf,
        };
        render(StatusCode::OK, &page)
    })
}

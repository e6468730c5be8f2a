//! Signing: `POST /p/{slug}/sign` and the "check your email" page.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::petition::{closed_message, load, sign_page};
use super::templates::{MessagePage, SignFormView, ThanksPage};
use super::{State, form_timer, lang, render, see_other};
use crate::domain::{City, Comment, Country, NameInPacket, SignerEmail, SignerName, client_ip};
use crate::domain::{FieldErrors, Msg, Source};
use crate::i18n::{Lang, Tr};
use crate::petitions::{DeliveryPoint, PetitionState, PetitionWithPoints};
use crate::signatures::sign::{SignJob, SignatureInput};
use crate::web::error::AppError;

/// The sign form as submitted: every field optional, so that a missing field
/// is a message next to it rather than a 400.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub name: String,
    pub email: String,
    pub country: String,
    pub city: String,
    pub delivery_point: String,
    pub name_in_packet: String,
    pub comment: String,
    pub consent: Option<String>,
    /// "Tell me when my signature has been handed over" (checked when served).
    pub notify_delivery: Option<String>,
    /// "Keep me informed about this petition" (unchecked when served).
    pub keep_informed: Option<String>,
    /// The honeypot: hidden from people, filled in by naive bots.
    pub website: String,
    /// The `?src=` code of the link that brought the signer (hidden).
    #[serde(default)]
    pub src: String,
    /// A poster's rally token (hidden): a higher per-IP limit, see
    /// [`crate::delivery::rally`].
    pub rally: String,
    /// When the form was served, signed: too fast a submission is a bot's.
    pub started: String,
    pub csrf: String,
}

/// `POST /p/{slug}/sign`.
pub async fn submit(
    path: web::Path<String>,
    form: web::Form<SignForm>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let cached = load(&state, &path.into_inner()).await?;
    let data = &cached.data;
    let lang = lang::choice(&req).resolve(data.petition.default_lang());
    if let Some(message) = closed_message(data.petition.state(Utc::now().naive_utc())) {
        let page = MessagePage::titled(Tr::new(lang), data.petition.title(lang), message);
        return render(StatusCode::FORBIDDEN, &page);
    }
    let thanks = format!("/p/{}/thanks", data.petition.slug);
    match admit(&req, &state, data, &form, lang).await? {
        Admission::Sign(job) => {
            state.signing.submit(*job).await?;
            state.wake_worker();
            Ok(see_other(&thanks))
        }
        // A bot (honeypot filled, or faster than a person): answered exactly
        // like a person, but nothing is stored or sent.
        Admission::Bot => Ok(see_other(&thanks)),
        Admission::Refused(status, errors, wait) => {
            let view = SignFormView {
                errors,
                ..SignFormView::from(&form)
            };
            let response = sign_page(&req, &state, data, &cached.counts, &view, status)?;
            Ok(match wait {
                Some(wait) => super::retry_after(response, wait),
                None => response,
            })
        }
    }
}

/// What a submitted sign form comes to.
enum Admission {
    /// A person's valid signature, ready for the group commit.
    Sign(Box<SignJob>),
    /// A bot: thanked, but nothing is kept.
    Bot,
    /// Shown again with messages, with this status (and a `Retry-After`).
    Refused(StatusCode, FieldErrors, Option<std::time::Duration>),
}

fn refused(status: StatusCode, field: &'static str, message: Msg) -> Result<Admission, AppError> {
    let mut errors = FieldErrors::new();
    errors.add(field, message);
    Ok(Admission::Refused(status, errors, None))
}

/// Every check a submission passes, in order: the form token, the fields and
/// the email domain, the honeypot and fill time, the network, the rate
/// limits, and (with the fill-time check on) that the served form signs once.
async fn admit(
    req: &HttpRequest,
    state: &State,
    data: &PetitionWithPoints,
    form: &SignForm,
    lang: Lang,
) -> Result<Admission, AppError> {
    let now = Utc::now();
    if !state.csrf_ok(req, &form.csrf) {
        return refused(
            StatusCode::FORBIDDEN,
            "form",
            Msg::new("error-form-expired"),
        );
    }
    let input = match validate(form, &data.delivery_points, now.naive_utc()) {
        Ok(input) if state.blocklist.blocks_domain(input.email.domain()) => {
            let message = Msg::new("error-disposable-domain");
            return refused(StatusCode::UNPROCESSABLE_ENTITY, "email", message);
        }
        Ok(input) => input,
        Err(errors) => {
            return Ok(Admission::Refused(
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                None,
            ));
        }
    };
    let fast = !form_timer::passed(
        &state.secret,
        &form.started,
        now.timestamp_millis(),
        state.min_fill_ms,
    );
    if !form.website.is_empty() || fast {
        return Ok(Admission::Bot);
    }
    let client_ip = state.limits.client_ip(req);
    if state.blocklist.blocks_ip(client_ip) {
        return refused(
            StatusCode::FORBIDDEN,
            "form",
            Msg::new("error-blocked-network"),
        );
    }
    let rally = crate::delivery::rally::holds(
        &state.secret,
        data.petition.id,
        &form.rally,
        now.naive_utc(),
    );
    let domain = input.email.domain();
    if let Err(wait) =
        super::rate_limit::Limits::check_sign(state, client_ip, domain, rally).await?
    {
        let minutes = i64::try_from(wait.as_secs().div_ceil(60).max(1)).unwrap_or(i64::MAX);
        let mut errors = FieldErrors::new();
        errors.add("form", Msg::new("error-rate-limited").num("n", minutes));
        return Ok(Admission::Refused(
            StatusCode::TOO_MANY_REQUESTS,
            errors,
            Some(wait),
        ));
    }
    let input = SignatureInput {
        ip_hash: Some(client_ip::address_hash(state.keys.index_key(), client_ip)),
        ip_range_hash: client_ip::range_hash(state.keys.index_key(), client_ip),
        lang,
        ..input
    };
    let now = now.naive_utc();
    let job = SignJob::new(
        data.petition.id,
        input,
        &state.keys,
        now,
        state.resend_interval,
    );
    // With the fill-time check on, each served form signs once; 0 switches
    // both off (load tests post one form many times).
    if state.min_fill_ms == 0 {
        return Ok(Admission::Sign(Box::new(job)));
    }
    match form_timer::use_expires_at(&form.started).filter(|&t| t > now) {
        Some(expires_at) => Ok(Admission::Sign(Box::new(
            job.from_form(&form.started, expires_at),
        ))),
        None => refused(
            StatusCode::FORBIDDEN,
            "form",
            Msg::new("error-form-expired"),
        ),
    }
}

/// `GET /p/{slug}/thanks`.
pub async fn thanks(
    path: web::Path<String>,
    req: HttpRequest,
    state: State,
) -> Result<HttpResponse, AppError> {
    let cached = load(&state, &path.into_inner()).await?;
    let data = &cached.data;
    if data.petition.state(Utc::now().naive_utc()) == PetitionState::NotYetOpen {
        return Err(AppError::NotFound);
    }
    let l = lang::tr_for(&req, data.petition.default_lang());
    let page = ThanksPage {
        l,
        petition: &data.petition,
        text: data.petition.text(l.lang),
        share: super::share::Share::new(&state.base_url, &data.petition, l),
    };
    render(StatusCode::OK, &page)
}

/// `GET /p/{slug}/sign`: where the language menu of a form shown again with
/// errors leads; back to the form, in the chosen language.
pub async fn form_again(path: web::Path<String>, req: HttpRequest) -> HttpResponse {
    match crate::domain::Slug::parse(&path.into_inner()) {
        Ok(slug) => super::see_other_keeping_lang(&req, &format!("/p/{slug}")),
        Err(_) => see_other("/"),
    }
}

impl From<&SignForm> for SignFormView {
    fn from(f: &SignForm) -> Self {
        SignFormView {
            name: f.name.clone(),
            email: f.email.clone(),
            country: f.country.clone(),
            city: f.city.clone(),
            delivery_point: f.delivery_point.clone(),
            name_in_packet: f.name_in_packet.clone(),
            comment: f.comment.clone(),
            consent: f.consent.is_some(),
            notify_delivery: f.notify_delivery.is_some(),
            keep_informed: f.keep_informed.is_some(),
            started: f.started.clone(),
            src: Source::parse(&f.src)
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            rally: Some(f.rally.clone())
                .filter(|t| crate::delivery::rally::well_formed(t))
                .unwrap_or_default(),
            errors: FieldErrors::new(),
        }
    }
}

/// Checks every field of a submitted form; returns the signature, or a message
/// per wrong field in form order.
pub fn validate(
    form: &SignForm,
    points: &[DeliveryPoint],
    now: chrono::NaiveDateTime,
) -> Result<SignatureInput, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check("name", SignerName::parse(&form.name));
    let email = e.check("email", SignerEmail::parse(&form.email));
    let country = e.check("country", Country::parse(&form.country));
    let city = e.check("city", City::parse(&form.city));
    let point = DeliveryPoint::by_slug(points, form.delivery_point.trim());
    let name_in_packet = e.check("name_in_packet", NameInPacket::parse(&form.name_in_packet));
    let comment = e.check("comment", Comment::parse(&form.comment));
    let point = match point {
        None => {
            e.add("delivery_point", Msg::new("error-point"));
            None
        }
        // Its packet is printed (or about to be): the signer chooses again,
        // with everything else they typed kept.
        Some(p) if !p.takes_signatures(now) => {
            e.add("delivery_point", Msg::new("error-point-closed"));
            None
        }
        Some(p) => Some(p),
    };
    if form.consent.is_none() {
        e.add("consent", Msg::new("error-consent"));
    }
    e.sort_by_fields(&FIELD_ORDER);
    let all = (|| {
        Some(SignatureInput {
            name: name?,
            email: email?,
            country: country?,
            city: city?,
            delivery_point_id: point?.id,
            name_in_packet: name_in_packet?,
            comment: comment?,
            ip_hash: None,
            ip_range_hash: None,
            lang: Lang::En,
            notify_delivery: form.notify_delivery.is_some(),
            keep_informed: form.keep_informed.is_some(),
            source: Source::parse(&form.src),
        })
    })();
    e.or_value(all)
}

const FIELD_ORDER: [&str; 8] = [
    "name",
    "email",
    "country",
    "city",
    "delivery_point",
    "name_in_packet",
    "comment",
    "consent",
];

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;
    use proptest::prelude::*;

    use super::*;

    fn points() -> Vec<DeliveryPoint> {
        vec![DeliveryPoint::example()]
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            ".{0,300}",
            "[a-zA-Z0-9 .@+_-]{0,80}",
            "[김민수山田太郎ÉéØø ]{0,30}",
            "[a-z]{1,20}@[a-z]{1,20}\\.[a-z]{2,5}",
            Just(String::new()),
        ]
    }

    proptest! {
        /// Whatever a client sends, validation answers (never panics), and
        /// what it accepts holds to every bound.
        #[test]
        fn any_form_is_either_refused_with_messages_or_valid_within_bounds(
            name in any_text(), email in any_text(), country in prop_oneof!["[A-Za-z]{0,3}", Just("KR".to_owned())],
            city in any_text(), point in prop_oneof![Just("seoul-embassy".to_owned()), any_text()],
            nip in prop_oneof![Just("full".to_owned()), Just("initials".to_owned()), Just("anonymous".to_owned()), any_text()],
            comment in any_text(), consent in proptest::option::of(any_text()),
        ) {
            let form = SignForm {
                name, email, country, city, delivery_point: point, name_in_packet: nip, comment, consent,
                notify_delivery: None, keep_informed: None, website: String::new(), started: String::new(), csrf: String::new(), src: String::new(), rally: String::new(),
            };
            match validate(&form, &points(), NaiveDateTime::default()) {
                Ok(input) => {
                    prop_assert!(!input.name.as_str().is_empty() && input.name.as_str().chars().count() <= 200);
                    prop_assert!(input.email.as_str().chars().count() <= 254);
                    prop_assert_eq!(input.email.as_str(), input.email.as_str().trim().to_lowercase());
                    prop_assert!(input.city.as_str().chars().count() <= 100);
                    prop_assert!(input.comment.as_str().chars().count() <= 500);
                    prop_assert_eq!(input.delivery_point_id, 7);
                    prop_assert!(form.consent.is_some());
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    prop_assert!(errors.iter().all(|(_, m)| !Tr::default().msg(m).is_empty()));
                }
            }
        }
    }
}

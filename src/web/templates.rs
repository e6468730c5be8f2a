//! The page templates (in `templates/`, compiled in by askama, HTML-escaped)
//! and the view models they read.

use askama::Template;

use crate::domain::{FieldErrors, Msg};
use crate::i18n::Tr;
use crate::petitions::{DeliveryPoint, LocalText, Petition};
use crate::signatures::counts::Counts;

/// Any error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub l: Tr,
    pub title: &'a str,
    pub message: &'a str,
}

/// A page with a heading, a message and an optional link onwards.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub l: Tr,
    pub title: String,
    pub message: String,
    pub count_line: Option<String>,
    /// `(href, text)`.
    pub link: Option<(String, String)>,
}

impl MessagePage {
    /// A page whose title and message are the catalog's `title` and `message`.
    pub fn new(l: Tr, title: &str, message: &str) -> Self {
        MessagePage::titled(l, l.t(title), message)
    }

    /// A page whose title is given (a petition's) and whose message is the catalog's `message`.
    pub fn titled(l: Tr, title: String, message: &str) -> Self {
        MessagePage {
            l,
            title,
            message: l.t(message),
            count_line: None,
            link: None,
        }
    }

    /// Adds a link onwards.
    pub fn link(mut self, href: impl Into<String>, text: impl Into<String>) -> Self {
        self.link = Some((href.into(), text.into()));
        self
    }
}

/// One petition in the home page's list, in the reader's language.
pub struct HomeItem {
    pub slug: String,
    pub lang: &'static str,
    pub title: String,
    pub recipient: String,
}

/// The home page: every petition.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub l: Tr,
    pub petitions: Vec<HomeItem>,
}

/// The public petition page with its sign form.
#[derive(Template)]
#[template(path = "petition.html")]
pub struct PetitionPage<'a> {
    pub l: Tr,
    pub petition: &'a Petition,
    pub text: LocalText,
    /// The verified total as the public sees it.
    pub total: crate::domain::PublicCount,
    pub goal: i64,
    pub percent: i64,
    pub groups: Vec<CountryGroup<'a>>,
    pub countries_with_points: Vec<&'static (&'static str, String)>,
    pub all_countries: &'static [(&'static str, String)],
    pub form: &'a SignFormView,
    /// The catalog id of the message shown instead of the form.
    pub closed_message: Option<&'static str>,
    pub csrf: &'a str,
}

/// The delivery points of one country, for the `<optgroup>` and the counts list.
pub struct CountryGroup<'a> {
    pub code: &'a str,
    pub name: String,
    pub points: Vec<PointView<'a>>,
}

/// One delivery point on the petition page.
pub struct PointView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub city: &'a str,
    /// Shown as "<3" below three (see [`crate::domain::PublicCount`]).
    pub count: String,
}

/// What the sign form shows: the values typed so far and the messages per field.
#[derive(Debug, Clone, Default)]
pub struct SignFormView {
    pub name: String,
    pub email: String,
    pub country: String,
    pub city: String,
    pub delivery_point: String,
    pub name_in_packet: String,
    pub comment: String,
    pub consent: bool,
    /// The signed time the form was first served (see `web::form_timer`).
    pub started: String,
    /// The messages per field, in form order.
    pub errors: FieldErrors,
}

impl SignFormView {
    /// The message for `field`, if any.
    pub fn error(&self, field: &str) -> Option<&Msg> {
        self.errors.get(field)
    }

    /// Whether `field` has a message.
    pub fn has_error(&self, field: &str) -> bool {
        self.error(field).is_some()
    }
}

impl<'a> PetitionPage<'a> {
    /// Builds the page for a petition, its points, its counts and the form
    /// state, in `l`'s language.
    pub fn new(
        l: Tr,
        petition: &'a Petition,
        points: &'a [DeliveryPoint],
        counts: &Counts,
        form: &'a SignFormView,
        closed_message: Option<&'static str>,
        csrf: &'a str,
    ) -> Self {
        let mut groups: Vec<CountryGroup<'a>> = Vec::new();
        for p in points {
            let view = PointView {
                slug: &p.slug,
                name: &p.name,
                city: &p.city,
                count: l.public_count(counts.public_for_delivery_point(p.id)),
            };
            match groups.iter_mut().find(|g| g.code == p.country) {
                Some(g) => g.points.push(view),
                None => groups.push(CountryGroup {
                    code: &p.country,
                    name: l.country(&p.country),
                    points: vec![view],
                }),
            }
        }
        let all_countries = l.countries();
        let countries_with_points = all_countries
            .iter()
            .filter(|(code, _)| groups.iter().any(|g| g.code == *code))
            .collect();
        let total = counts.public_total();
        let percent = if petition.goal > 0 {
            (total.shown_or_zero().saturating_mul(100) / petition.goal).clamp(0, 100)
        } else {
            0
        };
        PetitionPage {
            l,
            petition,
            text: petition.text(l.lang),
            total,
            goal: petition.goal,
            percent,
            groups,
            countries_with_points,
            all_countries,
            form,
            closed_message,
            csrf,
        }
    }
}

impl PetitionPage<'_> {
    /// Whether `code` is the chosen country.
    pub fn country_selected(&self, code: &str) -> bool {
        self.form.country == code
    }

    /// Whether the petition has a delivery point in `code`.
    pub fn has_point_in(&self, code: &str) -> bool {
        self.groups.iter().any(|g| g.code == code)
    }

    /// Whether `slug` is the chosen delivery point.
    pub fn point_selected(&self, slug: &str) -> bool {
        self.form.delivery_point == slug
    }

    /// Whether `value` is the chosen name-in-packet option.
    pub fn packet_choice(&self, value: &str) -> bool {
        self.form.name_in_packet == value
    }
}

/// The "check your email" page.
#[derive(Template)]
#[template(path = "thanks.html")]
pub struct ThanksPage<'a> {
    pub l: Tr,
    pub petition: &'a Petition,
    pub text: LocalText,
}

/// The page a confirmation link opens: the petition and one button.
#[derive(Template)]
#[template(path = "verify.html")]
pub struct VerifyPage<'a> {
    pub l: Tr,
    pub text: LocalText,
    pub token: &'a str,
    pub csrf: &'a str,
    /// A catalog id shown above the button.
    pub notice: Option<&'static str>,
}

/// The page a withdrawal link opens: one button.
#[derive(Template)]
#[template(path = "withdraw.html")]
pub struct WithdrawPage<'a> {
    pub l: Tr,
    pub text: LocalText,
    pub token: &'a str,
    pub csrf: &'a str,
}

/// The privacy page.
#[derive(Template)]
#[template(path = "privacy.html")]
pub struct PrivacyPage {
    pub l: Tr,
}

/// `/organizer/login`.
#[derive(Template)]
#[template(path = "organizer/login.html")]
pub struct LoginPage<'a> {
    pub l: Tr,
    pub email: &'a str,
    pub error: Option<Msg>,
    pub csrf: &'a str,
}

/// Setting a password from an invitation, or creating the first admin.
#[derive(Template)]
#[template(path = "organizer/set_password.html")]
pub struct SetPasswordPage<'a> {
    pub l: Tr,
    pub email: &'a str,
    pub name: &'a str,
    pub setup: bool,
    pub errors: &'a FieldErrors,
    pub csrf: &'a str,
}

impl SetPasswordPage<'_> {
    /// The message for `field`, if any.
    pub fn error(&self, field: &str) -> Option<&Msg> {
        self.errors.get(field)
    }
}

/// `/organizer`.
#[derive(Template)]
#[template(path = "organizer/home.html")]
pub struct OrganizerHome<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub is_admin: bool,
    pub petitions: Vec<Petition>,
    pub csrf: &'a str,
}

/// One delivery point's line on the organizer's petition page.
pub struct PointRow {
    pub slug: String,
    pub name: String,
    pub city: String,
    /// The country's name in the reader's language.
    pub country: String,
    pub verified: String,
    pub pending: String,
    pub withdrawn: String,
    pub invalidated: String,
}

/// `/organizer/petitions/{slug}`.
#[derive(Template)]
#[template(path = "organizer/petition.html")]
pub struct OrganizerPetition<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub petition: &'a Petition,
    pub points: Vec<PointRow>,
    /// Country name (in the reader's language) → verified count.
    pub by_country: std::collections::BTreeMap<String, String>,
    pub per_day: Vec<(String, String)>,
    pub total: String,
    pub pending: String,
    pub withdrawn: String,
    pub invalidated: String,
    pub can_edit: bool,
    pub csrf: &'a str,
}

/// `/organizer/audit`.
#[derive(Template)]
#[template(path = "organizer/audit.html")]
pub struct AuditPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub entries: Vec<crate::audit::AuditEntry>,
    pub csrf: &'a str,
}

/// A delivery point form that came back with errors.
pub struct PointForm {
    /// The point being edited; `None` for the "add" form.
    pub slug: Option<String>,
    pub fields: crate::petitions::edit::PointFields,
    pub errors: FieldErrors,
}

/// Creating (`data` is `None`) or editing a petition and its delivery points.
#[derive(Template)]
#[template(path = "organizer/petition_edit.html")]
pub struct PetitionEditPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub data: Option<&'a crate::petitions::PetitionWithPoints>,
    pub fields: &'a crate::petitions::edit::PetitionFields,
    pub errors: &'a FieldErrors,
    pub point_form: Option<PointForm>,
    pub now: chrono::NaiveDateTime,
    pub csrf: &'a str,
}

impl PetitionEditPage<'_> {
    /// The message for a petition field.
    pub fn error(&self, field: &str) -> Option<&Msg> {
        self.errors.get(field)
    }

    /// The message for one translated text (`part`: title, recipient or body).
    pub fn tr_error(&self, lang: crate::i18n::Lang, part: &str) -> Option<&Msg> {
        self.error(crate::petitions::edit::translation_field(lang, part))
    }

    /// The errors of the delivery point form for `slug` (`None`: the add form).
    pub fn point_errors(&self, slug: Option<&str>) -> Vec<&(&'static str, Msg)> {
        match &self.point_form {
            Some(f) if f.slug.as_deref() == slug => f.errors.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// The "add a delivery point" form's values (kept after an error).
    pub fn new_point(&self) -> crate::petitions::edit::PointFields {
        match &self.point_form {
            Some(f) if f.slug.is_none() => f.fields.clone(),
            _ => Default::default(),
        }
    }

    /// The petition's state (a catalog id).
    pub fn state_key(&self) -> &'static str {
        match self.data.map(|d| d.petition.state(self.now)) {
            Some(crate::petitions::PetitionState::Open) => "org-state-open",
            Some(crate::petitions::PetitionState::Closed) => "org-state-closed",
            Some(crate::petitions::PetitionState::NotYetOpen) => "org-state-not-open",
            None => "org-state-new",
        }
    }

    /// A stored time as a `datetime-local` value.
    pub fn local(&self, t: &Option<chrono::NaiveDateTime>) -> String {
        t.map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
            .unwrap_or_default()
    }
}

/// `/organizer/organizers` (admins).
#[derive(Template)]
#[template(path = "organizer/organizers.html")]
pub struct OrganizersPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub people: Vec<crate::organizers::Organizer>,
    pub notice: Option<Msg>,
    pub error: Option<Msg>,
    pub csrf: &'a str,
}

/// `/organizer/petitions/{slug}/invalidations`.
#[derive(Template)]
#[template(path = "organizer/invalidations.html")]
pub struct InvalidationsPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub data: &'a crate::petitions::PetitionWithPoints,
    pub form: &'a crate::web::organizer::InvalidationForm,
    pub matches: Option<i64>,
    pub error: Option<Msg>,
    pub past: Vec<crate::signatures::invalidate::Invalidation>,
    pub csrf: &'a str,
}

/// `/organizer/petitions/{slug}/activity`.
#[derive(Template)]
#[template(path = "organizer/activity.html")]
pub struct ActivityPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub petition: &'a crate::petitions::Petition,
    pub activity: &'a crate::signatures::activity::Activity,
    pub min_group: i64,
    pub csrf: &'a str,
}

impl ActivityPage<'_> {
    /// "N signatures in the last 60 minutes, busiest minute M…".
    pub fn summary(&self) -> String {
        let m = Msg::new("org-activity-summary")
            .num("total", self.activity.total)
            .num("peak", self.activity.peak);
        self.l.msg(&m)
    }

    /// How a network is shown: the start of its keyed hash.
    pub fn range_label(hash: &str) -> &str {
        hash.get(..8).unwrap_or("unknown")
    }
}

/// `/my-data`: asking for one's data by email address.
#[derive(Template)]
#[template(path = "my_data_request.html")]
pub struct MyDataRequestPage<'a> {
    pub l: Tr,
    pub email: &'a str,
    pub error: Option<Msg>,
    pub csrf: &'a str,
}

/// `/my-data/{token}`: everything stored about an address.
#[derive(Template)]
#[template(path = "my_data.html")]
pub struct MyDataPage<'a> {
    pub l: Tr,
    pub email: &'a str,
    pub signatures: &'a [crate::signatures::my_data::StoredSignature],
    pub token: &'a str,
    pub csrf: &'a str,
}

impl MyDataPage<'_> {
    fn packet_key(choice: &str) -> &'static str {
        match choice {
            "full" => "packet-as-full",
            "initials" => "packet-as-initials",
            _ => "packet-as-anonymous",
        }
    }
}

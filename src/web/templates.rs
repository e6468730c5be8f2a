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
    /// Share links (after confirming).
    pub share: Option<super::share::Share>,
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
            share: None,
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
    /// "Delivered at 9 of 26 points", once the first point's cut-off passed.
    pub delivered_progress: Option<String>,
    /// The link-preview tags (Open Graph, Twitter card, `hreflang`).
    pub preview: Preview,
}

/// What a shared link of a petition shows: Open Graph and Twitter card
/// tags, and the page in each of its languages.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    /// The page without a language: the `x-default`.
    pub page: String,
    /// The page in the reader's language.
    pub url: String,
    /// `/p/{slug}/card.png?lang=…`, absolute.
    pub image: String,
    /// The text's first paragraph, cut at a word.
    pub description: String,
    /// `ko_KR`.
    pub locale: &'static str,
    /// (language, address) for every language the petition is written in.
    pub alternates: Vec<(&'static str, String)>,
}

/// Longest description in a preview.
const PREVIEW_DESCRIPTION: usize = 200;

impl Preview {
    /// The preview of `petition` as a reader of `text.lang` shares it.
    pub fn of(petition: &Petition, text: &LocalText, base_url: &str) -> Self {
        let page = format!("{base_url}/p/{}", petition.slug);
        let first = text.paragraphs().first().copied().unwrap_or_default();
        let description = if first.chars().count() <= PREVIEW_DESCRIPTION {
            first.to_owned()
        } else {
            let cut: String = first.chars().take(PREVIEW_DESCRIPTION).collect();
            let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
            format!("{cut}…")
        };
        let code = text.lang.code();
        Preview {
            url: format!("{page}?lang={code}"),
            page: page.clone(),
            image: format!("{page}/card.png?lang={code}"),
            description,
            locale: text.lang.og_locale(),
            alternates: std::iter::once(petition.default_lang())
                .chain(petition.translations().keys().copied())
                .map(|l| (l.code(), format!("{page}?lang={}", l.code())))
                .collect(),
        }
    }
}

/// The delivery points of one country, for the `<optgroup>` and the counts list.
pub struct CountryGroup<'a> {
    pub code: &'a str,
    pub name: String,
    pub points: Vec<PointView<'a>>,
}

/// How far a count is towards a goal, 0 to 100 (a hidden count as none).
pub fn goal_percent(total: crate::domain::PublicCount, goal: i64) -> i64 {
    if goal > 0 {
        (total.shown_or_zero().saturating_mul(100) / goal).clamp(0, 100)
    } else {
        0
    }
}

/// `/organizer/petitions/{slug}/updates`: updates to signers.
#[derive(Template)]
#[template(path = "organizer/updates.html")]
pub struct UpdatesPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub petition: &'a Petition,
    pub title: String,
    /// The languages an update may be written in: the petition's own first.
    pub langs: Vec<crate::i18n::Lang>,
    pub rows: Vec<UpdateRow>,
    /// The new update as typed (`tr-{lang}-subject`, `tr-{lang}-body`).
    pub fields: &'a std::collections::BTreeMap<String, String>,
    pub errors: FieldErrors,
    /// Why the last action was refused, in words.
    pub refusal: Option<String>,
    /// Whether the reader is an admin (approves).
    pub can_approve: bool,
    pub csrf: &'a str,
}

impl UpdatesPage<'_> {
    /// The name (and id) of a field of the new update.
    pub fn field_id(&self, lang: &crate::i18n::Lang, part: &str) -> &'static str {
        crate::petitions::edit::translation_field(*lang, part)
    }

    /// A field of the new update as typed.
    pub fn field(&self, lang: &crate::i18n::Lang, part: &str) -> &str {
        let name = crate::petitions::edit::translation_field(*lang, part);
        self.fields.get(name).map_or("", String::as_str)
    }

    /// The message of a field of the new update, if any.
    pub fn error(&self, lang: &crate::i18n::Lang, part: &str) -> Option<&Msg> {
        self.errors
            .get(crate::petitions::edit::translation_field(*lang, part))
    }
}

/// One update in the list.
pub struct UpdateRow {
    pub id: i64,
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub written: String,
    /// Its state, and for a sent one when and to how many, in words.
    pub status: String,
    pub awaiting: bool,
    /// Written by the reader (who may discard it).
    pub mine: bool,
}

impl UpdateRow {
    /// An update as the organizer pages list it, in its petition's language.
    pub fn of(
        l: Tr,
        u: &crate::updates::PetitionUpdate,
        petition: &Petition,
        reader: &crate::organizers::Organizer,
    ) -> Self {
        use crate::updates::UpdateState;
        let text = u.text(petition.default_lang(), petition);
        let status = match u.state {
            UpdateState::AwaitingApproval => l.t("update-state-awaiting"),
            UpdateState::Discarded => l.t("update-state-discarded"),
            UpdateState::Sent => l.t2(
                "update-state-sent",
                "when",
                &u.sent_at.map(|t| l.date_time(t)).unwrap_or_default(),
                "count",
                &l.number(u.recipients),
            ),
        };
        UpdateRow {
            id: u.id,
            subject: text.map(|t| t.subject.clone()).unwrap_or_default(),
            paragraphs: text
                .map(|t| t.paragraphs().into_iter().map(str::to_owned).collect())
                .unwrap_or_default(),
            written: l.date_time(u.written_at),
            status,
            awaiting: u.state == UpdateState::AwaitingApproval,
            mine: u.written_by == reader.id,
        }
    }
}

/// A delivery point's rally poster, to print from the browser.
#[derive(Template)]
#[template(path = "organizer/poster.html")]
pub struct PosterPage<'a> {
    pub l: Tr,
    pub poster: &'a crate::delivery::poster::Poster,
    /// Generated from the link only (see [`crate::packets::qr_svg`]).
    pub qr_svg: String,
    pub point_name: &'a str,
    /// The point's page.
    pub back: String,
    /// Whether the link carries a rally token.
    pub rally: bool,
}

/// `/p/{slug}/embed`: the counter campaign sites frame.
#[derive(Template)]
#[template(path = "embed.html")]
pub struct EmbedPage {
    pub l: Tr,
    pub title: String,
    pub title_lang: &'static str,
    pub total: crate::domain::PublicCount,
    pub goal: i64,
    pub percent: i64,
    /// The petition page, absolute (it opens in a new tab).
    pub sign_url: String,
}

/// One delivery point on the petition page.
pub struct PointView<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub city: &'a str,
    /// Shown as "<3" below three (see [`crate::domain::PublicCount`]).
    pub count: String,
    /// Why the point can no longer be chosen ("packet printed", "delivered
    /// on …"), if it cannot.
    pub closed: Option<String>,
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
    /// "Tell me when my signature has been handed over".
    pub notify_delivery: bool,
    /// "Keep me informed about this petition" (unchecked when served).
    pub keep_informed: bool,
    /// The signed time the form was first served (see `web::form_timer`).
    pub started: String,
    /// The `?src=` code carried through the form ("" for none).
    pub src: String,
    /// The rally token of a poster's link (hidden; see
    /// [`crate::delivery::rally`]).
    pub rally: String,
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
        let now = chrono::Utc::now().naive_utc();
        for p in points {
            let view = PointView {
                slug: &p.slug,
                name: p.name_in(l.lang),
                city: p.city_in(l.lang),
                count: l.public_count(counts.public_for_delivery_point(p.id)),
                closed: (!p.takes_signatures(now)).then(|| closed_label(l, p)),
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
        let day_begun = points.iter().any(|p| !p.takes_signatures(now));
        let delivered = points
            .iter()
            .filter(|p| p.status == crate::petitions::PointStatus::Delivered)
            .count();
        let delivered_progress = day_begun.then(|| {
            l.t2(
                "delivery-progress",
                "delivered",
                &l.number(delivered as i64),
                "points",
                &l.number(points.len() as i64),
            )
        });
        let all_countries = l.countries();
        let countries_with_points = all_countries
            .iter()
            .filter(|(code, _)| groups.iter().any(|g| g.code == *code))
            .collect();
        let total = counts.public_total();
        let percent = goal_percent(total, petition.goal);
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
            delivered_progress,
            preview: Preview::default(),
        }
    }
}

/// Why a point takes no more signatures, in the reader's words.
fn closed_label(l: Tr, p: &DeliveryPoint) -> String {
    use crate::petitions::PointStatus;
    match (p.status, p.delivery_at) {
        (PointStatus::Delivered, Some(at)) => {
            l.t1("point-delivered-on", "date", &l.local_date(at, p.time_zone))
        }
        (PointStatus::Delivered, None) => l.t("point-status-delivered"),
        _ => l.t("point-status-printed"),
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
    pub share: super::share::Share,
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
    /// Why mail is late, while the SMTP server refuses everything.
    pub mail_paused: Option<String>,
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
    /// Why mail is late, while the SMTP server refuses everything.
    pub mail_paused: Option<String>,
    /// Per `?src=` code: its name, signatures, confirmations.
    pub sources: Vec<(String, String, String)>,
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

    /// A stored (UTC) time as a `datetime-local` value in a point's zone.
    pub fn local_in(
        &self,
        t: &Option<chrono::NaiveDateTime>,
        zone: &crate::domain::TimeZone,
    ) -> String {
        t.map(|t| zone.local(t).format("%Y-%m-%dT%H:%M").to_string())
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

/// `/p/{slug}/delivery`: every point's day, grouped by country.
#[derive(Template)]
#[template(path = "delivery.html")]
pub struct DeliveryPage<'a> {
    pub l: Tr,
    pub slug: &'a str,
    pub title: String,
    pub groups: Vec<DeliveryGroup>,
}

/// The points of one country on the delivery page.
pub struct DeliveryGroup {
    pub country: String,
    pub points: Vec<DeliveryPointView>,
}

/// One point on the delivery page, in the reader's words and the point's time.
pub struct DeliveryPointView {
    pub slug: String,
    pub name: String,
    pub city: String,
    pub when: String,
    pub status: String,
    pub count: String,
    pub digest: String,
    /// `(version, count, frozen at, Merkle root)`.
    pub versions: Vec<(i32, String, String, String)>,
    /// "Delivered at … to …", "Refused at …", "Postponed to …".
    pub outcome: Option<String>,
    pub note: String,
    pub photos: Vec<String>,
}

/// A point status in the reader's words.
pub fn status_label(l: Tr, status: crate::petitions::PointStatus) -> String {
    use crate::petitions::PointStatus;
    l.t(match status {
        PointStatus::Open => "point-status-open",
        PointStatus::Frozen => "point-status-printed",
        PointStatus::Delivered => "point-status-delivered",
        PointStatus::Refused => "point-status-refused",
        PointStatus::Postponed => "point-status-postponed",
    })
}

/// What happened at the door, in one sentence.
pub fn outcome_line(l: Tr, day: &crate::delivery::PointDay) -> Option<String> {
    use crate::delivery::Outcome;
    let r = day.record.as_ref()?;
    let zone = day.point.time_zone;
    let when =
        |t: Option<chrono::NaiveDateTime>| t.map(|t| l.local_time(t, zone)).unwrap_or_default();
    Some(match r.outcome {
        Outcome::Delivered if r.received_by.is_empty() => {
            l.t1("delivery-delivered-at", "when", &when(r.happened_at))
        }
        Outcome::Delivered => l.t2(
            "delivery-delivered-to",
            "when",
            &when(r.happened_at),
            "who",
            &r.received_by,
        ),
        Outcome::Refused => l.t1("delivery-refused-at", "when", &when(r.happened_at)),
        Outcome::Postponed => l.t1("delivery-postponed-to", "when", &when(r.postponed_to)),
    })
}

/// The delivery page's groups: points by country, in file order.
pub fn delivery_groups(
    l: Tr,
    days: &[crate::delivery::PointDay],
    public: &[crate::delivery::public::PublicPoint],
) -> Vec<DeliveryGroup> {
    let mut groups: Vec<(String, DeliveryGroup)> = Vec::new();
    for (day, p) in days.iter().zip(public) {
        let zone = day.point.time_zone;
        let view = DeliveryPointView {
            slug: p.slug.clone(),
            name: p.name.clone(),
            city: p.city.clone(),
            when: day
                .point
                .delivery_at
                .map(|t| l.local_time(t, zone))
                .unwrap_or_default(),
            status: status_label(l, day.point.status),
            count: l.public_count(p.count),
            // As public as the JSON's: none below three signatures.
            digest: p
                .versions
                .last()
                .and_then(|v| v.digest.clone())
                .unwrap_or_default(),
            versions: day
                .versions
                .iter()
                .map(|v| {
                    let count = l.public_count(crate::domain::PublicCount::of(v.signature_count));
                    let root = v.root.clone().unwrap_or_default();
                    (v.version, count, l.local_time(v.frozen_at, zone), root)
                })
                .collect(),
            outcome: outcome_line(l, day),
            note: day
                .record
                .as_ref()
                .map(|r| r.note.clone())
                .unwrap_or_default(),
            photos: p
                .record
                .as_ref()
                .map(|r| r.photos.clone())
                .unwrap_or_default(),
        };
        match groups.iter_mut().find(|(code, _)| *code == p.country) {
            Some((_, g)) => g.points.push(view),
            None => groups.push((
                p.country.clone(),
                DeliveryGroup {
                    country: l.country(&p.country),
                    points: vec![view],
                },
            )),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// `/unsubscribe/{token}`: one button.
#[derive(Template)]
#[template(path = "unsubscribe.html")]
pub struct UnsubscribePage<'a> {
    pub l: Tr,
    pub token: &'a str,
}

/// A countdown to a moment, in hours and minutes ("3 h 20 min"), or `None`
/// once it passed.
fn countdown(l: Tr, to: chrono::NaiveDateTime, now: chrono::NaiveDateTime) -> Option<String> {
    let left = to - now;
    (left > chrono::TimeDelta::zero()).then(|| {
        let minutes = left.num_minutes();
        if left.num_hours() >= 48 {
            return l.t2(
                "delivery-countdown-days",
                "days",
                &l.number(left.num_days()),
                "hours",
                &(left.num_hours() % 24).to_string(),
            );
        }
        l.t2(
            "delivery-countdown",
            "hours",
            &l.number(minutes / 60),
            "minutes",
            &(minutes % 60).to_string(),
        )
    })
}

/// One row of the coordinators' day view.
pub struct DayRow {
    pub slug: String,
    /// Short: city and country code (the full name is on the point's page).
    pub label: String,
    pub full_name: String,
    pub when: String,
    pub cutoff: String,
    pub version: String,
    pub status: String,
    pub recorded: String,
    pub overdue: bool,
    pub reprint: bool,
}

impl DayRow {
    /// A point's row, in the reader's words and the point's local time.
    pub fn of(l: Tr, d: &crate::delivery::PointDay, now: chrono::NaiveDateTime) -> Self {
        let p = &d.point;
        let zone = p.time_zone;
        DayRow {
            slug: p.slug.clone(),
            label: format!("{} ({})", p.city_in(l.lang), p.country),
            full_name: p.name_in(l.lang).to_owned(),
            when: p
                .delivery_at
                .map(|t| l.local_time(t, zone))
                .unwrap_or_default(),
            cutoff: match p.cutoff() {
                None => String::new(),
                Some(c) => countdown(l, c, now)
                    .map(|left| l.t1("delivery-cutoff-in", "left", &left))
                    .unwrap_or_else(|| l.t("delivery-cutoff-passed")),
            },
            version: d
                .current()
                .map(|v| {
                    l.t2(
                        "delivery-version-count",
                        "n",
                        &v.version.to_string(),
                        "count",
                        &l.number(v.signature_count),
                    )
                })
                .unwrap_or_default(),
            status: status_label(l, p.status),
            recorded: d
                .record
                .as_ref()
                .map(|r| {
                    l.t2(
                        "delivery-recorded-by",
                        "who",
                        &r.recorded_by,
                        "when",
                        &l.local_time(r.recorded_at, zone),
                    )
                })
                .unwrap_or_default(),
            overdue: d.overdue(now),
            reprint: d.needs_reprint(),
        }
    }
}

/// `/organizer/petitions/{slug}/delivery`: every point on one screen.
#[derive(Template)]
#[template(path = "organizer/delivery_day.html")]
pub struct DayView<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub petition: &'a Petition,
    pub title: String,
    pub rows: Vec<DayRow>,
    pub csrf: &'a str,
}

/// `/organizer/petitions/{slug}/delivery/{point}`: freeze, record, photos.
#[derive(Template)]
#[template(path = "organizer/delivery_point.html")]
pub struct PointDayPage<'a> {
    pub l: Tr,
    pub organizer: &'a crate::organizers::Organizer,
    pub petition: &'a Petition,
    pub point: &'a DeliveryPoint,
    pub day: &'a crate::delivery::PointDay,
    pub status: String,
    pub when: String,
    pub cutoff: String,
    /// `(version, count, digest, frozen at, by)`, newest first.
    pub versions: Vec<(i32, String, String, String, String)>,
    pub outcome: Option<String>,
    pub form: &'a crate::delivery::record::RecordFields,
    pub errors: FieldErrors,
    pub csrf: &'a str,
}

impl<'a> PointDayPage<'a> {
    /// The page for one point's day; `form` is what was typed (or blank).
    pub fn new(
        l: Tr,
        organizer: &'a crate::organizers::Organizer,
        data: &'a crate::petitions::PetitionWithPoints,
        day: &'a crate::delivery::PointDay,
        form: &'a crate::delivery::record::RecordFields,
        errors: FieldErrors,
        csrf: &'a str,
    ) -> Self {
        let p = &day.point;
        let zone = p.time_zone;
        PointDayPage {
            l,
            organizer,
            petition: &data.petition,
            point: p,
            day,
            status: status_label(l, p.status),
            when: p
                .delivery_at
                .map(|t| l.local_time(t, zone))
                .unwrap_or_default(),
            cutoff: p
                .cutoff()
                .map(|t| l.local_time(t, zone))
                .unwrap_or_default(),
            versions: day
                .versions
                .iter()
                .rev()
                .map(|v| {
                    (
                        v.version,
                        l.number(v.signature_count),
                        v.digest.clone(),
                        l.local_time(v.frozen_at, zone),
                        v.frozen_by.clone(),
                    )
                })
                .collect(),
            outcome: outcome_line(l, day),
            form,
            errors,
            csrf,
        }
    }

    /// The addresses of the point's photos, oldest first, with their ids.
    pub fn photos(&self) -> Vec<(i64, String)> {
        self.day
            .photos
            .iter()
            .map(|id| {
                (
                    *id,
                    format!(
                        "/organizer/petitions/{}/delivery/{}/photos/{id}.jpg",
                        self.petition.slug, self.point.slug
                    ),
                )
            })
            .collect()
    }

    /// The version the freeze button was pressed against ("" for none).
    pub fn seen(&self) -> String {
        self.day
            .current()
            .map(|v| v.version.to_string())
            .unwrap_or_default()
    }

    /// Whether the record form's outcome is `value` (what was typed, else the stored one).
    pub fn outcome_is(&self, value: &str) -> bool {
        if !self.form.outcome.is_empty() {
            return self.form.outcome == value;
        }
        self.day
            .record
            .as_ref()
            .is_some_and(|r| r.outcome.as_str() == value)
    }

    /// A record field's value: what was typed, else the stored one.
    pub fn field(&self, name: &str) -> String {
        let typed = match name {
            "happened_at" => &self.form.happened_at,
            "received_by" => &self.form.received_by,
            "note" => &self.form.note,
            "postponed_to" => &self.form.postponed_to,
            _ => return String::new(),
        };
        if !typed.is_empty() || !self.errors.is_empty() {
            return typed.clone();
        }
        let Some(r) = &self.day.record else {
            return String::new();
        };
        let zone = self.point.time_zone;
        let local = |t: Option<chrono::NaiveDateTime>| {
            t.map(|t| zone.local(t).format("%Y-%m-%dT%H:%M").to_string())
                .unwrap_or_default()
        };
        match name {
            "happened_at" => local(r.happened_at),
            "received_by" => r.received_by.clone(),
            "note" => r.note.clone(),
            _ => local(r.postponed_to),
        }
    }

    /// The message for `field`, if any.
    pub fn error(&self, field: &str) -> Option<&Msg> {
        self.errors.get(field)
    }
}

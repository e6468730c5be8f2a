//! The rally poster of a delivery point: an A4 sheet (PDF, and a page to
//! print from the browser) with the petition's title, a large QR code that
//! opens the form with the point chosen and the rally token in it, the
//! petition's address in text, and the point's name; in the petition's
//! language and, where the petition has a translation, that of the point's
//! country. For the point's organizers to print and hold up in the crowd.

use crate::i18n::{Lang, Tr};
use crate::petitions::{DeliveryPoint, Petition};

/// What a poster says, in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PosterText {
    pub lang: &'static str,
    pub title: String,
    pub point: String,
    /// "Scan to sign the petition".
    pub scan: String,
    /// "Or open:".
    pub or_open: String,
    /// The local delivery time, "" if none.
    pub when: String,
}

/// A point's poster.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Poster {
    /// The petition's language first; the country's second, if any.
    pub texts: Vec<PosterText>,
    /// What the QR code holds: the form, this point chosen, `src` and the
    /// rally token (when the point has a delivery time).
    pub link: String,
    /// The petition's address, short enough to type.
    pub short_url: String,
}

impl Poster {
    /// The poster for `point`; `secret` signs its rally token.
    pub fn new(petition: &Petition, point: &DeliveryPoint, base_url: &str, secret: &[u8]) -> Self {
        let own = petition.default_lang();
        let local = Lang::of_country(&point.country)
            .iter()
            .copied()
            .find(|l| *l != own && petition.translations().contains_key(l));
        let texts = std::iter::once(own)
            .chain(local)
            .map(|lang| {
                let l = Tr::new(lang);
                PosterText {
                    lang: lang.code(),
                    title: petition.title(lang),
                    point: format!("{}, {}", point.name_in(lang), point.city_in(lang)),
                    scan: l.t("poster-scan"),
                    or_open: l.t("poster-or-open"),
                    when: point
                        .delivery_at
                        .map(|t| l.local_time(t, point.time_zone))
                        .unwrap_or_default(),
                }
            })
            .collect();
        let short_url = format!("{base_url}/p/{}", petition.slug);
        let mut link = format!("{short_url}?point={0}&src=poster-{0}", point.slug);
        if let Some(token) = super::rally::issue(secret, petition.id, point) {
            link.push_str("&rally=");
            link.push_str(&token);
        }
        Poster {
            texts,
            link,
            short_url,
        }
    }

    /// The QR code of [`Self::link`], as SVG.
    pub fn qr_svg(&self) -> String {
        crate::packets::qr_svg(&self.link)
    }

    /// The A4 PDF.
    pub fn pdf(&self, petition: &Petition, point: &DeliveryPoint) -> anyhow::Result<Vec<u8>> {
        crate::packets::poster_pdf(petition, point, self, self.qr_svg())
    }
}

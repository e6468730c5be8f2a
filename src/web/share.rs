//! Share links, shown where people are most willing to pass a petition on:
//! after signing and after confirming. Plain links that work without
//! JavaScript and load nothing from another host: the reader's browser
//! talks to a network only when the reader clicks its link. Each link's
//! petition URL carries `?src=share-…`, so organizers see what works (see
//! [`crate::domain::Source`]). Where scripts run, `/static/share.js` adds a
//! copy-link button and the browser's own share sheet (the Web Share API,
//! which reaches KakaoTalk and every other messenger on a phone).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::i18n::Tr;
use crate::petitions::Petition;

/// Everything but RFC 3986's unreserved characters is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The share block of a page.
pub struct Share {
    /// The petition's URL for the copy button (`?src=share-copy`).
    pub copy_url: String,
    /// The petition's URL for the browser's share sheet (`?src=share-native`).
    pub native_url: String,
    /// The text that goes with a shared link.
    pub text: String,
    /// `(network's name, href)`, in the order shown.
    pub links: Vec<(&'static str, String)>,
}

/// `(name, src code, link template)`: `{url}` and `{text}` are filled in
/// percent-encoded. The networks and messengers used in the campaign's
/// eleven countries; no template loads anything by itself.
const NETWORKS: &[(&str, &str, &str)] = &[
    ("WhatsApp", "whatsapp", "https://wa.me/?text={text}%20{url}"),
    (
        "LINE",
        "line",
        "https://social-plugins.line.me/lineit/share?url={url}",
    ),
    (
        "KakaoStory",
        "kakaostory",
        "https://story.kakao.com/share?url={url}",
    ),
    (
        "Telegram",
        "telegram",
        "https://t.me/share/url?url={url}&text={text}",
    ),
    (
        "Naver",
        "naver",
        "https://share.naver.com/web/shareView?url={url}&title={text}",
    ),
    (
        "Facebook",
        "facebook",
        "https://www.facebook.com/sharer/sharer.php?u={url}",
    ),
    ("X", "x", "https://x.com/intent/post?text={text}&url={url}"),
    (
        "Bluesky",
        "bluesky",
        "https://bsky.app/intent/compose?text={text}%20{url}",
    ),
    (
        "Reddit",
        "reddit",
        "https://www.reddit.com/submit?url={url}&title={text}",
    ),
];

impl Share {
    /// The share block for `petition`, in `l`'s language, under `base_url`.
    pub fn new(base_url: &str, petition: &Petition, l: Tr) -> Self {
        let page = format!("{base_url}/p/{}", petition.slug);
        let text = l.t1("share-text", "title", &petition.title(l.lang));
        let url_for = |code: &str| format!("{page}?src=share-{code}");
        let encode = |s: &str| utf8_percent_encode(s, COMPONENT).to_string();
        let mut links: Vec<(&'static str, String)> = NETWORKS
            .iter()
            .map(|(name, code, template)| {
                let href = template
                    .replace("{url}", &encode(&url_for(code)))
                    .replace("{text}", &encode(&text));
                (*name, href)
            })
            .collect();
        links.push((
            "Email",
            format!(
                "mailto:?subject={}&body={}%20{}",
                encode(&petition.title(l.lang)),
                encode(&text),
                encode(&url_for("email"))
            ),
        ));
        Share {
            copy_url: url_for("copy"),
            native_url: url_for("native"),
            text,
            links,
        }
    }
}

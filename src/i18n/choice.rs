//! Which language a request is answered in.

use super::Lang;

/// The cookie that remembers a choice made in the language menu.
pub const LANG_COOKIE: &str = "lang";

/// What a request says about its reader's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LangChoice {
    /// Chosen in the menu (`?lang=`), or remembered from that in the cookie.
    pub explicit: Option<Lang>,
    /// The browser's languages we speak, best first (`Accept-Language`).
    pub accepted: Vec<Lang>,
}

impl LangChoice {
    /// Reads the query's `lang`, the cookie and `Accept-Language`; the query
    /// wins over the cookie.
    pub fn from_parts(query: Option<&str>, cookie: Option<&str>, accept: Option<&str>) -> Self {
        let explicit = query
            .and_then(Lang::parse)
            .or_else(|| cookie.and_then(Lang::parse));
        LangChoice {
            explicit,
            accepted: accept.map(parse_accept_language).unwrap_or_default(),
        }
    }

    /// The language to answer in, where `default` is the petition's (or the site's).
    pub fn resolve(&self, default: Lang) -> Lang {
        self.explicit
            .or_else(|| self.accepted.first().copied())
            .unwrap_or(default)
    }
}

/// The languages of an `Accept-Language` header that we speak, by weight
/// (ties keep header order); `q=0` means "not this one".
fn parse_accept_language(header: &str) -> Vec<Lang> {
    let mut weighted: Vec<(u16, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let lang = Lang::parse(parts.next()?)?;
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim()
                        .parse::<f32>()
                        .ok()
                        .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                })?;
            (q > 0).then_some((q, i, lang))
        })
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out = Vec::new();
    for (_, _, lang) in weighted {
        if !out.contains(&lang) {
            out.push(lang);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_beats_the_cookie_which_beats_the_browser_which_beats_the_petition() {
        let all = LangChoice::from_parts(Some("ko"), Some("fr"), Some("de"));
        assert_eq!(all.resolve(Lang::Ja), Lang::Ko);
        let cookie = LangChoice::from_parts(None, Some("fr"), Some("de"));
        assert_eq!(cookie.resolve(Lang::Ja), Lang::Fr);
        let browser = LangChoice::from_parts(None, None, Some("de-AT,de;q=0.9"));
        assert_eq!(browser.resolve(Lang::Ja), Lang::De);
        let nothing = LangChoice::from_parts(Some("xx"), Some("zz"), Some("pt-BR,zh"));
        assert_eq!(nothing.resolve(Lang::Ja), Lang::Ja);
    }

    #[test]
    fn accept_language_is_ordered_by_weight_and_skips_refusals() {
        assert_eq!(
            parse_accept_language("en;q=0.3, ko-KR, ja;q=0.8, fr;q=0"),
            vec![Lang::Ko, Lang::Ja, Lang::En]
        );
        assert_eq!(parse_accept_language("nn-NO,no;q=0.9"), vec![Lang::Nb]);
        assert_eq!(parse_accept_language(";;;,q=,"), Vec::<Lang>::new());
    }
}

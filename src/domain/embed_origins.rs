/// The sites that may show a petition's counter (`/p/{slug}/embed`) in an
/// iframe: web origins (`https://campaign.example`, `http://localhost:8080`),
/// stored one per line and sent as the embed page's `frame-ancestors`. Only a
/// bare origin is accepted (scheme `https` or `http`, a host, an optional
/// port, nothing after): a path would be ignored by browsers and a wildcard
/// would let any site frame the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOrigins(Vec<String>);

impl EmbedOrigins {
    /// At most this many origins per petition.
    pub const MAX: usize = 20;

    /// Parses origins separated by white space or commas; the error names
    /// the first one refused.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut origins = Vec::new();
        for item in text.split(|c: char| c.is_whitespace() || c == ',') {
            if item.is_empty() {
                continue;
            }
            let origin = Self::origin(item).ok_or_else(|| item.to_owned())?;
            if !origins.contains(&origin) {
                origins.push(origin);
            }
        }
        if origins.len() > Self::MAX {
            return Err(format!("more than {}", Self::MAX));
        }
        Ok(EmbedOrigins(origins))
    }

    /// One origin in its serialised form, or `None`.
    fn origin(item: &str) -> Option<String> {
        let url = url::Url::parse(item).ok()?;
        let bare = matches!(url.scheme(), "https" | "http")
            && match url.host() {
                Some(url::Host::Domain(d)) => {
                    !d.is_empty()
                        && d.bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
                }
                Some(_) => true,
                None => false,
            }
            && url.username().is_empty()
            && url.password().is_none()
            && url.path() == "/"
            && url.query().is_none()
            && url.fragment().is_none()
            && !item.trim_end_matches('/').ends_with('?');
        bare.then(|| url.origin().ascii_serialization())
    }

    /// The origins.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// As stored: one per line.
    pub fn to_lines(&self) -> String {
        self.0.join("\n")
    }

    /// The `frame-ancestors` value: the origins, or `'none'`.
    pub fn frame_ancestors(&self) -> String {
        if self.0.is_empty() {
            "'none'".to_owned()
        } else {
            self.0.join(" ")
        }
    }
}

impl From<String> for EmbedOrigins {
    /// A stored list; anything unreadable in it is dropped (the safe side:
    /// fewer sites may frame the page).
    fn from(stored: String) -> Self {
        EmbedOrigins(
            stored
                .lines()
                .filter_map(|l| Self::origin(l.trim()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::EmbedOrigins;

    #[test]
    fn takes_bare_origins_and_refuses_paths_wildcards_and_other_schemes() {
        let o = EmbedOrigins::parse(
            "https://Campaign.Example/\nhttp://localhost:8080, https://campaign.example",
        )
        .unwrap();
        assert_eq!(
            o.as_slice(),
            ["https://campaign.example", "http://localhost:8080"]
        );
        assert_eq!(
            o.frame_ancestors(),
            "https://campaign.example http://localhost:8080"
        );
        assert_eq!(EmbedOrigins::parse("").unwrap().frame_ancestors(), "'none'");
        for bad in [
            "*",
            "https://*.example",
            "https://a.example/page",
            "ftp://a.example",
            "javascript:alert(1)",
            "a.example",
            "https://u:p@a.example",
            "https://a.example/?x",
            "'self'",
        ] {
            assert_eq!(EmbedOrigins::parse(bad), Err(bad.to_owned()), "{bad}");
        }
    }
}

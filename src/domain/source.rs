/// Where a signer came from: the `?src=` of the link they followed
/// (`share-whatsapp`, `poster-seoul-embassy`, a newsletter's code). 1 to
/// [`Source::MAX_LEN`] ASCII letters, digits and hyphens, kept lowercase;
/// anything else is ignored rather than refused (a link is not a form the
/// signer typed). No cookie and no third party is involved: the code rides
/// in the form and is stored with the signature, for the organizers'
/// counts per source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source(String);

impl Source {
    /// Longest code kept.
    pub const MAX_LEN: usize = 40;

    /// The code, or `None` for anything outside the rule.
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        ok.then(|| Source(s.to_ascii_lowercase()))
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn keeps_letters_digits_and_hyphens_up_to_forty_and_ignores_the_rest() {
        assert_eq!(
            Source::parse("Share-KakaoTalk").unwrap().as_str(),
            "share-kakaotalk"
        );
        assert_eq!(Source::parse(&"a".repeat(40)).unwrap().as_str().len(), 40);
        for bad in ["", "a b", "<script>", "é", "a_b", &"a".repeat(41), "x\"y"] {
            assert!(Source::parse(bad).is_none(), "{bad:?} was kept");
        }
    }
}

use std::fmt;

use super::Invalid;

/// A URL-safe identifier for a petition or delivery point: 1 to 64 lowercase
/// ASCII letters, digits and single hyphens, not starting or ending with one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    /// Longest slug accepted.
    pub const MAX_LEN: usize = 64;

    /// Parses a slug, refusing anything outside the rule above.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let ok_chars = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if s.is_empty() || s.len() > Self::MAX_LEN {
            return Err(Invalid::new("error-slug-length"));
        }
        if !ok_chars || s.starts_with('-') || s.ends_with('-') || s.contains("--") {
            return Err(Invalid::new("error-slug-chars"));
        }
        Ok(Slug(s.to_owned()))
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Slug;

    #[test]
    fn accepts_lowercase_words_joined_by_hyphens() {
        assert_eq!(
            Slug::parse("seoul-embassy").unwrap().as_str(),
            "seoul-embassy"
        );
    }

    #[test]
    fn refuses_uppercase_spaces_and_edge_hyphens() {
        for bad in ["", "Seoul", "a b", "-a", "a-", "a--b", "é", &"a".repeat(65)] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}

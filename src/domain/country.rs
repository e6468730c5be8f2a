use std::fmt;

use super::{COUNTRIES, Invalid};

/// An ISO 3166-1 alpha-2 country code, uppercase, known to the standard.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(&'static str);

impl Country {
    /// Parses a code such as `kr` or `KR`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let upper = s.trim().to_ascii_uppercase();
        COUNTRIES
            .iter()
            .find(|(code, _)| *code == upper)
            .map(|(code, _)| Country(code))
            .ok_or_else(|| Invalid::new("error-country"))
    }

    /// The two-letter code.
    pub fn code(&self) -> &'static str {
        self.0
    }

    /// The English short name ("South Korea").
    pub fn name(&self) -> &'static str {
        name_of(self.0)
    }
}

/// The English short name of a code, or the code itself if unknown.
pub fn name_of(code: &str) -> &'static str {
    COUNTRIES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
        .unwrap_or("")
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Country;

    #[test]
    fn accepts_known_codes_in_any_case() {
        assert_eq!(Country::parse("kr").unwrap().code(), "KR");
        assert_eq!(Country::parse("NO").unwrap().name(), "Norway");
    }

    #[test]
    fn refuses_unknown_codes() {
        for bad in ["", "XX", "KOR", "Korea"] {
            assert!(Country::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}

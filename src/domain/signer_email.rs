use std::fmt;

use super::{Invalid, has_control_chars};

/// A signer's email address, normalised: surrounding white space removed and
/// the whole address lowercased.
///
/// The normalised form is the identity of a signer: one signature per petition
/// and normalised address. Lowercasing the local part too is a deliberate
/// choice: almost every mail provider treats it case-insensitively, and
/// `Kim@x.org` and `kim@x.org` must not sign twice. Dots and `+tags` are kept
/// as typed: they route to different mailboxes at many providers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SignerEmail(String);

impl SignerEmail {
    /// Longest address accepted (RFC 5321's limit on a path).
    pub const MAX_LEN: usize = 254;

    /// Parses and normalises an address.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim().to_lowercase();
        if s.is_empty() {
            return Err(Invalid::new("error-email-missing"));
        }
        if s.chars().count() > Self::MAX_LEN {
            return Err(Invalid::new("error-email-too-long"));
        }
        let well_formed = match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && local.len() <= 64
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
                    && !s
                        .chars()
                        .any(|c| c.is_whitespace() || "<>()[],;:\"\\".contains(c))
                    && !has_control_chars(&s, false)
            }
            None => false,
        };
        if !well_formed {
            return Err(Invalid::new("error-email-malformed"));
        }
        Ok(SignerEmail(s))
    }

    /// The normalised address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part after the `@`.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl fmt::Display for SignerEmail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::SignerEmail;

    #[test]
    fn trims_and_lowercases() {
        let e = SignerEmail::parse("  Kim.MinSu+Rally@Example.ORG ").unwrap();
        assert_eq!(e.as_str(), "kim.minsu+rally@example.org");
        assert_eq!(e.domain(), "example.org");
    }

    #[test]
    fn refuses_malformed_addresses() {
        for bad in [
            "",
            "plain",
            "@x.org",
            "a@",
            "a@b",
            "a@@b.org",
            "a b@c.org",
            "a@b..org",
            "a@.b.org",
            "<a@b.org>",
            "a@b.org\u{0}",
        ] {
            assert!(SignerEmail::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    #[test]
    fn refuses_addresses_over_254_characters() {
        let long = format!("{}@{}.org", "a".repeat(60), "b".repeat(200));
        assert!(SignerEmail::parse(&long).is_err());
    }
}

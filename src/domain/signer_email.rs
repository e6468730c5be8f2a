use std::fmt;

use super::{Invalid, has_control_chars};

/// A signer's email address, normalised: surrounding white space removed,
/// the whole address lowercased, and the domain in its ASCII form (UTS #46:
/// `bücher.example` becomes `xn--bcher-kva.example`), so one mailbox written
/// two ways is one signer, and mail goes out without needing SMTPUTF8 for the
/// domain.
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
        let malformed = || Invalid::new("error-email-malformed");
        let (local, domain) = s.rsplit_once('@').ok_or_else(malformed)?;
        let well_formed = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && !s
                .chars()
                .any(|c| c.is_whitespace() || "<>()[],;:\"\\".contains(c))
            && !has_control_chars(&s, false);
        if !well_formed {
            return Err(malformed());
        }
        let domain = email_domain_to_ascii(domain)?;
        let address = format!("{local}@{domain}");
        if address.len() > Self::MAX_LEN {
            return Err(Invalid::new("error-email-too-long"));
        }
        Ok(SignerEmail(address))
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

/// An email domain in the one form used for keys, blocklists, limits and
/// sending: UTS #46 to ASCII (lowercased, Unicode labels as `xn--…`), at
/// least two labels, letters, digits and hyphens only. What does not convert
/// is refused.
pub fn email_domain_to_ascii(domain: &str) -> Result<String, Invalid> {
    let malformed = || Invalid::new("error-email-malformed");
    let ascii = idna::domain_to_ascii_strict(domain).map_err(|_| malformed())?;
    let ok = ascii.contains('.')
        && !ascii.starts_with('.')
        && !ascii.ends_with('.')
        && !ascii.contains("..");
    if ok { Ok(ascii) } else { Err(malformed()) }
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
    fn a_unicode_domain_and_its_ascii_form_are_one_address() {
        let unicode = SignerEmail::parse("Jorg@Bücher.example").unwrap();
        let ascii = SignerEmail::parse("jorg@xn--bcher-kva.example").unwrap();
        assert_eq!(unicode, ascii);
        assert_eq!(unicode.domain(), "xn--bcher-kva.example");
        // Fullwidth letters map to their ASCII forms (UTS #46).
        assert_eq!(
            SignerEmail::parse("a@ｅｘａｍｐｌｅ.org").unwrap().as_str(),
            "a@example.org"
        );
        assert!(SignerEmail::parse("a@bad_domain.org").is_err());
        assert!(SignerEmail::parse("a@xn--a.example").is_err());
    }

    #[test]
    fn refuses_addresses_over_254_characters() {
        let long = format!("{}@{}.org", "a".repeat(60), "b".repeat(200));
        assert!(SignerEmail::parse(&long).is_err());
    }
}

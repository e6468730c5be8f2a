//! Passwords: argon2id with the OWASP-recommended parameters (19 MiB, 2
//! passes, 1 lane: the argon2 crate's defaults), in PHC strings. Hashing takes
//! tens of milliseconds on purpose: call these off the async threads.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::domain::Invalid;
use crate::domain::Msg;

/// Shortest password accepted (NIST SP 800-63B's minimum for user-chosen ones).
pub const MIN_LEN: usize = 12;
/// Longest password accepted, to bound hashing work.
pub const MAX_LEN: usize = 256;

/// A password that meets the length rules. Never logged: it has no `Debug`.
pub struct NewPassword(String);

impl NewPassword {
    /// Checks the length rules.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let n = s.chars().count();
        if n < MIN_LEN {
            return Err(Invalid(
                Msg::new("error-password-short").num("min", MIN_LEN as i64),
            ));
        }
        if n > MAX_LEN {
            return Err(Invalid(
                Msg::new("error-password-long").num("max", MAX_LEN as i64),
            ));
        }
        Ok(NewPassword(s.to_owned()))
    }

    /// The argon2id PHC string to store.
    pub fn hash(&self) -> anyhow::Result<String> {
        Argon2::default()
            .hash_password(self.0.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password failed: {e}"))
    }
}

/// Whether `password` matches a stored PHC string. A malformed stored hash
/// matches nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    if password.len() > MAX_LEN * 4 {
        return false;
    }
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// Spends about as long as [`verify`] does, for unknown accounts, so that
/// timing does not tell which emails have accounts.
pub fn verify_dummy(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let stored = DUMMY.get_or_init(|| {
        NewPassword("dummy password for timing".to_owned())
            .hash()
            .unwrap_or_default()
    });
    let _ = verify(password, stored);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_is_argon2id_and_verifies_only_its_password() {
        let stored = NewPassword::parse("correct horse battery")
            .unwrap()
            .hash()
            .unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery", &stored));
        assert!(!verify("correct horse battery!", &stored));
        assert!(!verify("x", "not a hash"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(NewPassword::parse("short").is_err());
    }
}

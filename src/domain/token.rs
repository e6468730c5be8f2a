use rand::TryRng;
use sha2::{Digest, Sha256};

/// A secret token for a link or a cookie: 256 bits from the operating system's
/// CSPRNG, as 43 URL-safe base64 characters. Shown once; only [`hash_token`]
/// of it is stored, so a copy of the database grants nothing. It has no
/// `Debug` or `Display`, so it cannot slip into a log line.
pub struct RawToken(String);

impl RawToken {
    /// Draws a new token.
    pub fn generate() -> anyhow::Result<Self> {
        use base64::Engine;
        let mut bytes = [0u8; 32];
        rand::rngs::SysRng
            .try_fill_bytes(&mut bytes)
            .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
        Ok(RawToken(
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
        ))
    }

    /// The text, for the one place it is shown (a link or a cookie).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// The stored form of a token: its SHA-256. Any string hashes; an unknown or
/// malformed token simply matches no row.
pub fn hash_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A keyed hash (HMAC-SHA-256 under the server secret) of a value that must
/// be matchable but never stored in clear, such as an IP address. `label`
/// separates uses, so one value hashes differently per purpose.
pub fn keyed_hash(secret: &[u8], label: &str, value: &str) -> String {
    use hmac::{KeyInit, Mac};
    let mut mac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(label.as_bytes());
    mac.update(b"\0");
    mac.update(value.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_distinct_and_url_safe() {
        let a = RawToken::generate().unwrap();
        let b = RawToken::generate().unwrap();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert!(
            a.expose()
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        );
    }

    #[test]
    fn only_the_hash_is_kept_and_it_differs_from_the_token() {
        let t = RawToken::generate().unwrap();
        let h = hash_token(t.expose());
        assert_eq!(h.len(), 32);
        assert_ne!(h, t.expose().as_bytes());
    }
}

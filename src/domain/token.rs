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
        let mut bytes = [0u8; 32];
        fill_random(&mut bytes)?;
        Ok(RawToken(encode(&bytes)))
    }

    /// Draws a token for a link in a signer's mail that begins with the
    /// millisecond it was minted (see [`link_token_key`]): the version byte
    /// [`DATED`], 6 bytes of Unix milliseconds, then 26 random bytes (208
    /// bits), as 44 URL-safe base64 characters.
    pub fn generate_dated(at: chrono::NaiveDateTime) -> anyhow::Result<Self> {
        let mut bytes = [0u8; DATED_LEN];
        bytes[0] = DATED;
        let millis = u64::try_from(at.and_utc().timestamp_millis()).unwrap_or(0);
        bytes[1..7].copy_from_slice(&millis.to_be_bytes()[2..]);
        fill_random(&mut bytes[7..])?;
        Ok(RawToken(encode(&bytes)))
    }

    /// The text, for the one place it is shown (a link or a cookie).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Fills `bytes` from the operating system's CSPRNG.
fn fill_random(bytes: &mut [u8]) -> anyhow::Result<()> {
    rand::rngs::SysRng
        .try_fill_bytes(bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))
}

/// A token's text: URL-safe base64 without padding.
fn encode(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The bytes of a token's text ([`encode`]'s inverse), if it is such text.
fn decode(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text)
        .ok()
}

/// The stored form of a token: its SHA-256. Any string hashes; an unknown or
/// malformed token simply matches no row.
pub fn hash_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The first byte of a dated token ([`RawToken::generate_dated`]).
const DATED: u8 = 1;
/// A dated token's length in bytes: version, 6 bytes of time, 26 random.
const DATED_LEN: usize = 33;
/// … and in characters (unpadded base64: 4 per 3 bytes, rounded up).
const DATED_CHARS: usize = (DATED_LEN * 4).div_ceil(3);

/// The stored form of a token in a signer's link: for a dated token, its 6
/// bytes of time followed by its SHA-256; for any other string (links
/// mailed before dated tokens, or garbage), its SHA-256 alone.
///
/// Why the time first: the key's index is written by the mail worker's
/// claim, two links per mail, inside its turn at SQLite's single write lock.
/// Keys of pure hash land on a random leaf each, so every link dirtied a
/// 4 KB page of its own that the commit wrote to the log (about 5.5 KB of
/// log per link, measured); keys in minting order land on the index's last
/// leaves, as an append does (about 0.5 KB). The time in the link is when
/// the mail was made, which its Date header tells anyway. Keys of the two
/// forms differ in length (38 and 32 bytes), so they never collide.
pub fn link_token_key(token: &str) -> Vec<u8> {
    let dated = (token.len() == DATED_CHARS)
        .then(|| decode(token))
        .flatten()
        .filter(|b| b.len() == DATED_LEN && b[0] == DATED);
    match dated {
        Some(bytes) => {
            let mut key = bytes[1..7].to_vec();
            key.extend_from_slice(&Sha256::digest(token.as_bytes()));
            key
        }
        None => hash_token(token),
    }
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
    fn dated_tokens_key_in_minting_order_and_old_links_keep_their_hash() {
        let at = |ms| {
            chrono::DateTime::from_timestamp_millis(ms)
                .unwrap()
                .naive_utc()
        };
        let early = RawToken::generate_dated(at(1_800_000_000_000)).unwrap();
        let late = RawToken::generate_dated(at(1_800_000_000_001)).unwrap();
        assert_eq!(early.expose().len(), DATED_CHARS);
        assert_eq!(DATED_CHARS, 44);
        let (a, b) = (
            link_token_key(early.expose()),
            link_token_key(late.expose()),
        );
        assert_eq!(a.len(), 38);
        assert!(a < b, "a later token must sort after an earlier one");
        assert_eq!(a[6..], hash_token(early.expose())[..]);
        // A link mailed before dated tokens, and anything else, is looked up
        // by its plain hash, as it was stored.
        let old = RawToken::generate().unwrap();
        assert_eq!(link_token_key(old.expose()), hash_token(old.expose()));
        assert_eq!(link_token_key("nonsense"), hash_token("nonsense"));
        let forged = format!("B{}", &early.expose()[1..]);
        assert_eq!(link_token_key(&forged).len(), 32);
    }

    #[test]
    fn only_the_hash_is_kept_and_it_differs_from_the_token() {
        let t = RawToken::generate().unwrap();
        let h = hash_token(t.expose());
        assert_eq!(h.len(), 32);
        assert_ne!(h, t.expose().as_bytes());
    }
}

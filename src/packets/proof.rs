//! Proof of inclusion: each frozen packet version carries one Merkle root
//! (RFC 9162 trees, [`crate::crypto::merkle`]) over one leaf per printed
//! signature, and each signer can prove from a small receipt and that root
//! alone that their line is in it, learning nothing about anyone else.
//!
//! **Leaf data** (the public format; `docs/receipts.md` has it byte by byte):
//! the byte `0x01` (format version), then each of these as a 4-byte
//! big-endian length followed by its bytes: `handover-leaf`, the petition
//! slug, the delivery point slug, the packet version (decimal), the name
//! exactly as printed, the city as printed, the country code, the signing
//! date as printed (`YYYY-MM-DD`), and the signature's 32-byte random salt.
//! Leaves are ordered by their leaf hash. The salt is erased with the
//! signer's contact data at retention or withdrawal: after that, nothing
//! links a public leaf hash to a person.
//!
//! **Receipt code**: the first 10 characters of the leaf hash in RFC 4648
//! base32 (upper case, no padding), printed on the signer's line.

use serde::{Deserialize, Serialize};

use crate::crypto::merkle::{self, Hash};

/// The scheme's name, in manifests and receipts.
pub const SCHEME: &str = "handover-leaf-v1+rfc9162-sha256";
/// The first byte of every leaf's data.
const FORMAT: u8 = 0x01;
/// Characters of base32 in a receipt code (50 bits).
const CODE_CHARS: usize = 10;

/// The offline receipt checker: one self-contained HTML page (no network,
/// no external script), served at `/verify-receipt` and put in every frozen
/// packet as `verify-receipt.html`.
pub const CHECKER_HTML: &str = include_str!("../../templates/static/verify-receipt.html");

/// What a leaf commits to: one printed line of one packet version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeafFields {
    pub petition: String,
    pub point: String,
    pub version: i32,
    /// The name exactly as printed (full, initials or "Anonymous").
    pub name: String,
    /// The city as printed (empty for an anonymous signer).
    pub city: String,
    pub country: String,
    /// The signing date as printed, `YYYY-MM-DD`.
    pub signed_on: String,
}

impl LeafFields {
    /// The leaf data, salted (see the module doc).
    pub fn data(&self, salt: &[u8]) -> Vec<u8> {
        let version = self.version.to_string();
        let fields: [&[u8]; 9] = [
            b"handover-leaf",
            self.petition.as_bytes(),
            self.point.as_bytes(),
            version.as_bytes(),
            self.name.as_bytes(),
            self.city.as_bytes(),
            self.country.as_bytes(),
            self.signed_on.as_bytes(),
            salt,
        ];
        let mut out = vec![FORMAT];
        for field in fields {
            let len = u32::try_from(field.len()).unwrap_or(u32::MAX);
            out.extend_from_slice(&len.to_be_bytes());
            out.extend_from_slice(field);
        }
        out
    }

    /// The leaf hash.
    pub fn leaf(&self, salt: &[u8]) -> Hash {
        merkle::leaf_hash(&self.data(salt))
    }
}

/// A line's receipt code: the start of its leaf hash in base32.
pub fn receipt_code(leaf: &Hash) -> String {
    let mut code = data_encoding::BASE32_NOPAD.encode(leaf);
    code.truncate(CODE_CHARS);
    code
}

/// What a signer keeps: their line's fields and salt, where it sits in the
/// tree, the path to the root, and where the root is published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub scheme: String,
    #[serde(flatten)]
    pub fields: LeafFields,
    /// 64 hex characters.
    pub salt: String,
    /// The line's receipt code, as printed.
    pub receipt_code: String,
    pub index: u64,
    pub size: u64,
    /// Hex hashes from the leaf up (RFC 9162 audit path).
    pub path: Vec<String>,
    /// 64 hex characters.
    pub root: String,
    /// The public page where the root was published at freeze time.
    pub url: String,
}

/// What a receipt proved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proved {
    pub fields: LeafFields,
    pub root: String,
    pub size: u64,
}

/// Which step of checking a receipt failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failed {
    #[error("the receipt is of another scheme ({0}); this checks {SCHEME}")]
    Scheme(String),
    #[error("the salt is not 64 hex characters")]
    Salt,
    #[error("the root to check against is not 64 hex characters")]
    Root,
    #[error("step {0} of the path is not 64 hex characters")]
    PathStep(usize),
    #[error("the receipt code {printed} does not match the line's data (it gives {computed})")]
    Code { printed: String, computed: String },
    #[error("index {index} and size {size} do not fit a path of {steps} steps")]
    Shape { index: u64, size: u64, steps: usize },
    #[error("the path leads to root {computed}, not {expected}")]
    Mismatch { computed: String, expected: String },
}

fn hash_hex(s: &str) -> Option<Hash> {
    hex::decode(s.trim()).ok()?.try_into().ok()
}

/// Checks a receipt against its own root, or against `root` read off the
/// paper or a photo.
pub fn verify(receipt: &Receipt, root: Option<&str>) -> Result<Proved, Failed> {
    if receipt.scheme != SCHEME {
        return Err(Failed::Scheme(receipt.scheme.clone()));
    }
    let salt = hex::decode(receipt.salt.trim())
        .ok()
        .filter(|s| s.len() == 32)
        .ok_or(Failed::Salt)?;
    let expected_hex = root.unwrap_or(&receipt.root).trim().to_ascii_lowercase();
    let expected = hash_hex(&expected_hex).ok_or(Failed::Root)?;
    let path = receipt
        .path
        .iter()
        .enumerate()
        .map(|(i, p)| hash_hex(p).ok_or(Failed::PathStep(i + 1)))
        .collect::<Result<Vec<Hash>, Failed>>()?;
    let leaf = receipt.fields.leaf(&salt);
    let code = receipt_code(&leaf);
    if !receipt.receipt_code.is_empty() && receipt.receipt_code != code {
        return Err(Failed::Code {
            printed: receipt.receipt_code.clone(),
            computed: code,
        });
    }
    let computed =
        merkle::root_from_path(&leaf, receipt.index, receipt.size, &path).ok_or(Failed::Shape {
            index: receipt.index,
            size: receipt.size,
            steps: path.len(),
        })?;
    if computed != expected {
        return Err(Failed::Mismatch {
            computed: hex::encode(computed),
            expected: expected_hex,
        });
    }
    Ok(Proved {
        fields: receipt.fields.clone(),
        root: expected_hex,
        size: receipt.size,
    })
}

/// A receipt for the line with these fields and salt in the tree over
/// `leaves` (sorted leaf hashes); `None` if the line is not in it.
pub fn receipt(fields: LeafFields, salt: &[u8], leaves: &[Hash], url: String) -> Option<Receipt> {
    let leaf = fields.leaf(salt);
    let index = leaves.binary_search(&leaf).ok()?;
    let path = merkle::audit_path(leaves, index)?;
    Some(Receipt {
        scheme: SCHEME.to_owned(),
        fields,
        salt: hex::encode(salt),
        receipt_code: receipt_code(&leaf),
        index: index as u64,
        size: leaves.len() as u64,
        path: path.iter().map(hex::encode).collect(),
        root: hex::encode(merkle::root(leaves)),
        url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(name: &str) -> LeafFields {
        LeafFields {
            petition: "north-korean-refugees".into(),
            point: "seoul-embassy".into(),
            version: 2,
            name: name.into(),
            city: "서울".into(),
            country: "KR".into(),
            signed_on: "2026-12-04".into(),
        }
    }

    #[test]
    fn leaf_data_is_the_documented_bytes() {
        let f = LeafFields {
            petition: "p".into(),
            point: "s".into(),
            version: 1,
            name: "K. M.".into(),
            city: String::new(),
            country: "KR".into(),
            signed_on: "2026-12-04".into(),
        };
        let data = f.data(&[7u8; 32]);
        let mut expected = vec![0x01];
        for field in [
            &b"handover-leaf"[..],
            b"p",
            b"s",
            b"1",
            b"K. M.",
            b"",
            b"KR",
            b"2026-12-04",
            &[7u8; 32],
        ] {
            expected.extend_from_slice(&(field.len() as u32).to_be_bytes());
            expected.extend_from_slice(field);
        }
        assert_eq!(data, expected);
        let code = receipt_code(&f.leaf(&[7u8; 32]));
        assert_eq!(code.len(), 10);
        assert!(
            code.chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))
        );
    }

    #[test]
    fn a_receipt_verifies_and_any_change_to_it_fails_at_the_right_step() {
        let salts: Vec<[u8; 32]> = (0..37u8).map(|i| [i; 32]).collect();
        let mut leaves: Vec<Hash> = salts
            .iter()
            .enumerate()
            .map(|(i, s)| fields(&format!("Signer {i}")).leaf(s))
            .collect();
        leaves.sort_unstable();
        let r = receipt(fields("Signer 5"), &salts[5], &leaves, "https://x/p".into()).unwrap();
        let proved = verify(&r, None).unwrap();
        assert_eq!(proved.fields.name, "Signer 5");
        assert_eq!(proved.root, hex::encode(merkle::root(&leaves)));
        assert!(
            verify(&r, Some(&r.root.to_uppercase())).is_ok(),
            "a root read off paper"
        );

        let mut name = r.clone();
        name.fields.name = "Signer 6".into();
        assert!(matches!(verify(&name, None), Err(Failed::Code { .. })));
        let mut name = name.clone();
        name.receipt_code.clear();
        assert!(matches!(verify(&name, None), Err(Failed::Mismatch { .. })));
        let mut index = r.clone();
        index.index += 1;
        assert!(verify(&index, None).is_err());
        let mut size = r.clone();
        size.size = 16;
        assert!(verify(&size, None).is_err());
        let other_root = hex::encode([9u8; 32]);
        assert!(matches!(
            verify(&r, Some(&other_root)),
            Err(Failed::Mismatch { .. })
        ));
        let mut step = r.clone();
        step.path[0] = "zz".into();
        assert_eq!(verify(&step, None), Err(Failed::PathStep(1)));
        assert_eq!(
            receipt(fields("Nobody"), &[1; 32], &leaves, String::new()),
            None
        );
    }
}

//! The Merkle tree of RFC 9162 section 2.1 (Certificate Transparency), over
//! leaf hashes: leaf hash = SHA-256(0x00 ‖ leaf data), node = SHA-256(0x01 ‖
//! left ‖ right), a tree of n > 1 leaves split at the largest power of two
//! below n, the empty tree's hash SHA-256 of nothing. Inclusion proofs are
//! the RFC's audit paths, verified by its algorithm in section 2.1.3.2.
//!
//! Memory stays flat in the tree's size: the root and a path are computed
//! from the leaf hashes the caller holds, with recursion only as deep as the
//! tree (about 20 levels for a million leaves).

use sha2::{Digest, Sha256};

/// A SHA-256 hash.
pub type Hash = [u8; 32];

/// SHA-256(0x00 ‖ data): the hash of one leaf.
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0x00]);
    h.update(data);
    h.finalize().into()
}

/// SHA-256(0x01 ‖ left ‖ right): an interior node.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([0x01]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The largest power of two below `n` (for n > 1): where a tree splits.
fn split(n: usize) -> usize {
    let mut k = 1;
    while k << 1 < n {
        k <<= 1;
    }
    k
}

/// The root of the tree over `leaves` (leaf hashes, in tree order).
pub fn root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => Sha256::digest([]).into(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node_hash(&root(&leaves[..k]), &root(&leaves[k..]))
        }
    }
}

/// The audit path of leaf `index` (RFC 9162 2.1.3.1), from the leaf up;
/// `None` if `index` is not a leaf.
pub fn audit_path(leaves: &[Hash], index: usize) -> Option<Vec<Hash>> {
    if index >= leaves.len() {
        return None;
    }
    let mut path = Vec::new();
    path_into(leaves, index, &mut path);
    Some(path)
}

fn path_into(leaves: &[Hash], index: usize, path: &mut Vec<Hash>) {
    let n = leaves.len();
    if n <= 1 {
        return;
    }
    let k = split(n);
    if index < k {
        path_into(&leaves[..k], index, path);
        path.push(root(&leaves[k..]));
    } else {
        path_into(&leaves[k..], index - k, path);
        path.push(root(&leaves[..k]));
    }
}

/// The root an audit path leads to from `leaf` at `index` in a tree of
/// `size` leaves (RFC 9162 2.1.3.2); `None` if the path cannot belong to
/// such a tree (wrong length for the index and size).
pub fn root_from_path(leaf: &Hash, index: u64, size: u64, path: &[Hash]) -> Option<Hash> {
    if index >= size {
        return None;
    }
    let (mut fn_, mut sn) = (index, size - 1);
    let mut r = *leaf;
    for p in path {
        if sn == 0 {
            return None;
        }
        if fn_ & 1 == 1 || fn_ == sn {
            r = node_hash(p, &r);
            if fn_ & 1 == 0 {
                while fn_ & 1 == 0 && fn_ != 0 {
                    fn_ >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        fn_ >>= 1;
        sn >>= 1;
    }
    (sn == 0).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An independent implementation, used only here: the `ct-merkle` crate.
    fn reference_root(data: &[Vec<u8>]) -> Hash {
        #[derive(Clone)]
        struct Leaf(Vec<u8>);
        impl ct_merkle::HashableLeaf for Leaf {
            fn hash<H: digest::Update>(&self, hasher: &mut H) {
                hasher.update(&self.0);
            }
        }
        let mut tree = ct_merkle::mem_backed_tree::MemoryBackedTree::<Sha256, Leaf>::new();
        for d in data {
            tree.push(Leaf(d.clone()));
        }
        let root = tree.root();
        root.as_bytes().as_slice().try_into().unwrap()
    }

    fn data(n: usize) -> Vec<Vec<u8>> {
        (0..n).map(|i| format!("leaf {i}").into_bytes()).collect()
    }

    #[test]
    fn roots_match_an_independent_implementation() {
        for n in (0..=20).chain([1000]) {
            let d = data(n);
            let leaves: Vec<Hash> = d.iter().map(|x| leaf_hash(x)).collect();
            assert_eq!(root(&leaves), reference_root(&d), "size {n}");
        }
        // RFC 6962's empty tree: SHA-256 of nothing.
        assert_eq!(
            hex::encode(root(&[])),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn every_proof_of_a_1000_leaf_tree_verifies_and_a_wrong_one_fails() {
        let leaves: Vec<Hash> = data(1000).iter().map(|x| leaf_hash(x)).collect();
        let r = root(&leaves);
        for (i, leaf) in leaves.iter().enumerate() {
            let path = audit_path(&leaves, i).unwrap();
            assert_eq!(
                root_from_path(leaf, i as u64, 1000, &path),
                Some(r),
                "leaf {i}"
            );
        }
        let path = audit_path(&leaves, 417).unwrap();
        let mut flipped = path.clone();
        flipped[3][7] ^= 0x10;
        assert_ne!(root_from_path(&leaves[417], 417, 1000, &flipped), Some(r));
        let mut leaf = leaves[417];
        leaf[0] ^= 1;
        assert_ne!(root_from_path(&leaf, 417, 1000, &path), Some(r));
        assert_ne!(root_from_path(&leaves[417], 418, 1000, &path), Some(r));
        // A wrong size fails where it changes the tree's shape on the path
        // (the root commits to the size; a receipt is checked against a root).
        assert_ne!(root_from_path(&leaves[417], 417, 512, &path), Some(r));
        let last = audit_path(&leaves, 999).unwrap();
        assert_eq!(root_from_path(&leaves[999], 999, 1000, &last), Some(r));
        assert_ne!(root_from_path(&leaves[999], 999, 1001, &last), Some(r));
        assert_eq!(root_from_path(&leaves[999], 999, 999, &last), None);
        assert_eq!(root_from_path(&leaves[417], 1000, 1000, &path), None);
        assert_eq!(audit_path(&leaves, 1000), None);
        // One leaf: its own hash is the root, with an empty path.
        assert_eq!(root_from_path(&leaves[0], 0, 1, &[]), Some(leaves[0]));
    }
}

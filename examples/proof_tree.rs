//! The proof-of-inclusion benchmark: the Merkle tree of a 1,000,000-line
//! packet (leaf data as `src/packets/proof.rs` builds it, salted), sorted
//! into tree order, its root, and one audit path; time and peak memory.
//!
//! `cargo run --release --example proof_tree [-- LINES]`

use std::time::Instant;

use handover::crypto::merkle;
use handover::packets::proof::LeafFields;

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let start_rss = peak_rss_kb();
    let start = Instant::now();
    let mut leaves: Vec<merkle::Hash> = Vec::with_capacity(lines);
    for i in 0..lines {
        let salt: [u8; 32] = rand::random();
        let fields = LeafFields {
            petition: "north-korean-refugees".to_owned(),
            point: "seoul-embassy".to_owned(),
            version: 1,
            name: format!("Signer {i}"),
            city: "서울".to_owned(),
            country: "KR".to_owned(),
            signed_on: "2026-12-04".to_owned(),
        };
        leaves.push(fields.leaf(&salt));
    }
    let hashed = start.elapsed();
    leaves.sort_unstable();
    let sorted = start.elapsed();
    let root = merkle::root(&leaves);
    let rooted = start.elapsed();
    let path = merkle::audit_path(&leaves, lines / 3).unwrap_or_default();
    let proved =
        merkle::root_from_path(&leaves[lines / 3], (lines / 3) as u64, lines as u64, &path);
    let total = start.elapsed();
    assert_eq!(proved, Some(root));
    println!(
        "{lines} lines: leaf hashes {:.2} s, sorted {:.2} s, root {:.2} s, one path {:.3} s; total {:.2} s; \
         peak RSS {} MB (started at {} MB); root {}",
        hashed.as_secs_f64(),
        (sorted - hashed).as_secs_f64(),
        (rooted - sorted).as_secs_f64(),
        (total - rooted).as_secs_f64(),
        total.as_secs_f64(),
        peak_rss_kb() / 1024,
        start_rss / 1024,
        hex::encode(root)
    );
}

//! Handover: an online petition platform whose signatures are confirmed by
//! email and delivered in person, per embassy or consulate, as printed packets.
//!
//! Folders follow the petition world: [`petitions`], [`signatures`], [`mail`];
//! [`web`] is the HTTP edge, [`domain`] the validated values, [`db`] storage,
//! [`i18n`] the languages.

pub mod audit;
pub mod config;
pub mod cpu_priority;
pub mod crypto;
pub mod db;
pub mod delivery;
pub mod domain;
pub mod i18n;
pub mod mail;
pub mod metrics;
pub mod organizers;
pub mod outbox;
pub mod packets;
pub mod petitions;
pub mod signatures;
pub mod startup;
pub mod telemetry;
pub mod updates;
pub mod web;

/// The folders from the bottom up: each uses only folders on lines above its
/// own (or on its own line, which share nothing). `main.rs` sits on top.
#[cfg(test)]
const LAYERS: &[&[&str]] = &[
    &["config", "cpu_priority", "metrics", "telemetry"],
    &["domain"],
    &["i18n"],
    &["db"],
    &["crypto"],
    &["audit", "outbox"],
    &["petitions"],
    &["organizers"],
    &["signatures"],
    &["packets"],
    &["delivery"],
    &["updates"],
    &["mail"],
    &["web"],
    &["startup"],
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The folder a file under `src/` belongs to (`web` for `src/web/sign.rs`).
    fn folder(path: &Path, src: &Path) -> String {
        let rel = path.strip_prefix(src).unwrap_or(path);
        let first = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        first.unwrap_or_default().trim_end_matches(".rs").to_owned()
    }

    /// The folders a piece of Rust names as `crate::folder` (comments left
    /// out), grouped imports included, over several lines too.
    fn used(source: &str) -> BTreeSet<String> {
        let code: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut out = BTreeSet::new();
        let mut rest = code.as_str();
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // Top-level items of the group: split at commas outside inner braces.
                let (mut depth, mut item) = (0, String::new());
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.insert(first_segment(&item));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    item.push(c);
                }
                out.insert(first_segment(&item));
            } else {
                out.insert(first_segment(rest));
            }
        }
        out.retain(|n| !n.is_empty());
        out
    }

    fn first_segment(path: &str) -> String {
        path.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    }

    fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("reading src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_folder_uses_only_folders_below_it() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let level = |name: &str| super::LAYERS.iter().position(|layer| layer.contains(&name));
        let mut all = Vec::new();
        files(&src, &mut all);
        let mut wrong = Vec::new();
        for path in all {
            let from = folder(&path, &src);
            if from == "main" || from == "lib" {
                continue;
            }
            let Some(at) = level(&from) else {
                wrong.push(format!("{from}: not in LAYERS"));
                continue;
            };
            let source = std::fs::read_to_string(&path).expect("reading a source file");
            for to in used(&source) {
                match level(&to) {
                    Some(l) if to == from || l < at => {}
                    Some(_) => wrong.push(format!("{} uses {to}", path.display())),
                    None => {}
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "folders using folders above them:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn the_checker_sees_plain_and_grouped_paths() {
        let seen = used(
            "use crate::{db::X, web};\nlet a = crate::mail::f();\n// crate::startup\n\
             use crate::{\n    audit::{self, Action},\n    outbox,\n};\n",
        );
        let expected: BTreeSet<String> = ["audit", "db", "mail", "outbox", "web"]
            .map(String::from)
            .into();
        assert_eq!(seen, expected);
    }
}

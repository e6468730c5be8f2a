//! Blocklists: email domains that may not sign (disposable-mail domains by
//! default, from the list in `data/`, plus any configured) and IP ranges.

use std::collections::HashSet;
use std::net::IpAddr;

use ipnet::IpNet;

use crate::config::{Settings, Switch};

const DISPOSABLE: &str = include_str!("../../data/disposable_domains.txt");
const DISPOSABLE_WILDCARD: &str = include_str!("../../data/disposable_wildcard_domains.txt");

/// Domains and ranges refused at signing.
pub struct Blocklist {
    domains: HashSet<String>,
    /// Domains whose subdomains are refused too.
    /// Domains blocked with all their subdomains.
    wildcard: HashSet<String>,
    ranges: Vec<IpNet>,
}

fn lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

impl Blocklist {
    /// The lists the settings describe.
    pub fn from_settings(s: &Settings) -> Self {
        let mut domains: HashSet<String> = s
            .blocked_domains
            .iter()
            .map(|d| d.trim().to_lowercase())
            .collect();
        let mut wildcard = HashSet::new();
        if s.disposable_domains == Switch::On {
            domains.extend(lines(DISPOSABLE));
            wildcard.extend(lines(DISPOSABLE_WILDCARD));
        }
        Blocklist {
            domains,
            wildcard,
            ranges: s.blocked_ips.clone(),
        }
    }

    /// Whether addresses at `domain` may not sign.
    /// Runs on every signature: set lookups of the domain and of each of its
    /// parent domains, nothing allocated past the lowercasing.
    pub fn blocks_domain(&self, domain: &str) -> bool {
        let domain = domain.to_lowercase();
        if self.domains.contains(&domain) {
            return true;
        }
        let mut rest = domain.as_str();
        loop {
            if self.wildcard.contains(rest) {
                return true;
            }
            match rest.split_once('.') {
                Some((_, parent)) => rest = parent,
                None => return false,
            }
        }
    }

    /// Whether a client at `ip` may not sign.
    pub fn blocks_ip(&self, ip: Option<IpAddr>) -> bool {
        ip.is_some_and(|ip| self.ranges.iter().any(|r| r.contains(&ip)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposable_domains_are_blocked_and_ordinary_ones_are_not() {
        let list = Blocklist::from_settings(&Settings::defaults());
        assert!(list.blocks_domain("mailinator.com"));
        assert!(!list.blocks_domain("gmail.com"));
        assert!(!list.blocks_domain("naver.com"));
        assert!(list.blocks_domain("0x01.gq"), "a wildcard domain itself");
        assert!(
            list.blocks_domain("Anything.Deep.0x01.GQ"),
            "a wildcard's subdomain"
        );
        assert!(!list.blocks_domain("not0x01.gq"), "only whole labels match");
    }

    #[test]
    fn configured_ranges_block_their_addresses() {
        let mut s = Settings::defaults();
        s.blocked_ips = vec!["203.0.113.0/24".parse().unwrap()];
        let list = Blocklist::from_settings(&s);
        assert!(list.blocks_ip(Some("203.0.113.9".parse().unwrap())));
        assert!(!list.blocks_ip(Some("198.51.100.1".parse().unwrap())));
    }
}

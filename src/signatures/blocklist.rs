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
    wildcard: Vec<String>,
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
        let mut wildcard = Vec::new();
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
    pub fn blocks_domain(&self, domain: &str) -> bool {
        let domain = domain.to_lowercase();
        self.domains.contains(&domain)
            || self
                .wildcard
                .iter()
                .any(|w| domain == *w || domain.ends_with(&format!(".{w}")))
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

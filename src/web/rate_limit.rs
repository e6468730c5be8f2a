//! Rate limits on signing (which is also how a link is re-sent): per client IP
//! and per email domain, each with a short-burst and a sustained quota
//! (GCRA, from the `governor` crate). The defaults let a rally sign: a few
//! hundred people behind one venue's Wi-Fi over some minutes pass, a script
//! sending hundreds a minute does not. Counters live in each app process, so
//! with several processes behind a proxy each enforces its own share.
//!
//! The client IP is the socket's peer, unless that peer is a configured
//! trusted proxy: only then is `X-Forwarded-For` read (its right-most address
//! that is not itself a trusted proxy).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::HttpRequest;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::Settings;

/// The limits, or none when switched off.
pub struct Limits {
    enabled: bool,
    trusted_proxies: Vec<IpAddr>,
    by_ip: [DefaultKeyedRateLimiter<IpAddr>; 2],
    by_domain: [DefaultKeyedRateLimiter<String>; 2],
    checks: AtomicU64,
}

fn quota(per_minute: u32, per_hour: u32) -> [Quota; 2] {
    let n = |v: u32| NonZeroU32::new(v.max(1)).unwrap_or(NonZeroU32::MIN);
    [
        Quota::per_minute(n(per_minute)),
        Quota::per_hour(n(per_hour)),
    ]
}

impl Limits {
    /// The limits the settings describe.
    pub fn from_settings(s: &Settings) -> Self {
        let [ip_min, ip_hour] = quota(s.rate_ip_per_minute, s.rate_ip_per_hour);
        let [dom_min, dom_hour] = quota(s.rate_domain_per_minute, s.rate_domain_per_hour);
        Limits {
            enabled: s.rate_limits == crate::config::Switch::On,
            trusted_proxies: s.trusted_proxies.clone(),
            by_ip: [RateLimiter::keyed(ip_min), RateLimiter::keyed(ip_hour)],
            by_domain: [RateLimiter::keyed(dom_min), RateLimiter::keyed(dom_hour)],
            checks: AtomicU64::new(0),
        }
    }

    /// The client's IP address, trusting `X-Forwarded-For` only from a trusted proxy.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let peer = req.peer_addr()?.ip();
        if !self.trusted_proxies.contains(&peer) {
            return Some(peer);
        }
        let forwarded = req
            .headers()
            .get("X-Forwarded-For")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        forwarded
            .rsplit(',')
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .find(|a| !self.trusted_proxies.contains(a))
            .or(Some(peer))
    }

    /// Counts one signing attempt; `Err(wait)` if it must be refused now.
    pub fn check_sign(&self, ip: Option<IpAddr>, email_domain: &str) -> Result<(), Duration> {
        if !self.enabled {
            return Ok(());
        }
        if self
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(10_000)
        {
            // Forget keys whose quota is full again, so memory stays bounded.
            for l in &self.by_ip {
                l.retain_recent();
            }
            for l in &self.by_domain {
                l.retain_recent();
            }
        }
        let now = DefaultClock::default().now();
        if let Some(ip) = ip {
            for l in &self.by_ip {
                l.check_key(&ip).map_err(|n| n.wait_time_from(now))?;
            }
        }
        let domain = email_domain.to_owned();
        for l in &self.by_domain {
            l.check_key(&domain).map_err(|n| n.wait_time_from(now))?;
        }
        Ok(())
    }
}

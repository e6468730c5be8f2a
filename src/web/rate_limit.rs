//! Rate limits on signing (which is also how a link is re-sent): per client IP
//! and per email domain, each with a short-burst and a sustained quota
//! (GCRA, from the `governor` crate). The defaults let a rally sign: a few
//! hundred people behind one venue's Wi-Fi over some minutes pass, a script
//! sending hundreds a minute does not. A delivery point's poster carries a
//! rally token ([`crate::delivery::rally`]): with it, the per-IP limits are
//! [`RALLY_FACTOR`] times larger, for a crowd behind a few NAT addresses.
//!
//! On PostgreSQL the limits hold for the whole deployment, however many app
//! processes share the database: each request is charged in the database
//! ([`crate::db::rate_limits`]), after a check in this process's memory that
//! turns a flood away without a query (a process never counts more than
//! the deployment does, so that check alone never refuses wrongly). The keys
//! stored there are keyed hashes: no IP or domain is written down. On
//! SQLite (one process) the memory is the whole count.
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

use super::AppState;
use super::error::AppError;
use crate::config::Settings;
use crate::delivery::rally::RALLY_FACTOR;
use crate::domain::client_ip::{canonical, network};
use crate::domain::keyed_hash;

/// The limits, or none when switched off.
pub struct Limits {
    enabled: bool,
    /// Charge the database too (PostgreSQL: several processes).
    shared: bool,
    /// Per minute and per hour: (per IP, per domain).
    sizes: [(u32, u32); 2],
    trusted_proxies: Vec<IpAddr>,
    by_ip: [DefaultKeyedRateLimiter<IpAddr>; 2],
    /// The same, [`RALLY_FACTOR`] times larger, for signatures sent with a
    /// poster's genuine rally token (a crowd behind a few NAT addresses).
    by_rally_ip: [DefaultKeyedRateLimiter<IpAddr>; 2],
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
    /// The limits the settings describe; `shared` on PostgreSQL.
    pub fn from_settings(s: &Settings, shared: bool) -> Self {
        let [ip_min, ip_hour] = quota(s.rate_ip_per_minute, s.rate_ip_per_hour);
        let [dom_min, dom_hour] = quota(s.rate_domain_per_minute, s.rate_domain_per_hour);
        let [rally_min, rally_hour] = quota(
            s.rate_ip_per_minute.saturating_mul(RALLY_FACTOR),
            s.rate_ip_per_hour.saturating_mul(RALLY_FACTOR),
        );
        Limits {
            enabled: s.rate_limits == crate::config::Switch::On,
            shared,
            sizes: [
                (s.rate_ip_per_minute.max(1), s.rate_domain_per_minute.max(1)),
                (s.rate_ip_per_hour.max(1), s.rate_domain_per_hour.max(1)),
            ],
            trusted_proxies: s.trusted_proxies.iter().copied().map(canonical).collect(),
            by_ip: [RateLimiter::keyed(ip_min), RateLimiter::keyed(ip_hour)],
            by_rally_ip: [
                RateLimiter::keyed(rally_min),
                RateLimiter::keyed(rally_hour),
            ],
            by_domain: [RateLimiter::keyed(dom_min), RateLimiter::keyed(dom_hour)],
            checks: AtomicU64::new(0),
        }
    }

    /// The client's IP address, trusting `X-Forwarded-For` only from a trusted proxy.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let peer = canonical(req.peer_addr()?.ip());
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
            .filter_map(|a| a.trim().parse::<IpAddr>().ok().map(canonical))
            .find(|a| !self.trusted_proxies.contains(a))
            .or(Some(peer))
    }

    /// Counts one signing attempt, in this process and (on PostgreSQL) for
    /// the whole deployment; `Ok(Err(wait))` if it must be refused now.
    /// `rally`: sent with a genuine rally token, so held to the rally's
    /// per-IP limit (the domain limits are the same).
    pub async fn check_sign(
        state: &AppState,
        ip: Option<IpAddr>,
        email_domain: &str,
        rally: bool,
    ) -> Result<Result<(), Duration>, AppError> {
        let limits = &state.limits;
        if let Err(wait) = limits.check_here(ip, email_domain, rally) {
            return Ok(Err(wait));
        }
        if !limits.enabled || !limits.shared {
            return Ok(Ok(()));
        }
        let charges = limits.charges(state.keys.index_key(), ip, email_domain, rally);
        let refused = state
            .db(move |conn| Ok(crate::db::rate_limits::charge(conn, &charges)?))
            .await?;
        Ok(refused.map_or(Ok(()), Err))
    }

    /// The database's quotas for one request.
    fn charges(
        &self,
        secret: &[u8],
        ip: Option<IpAddr>,
        email_domain: &str,
        rally: bool,
    ) -> Vec<crate::db::rate_limits::Charge> {
        let mut charges = Vec::new();
        let periods = [("minute", 60.0), ("hour", 3600.0)];
        for ((period, seconds), (per_ip, per_domain)) in periods.into_iter().zip(self.sizes) {
            let charge = |kind: &str, value: &str, size: u32| crate::db::rate_limits::Charge {
                key: keyed_hash(secret, &format!("rate-{kind}-{period}"), value),
                cost: Duration::from_secs_f64(seconds / f64::from(size)),
                burst: size,
            };
            if let Some(ip) = ip {
                let net = network(ip, 32, 64).network().to_string();
                match rally {
                    true => charges.push(charge("rally-ip", &net, per_ip * RALLY_FACTOR)),
                    false => charges.push(charge("ip", &net, per_ip)),
                }
            }
            if !LARGE_PROVIDERS.contains(&email_domain) {
                charges.push(charge("domain", email_domain, per_domain));
            }
        }
        charges
    }

    /// Counts one signing attempt in this process's memory; `Err(wait)` if
    /// it must be refused now.
    fn check_here(
        &self,
        ip: Option<IpAddr>,
        email_domain: &str,
        rally: bool,
    ) -> Result<(), Duration> {
        if !self.enabled {
            return Ok(());
        }
        if self
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(10_000)
        {
            // Forget keys whose quota is full again, so memory stays bounded.
            for l in self.by_ip.iter().chain(&self.by_rally_ip) {
                l.retain_recent();
            }
            for l in &self.by_domain {
                l.retain_recent();
            }
        }
        let now = DefaultClock::default().now();
        if let Some(ip) = ip {
            // One IPv6 subscriber holds a whole /64: limiting single
            // addresses in it would limit nothing.
            let ip = network(ip, 32, 64).network();
            let limiters = if rally {
                &self.by_rally_ip
            } else {
                &self.by_ip
            };
            for l in limiters {
                l.check_key(&ip).map_err(|n| n.wait_time_from(now))?;
            }
        }
        if LARGE_PROVIDERS.contains(&email_domain) {
            // Everyone may be on these: a per-domain quota would let a few
            // abusers lock the whole public out. Per-IP limits still apply.
            return Ok(());
        }
        let domain = email_domain.to_owned();
        for l in &self.by_domain {
            l.check_key(&domain).map_err(|n| n.wait_time_from(now))?;
        }
        Ok(())
    }
}

/// Webmail providers that large parts of the public use, in the campaign's
/// countries. The per-domain limit is for domains where one person can mint
/// endless addresses (their own, or catch-all ones); on these it would only
/// turn honest signers away.
const LARGE_PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    // Canada, United States
    "sympatico.ca",
    "shaw.ca",
    "rogers.com",
    "comcast.net",
    "att.net",
    "verizon.net",
    // France, Belgium
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "hotmail.fr",
    "yahoo.fr",
    "skynet.be",
    "telenet.be",
    // Germany
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "posteo.de",
    "yahoo.de",
    // Spain
    "hotmail.es",
    "yahoo.es",
    "telefonica.net",
    // Netherlands, Norway
    "ziggo.nl",
    "kpnmail.nl",
    "online.no",
    "hotmail.no",
    // United Kingdom
    "btinternet.com",
    "hotmail.co.uk",
    "yahoo.co.uk",
    "sky.com",
    // Japan
    "yahoo.co.jp",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "softbank.ne.jp",
    "i.softbank.jp",
    // South Korea
    "naver.com",
    "daum.net",
    "hanmail.net",
    "kakao.com",
    "nate.com",
];

//! What is kept of a signer's IP address: keyed hashes only, never the
//! address. One hash of the address itself (for rate limits and invalidating
//! one address) and one of its network (the /24 of an IPv4 address, the /48
//! of an IPv6 one), so that a flood from one network shows up in the
//! organizers' activity view and can be invalidated as a whole.

use std::net::IpAddr;

use ipnet::IpNet;

use super::keyed_hash;

/// IPv4 networks are grouped by /24: one venue, one office, one small ISP pool.
pub const V4_RANGE_PREFIX: u8 = 24;
/// IPv6 networks are grouped by /48: one site's allocation.
pub const V6_RANGE_PREFIX: u8 = 48;

/// The address in its canonical form: an IPv4 address that arrived mapped
/// into IPv6 (`::ffff:a.b.c.d`, as on a dual-stack listener) becomes plain IPv4,
/// so blocklists, rate limits and hashes see one address, not two spellings.
pub fn canonical(ip: IpAddr) -> IpAddr {
    ip.to_canonical()
}

/// The network `ip` belongs to, at `v4` bits for IPv4 and `v6` bits for IPv6.
pub fn network(ip: IpAddr, v4: u8, v6: u8) -> IpNet {
    let ip = canonical(ip);
    let prefix = if ip.is_ipv4() { v4 } else { v6 };
    IpNet::new(ip, prefix)
        .map(|n| n.trunc())
        .unwrap_or_else(|_| IpNet::from(ip))
}

/// The keyed hash of the address (of nothing, when the address is unknown).
pub fn address_hash(secret: &[u8], ip: Option<IpAddr>) -> String {
    let ip = ip.map(|a| canonical(a).to_string()).unwrap_or_default();
    keyed_hash(secret, "signer-ip", &ip)
}

/// The keyed hash of the address's network (/24 or /48).
pub fn range_hash(secret: &[u8], ip: Option<IpAddr>) -> Option<String> {
    ip.map(|ip| {
        let net = network(ip, V4_RANGE_PREFIX, V6_RANGE_PREFIX);
        keyed_hash(secret, "signer-ip-range", &net.to_string())
    })
}

/// The keyed hash of a network an organizer typed (`203.0.113.0/24`), if it
/// is exactly one of the ranges that are hashed.
pub fn typed_range_hash(secret: &[u8], net: IpNet) -> Option<String> {
    let expected = if net.addr().is_ipv4() {
        V4_RANGE_PREFIX
    } else {
        V6_RANGE_PREFIX
    };
    (net.prefix_len() == expected)
        .then(|| keyed_hash(secret, "signer-ip-range", &net.trunc().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mapped_ipv4_address_hashes_like_the_plain_one() {
        let plain: IpAddr = "203.0.113.7".parse().unwrap();
        let mapped: IpAddr = "::ffff:203.0.113.7".parse().unwrap();
        assert_eq!(
            address_hash(b"k", Some(plain)),
            address_hash(b"k", Some(mapped))
        );
        assert_eq!(
            range_hash(b"k", Some(plain)),
            range_hash(b"k", Some(mapped))
        );
    }

    #[test]
    fn addresses_of_one_network_share_a_range_hash_and_others_do_not() {
        let ip = |s: &str| Some(s.parse::<IpAddr>().unwrap());
        assert_eq!(
            range_hash(b"k", ip("203.0.113.7")),
            range_hash(b"k", ip("203.0.113.250"))
        );
        assert_ne!(
            range_hash(b"k", ip("203.0.113.7")),
            range_hash(b"k", ip("203.0.114.7"))
        );
        assert_eq!(
            range_hash(b"k", ip("2001:db8:1:2::1")),
            range_hash(b"k", ip("2001:db8:1:ffff::9"))
        );
        assert_eq!(
            range_hash(b"k", ip("203.0.113.7")),
            typed_range_hash(b"k", "203.0.113.0/24".parse().unwrap())
        );
        assert_eq!(
            typed_range_hash(b"k", "203.0.0.0/16".parse().unwrap()),
            None
        );
    }
}

use handover::config::Switch;

use crate::helpers::{Backend, sign_form, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    a_burst_from_one_ip_gets_429_while_another_ip_still_signs,
    a_spoofed_forwarded_for_from_an_untrusted_peer_changes_nothing,
    a_flood_from_one_email_domain_is_limited,
    a_large_webmail_provider_is_not_limited_as_a_domain_but_its_users_ips_are,
    one_ipv6_subscriber_cannot_escape_the_ip_limit_by_rotating_addresses_in_its_64,
    disposable_domains_and_blocked_ip_ranges_cannot_sign,
);

async fn a_burst_from_one_ip_gets_429_while_another_ip_still_signs(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = Switch::On;
        s.rate_ip_per_minute = 3;
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;

    for i in 0..3 {
        let r = app
            .sign_forwarded_for("203.0.113.1", sign_form(&format!("p{i}@example.org")))
            .await;
        assert_eq!(r.status().as_u16(), 303, "signature {i} refused");
    }
    let refused = app
        .sign_forwarded_for("203.0.113.1", sign_form("p3@example.org"))
        .await;
    let other = app
        .sign_forwarded_for("203.0.113.2", sign_form("q@example.org"))
        .await;

    assert_eq!(refused.status().as_u16(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("please press “Sign” again in one minute"),
        "{page}"
    );
    assert!(
        page.contains("value=\"p3@example.org\""),
        "the input was lost"
    );
    assert_eq!(other.status().as_u16(), 303);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 4);
}

async fn a_spoofed_forwarded_for_from_an_untrusted_peer_changes_nothing(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = Switch::On;
        s.rate_ip_per_minute = 2;
    })
    .await;

    let a = app
        .sign_forwarded_for("198.51.100.1", sign_form("a@example.org"))
        .await;
    let b = app
        .sign_forwarded_for("198.51.100.2", sign_form("b@example.org"))
        .await;
    let c = app
        .sign_forwarded_for("198.51.100.3", sign_form("c@example.org"))
        .await;

    assert_eq!((a.status().as_u16(), b.status().as_u16()), (303, 303));
    assert_eq!(
        c.status().as_u16(),
        429,
        "X-Forwarded-For from an untrusted peer was believed"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 2);
}

async fn a_flood_from_one_email_domain_is_limited(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = Switch::On;
        s.rate_domain_per_minute = 2;
    })
    .await;

    let one = app.sign(sign_form("one@flood.test")).await;
    let two = app.sign(sign_form("two@flood.test")).await;
    let three = app.sign(sign_form("three@flood.test")).await;
    let elsewhere = app.sign(sign_form("someone@example.org")).await;

    assert_eq!((one.status().as_u16(), two.status().as_u16()), (303, 303));
    assert_eq!(three.status().as_u16(), 429);
    assert_eq!(elsewhere.status().as_u16(), 303);
}

async fn a_large_webmail_provider_is_not_limited_as_a_domain_but_its_users_ips_are(
    backend: Backend,
) {
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = Switch::On;
        s.rate_domain_per_minute = 2;
        s.rate_ip_per_minute = 2;
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;

    let mut statuses = Vec::new();
    for i in 0..4 {
        let ip = format!("198.51.100.{}", 10 + i);
        let r = app
            .sign_forwarded_for(&ip, sign_form(&format!("rally{i}@gmail.com")))
            .await;
        statuses.push(r.status().as_u16());
    }
    let same_ip: Vec<u16> = {
        let mut v = Vec::new();
        for i in 0..3 {
            let r = app
                .sign_forwarded_for("198.51.100.99", sign_form(&format!("one{i}@naver.com")))
                .await;
            v.push(r.status().as_u16());
        }
        v
    };

    assert_eq!(
        statuses,
        [303, 303, 303, 303],
        "gmail.com was limited as a domain"
    );
    assert_eq!(
        same_ip,
        [303, 303, 429],
        "the per-IP limit no longer applies"
    );
}

async fn one_ipv6_subscriber_cannot_escape_the_ip_limit_by_rotating_addresses_in_its_64(
    backend: Backend,
) {
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = Switch::On;
        s.rate_ip_per_minute = 2;
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;

    let mut statuses = Vec::new();
    for i in 1..=3 {
        let ip = format!("2001:db8:1:2::{i}");
        let r = app
            .sign_forwarded_for(&ip, sign_form(&format!("v6-{i}@example.org")))
            .await;
        statuses.push(r.status().as_u16());
    }
    let next_subscriber = app
        .sign_forwarded_for("2001:db8:1:3::1", sign_form("other@example.org"))
        .await;

    assert_eq!(statuses, [303, 303, 429]);
    assert_eq!(next_subscriber.status().as_u16(), 303);
}

async fn disposable_domains_and_blocked_ip_ranges_cannot_sign(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.blocked_domains = vec!["bad.example".into()];
        s.blocked_ips = vec!["203.0.113.0/24".parse().unwrap()];
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;

    let disposable = app.sign(sign_form("someone@mailinator.com")).await;
    let configured = app.sign(sign_form("someone@bad.example")).await;
    let blocked_ip = app
        .sign_forwarded_for("203.0.113.50", sign_form("ok@example.org"))
        .await;
    let fine = app
        .sign_forwarded_for("198.51.100.50", sign_form("ok@example.org"))
        .await;

    assert_eq!(disposable.status().as_u16(), 422);
    assert!(
        disposable
            .text()
            .await
            .unwrap()
            .contains("Please use a permanent address")
    );
    assert_eq!(configured.status().as_u16(), 422);
    assert_eq!(blocked_ip.status().as_u16(), 403);
    assert!(
        blocked_ip
            .text()
            .await
            .unwrap()
            .contains("Signing from your network is blocked")
    );
    assert_eq!(fine.status().as_u16(), 303);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
}

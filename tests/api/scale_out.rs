//! Past one machine: two `handover serve` processes and two `handover
//! worker` processes on one PostgreSQL, the load spread over both ports.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::helpers::{Backend, SLUG, csrf_in, exit_of, signal, spawn_app_with};

/// One signature through the server at `address`; the POST's status.
async fn sign_at(client: &reqwest::Client, address: &str, email: &str) -> u16 {
    crate::helpers::sign_at(client, address, email)
        .await
        .unwrap()
        .status()
        .as_u16()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_app_processes_and_two_workers_lose_nothing_double_nothing_and_agree() {
    let Some(backend) = Backend::postgres() else {
        return;
    };
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let dir = tempfile::tempdir().unwrap();
    let no_worker = [("HANDOVER_NO_WORKER", "true")];
    let (mut a, at_a) = app
        .spawn_server_with(&dir.path().join("a.log"), &no_worker)
        .await;
    let (mut b, at_b) = app
        .spawn_server_with(&dir.path().join("b.log"), &no_worker)
        .await;
    // A relay at 20 ms a message over two connections per worker: one worker
    // alone needs over two seconds for the 250, so the other, polling every
    // second, takes part however fast the first one claims and sends. (With
    // an instant relay and 8 connections each, whichever worker polled first
    // could send all 250 before the other looked.)
    app.smtp.delay_each_mail(Duration::from_millis(20));
    let mut workers = [
        app.spawn_worker(2, &dir.path().join("w1.log")),
        app.spawn_worker(2, &dir.path().join("w2.log")),
    ];

    // 240 people, each on one of the two ports in turn, six at a time; and
    // 10 people who each send the form 12 times, half to each port at once.
    let mut tasks = Vec::new();
    for t in 0..6 {
        let (at_a, at_b) = (at_a.clone(), at_b.clone());
        tasks.push(tokio::spawn(async move {
            let client = client();
            let mut statuses = Vec::new();
            for i in 0..40 {
                let address = if i % 2 == 0 { &at_a } else { &at_b };
                statuses.push(sign_at(&client, address, &format!("p{t}-{i}@example.org")).await);
            }
            statuses
        }));
    }
    for r in 0..10 {
        for k in 0..12 {
            let address = if k % 2 == 0 {
                at_a.clone()
            } else {
                at_b.clone()
            };
            tasks.push(tokio::spawn(async move {
                vec![sign_at(&client(), &address, &format!("repeat{r}@example.org")).await]
            }));
        }
    }
    for task in tasks {
        for status in task.await.unwrap() {
            assert_eq!(status, 303);
        }
    }

    // One signature per address, one mail per address, no more.
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 250);
    let start = Instant::now();
    while app.smtp.mails().len() < 250 {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{} of 250 mails",
            app.smtp.mails().len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut per: BTreeMap<String, usize> = BTreeMap::new();
    for mail in app.smtp.mails() {
        for to in mail.to {
            *per.entry(to).or_default() += 1;
        }
    }
    assert_eq!(per.len(), 250);
    assert!(per.values().all(|&n| n == 1), "mailed twice");
    // Both workers took part.
    for w in ["w1", "w2"] {
        let log = std::fs::read_to_string(dir.path().join(format!("{w}.log"))).unwrap();
        assert!(
            log.contains("mail worker pass sent="),
            "{w} sent nothing:\n{log}"
        );
    }

    // A confirmation through one process shows on the other within a second.
    let link = app.smtp.mails_to("p0-0@example.org")[0].verify_link();
    let path = link
        .split_once("/verify/")
        .map(|(_, t)| format!("/verify/{t}"))
        .unwrap();
    let confirmer = client();
    let page = confirmer.get(format!("{at_a}{path}")).send().await.unwrap();
    let form = [("csrf", csrf_in(&page.text().await.unwrap()))];
    let r = confirmer
        .post(format!("{at_a}{path}"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let confirmed = Instant::now();
    loop {
        let json: serde_json::Value = reqwest::get(format!("{at_b}/p/{SLUG}.json"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        // One verified signature shows as "<3" in public.
        if json["signature_count"] != 0 {
            break;
        }
        assert!(
            confirmed.elapsed() < Duration::from_millis(1500),
            "the other process still shows {json}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    for child in [&a, &b] {
        signal(child, "INT");
    }
    for w in &workers {
        signal(w, "TERM");
    }
    exit_of(&mut a, Duration::from_secs(30)).await;
    exit_of(&mut b, Duration::from_secs(30)).await;
    for w in &mut workers {
        exit_of(w, Duration::from_secs(30)).await;
    }
}

/// The per-IP limit is the deployment's, not each process's: 10 a minute
/// across both ports lets 10 through, not 20.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_rate_limit_holds_across_app_processes() {
    let Some(backend) = Backend::postgres() else {
        return;
    };
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let dir = tempfile::tempdir().unwrap();
    let limited = [
        ("HANDOVER_NO_WORKER", "true"),
        ("HANDOVER_RATE_LIMITS", "on"),
        ("HANDOVER_RATE_IP_PER_MINUTE", "10"),
    ];
    let (mut a, at_a) = app
        .spawn_server_with(&dir.path().join("a.log"), &limited)
        .await;
    let (mut b, at_b) = app
        .spawn_server_with(&dir.path().join("b.log"), &limited)
        .await;
    let client = client();
    let mut passed = [0, 0];
    for i in 0..30 {
        let (address, side) = if i % 2 == 0 { (&at_a, 0) } else { (&at_b, 1) };
        match sign_at(&client, address, &format!("limited{i}@example.org")).await {
            303 => passed[side] += 1,
            429 => {}
            other => panic!("signing answered {other}"),
        }
    }
    assert_eq!(passed[0] + passed[1], 10, "{passed:?} passed");
    assert!(passed[0] > 0 && passed[1] > 0, "{passed:?}");
    // No IP is stored: the keys are keyed hashes.
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM rate_limits WHERE key LIKE '%127.0.0%'"),
        0
    );
    for child in [&a, &b] {
        signal(child, "INT");
    }
    exit_of(&mut a, Duration::from_secs(30)).await;
    exit_of(&mut b, Duration::from_secs(30)).await;
}

//! What an operator's tools see: HEAD on every GET route, `/ready`,
//! `handover healthcheck` for container health checks, a SIGTERM under
//! load, and where the demo petition appears.

use std::time::{Duration, Instant};

use crate::helpers::{Backend, SLUG, exit_of, sign_form, signal, spawn_app, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    head_answers_like_get_without_a_body,
    ready_and_the_healthcheck_say_the_server_can_serve,
    sigterm_under_signing_load_loses_no_answered_signature_and_mails_each_once,
    the_demo_petition_appears_only_where_it_belongs,
    metrics_move_with_what_people_do_and_name_no_one,
    six_kills_of_serve_under_load_lose_and_double_no_answered_signature,
);

async fn head_answers_like_get_without_a_body(backend: Backend) {
    let app = spawn_app(backend).await;
    for path in [
        "/health".to_owned(),
        "/privacy".to_owned(),
        "/static/style.css".to_owned(),
        format!("/p/{SLUG}"),
        format!("/p/{SLUG}/delivery.json"),
    ] {
        let url = format!("{}{path}", app.address);
        let get = app.client.get(&url).send().await.unwrap();
        let (get_status, get_type) = (get.status(), get.headers()["content-type"].clone());
        let get_len = get.bytes().await.unwrap().len();
        let head = app.client.head(&url).send().await.unwrap();
        assert_eq!(head.status(), get_status, "{path}");
        assert_eq!(get_status.as_u16(), 200, "{path}");
        assert_eq!(head.headers()["content-type"], get_type, "{path}");
        let length: usize = head.headers()["content-length"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(length, get_len, "{path}: HEAD's Content-Length");
        assert!(
            head.bytes().await.unwrap().is_empty(),
            "{path}: HEAD sent a body"
        );
    }
    // A route that does not exist is still a 404 to HEAD.
    let missing = app
        .client
        .head(format!("{}/nowhere", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);
}

async fn ready_and_the_healthcheck_say_the_server_can_serve(backend: Backend) {
    let app = spawn_app(backend).await;
    let (status, body) = app.get_text("/ready").await;
    assert_eq!((status, body.as_str()), (200, "ready"));

    let up = app.cli(&["healthcheck", "--url", &app.address]);
    assert!(up.status.success(), "{up:?}");
    // Nothing listens on a port just freed: exit 1, with the reason.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let down = app.cli(&["healthcheck", "--url", &format!("http://127.0.0.1:{port}")]);
    assert_eq!(down.status.code(), Some(1), "{down:?}");
    assert!(String::from_utf8_lossy(&down.stderr).contains("not ready"));
}

/// Signs with fresh addresses (`{prefix}{i}@example.org`) until the server
/// stops answering; returns the addresses answered 303.
async fn sign_until_refused(address: String, prefix: String) -> Vec<String> {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let mut answered = Vec::new();
    for i in 0.. {
        let email = format!("{prefix}{i}@example.org");
        match crate::helpers::sign_at(&client, &address, &email).await {
            Ok(r) if r.status().as_u16() == 303 => answered.push(email),
            Ok(r) => panic!("signing answered {}", r.status()),
            Err(_) => break,
        }
    }
    answered
}

/// SIGTERM while people sign: the server drains (`/ready` says 503, every
/// response closes its connection), stops, and exits cleanly; every
/// signature it answered 303 is stored and, after a restart, mailed
/// exactly once.
async fn sigterm_under_signing_load_loses_no_answered_signature_and_mails_each_once(
    backend: Backend,
) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let dir = tempfile::tempdir().unwrap();
    let (mut server, address) = app.spawn_server(&dir.path().join("serve.log")).await;
    let load: Vec<_> = (0..6)
        .map(|t| tokio::spawn(sign_until_refused(address.clone(), format!("t{t}-"))))
        .collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;

    signal(&server, "TERM");
    let stopped_at = Instant::now();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let ready = app
        .client
        .get(format!("{address}/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status().as_u16(), 503);
    assert_eq!(ready.headers()["connection"], "close");
    assert!(ready.text().await.unwrap().contains("shutting down"));

    let status = exit_of(&mut server, Duration::from_secs(40)).await;
    let took = stopped_at.elapsed();
    let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap();
    assert!(status.success(), "{status:?}\n{log}");
    assert!(log.contains("stopped"), "{log}");
    let mut answered = Vec::new();
    for task in load {
        answered.extend(task.await.unwrap());
    }
    assert!(answered.len() > 20, "too little load: {}", answered.len());
    eprintln!(
        "SIGTERM: {} signatures answered 303, exit after {took:?}",
        answered.len()
    );

    // Every answered signature is stored ...
    let stored = app.count("SELECT COUNT(*) AS n FROM signatures") as usize;
    assert!(
        stored >= answered.len(),
        "{stored} stored, {} answered",
        answered.len()
    );
    // ... and, with a server started again, mailed exactly once.
    let (mut again, _) = app.spawn_server(&dir.path().join("again.log")).await;
    for email in &answered {
        app.smtp.wait_for(email, 1, Duration::from_secs(60)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    for email in &answered {
        assert_eq!(app.smtp.mails_to(email).len(), 1, "{email}");
    }
    assert_eq!(
        app.smtp.mails().len(),
        stored,
        "a stored signature went unmailed or twice"
    );
    signal(&again, "INT");
    exit_of(&mut again, Duration::from_secs(30)).await;
}

/// The demo goes into a SQLite file the start itself creates (the laptop
/// case), never into PostgreSQL or an existing file by itself; `--demo`
/// (`HANDOVER_DEMO`) loads it anywhere.
async fn the_demo_petition_appears_only_where_it_belongs(backend: Backend) {
    let sqlite = matches!(backend, Backend::Sqlite);
    let app = spawn_app_with(backend, |s| s.demo = false).await;
    let (status, _) = app.get_text(&format!("/p/{SLUG}")).await;
    assert_eq!(status, if sqlite { 200 } else { 404 });

    // A database that exists already (migrated before this start) stays
    // as it is, SQLite too.
    let dir = tempfile::tempdir().unwrap();
    let mut settings = app.settings.clone();
    (settings.demo, settings.no_worker) = (false, true);
    if sqlite {
        settings.database_url = format!("sqlite://{}", dir.path().join("kept.db").display());
        handover::startup::open_database(&settings).unwrap();
    }
    let built = handover::startup::Application::build(&settings).unwrap();
    drop(built);
    let mut conn = handover::startup::open_database(&settings)
        .unwrap()
        .pool
        .get()
        .unwrap();
    let found = |conn: &mut _| {
        handover::petitions::Petition::find_by_slug(conn, SLUG)
            .unwrap()
            .is_some()
    };
    assert!(!found(&mut conn), "the demo went into an existing database");

    // Asked for, it comes.
    settings.demo = true;
    drop(handover::startup::Application::build(&settings).unwrap());
    assert!(found(&mut conn));
}

/// A form body that trickles in (one byte a second) is cut off at the
/// deadline with a 408, and its connection closed: a few hundred such
/// clients cannot hold the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_that_trickles_in_gets_408_and_its_connection_closed() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app(Backend::Sqlite).await;
    let host = app.address.trim_start_matches("http://").to_owned();
    let stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    let start = Instant::now();
    write
        .write_all(
            format!(
                "POST /p/{SLUG}/sign HTTP/1.1\r\nHost: {host}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\n\
                 Content-Length: 400\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    let trickle = tokio::spawn(async move {
        for _ in 0..400 {
            if write.write_all(b"a").await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
    let mut answer = Vec::new();
    let read_all = tokio::time::timeout(Duration::from_secs(20), read.read_to_end(&mut answer));
    // The connection ends (EOF, or a reset once the server closed it).
    let _ = read_all.await.expect("the connection stayed open");
    let took = start.elapsed();
    trickle.abort();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("too slowly"), "{answer}");
    assert!(
        took >= Duration::from_secs(9) && took < Duration::from_secs(14),
        "cut after {took:?}"
    );
}

/// The value of a Prometheus sample whose line starts with `series`
/// (a name and its labels as written), or 0.
fn sample(text: &str, series: &str) -> f64 {
    text.lines()
        .find(|l| l.starts_with(series) && l[series.len()..].starts_with(' '))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0)
}

/// `/metrics` on its own listener: counts move with signing, confirming
/// and mail; the public port has no `/metrics`; no label names a signer or
/// a petition.
async fn metrics_move_with_what_people_do_and_name_no_one(backend: Backend) {
    let sqlite = matches!(backend, Backend::Sqlite);
    let app = spawn_app_with(backend, |s| s.metrics_bind = Some("127.0.0.1:0".to_owned())).await;
    let url = format!("{}/metrics", app.metrics_address.clone().unwrap());
    let scrape = || async {
        let r = app.client.get(&url).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        r.text().await.unwrap()
    };
    // The recorder is one per test process, shared by the tests running at
    // once: values are compared as "at least this much more".
    let before = scrape().await;
    app.sign_and_confirm(sign_form("counted@example.org")).await;
    let after = scrape().await;
    for (series, at_least) in [
        ("handover_signatures_total{event=\"signed\"}", 1.0),
        ("handover_signatures_total{event=\"confirmed\"}", 1.0),
        ("handover_mails_total{result=\"sent\"}", 1.0),
        (
            "handover_http_requests_total{method=\"POST\",route=\"/p/{slug}/sign\",status=\"303\"}",
            1.0,
        ),
        (
            "handover_group_commit_batch_size_count{writer=\"signing\"}",
            1.0,
        ),
        ("handover_db_pool_wait_seconds_count", 1.0),
    ] {
        let moved = sample(&after, series) - sample(&before, series);
        assert!(moved >= at_least, "{series} moved by {moved}\n{after}");
    }
    // On SQLite, how long the write transactions held the one write lock:
    // the signing writer's (a request's) and the mail worker's. (On
    // PostgreSQL the SQLite tests running at once move them too.)
    for class in ["request", "background"].into_iter().filter(|_| sqlite) {
        let series = format!("handover_sqlite_write_turn_held_seconds_count{{class=\"{class}\"}}");
        let moved = sample(&after, &series) - sample(&before, &series);
        assert!(moved >= 1.0, "{series} moved by {moved}\n{after}");
    }
    assert!(after.contains("handover_outbox_backlog "), "{after}");
    assert!(
        after.contains("handover_outbox_oldest_due_age_seconds "),
        "{after}"
    );
    assert!(
        after.contains("handover_http_request_duration_seconds_bucket"),
        "{after}"
    );
    assert!(!after.contains('@'), "an address in the metrics");
    assert!(!after.contains(SLUG), "a slug in the metrics");
    let (status, _) = app.get_text("/metrics").await;
    assert_eq!(status, 404, "/metrics on the public port");
}

/// `kill -9` of `handover serve` six times while people sign, restarting it
/// each time: every signature answered 303 is stored once, and mailed
/// (a kill can repeat only the few mails in flight, see `mail::worker`).
async fn six_kills_of_serve_under_load_lose_and_double_no_answered_signature(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let dir = tempfile::tempdir().unwrap();
    let mut answered = Vec::new();
    for round in 0..6 {
        let log = dir.path().join(format!("serve{round}.log"));
        let (mut server, address) = app.spawn_server(&log).await;
        let load: Vec<_> = (0..4)
            .map(|t| {
                tokio::spawn(sign_until_refused(
                    address.clone(),
                    format!("k{round}-{t}-"),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(1500)).await;
        signal(&server, "KILL");
        exit_of(&mut server, Duration::from_secs(10)).await;
        for task in load {
            answered.extend(task.await.unwrap());
        }
    }
    assert!(answered.len() > 50, "too little load: {}", answered.len());
    // Each answered address is stored exactly once.
    let (mut last, _) = app.spawn_server(&dir.path().join("last.log")).await;
    for email in &answered {
        let address = handover::domain::SignerEmail::parse(email).unwrap();
        let hash = handover::signatures::email_hash(&app.keys, &address);
        let n = app.count(&format!(
            "SELECT COUNT(*) AS n FROM signatures WHERE email_hash = '{hash}'"
        ));
        assert_eq!(n, 1, "{email} stored {n} times");
    }
    // ... and mailed once the last server's worker caught up.
    for email in &answered {
        app.smtp.wait_for(email, 1, Duration::from_secs(90)).await;
    }
    let repeated = answered
        .iter()
        .filter(|e| app.smtp.mails_to(e).len() > 1)
        .count();
    eprintln!(
        "six kills: {} answered 303, all stored once and mailed; {repeated} mailed twice",
        answered.len()
    );
    // At most the messages outstanding per kill: max(64 connections, 8).
    assert!(repeated <= 6 * 64, "{repeated} mailed twice");
    signal(&last, "INT");
    exit_of(&mut last, Duration::from_secs(30)).await;
}

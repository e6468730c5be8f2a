//! The mail worker under faults, caused for real: a `handover worker`
//! process stopped with SIGTERM or killed with SIGKILL in the middle of a
//! backlog, and an SMTP server that refuses every message for a while.
//! What is counted is what people get: mails per address.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::helpers::{Backend, TestApp, exit_of, signal, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    a_worker_stopped_with_sigterm_hands_back_its_mail_and_sends_none_twice,
    a_killed_workers_mail_goes_out_within_a_minute_and_few_are_repeated,
    a_relay_refusing_everything_pauses_mail_and_gives_up_on_no_one,
    a_hung_smtp_server_slows_no_signer_and_the_mail_follows_when_it_answers,
);

/// Mails received per address.
fn mails_per_address(app: &TestApp) -> BTreeMap<String, usize> {
    let mut per = BTreeMap::new();
    for mail in app.smtp.mails() {
        for to in mail.to {
            *per.entry(to.to_ascii_lowercase()).or_insert(0) += 1;
        }
    }
    per
}

/// Waits until `n` mails have arrived, or panics after `timeout`.
async fn wait_for_mails(app: &TestApp, n: usize, timeout: Duration) {
    let start = Instant::now();
    while app.smtp.mails().len() < n {
        assert!(
            start.elapsed() < timeout,
            "waited {timeout:?} for {n} mails, got {}",
            app.smtp.mails().len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits until `n` distinct addresses have mail (a repeated mail does not
/// count twice), or panics after `timeout`.
async fn wait_for_addresses(app: &TestApp, n: usize, timeout: Duration) {
    let start = Instant::now();
    while mails_per_address(app).len() < n {
        assert!(
            start.elapsed() < timeout,
            "waited {timeout:?} for mail to {n} addresses, got {}",
            mails_per_address(app).len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn a_worker_stopped_with_sigterm_hands_back_its_mail_and_sends_none_twice(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let n = 400;
    app.queue_signatures("term", n);
    // About 200 mails a second over 4 connections: SIGTERM comes mid-backlog.
    app.smtp.delay_each_mail(Duration::from_millis(20));
    let dir = tempfile::tempdir().unwrap();
    let mut worker = app.spawn_worker(4, &dir.path().join("worker.log"));
    wait_for_mails(&app, 60, Duration::from_secs(30)).await;

    signal(&worker, "TERM");
    let stopped_at = Instant::now();
    let status = exit_of(&mut worker, Duration::from_secs(20)).await;
    let log = std::fs::read_to_string(dir.path().join("worker.log")).unwrap();
    assert!(status.success(), "{status:?}\n{log}");
    assert!(
        stopped_at.elapsed() < Duration::from_secs(5),
        "stopping took {:?}",
        stopped_at.elapsed()
    );
    assert!(log.contains("mail worker stopped"), "{log}");

    // Everything the server accepted is recorded as sent, nothing more; the
    // rest was handed back, due at once, and no one holds a lease.
    let received = app.smtp.mails().len();
    assert!(received < n, "the backlog was done before SIGTERM");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NOT NULL") as usize,
        received
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE claimed_by IS NOT NULL"),
        0,
        "a stopped worker still holds mail"
    );

    // A new worker sends the rest at once (no lease to wait out): each
    // address gets exactly one mail.
    app.smtp.delay_each_mail(Duration::ZERO);
    let mut second = app.spawn_worker(4, &dir.path().join("second.log"));
    wait_for_addresses(&app, n, Duration::from_secs(30)).await;
    signal(&second, "TERM");
    exit_of(&mut second, Duration::from_secs(20)).await;
    let per = mails_per_address(&app);
    assert_eq!(per.len(), n);
    assert!(
        per.values().all(|&k| k == 1),
        "mailed twice: {:?}",
        per.iter().filter(|(_, k)| **k > 1).collect::<Vec<_>>()
    );
}

async fn a_killed_workers_mail_goes_out_within_a_minute_and_few_are_repeated(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let n = 300;
    app.queue_signatures("kill", n);
    app.smtp.delay_each_mail(Duration::from_millis(20));
    let dir = tempfile::tempdir().unwrap();
    let mut worker = app.spawn_worker(4, &dir.path().join("worker.log"));
    wait_for_mails(&app, 60, Duration::from_secs(30)).await;

    signal(&worker, "KILL");
    exit_of(&mut worker, Duration::from_secs(5)).await;
    let killed_at = Instant::now();
    app.smtp.delay_each_mail(Duration::ZERO);
    let mut second = app.spawn_worker(4, &dir.path().join("second.log"));
    // The dead worker's claimed mail waits out its lease (a minute), not
    // the ten minutes it used to.
    wait_for_addresses(&app, n, Duration::from_secs(90)).await;
    let took = killed_at.elapsed();
    signal(&second, "TERM");
    exit_of(&mut second, Duration::from_secs(20)).await;

    let per = mails_per_address(&app);
    assert_eq!(per.len(), n, "someone got no mail");
    let repeated: Vec<_> = per.iter().filter(|(_, k)| **k > 1).collect();
    // Only what was in flight or accepted but not yet recorded: at most
    // max(4 connections, 8) (see `mail::worker`).
    assert!(repeated.len() <= 8, "mailed twice: {repeated:?}");
    assert!(
        took < Duration::from_secs(75),
        "the rest took {took:?} after the kill"
    );
}

async fn a_relay_refusing_everything_pauses_mail_and_gives_up_on_no_one(backend: Backend) {
    let app = spawn_app_with(backend, |_| {}).await;
    // The relay works, then refuses every message (a sender setting being
    // fixed) for a while.
    app.sign(crate::helpers::sign_form("before@example.org"))
        .await;
    app.smtp
        .wait_for("before@example.org", 1, Duration::from_secs(10))
        .await;
    app.smtp.refuse_mail_permanently();
    let n = 20;
    for i in 0..n {
        app.sign(crate::helpers::sign_form(&format!("during{i}@example.org")))
            .await;
    }
    let start = Instant::now();
    while app.count("SELECT COUNT(*) AS n FROM mail_relay") == 0 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the worker never paused"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The organizer dashboard says why mail is late.
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let (status, page) = admin.get_text("/organizer").await;
    assert_eq!(status, 200);
    assert!(page.contains("Mail is paused"), "{page}");
    assert!(page.contains("reply 550"), "{page}");

    // Refused for several seconds (tries at growing pauses meanwhile), then
    // fixed: every mail arrives, no one was given up on.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE gave_up_at IS NOT NULL"),
        0
    );
    app.smtp.refuse_mail(false);
    for i in 0..n {
        app.smtp
            .wait_for(
                &format!("during{i}@example.org"),
                1,
                Duration::from_secs(30),
            )
            .await;
    }
    let start = Instant::now();
    while app.count("SELECT COUNT(*) AS n FROM mail_relay") > 0 {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the pause outlived the fix"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (_, page) = admin.get_text("/organizer").await;
    assert!(!page.contains("Mail is paused"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE gave_up_at IS NOT NULL"),
        0
    );
}

async fn a_hung_smtp_server_slows_no_signer_and_the_mail_follows_when_it_answers(backend: Backend) {
    let app = spawn_app_with(backend, |_| {}).await;
    app.smtp.hang(true);
    let n = 20;
    let mut slowest = Duration::ZERO;
    for i in 0..n {
        let start = Instant::now();
        let r = app
            .sign(crate::helpers::sign_form(&format!("hung{i}@example.org")))
            .await;
        assert_eq!(r.status().as_u16(), 303);
        slowest = slowest.max(start.elapsed());
        let (status, _) = app.get_text(&format!("/p/{}", crate::helpers::SLUG)).await;
        assert_eq!(status, 200);
    }
    // Signing and pages never wait for mail.
    assert!(
        slowest < Duration::from_secs(1),
        "a signature took {slowest:?}"
    );
    // Longer than the SMTP client's 15 s step timeout: the connections in
    // hand time out and the worker tries again later.
    tokio::time::sleep(Duration::from_secs(17)).await;
    assert!(app.smtp.mails().is_empty());
    app.smtp.hang(false);
    wait_for_addresses(&app, n, Duration::from_secs(40)).await;
    let per = mails_per_address(&app);
    assert_eq!(per.len(), n);
    assert!(per.values().all(|&k| k == 1), "mailed twice: {per:?}");
}

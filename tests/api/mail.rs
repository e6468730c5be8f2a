use std::time::Duration;

use chrono::Utc;
use handover::outbox;

use crate::helpers::{Backend, sign_form, spawn_app, spawn_app_with};
use crate::on_both_backends;

on_both_backends!(
    mail_survives_a_refusing_smtp_server_and_goes_out_when_it_recovers,
    mail_refused_for_good_is_given_up_after_three_tries_and_kept_for_the_record,
    without_smtp_mail_is_written_to_eml_files,
    two_workers_on_one_database_never_send_a_message_twice,
    mail_goes_out_at_once_after_the_server_hung_up_an_idle_connection,
    an_address_outside_ascii_is_mailed_where_the_server_offers_smtputf8,
    an_address_outside_ascii_is_given_up_where_the_server_lacks_smtputf8,
    mail_handed_back_untried_is_due_at_once_and_its_claim_not_counted,
    a_worker_renews_its_own_leases_and_no_one_elses,
    a_claim_renews_only_the_earlier_leases_about_to_end,
    mail_is_pipelined_where_the_server_offers_it_and_not_where_it_does_not,
    the_next_envelope_goes_with_each_content_and_a_refusal_ahead_loses_nothing,
    a_message_the_server_cannot_take_is_not_written_ahead_and_fails_alone,
);

/// A next message the server cannot take (an address outside ASCII where
/// the server offers no SMTPUTF8) is not written ahead of its turn: it fails
/// alone, saying why, and the mail before and after it arrives once, over
/// the same connection.
async fn a_message_the_server_cannot_take_is_not_written_ahead_and_fails_alone(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.no_worker = true;
        s.smtp_connections = 1;
    })
    .await;
    app.smtp.without_smtputf8();
    app.queue_signatures("before", 3);
    app.queue_signatures("민수", 1);
    app.queue_signatures("after", 3);
    let worker = app.worker();
    let report = std::thread::spawn(move || worker.drain().unwrap())
        .join()
        .unwrap();

    assert_eq!(report.sent, 6);
    assert_eq!(report.failed + report.gave_up, 1);
    let mut recipients: Vec<_> = app.smtp.mails().into_iter().flat_map(|m| m.to).collect();
    recipients.sort();
    assert_eq!(
        recipients,
        [
            "after0@example.org",
            "after1@example.org",
            "after2@example.org",
            "before0@example.org",
            "before1@example.org",
            "before2@example.org",
        ]
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL \
             AND last_error LIKE '%does not offer SMTPUTF8%'"
        ),
        1
    );
    assert_eq!(app.smtp.connections(), 1);
    assert!(
        app.smtp.envelopes_ahead() >= 2,
        "the messages around it went one round trip each"
    );
}

/// A sender with more mail waiting writes the next message's envelope in
/// the same write as this one's content: one round trip a message. A
/// recipient refused in an envelope written ahead fails alone; every other
/// mail arrives whole, once.
async fn the_next_envelope_goes_with_each_content_and_a_refusal_ahead_loses_nothing(
    backend: Backend,
) {
    let app = spawn_app_with(backend, |s| {
        s.no_worker = true;
        // One sender: each message follows the one before on its connection.
        s.smtp_connections = 1;
    })
    .await;
    let n = 20;
    app.queue_signatures("ahead", n);
    let first = app.worker();
    let report = std::thread::spawn(move || first.drain().unwrap())
        .join()
        .unwrap();

    assert_eq!((report.sent, report.failed), (n, 0));
    let mails = app.smtp.mails();
    assert_eq!(mails.len(), n);
    assert!(mails.iter().all(|m| m.text().contains("/verify/")));
    let mut recipients: Vec<_> = mails.iter().flat_map(|m| m.to.clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), n, "some address got two mails");
    // The first message of each claim goes alone; the rest rode ahead
    // (all but a few, whatever the timing of the queue).
    let ahead = app.smtp.envelopes_ahead();
    assert!(ahead >= n / 2, "only {ahead} of {n} envelopes went ahead");
    assert_eq!(app.smtp.connections(), 1);

    // A refused recipient among others: its envelope, written ahead, is
    // refused; it fails alone and the others still go.
    let refused = "refused-ahead@example.org";
    for to in [
        "before@example.org",
        refused,
        "after1@example.org",
        "after2@example.org",
    ] {
        app.sign(sign_form(to)).await;
    }
    app.smtp.refuse_recipient(refused);
    let second = app.worker();
    let report = std::thread::spawn(move || second.drain().unwrap())
        .join()
        .unwrap();
    assert_eq!((report.sent, report.failed), (3, 1));
    for to in [
        "before@example.org",
        "after1@example.org",
        "after2@example.org",
    ] {
        assert_eq!(app.smtp.mails_to(to).len(), 1, "{to}");
    }
    assert!(app.smtp.mails_to(refused).is_empty());
    assert_eq!(app.smtp.mails().len(), n + 3);
}

/// Where the server offers PIPELINING, each envelope (MAIL, RCPT, DATA)
/// goes in one write; where it does not, one command at a time. Either way
/// every mail arrives whole (a refused recipient, pipelined, is in
/// `mail_refused_for_good_is_given_up_after_three_tries_and_kept_for_the_record`).
async fn mail_is_pipelined_where_the_server_offers_it_and_not_where_it_does_not(backend: Backend) {
    let app = spawn_app(backend).await;
    // A new connection (and EHLO) for each message.
    app.smtp.hang_up_after_each_mail();
    for to in ["one@example.org", "two@example.org"] {
        app.sign(sign_form(to)).await;
        let mails = app.smtp.wait_for(to, 1, Duration::from_secs(10)).await;
        assert!(mails[0].text().contains("/verify/"));
    }
    assert_eq!(app.smtp.pipelined_envelopes(), 2);

    app.smtp.without_pipelining();
    app.sign(sign_form("three@example.org")).await;
    let mails = app
        .smtp
        .wait_for("three@example.org", 1, Duration::from_secs(10))
        .await;
    assert!(mails[0].text().contains("/verify/"));
    assert_eq!(
        app.smtp.pipelined_envelopes(),
        2,
        "pipelined without PIPELINING"
    );
}

/// A worker that could not start a message in time hands it back
/// (`outbox::release`): the next claim takes it, and no try was used up.
async fn mail_handed_back_untried_is_due_at_once_and_its_claim_not_counted(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    app.sign(sign_form("later@example.org")).await;
    let mut conn = app.pool.get().unwrap();
    let now = Utc::now().naive_utc();
    let lease = now + chrono::Duration::minutes(10);
    let claimed = handover::outbox::claim_due(&mut conn, 7, now, lease, Some(lease), 10).unwrap();
    assert_eq!(claimed.len(), 1);

    outbox::release(&mut conn, 7, &claimed, now).unwrap();

    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE attempts = 0"),
        1
    );
    let again = handover::outbox::claim_due(&mut conn, 7, now, lease, Some(lease), 10).unwrap();
    assert_eq!(again, claimed);
}

/// A live worker renews only its own leases; a message it handed back is
/// no longer its own.
async fn a_worker_renews_its_own_leases_and_no_one_elses(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    app.sign(sign_form("one@example.org")).await;
    app.sign(sign_form("two@example.org")).await;
    let mut conn = app.pool.get().unwrap();
    let now = Utc::now().naive_utc();
    let lease = now + chrono::Duration::seconds(60);
    let mine = outbox::claim_due(&mut conn, 1, now, lease, Some(lease), 1).unwrap();
    let theirs = outbox::claim_due(&mut conn, 2, now, lease, Some(lease), 1).unwrap();
    assert_eq!((mine.len(), theirs.len()), (1, 1));
    assert_ne!(mine, theirs);
    let later = lease + chrono::Duration::seconds(60);
    assert_eq!(outbox::renew(&mut conn, 1, later).unwrap(), 1);
    outbox::release(&mut conn, 1, &mine, now).unwrap();
    assert_eq!(outbox::renew(&mut conn, 1, later).unwrap(), 0);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE claimed_by IS NOT NULL"),
        1
    );
}

/// A claim renews the worker's earlier claims whose lease ends before the
/// time it is given, and leaves the others (and other workers') as they were;
/// given no time, it renews none.
async fn a_claim_renews_only_the_earlier_leases_about_to_end(backend: Backend) {
    use chrono::Timelike;
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    for who in ["one", "two", "three", "four"] {
        app.sign(sign_form(&format!("{who}@example.org"))).await;
    }
    let mut conn = app.pool.get().unwrap();
    // Whole seconds, so each backend gives back exactly what was stored;
    // the next one, so the mail queued just now is due.
    let now = Utc::now().naive_utc().with_nanosecond(0).unwrap() + chrono::Duration::seconds(1);
    let at = |s: i64| now + chrono::Duration::seconds(s);
    let first = outbox::claim_due(&mut conn, 1, now, at(60), Some(at(60)), 1).unwrap();
    let theirs = outbox::claim_due(&mut conn, 2, now, at(60), Some(at(60)), 1).unwrap();
    // The first claim's lease (60 s) ends after 50 s: kept.
    let second = outbox::claim_due(&mut conn, 1, now, at(70), Some(at(50)), 1).unwrap();
    for claim in [&first, &theirs, &second] {
        assert_eq!(claim.len(), 1);
    }
    let lease = |conn: &mut handover::db::DbConnection, ids: &[i64]| {
        outbox::load(conn, ids).unwrap()[0].next_attempt_at
    };
    assert_eq!(lease(&mut conn, &first), at(60));
    // Now it ends before 65 s: renewed; the second (70 s) is not.
    let third = outbox::claim_due(&mut conn, 1, now, at(80), Some(at(65)), 1).unwrap();
    assert_eq!(third.len(), 1);
    assert_eq!(lease(&mut conn, &first), at(80));
    assert_eq!(lease(&mut conn, &second), at(70));
    assert_eq!(lease(&mut conn, &third), at(80));
    assert_eq!(lease(&mut conn, &theirs), at(60));
    // Without a time (the worker renewed moments ago): none is renewed, not
    // even the second, which ends before the new claim's lease would.
    app.sign(sign_form("five@example.org")).await;
    let fourth = outbox::claim_due(&mut conn, 1, at(30), at(90), None, 1).unwrap();
    assert_eq!(fourth.len(), 1);
    assert_eq!(lease(&mut conn, &second), at(70));
    assert_eq!(lease(&mut conn, &fourth), at(90));
}

async fn mail_goes_out_at_once_after_the_server_hung_up_an_idle_connection(backend: Backend) {
    let app = spawn_app(backend).await;
    app.smtp.hang_up_after_each_mail();
    app.sign(sign_form("first@example.org")).await;
    app.smtp
        .wait_for("first@example.org", 1, Duration::from_secs(10))
        .await;

    app.sign(sign_form("second@example.org")).await;
    app.smtp
        .wait_for("second@example.org", 1, Duration::from_secs(10))
        .await;

    // The pooled connection was found closed before anything of the second
    // message was sent, so it went out on a new connection in the same try.
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE attempts > 1 OR last_error IS NOT NULL"),
        0
    );
    assert_eq!(app.smtp.connections(), 2);
}

async fn an_address_outside_ascii_is_mailed_where_the_server_offers_smtputf8(backend: Backend) {
    let app = spawn_app(backend).await;

    app.sign(sign_form("민수@example.org")).await;

    let mails = app
        .smtp
        .wait_for("민수@example.org", 1, Duration::from_secs(10))
        .await;
    assert!(mails[0].text().contains("/verify/"));
}

async fn an_address_outside_ascii_is_given_up_where_the_server_lacks_smtputf8(backend: Backend) {
    let app = spawn_app(backend).await;
    app.smtp.without_smtputf8();

    app.sign(sign_form("민수@example.org")).await;

    let mut given_up = 0;
    for _ in 0..100 {
        given_up = app.count(
            "SELECT COUNT(*) AS n FROM outbox WHERE gave_up_at IS NOT NULL \
             AND last_error LIKE '%does not offer SMTPUTF8%'",
        );
        if given_up == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(given_up, 1, "the message was not given up as unsendable");
    assert!(app.smtp.mails().is_empty());
}

async fn mail_survives_a_refusing_smtp_server_and_goes_out_when_it_recovers(backend: Backend) {
    let app = spawn_app(backend).await;
    app.smtp.refuse_mail(true);

    app.sign(sign_form("patient@example.org")).await;
    let mut failed = false;
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL AND attempts >= 2")
            == 1
        {
            failed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(failed, "the worker did not retry");
    assert!(app.smtp.mails().is_empty());
    app.smtp.refuse_mail(false);

    let mails = app
        .smtp
        .wait_for("patient@example.org", 1, Duration::from_secs(15))
        .await;
    assert_eq!(mails.len(), 1);
    // The worker marks a message sent just after the server accepted it.
    let mut unsent = -1;
    for _ in 0..100 {
        unsent = app.count("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL");
        if unsent == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        unsent, 0,
        "the delivered message is still unsent in the outbox"
    );
}

async fn mail_refused_for_good_is_given_up_after_three_tries_and_kept_for_the_record(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    // The server refuses this recipient while it accepts others: only then
    // is a refusal the recipient's (see `mail::relay`).
    app.smtp.refuse_recipient("nobody-home@example.org");
    app.sign(sign_form("someone@example.org")).await;
    app.smtp
        .wait_for("someone@example.org", 1, Duration::from_secs(10))
        .await;

    app.sign(sign_form("nobody-home@example.org")).await;

    let mut gave_up = false;
    for _ in 0..200 {
        if app.count("SELECT COUNT(*) AS n FROM outbox WHERE gave_up_at IS NOT NULL") == 1 {
            gave_up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(gave_up, "the worker never gave up");
    assert_eq!(
        app.count("SELECT CAST(MAX(attempts) AS BIGINT) AS n FROM outbox"),
        3
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM outbox WHERE last_error LIKE '%code 550%' AND sent_at IS NULL"
        ),
        1
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        app.count("SELECT CAST(MAX(attempts) AS BIGINT) AS n FROM outbox"),
        3,
        "tried again after giving up"
    );
}

async fn without_smtp_mail_is_written_to_eml_files(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.smtp_url = None).await;

    app.sign(sign_form("files@example.org")).await;

    let dir = app.settings.mail_dir.clone();
    let mut eml = None;
    for _ in 0..200 {
        eml = std::fs::read_dir(&dir).ok().and_then(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|e| e == "eml"))
        });
        if eml.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let raw = std::fs::read(eml.expect("no .eml file written")).unwrap();
    let mail = crate::smtp::ReceivedMail { to: vec![], raw };
    assert!(mail.subject().starts_with("Confirm your signature"));
    let (status, _) = app.confirm(&mail.verify_link()).await;
    assert_eq!(status, 200);
    assert_eq!(app.exact()["signature_count"], 1);
}

async fn two_workers_on_one_database_never_send_a_message_twice(backend: Backend) {
    // The app's own worker is off: only the two below send.
    let app = spawn_app_with(backend, |s| s.no_worker = true).await;
    let n = 120;
    app.queue_signatures("w", n);

    let workers: Vec<_> = (0..2).map(|_| app.worker()).collect();
    let handles: Vec<_> = workers
        .into_iter()
        .map(|w| std::thread::spawn(move || w.drain().unwrap()))
        .collect();
    let reports: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    let sent: usize = reports.iter().map(|r| r.sent).sum();
    assert_eq!(sent, n);
    assert_eq!(app.smtp.mails().len(), n);
    let mut recipients: Vec<_> = app.smtp.mails().iter().flat_map(|m| m.to.clone()).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), n, "some address got two mails");
}

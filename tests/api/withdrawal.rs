use std::time::Duration;

use crate::helpers::{Backend, SEOUL, SLUG, TestApp, csrf_in, sign_form, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    a_withdrawn_signature_leaves_counts_and_packets_at_once,
    a_signature_withdrawn_before_confirming_never_counts,
    signing_again_after_withdrawing_sends_a_new_link,
    after_the_retention_period_addresses_and_ip_hashes_are_erased_and_nothing_else,
    a_withdrawal_while_the_worker_composes_the_signers_mail_waits_and_succeeds,
);

/// Opens a withdrawal link (which changes nothing) and presses the button.
async fn withdraw(app: &TestApp, link: &str) -> (u16, String) {
    let path = link.strip_prefix(&app.address).unwrap();
    let (status, page) = app.get_text(path).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Withdraw my signature"));
    let r = app.post_form(path, &[("csrf", csrf_in(&page))]).await;
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn a_withdrawn_signature_leaves_counts_and_packets_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("stays@example.org")).await;
    app.sign_and_confirm(sign_form("leaves@example.org")).await;
    let link = app.smtp.mails_to("leaves@example.org")[0].withdraw_link();
    let (_, look) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    assert!(look.contains("Withdraw my signature"));
    assert_eq!(
        app.exact()["signature_count"],
        2,
        "opening the link withdrew"
    );

    let (status, page) = withdraw(&app, &link).await;

    assert_eq!(status, 200);
    assert!(page.contains("Your signature is withdrawn"));
    let json = app.exact();
    assert_eq!(json["signature_count"], 1);
    assert_eq!(json["signatures_by_country"]["KR"], 1);
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let manifest = admin.manifest(SEOUL).await;
    assert_eq!(manifest["signature_count"], 1);
    let (_, dashboard) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}"))
        .await;
    assert!(
        dashboard.contains("<strong>1</strong> withdrawn"),
        "{dashboard}"
    );
    let path = link.strip_prefix(&app.address).unwrap();
    let (again, text) = app.get_text(path).await;
    assert_eq!(again, 200);
    assert!(text.contains("Already withdrawn"));
}

async fn a_signature_withdrawn_before_confirming_never_counts(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign(sign_form("unsure@example.org")).await;
    let mail = app
        .smtp
        .wait_for("unsure@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);

    withdraw(&app, &mail.withdraw_link()).await;
    let (status, page) = app.confirm(&mail.verify_link()).await;

    assert_eq!(status, 200);
    assert!(page.contains("This signature was withdrawn"));
    assert_eq!(app.exact()["signature_count"], 0);
}

async fn signing_again_after_withdrawing_sends_a_new_link(backend: Backend) {
    // Like any repeat, it is mailed at most once per resend interval.
    let app = crate::helpers::spawn_app_with(backend, |s| s.resend_interval_secs = 0).await;
    app.sign_and_confirm(sign_form("back@example.org")).await;
    withdraw(
        &app,
        &app.smtp.mails_to("back@example.org")[0].withdraw_link(),
    )
    .await;
    assert_eq!(app.exact()["signature_count"], 0);

    app.sign_and_confirm(sign_form("back@example.org")).await;

    assert_eq!(app.exact()["signature_count"], 1);
    // The withdrawn one was erased to a tombstone; signing again is a new signature.
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE state = 'withdrawn' \
             AND contact IS NULL AND printed IS NULL AND email_hash LIKE 'erased:%'"
        ),
        1
    );
}

async fn after_the_retention_period_addresses_and_ip_hashes_are_erased_and_nothing_else(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("kept-name@example.org"))
        .await;
    app.sign(sign_form("never-confirmed@example.org")).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let packet_before = admin.packet(SEOUL).await;
    let json_before = app.json().await;
    app.pass_the_retention_period();

    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM signatures WHERE contact IS NOT NULL \
             OR email_hash NOT LIKE 'erased:%' OR domain_hash IS NOT NULL"
        ),
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE ip_hash IS NOT NULL"),
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures"),
        1,
        "only the confirmed one remains"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signature_tokens"), 0);
    let mut json_after = app.json().await;
    json_after["state"] = json_before["state"].clone();
    assert_eq!(json_after, json_before, "counts changed");
    assert_eq!(
        admin.packet(SEOUL).await,
        packet_before,
        "the packet changed"
    );
    let (_, audit) = admin.get_text("/organizer/audit").await;
    assert!(audit.contains("retention_erase"));
    let reopen = admin
        .post(
            &format!("/organizer/petitions/{SLUG}/state"),
            &[("open", "yes")],
        )
        .await;
    assert_eq!(reopen.status().as_u16(), 409, "an erased petition reopened");
    assert!(reopen.text().await.unwrap().contains("cannot open again"));
    assert_eq!(app.json().await["state"], "closed");
}

async fn a_withdrawal_while_the_worker_composes_the_signers_mail_waits_and_succeeds(
    backend: Backend,
) {
    use handover::signatures::tokens::{self, purpose};
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("racing@example.org")).await;
    let link = app.smtp.mails_to("racing@example.org")[0].withdraw_link();
    let id = app.count("SELECT MAX(id) AS n FROM signatures");
    // A mail to the signer, due only later, so the app's own worker leaves it
    // to the mail worker this test plays.
    let later = chrono::Utc::now().naive_utc() + chrono::Duration::hours(1);
    let mut conn = app.pool.get().unwrap();
    handover::outbox::enqueue(
        &mut conn,
        handover::outbox::MailKind::Delivered,
        id,
        later,
        handover::i18n::Lang::En,
    )
    .unwrap();
    drop(conn);

    // What the worker does with a batch (`prepare`), in one transaction:
    // claim the message, then mint the signer's link while the withdrawal
    // is waiting for that message.
    let (claimed, claimed_rx) = tokio::sync::oneshot::channel();
    let pool = app.pool.clone();
    let worker = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        handover::db::write_transaction(&mut conn, |conn| -> anyhow::Result<()> {
            let lease = later + chrono::Duration::minutes(1);
            let ids = handover::outbox::claim_due(conn, 4242, later, lease, Some(lease), 10)?;
            assert!(!ids.is_empty(), "the test's worker claimed nothing");
            let _ = claimed.send(());
            std::thread::sleep(Duration::from_millis(800));
            tokens::mint(conn, id, purpose::UNSUBSCRIBE, later, lease)?;
            Ok(())
        })
    });
    claimed_rx.await.unwrap();
    let (status, page) = withdraw(&app, &link).await;
    let composed = worker.await.unwrap();

    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Your signature is withdrawn"));
    composed.expect("the worker's transaction commits");
    assert_eq!(app.exact()["signature_count"], 0);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) AS n FROM outbox WHERE signature_id = {id} AND sent_at IS NULL"
        )),
        0,
        "the queued mail went with the signature"
    );
}

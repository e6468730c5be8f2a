//! A signer's own data, asked for by email link: shown, deleted, and never
//! revealed to whoever merely types an address.

use std::time::Duration;

use crate::helpers::{Backend, SEOUL, TestApp, sign_form, spawn_app};
use crate::on_both_backends;
use crate::smtp::ReceivedMail;

on_both_backends!(
    asking_for_data_answers_the_same_for_any_address_and_mails_only_a_signer,
    the_data_link_shows_what_is_stored_about_the_address_and_nothing_else,
    deleting_ones_data_removes_every_signature_from_counts_packets_and_the_database,
    a_malformed_address_on_the_data_form_gets_a_message_by_the_field,
);

/// Asks for the data link of `email`; returns the status and Location.
pub(crate) async fn ask(app: &TestApp, email: &str) -> (u16, String) {
    let r = app
        .submit("/my-data", "/my-data", &[("email", email)])
        .await;
    let location = r
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (r.status().as_u16(), location)
}

/// The `/my-data/` link in a mail.
fn data_link(mail: &ReceivedMail) -> String {
    mail.text()
        .split_whitespace()
        .find(|w| w.contains("/my-data/"))
        .expect("no data link in the mail")
        .to_owned()
}

async fn data_mail(app: &TestApp, email: &str) -> ReceivedMail {
    app.smtp
        .wait_for(email, 2, Duration::from_secs(10))
        .await
        .into_iter()
        .find(|m| m.text().contains("/my-data/"))
        .expect("no data mail")
}

async fn asking_for_data_answers_the_same_for_any_address_and_mails_only_a_signer(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("signed@example.org")).await;

    let signed = ask(&app, "signed@example.org").await;
    let stranger = ask(&app, "never-signed@example.org").await;

    assert_eq!(signed, (303, "/my-data/sent".to_owned()));
    assert_eq!(stranger, signed, "the answer must not tell who signed");
    let mail = data_mail(&app, "signed@example.org").await;
    assert!(mail.subject().contains("Your data"), "{}", mail.subject());
    assert!(
        mail.text().contains("which has signed one petition there"),
        "{}",
        mail.text()
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(app.smtp.mails_to("never-signed@example.org").is_empty());
    let (status, page) = app.get_text("/my-data/sent").await;
    assert_eq!(status, 200);
    assert!(page.contains("If this address has signed a petition here"));
}

async fn the_data_link_shows_what_is_stored_about_the_address_and_nothing_else(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut form = sign_form("mine@example.org");
    form.retain(|(f, _)| *f != "comment");
    form.push(("comment", "Für die Freiheit".to_owned()));
    app.sign_and_confirm(form).await;
    let mut other = sign_form("other@example.org");
    other.retain(|(f, _)| *f != "name");
    other.push(("name", "Someone Else".to_owned()));
    app.sign_and_confirm(other).await;
    ask(&app, "mine@example.org").await;
    let link = data_link(&data_mail(&app, "mine@example.org").await);

    let (status, page) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;

    assert_eq!(status, 200, "{page}");
    for expected in [
        "mine@example.org",
        "김민수",
        "서울",
        "South Korea",
        "Für die Freiheit",
        "confirmed: it counts",
        "your initials",
        "Embassy of the People&#39;s Republic of China",
        "Delete all my data",
    ] {
        assert!(page.contains(expected), "missing {expected:?} in {page}");
    }
    assert!(!page.contains("other@example.org") && !page.contains("Someone Else"));
    assert_eq!(app.get_text("/my-data/not-a-real-token").await.0, 404);
}

async fn deleting_ones_data_removes_every_signature_from_counts_packets_and_the_database(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("stays@example.org")).await;
    app.sign_and_confirm(sign_form("goes@example.org")).await;
    assert_eq!(app.exact()["signature_count"], 2);
    ask(&app, "goes@example.org").await;
    let link = data_link(&data_mail(&app, "goes@example.org").await);
    let path = link.strip_prefix(&app.address).unwrap().to_owned();

    let r = app.submit(&path, &path, &[]).await;

    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("Your data is deleted"));
    assert_eq!(app.exact()["signature_count"], 1);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE contact IS NULL"),
        0,
        "deleted whole, no tombstone"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let manifest = admin.manifest(SEOUL).await;
    assert_eq!(manifest["signature_count"], 1);
    assert_eq!(
        app.get_text(&path).await.0,
        404,
        "the link dies with the data"
    );
}

async fn a_malformed_address_on_the_data_form_gets_a_message_by_the_field(backend: Backend) {
    let app = spawn_app(backend).await;

    let r = app
        .submit("/my-data", "/my-data", &[("email", "not an address")])
        .await;

    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("aria-invalid=\"true\""), "{page}");
    assert!(page.contains("id=\"email-error\""), "{page}");
    assert!(
        page.contains("value=\"not an address\""),
        "the input is kept"
    );
}

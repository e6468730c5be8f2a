//! Updates to signers (issue 19, item 8): written by a coordinator,
//! approved by an admin, mailed once to confirmed signers who asked for them.

use std::time::Duration;

use handover::i18n::{Lang, Tr};
use reqwest::redirect::Policy;

use crate::helpers::{Backend, SLUG, TestApp, csrf_in, sign_form, spawn_app, started_in, with};
use crate::on_both_backends;

on_both_backends!(
    an_update_reaches_only_opted_in_confirmed_signers_once_in_their_language,
    a_lone_admin_confirms_their_own_update_and_two_admins_need_each_other,
);

const WAIT: Duration = Duration::from_secs(10);

/// Signs from a browser of its own reading `lang`; returns the mail's
/// confirmation and withdrawal links.
async fn sign(app: &TestApp, email: &str, lang: &str, informed: bool) -> (String, String) {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap();
    let page = client
        .get(format!("{}/p/{SLUG}?lang={lang}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut form = with(
        with(sign_form(email), "csrf", &csrf_in(&page)),
        "started",
        &started_in(&page),
    );
    if informed {
        form = with(form, "keep_informed", "yes");
    }
    let r = client
        .post(format!("{}/p/{SLUG}/sign?lang={lang}", app.address))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let mail = &app.smtp.wait_for(email, 1, WAIT).await[0];
    (mail.verify_link(), mail.withdraw_link())
}

async fn confirmed(app: &TestApp, email: &str, lang: &str, informed: bool) -> String {
    let (verify, withdraw) = sign(app, email, lang, informed).await;
    assert_eq!(app.confirm(&verify).await.0, 200);
    withdraw
}

fn update_fields<'a>(subject: &'a str, body: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("tr-en-subject", subject), ("tr-en-body", body)]
}

fn newest_update(app: &TestApp) -> i64 {
    app.count("SELECT MAX(id) AS n FROM petition_updates")
}

async fn an_update_reaches_only_opted_in_confirmed_signers_once_in_their_language(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    // The box is there, and unticked.
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    assert!(page.contains("name=\"keep_informed\" value=\"yes\" aria-describedby"));

    confirmed(&app, "ko-in@example.org", "ko", true).await;
    confirmed(&app, "fr-in@example.org", "fr", true).await;
    confirmed(&app, "en-out@example.org", "en", false).await;
    sign(&app, "pending-in@example.org", "en", true).await;
    let withdraw = confirmed(&app, "gone-in@example.org", "en", true).await;
    let path = withdraw.strip_prefix(&app.address).unwrap().to_owned();
    let (_, page) = app.get_text(&path).await;
    let r = app.post_form(&path, &[("csrf", csrf_in(&page))]).await;
    assert_eq!(r.status().as_u16(), 200);

    let coordinator = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let updates = format!("/organizer/petitions/{SLUG}/updates");

    // The petition's own language needs a subject and a text.
    let r = coordinator
        .post(&updates, &[("tr-en-subject", "Only a subject")])
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let mut fields = update_fields("Handed over in Seoul", "We delivered it.\n\nThank you.");
    fields.push(("tr-ko-subject", "서울에서 전달했습니다"));
    fields.push(("tr-ko-body", "청원을 전달했습니다.\n\n감사합니다."));
    assert_eq!(
        coordinator.post(&updates, &fields).await.status().as_u16(),
        303
    );
    let id = newest_update(&app);
    let decide = format!("{updates}/{id}");

    // Nothing goes out before an admin approves, and a coordinator cannot.
    let r = coordinator.post(&decide, &[("decision", "approve")]).await;
    assert_eq!(r.status().as_u16(), 403);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to("ko-in@example.org").len(), 1);
    let (_, list) = admin.get_text(&updates).await;
    assert!(list.contains("Handed over in Seoul") && list.contains("Waiting for an admin"));

    assert_eq!(
        admin
            .post(&decide, &[("decision", "approve")])
            .await
            .status()
            .as_u16(),
        303
    );
    let ko = &app.smtp.wait_for("ko-in@example.org", 2, WAIT).await[1];
    assert_eq!(ko.subject(), "서울에서 전달했습니다");
    let text = ko.text();
    assert!(text.contains("청원을 전달했습니다."), "{text}");
    let why = Tr::new(Lang::Ko).t1(
        "mail-update-why",
        "title",
        "탈북 난민 강제 북송을 중단하십시오",
    );
    assert!(text.contains(&why), "no footer saying why: {text}");
    let parsed = ko.parsed();
    let unsubscribe = parsed
        .header_raw("List-Unsubscribe")
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(
        parsed.header_raw("List-Unsubscribe-Post").unwrap().trim(),
        "List-Unsubscribe=One-Click"
    );
    // No French text: the petition's own language.
    let fr = &app.smtp.wait_for("fr-in@example.org", 2, WAIT).await[1];
    assert_eq!(fr.subject(), "Handed over in Seoul");
    assert!(fr.text().contains("We delivered it."));

    // Once, and only to them.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for (who, mails) in [
        ("ko-in", 2),
        ("fr-in", 2),
        ("en-out", 1),
        ("pending-in", 1),
        ("gone-in", 1),
    ] {
        let got = app.smtp.mails_to(&format!("{who}@example.org")).len();
        assert_eq!(got, mails, "{who} got {got} mails");
    }
    let (_, list) = admin.get_text(&updates).await;
    assert!(list.contains("to 2 signers"), "{list}");

    // A second one within 72 hours is refused, saying so.
    let r = coordinator
        .post(&updates, &update_fields("Again", "Too soon."))
        .await;
    assert_eq!(r.status().as_u16(), 409);
    assert!(r.text().await.unwrap().contains("72 hours"));

    // One POST, no cookie, no login: no more updates for that signer.
    let informed = || app.count("SELECT COUNT(*) AS n FROM signatures WHERE keep_informed = true");
    let before = informed();
    let r = reqwest::Client::new()
        .post(unsubscribe.trim_matches(['<', '>']))
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(informed(), before - 1);

    let audited = app.count(
        "SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('update_written', 'update_decided')",
    );
    assert_eq!(audited, 2);
}

async fn a_lone_admin_confirms_their_own_update_and_two_admins_need_each_other(backend: Backend) {
    let app = spawn_app(backend.clone()).await;
    confirmed(&app, "reader@example.org", "en", true).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let updates = format!("/organizer/petitions/{SLUG}/updates");
    let fields = update_fields("News", "Some news.");
    assert_eq!(admin.post(&updates, &fields).await.status().as_u16(), 303);
    let decide = format!("{updates}/{}", newest_update(&app));
    assert_eq!(
        admin
            .post(&decide, &[("decision", "approve")])
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        app.smtp.wait_for("reader@example.org", 2, WAIT).await[1].subject(),
        "News"
    );

    let app = spawn_app(backend).await;
    confirmed(&app, "reader@example.org", "en", true).await;
    let first = app.organizer("first@example.org", "admin", None, &[]).await;
    let second = app
        .organizer("second@example.org", "admin", None, &[])
        .await;
    assert_eq!(first.post(&updates, &fields).await.status().as_u16(), 303);
    let decide = format!("{updates}/{}", newest_update(&app));
    let r = first.post(&decide, &[("decision", "approve")]).await;
    assert_eq!(r.status().as_u16(), 409);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Another admin must approve")
    );
    assert_eq!(
        second
            .post(&decide, &[("decision", "approve")])
            .await
            .status()
            .as_u16(),
        303
    );
    app.smtp.wait_for("reader@example.org", 2, WAIT).await;
    // Decided once: a second approval changes nothing.
    assert_eq!(
        second
            .post(&decide, &[("decision", "approve")])
            .await
            .status()
            .as_u16(),
        409
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(app.smtp.mails_to("reader@example.org").len(), 2);
}

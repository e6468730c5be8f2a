use std::time::Duration;

use crate::helpers::{Backend, SLUG, sign_form, spawn_app, spawn_app_with, with};
use crate::on_both_backends;

on_both_backends!(
    signing_redirects_to_thanks_and_sends_a_verification_email,
    a_pending_signature_does_not_count,
    invalid_input_is_422_with_a_message_per_field_and_the_input_kept,
    a_form_without_its_csrf_token_is_refused_and_keeps_the_input,
    over_https_only_the_host_only_form_cookie_counts,
    oversized_bodies_get_413_and_malformed_ones_400,
    the_same_answer_for_new_pending_and_verified_addresses,
    a_repeat_while_pending_resends_the_link_after_the_interval,
    a_repeat_after_confirmation_mails_already_signed,
    fifty_concurrent_submissions_of_one_address_make_one_signature,
    email_is_normalised_so_case_and_spaces_do_not_sign_twice,
    a_filled_honeypot_is_answered_like_a_person_but_stores_nothing,
    a_submission_faster_than_a_person_is_answered_alike_but_stores_nothing,
);

async fn signing_redirects_to_thanks_and_sends_a_verification_email(backend: Backend) {
    let app = spawn_app(backend).await;

    let r = app.sign(sign_form("minsu@example.org")).await;

    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], format!("/p/{SLUG}/thanks"));
    let mail = app
        .smtp
        .wait_for("minsu@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);
    assert!(
        mail.subject().starts_with("Confirm your signature"),
        "{}",
        mail.subject()
    );
    assert!(
        mail.verify_link()
            .starts_with(&format!("{}/verify/", app.address))
    );
    // Nothing the signer typed goes to an address nobody has confirmed yet.
    assert!(!mail.text().contains("김민수") && !mail.html().contains("김민수"));
    assert!(mail.text().starts_with("Hello,"), "{}", mail.text());
    assert!(mail.html().contains("Confirm my signature"));
    let parsed = mail.parsed();
    assert!(parsed.date().is_some(), "no Date header");
    assert!(parsed.message_id().is_some(), "no Message-ID header");
    assert_eq!(
        parsed.from().unwrap().first().unwrap().address().unwrap(),
        "no-reply@handover.localhost"
    );
    let (status, thanks) = app.get_text(&format!("/p/{SLUG}/thanks")).await;
    assert_eq!(status, 200);
    assert!(thanks.contains("Check your email"));
}

async fn a_pending_signature_does_not_count(backend: Backend) {
    let app = spawn_app(backend).await;

    app.sign(sign_form("pending@example.org")).await;
    app.smtp
        .wait_for("pending@example.org", 1, Duration::from_secs(10))
        .await;

    assert_eq!(app.exact()["signature_count"], 0);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
}

async fn invalid_input_is_422_with_a_message_per_field_and_the_input_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let form = with(sign_form("not-an-address"), "consent", "");
    let form: Vec<_> = form.into_iter().filter(|(f, _)| *f != "consent").collect();
    let form = with(form, "comment", &"x".repeat(501));

    let r = app.sign(form).await;

    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("does not look like an email address"));
    assert!(page.contains("Please tick the box"));
    assert!(page.contains("A comment has at most 500 characters"));
    assert!(page.contains("value=\"김민수\""), "name was not kept");
    assert!(
        page.contains("value=\"not-an-address\""),
        "email was not kept"
    );
    assert!(page.contains("aria-describedby=\"email-hint email-error\""));
    assert!(
        page.contains("href=\"#email\""),
        "error summary does not link to the field"
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 0);
}

async fn a_form_without_its_csrf_token_is_refused_and_keeps_the_input(backend: Backend) {
    let app = spawn_app(backend).await;

    let r = app
        .post_form(&format!("/p/{SLUG}/sign"), &sign_form("csrf@example.org"))
        .await;

    assert_eq!(r.status().as_u16(), 403);
    let page = r.text().await.unwrap();
    assert!(page.contains("This form had expired"));
    assert!(page.contains("value=\"csrf@example.org\""));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 0);
}

/// Over HTTPS the form cookie is `__Host-`: a cookie of the plain name, as a
/// sibling subdomain could plant it with a token it knows, is not enough.
async fn over_https_only_the_host_only_form_cookie_counts(backend: Backend) {
    let app = spawn_app_with(backend, |s| {
        s.base_url = Some("https://petition.example.org".into())
    })
    .await;
    let page = reqwest::get(format!("{}/p/{SLUG}", app.address))
        .await
        .unwrap();
    let value = crate::helpers::set_cookie(&page, "__Host-handover_csrf")
        .expect("no __Host- form cookie over https");
    let header = page.headers()["set-cookie"].to_str().unwrap().to_owned();
    let form = |email: &str, html: &str| {
        let form = with(sign_form(email), "csrf", &crate::helpers::csrf_in(html));
        with(form, "started", &crate::helpers::started_in(html))
    };
    let html = page.text().await.unwrap();
    let post = |cookie: String, form: Vec<(&'static str, String)>| {
        let url = format!("{}/p/{SLUG}/sign", app.address);
        async move {
            reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
                .post(url)
                .header("cookie", cookie)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };

    let tossed = post(
        format!("handover_csrf={value}"),
        form("tossed@example.org", &html),
    )
    .await;
    let own = post(
        format!("__Host-handover_csrf={value}"),
        form("own@example.org", &html),
    )
    .await;

    assert!(
        header.contains("Secure") && header.contains("Path=/"),
        "{header}"
    );
    assert!(!header.contains("Domain"), "{header}");
    assert_eq!(tossed, 403);
    assert_eq!(own, 303);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
}

async fn oversized_bodies_get_413_and_malformed_ones_400(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = format!("{}/p/{SLUG}/sign", app.address);

    let huge = app
        .post_form(
            &format!("/p/{SLUG}/sign"),
            &[("comment", "x".repeat(100_000))],
        )
        .await;
    let wrong_type = app
        .client
        .post(&url)
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    let bad_token = app
        .post_form(
            &format!("/verify/{}", "x".repeat(5000)),
            &[("csrf", crate::helpers::csrf_in(&page))],
        )
        .await;

    assert_eq!(huge.status().as_u16(), 413);
    assert!(huge.text().await.unwrap().contains("Form too large"));
    assert_eq!(wrong_type.status().as_u16(), 400);
    assert_eq!(
        bad_token.status().as_u16(),
        404,
        "an oversized token is an unknown link"
    );
}

async fn the_same_answer_for_new_pending_and_verified_addresses(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("verified@example.org"))
        .await;
    app.sign(sign_form("pending@example.org")).await;

    let new = app.sign(sign_form("new@example.org")).await;
    let pending = app.sign(sign_form("pending@example.org")).await;
    let verified = app.sign(sign_form("verified@example.org")).await;

    let answer = |r: &reqwest::Response| {
        (
            r.status().as_u16(),
            r.headers()["location"].to_str().unwrap().to_owned(),
        )
    };
    assert_eq!(answer(&new), answer(&pending));
    assert_eq!(answer(&new), answer(&verified));
    let bodies = [
        new.text().await.unwrap(),
        pending.text().await.unwrap(),
        verified.text().await.unwrap(),
    ];
    assert!(bodies.iter().all(|b| b == &bodies[0]));
}

async fn a_repeat_while_pending_resends_the_link_after_the_interval(backend: Backend) {
    let quiet = spawn_app(backend.clone()).await;
    quiet.sign(sign_form("again@example.org")).await;
    quiet
        .smtp
        .wait_for("again@example.org", 1, Duration::from_secs(10))
        .await;
    quiet.sign(sign_form("again@example.org")).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        quiet.smtp.mails_to("again@example.org").len(),
        1,
        "re-sent within the interval"
    );

    let eager = spawn_app_with(backend, |s| s.resend_interval_secs = 0).await;
    eager.sign(sign_form("again@example.org")).await;
    eager.sign(sign_form("again@example.org")).await;
    let mails = eager
        .smtp
        .wait_for("again@example.org", 2, Duration::from_secs(10))
        .await;

    assert!(mails[1].subject().starts_with("Confirm your signature"));
    assert_ne!(mails[0].verify_link(), mails[1].verify_link());
    let (status, _) = eager.confirm(&mails[0].verify_link()).await;
    assert_eq!(status, 200, "the first link stops working after a resend");
    assert_eq!(eager.exact()["signature_count"], 1);
}

async fn a_repeat_after_confirmation_mails_already_signed(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.resend_interval_secs = 0).await;
    app.sign_and_confirm(sign_form("done@example.org")).await;

    app.sign(sign_form("done@example.org")).await;

    let mails = app
        .smtp
        .wait_for("done@example.org", 2, Duration::from_secs(10))
        .await;
    assert!(
        mails[1].subject().starts_with("You have already signed"),
        "{}",
        mails[1].subject()
    );
    assert!(!mails[1].text().contains("/verify/"));
    assert_eq!(app.exact()["signature_count"], 1);
}

async fn fifty_concurrent_submissions_of_one_address_make_one_signature(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    let form = with(
        sign_form("rush@example.org"),
        "csrf",
        &crate::helpers::csrf_in(&page),
    );
    let form = with(form, "started", &crate::helpers::started_in(&page));

    let path = format!("/p/{SLUG}/sign");
    let answers = futures::future::join_all((0..50).map(|_| app.post_form(&path, &form))).await;

    assert!(answers.iter().all(|r| r.status().as_u16() == 303));
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
    app.smtp
        .wait_for("rush@example.org", 1, Duration::from_secs(10))
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to("rush@example.org").len(), 1);
}

async fn email_is_normalised_so_case_and_spaces_do_not_sign_twice(backend: Backend) {
    let app = spawn_app(backend).await;

    app.sign(sign_form("Kim@Example.org")).await;
    app.sign(sign_form("  kim@example.ORG ")).await;

    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 1);
    app.smtp
        .wait_for("kim@example.org", 1, Duration::from_secs(10))
        .await;
}

async fn a_filled_honeypot_is_answered_like_a_person_but_stores_nothing(backend: Backend) {
    let app = spawn_app(backend).await;

    let r = app
        .sign(with(
            sign_form("bot@example.org"),
            "website",
            "http://spam.example",
        ))
        .await;

    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(r.headers()["location"], format!("/p/{SLUG}/thanks"));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 0);
    assert!(app.smtp.mails().is_empty());

    // A person who takes their time is counted.
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let form = with(
        sign_form("person@example.org"),
        "started",
        &crate::helpers::started_in(&page),
    );
    assert_eq!(app.sign(form).await.status().as_u16(), 303);
    app.smtp
        .wait_for("person@example.org", 1, Duration::from_secs(10))
        .await;
}

async fn a_submission_faster_than_a_person_is_answered_alike_but_stores_nothing(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.min_fill_secs = 1).await;

    let fast = app.sign(sign_form("bot@example.org")).await;
    let forged = app
        .sign(with(sign_form("forger@example.org"), "started", "1000.00"))
        .await;

    for r in [&fast, &forged] {
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(r.headers()["location"], format!("/p/{SLUG}/thanks"));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM signatures"), 0);
    assert!(app.smtp.mails().is_empty());
}

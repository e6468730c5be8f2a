use crate::helpers::{Backend, SLUG, csrf_in, sign_form, spawn_app, started_in};
use crate::on_both_backends;

on_both_backends!(
    petition_page_shows_the_petition_counts_and_the_form,
    petition_json_has_the_documented_shape,
    unknown_petition_is_a_404_page,
    every_page_carries_security_headers,
    the_cached_page_gives_each_visitor_their_own_form_token_and_a_fresh_count,
);

async fn petition_page_shows_the_petition_counts_and_the_form(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, page) = app.get_text(&format!("/p/{SLUG}")).await;

    assert_eq!(status, 200);
    assert!(page.contains("North Korean"), "title missing");
    assert!(
        page.contains("<strong>&#60;3</strong> verified signatures"),
        "{page}"
    );
    for field in [
        "name=\"name\"",
        "name=\"email\"",
        "name=\"country\"",
        "name=\"city\"",
        "name=\"delivery_point\"",
        "name=\"name_in_packet\"",
        "name=\"comment\"",
        "name=\"consent\"",
        "name=\"website\"",
        "name=\"csrf\"",
    ] {
        assert!(page.contains(field), "form lacks {field}");
    }
    assert!(
        page.contains("<optgroup label=\"South Korea\""),
        "points not grouped by country"
    );
    assert!(page.contains("Anonymous"));
}

async fn petition_json_has_the_documented_shape(backend: Backend) {
    let app = spawn_app(backend).await;

    let json = app.json().await;

    assert_eq!(json["slug"], SLUG);
    assert_eq!(json["state"], "open");
    // Below three, every public count is "<3" (zero included).
    assert_eq!(json["signature_count"], "<3");
    assert!(json["goal"].as_i64().unwrap() > 0);
    let points = json["delivery_points"].as_array().unwrap();
    assert!(points.len() >= 11);
    for key in ["slug", "name", "country", "city", "signature_count"] {
        assert!(points[0].get(key).is_some(), "delivery point lacks {key}");
    }
    assert_eq!(
        json["signatures_by_country"],
        serde_json::json!({"other": "<3"})
    );
    assert!(points.iter().all(|p| p["signature_count"] == "<3"));
}

async fn unknown_petition_is_a_404_page(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, page) = app.get_text("/p/no-such-petition").await;
    let (json_status, _) = app.get_text("/p/no-such-petition.json").await;
    let (other_status, _) = app.get_text("/nothing/here").await;

    assert_eq!(status, 404);
    assert!(page.contains("Page not found"));
    assert_eq!(json_status, 404);
    assert_eq!(other_status, 404);
}

async fn every_page_carries_security_headers(backend: Backend) {
    let app = spawn_app(backend).await;

    let r = app.get(&format!("/p/{SLUG}")).await;

    let h = r.headers();
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(
        h.get("strict-transport-security").is_none(),
        "HSTS over plain http"
    );

    let tls = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, |s| {
        s.base_url = Some("https://petition.example.org".into())
    })
    .await;
    let r = tls.get(&format!("/p/{SLUG}")).await;
    assert!(
        r.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .starts_with("max-age=")
    );
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join("; ");
    assert!(
        cookie.contains("Secure"),
        "cookies are not Secure over https: {cookie}"
    );
}

async fn the_cached_page_gives_each_visitor_their_own_form_token_and_a_fresh_count(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let first = reqwest::get(format!("{}/p/{SLUG}", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let second = reqwest::get(format!("{}/p/{SLUG}", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_ne!(
        csrf_in(&first),
        csrf_in(&second),
        "two visitors share a form token"
    );
    assert!(!first.contains("__handover"), "a hole was left unfilled");
    assert!(started_in(&first).contains('.'));

    for who in ["a", "b", "c"] {
        app.sign_and_confirm(sign_form(&format!("{who}@example.org")))
            .await;
    }
    let (_, after) = app.get_text(&format!("/p/{SLUG}")).await;

    assert!(
        after.contains("<strong>3</strong> verified signatures"),
        "the cached page kept the old count"
    );
}

use crate::helpers::{Backend, SLUG, csrf_in, sign_form, spawn_app, started_in, with};
use crate::on_both_backends;

on_both_backends!(
    petition_page_shows_the_petition_counts_and_the_form,
    petition_json_has_the_documented_shape,
    unknown_petition_is_a_404_page,
    every_page_carries_security_headers,
    the_cached_page_gives_each_visitor_their_own_form_token_and_a_fresh_count,
    the_json_serves_campaign_sites_any_origin_etags_languages_and_json_errors,
    a_source_code_rides_through_the_form_and_is_counted_per_source,
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

/// What a campaign site's script needs from `/p/{slug}.json`.
async fn the_json_serves_campaign_sites_any_origin_etags_languages_and_json_errors(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let url = format!("{}/p/{SLUG}.json", app.address);
    let first = app
        .client
        .get(&url)
        .header("Origin", "https://campaign.example")
        .send()
        .await
        .unwrap();
    assert_eq!(first.status().as_u16(), 200);
    assert_eq!(first.headers()["access-control-allow-origin"], "*");
    assert!(
        first.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    let etag = first.headers()["etag"].clone();
    let body: serde_json::Value = first.json().await.unwrap();
    assert_eq!(body["lang"], "en");
    assert_eq!(
        body["title"],
        "Stop the forced return of North Korean refugees"
    );
    assert!(
        body["languages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "ko")
    );
    assert_eq!(body["signature_count"], "<3");

    // Unchanged: 304 without a body.
    let again = app
        .client
        .get(&url)
        .header("If-None-Match", etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 304);
    assert_eq!(again.headers()["etag"], etag);
    assert_eq!(again.headers()["access-control-allow-origin"], "*");
    assert!(again.bytes().await.unwrap().is_empty());

    // A new count is a new tag (three: below, counts show as "<3").
    for i in 0..3 {
        app.sign_and_confirm(sign_form(&format!("json{i}@example.org")))
            .await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let changed = app
        .client
        .get(&url)
        .header("If-None-Match", etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status().as_u16(), 200);
    assert_ne!(changed.headers()["etag"], etag);
    let body: serde_json::Value = changed.json().await.unwrap();
    assert_eq!(body["signature_count"], 3);

    // ?lang= for the texts; an unknown language falls back, and says so.
    let ko: serde_json::Value = app
        .client
        .get(format!("{url}?lang=ko"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ko["lang"], "ko");
    assert_eq!(ko["title"], "탈북 난민 강제 북송을 중단하십시오");
    let xx: serde_json::Value = app
        .client
        .get(format!("{url}?lang=xx"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(xx["lang"], "en");

    // An unknown petition is a JSON 404 a script can read.
    let missing = app
        .client
        .get(format!("{}/p/no-such-petition.json", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    assert_eq!(missing.headers()["access-control-allow-origin"], "*");
    let error: serde_json::Value = missing.json().await.unwrap();
    assert_eq!(error["error"], "not_found");
}

/// `?src=` (letters, digits, hyphens, at most 40) is kept through the form,
/// stored with the signature and counted per source for organizers;
/// anything else is dropped. No cookie carries it.
async fn a_source_code_rides_through_the_form_and_is_counted_per_source(backend: Backend) {
    let app = spawn_app(backend).await;
    let r = app.get(&format!("/p/{SLUG}?src=share-KakaoTalk")).await;
    let cookies: Vec<_> = r.headers().get_all("set-cookie").iter().collect();
    assert!(cookies.iter().all(|c| !c.to_str().unwrap().contains("src")));
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r#"name="src" value="share-kakaotalk""#),
        "{page}"
    );
    let (_, bad) = app.get_text(&format!("/p/{SLUG}?src=%3Cscript%3E")).await;
    assert!(bad.contains(r#"name="src" value="""#));
    assert!(!bad.contains("<script>"));

    app.sign_and_confirm(with(
        sign_form("kakao@example.org"),
        "src",
        "share-kakaotalk",
    ))
    .await;
    let signed = |form| async { assert_eq!(app.sign(form).await.status().as_u16(), 303) };
    signed(with(
        sign_form("poster@example.org"),
        "src",
        "poster-seoul-embassy",
    ))
    .await;
    signed(with(sign_form("long@example.org"), "src", &"x".repeat(41))).await;
    signed(with(sign_form("odd@example.org"), "src", "a b")).await;
    // Uncoded signatures are counted as the rest of the points' totals:
    // one of them confirmed shows there too.
    app.sign_and_confirm(sign_form("direct@example.org")).await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE source = 'share-kakaotalk'"),
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE source IS NULL"),
        3
    );

    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let (status, dashboard) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}"))
        .await;
    assert_eq!(status, 200);
    for row in [
        "<td>(no source)</td><td>3</td><td>1</td>",
        "<td>share-kakaotalk</td><td>1</td><td>1</td>",
        "<td>poster-seoul-embassy</td><td>1</td><td>0</td>",
    ] {
        assert!(dashboard.contains(row), "{row} not in\n{dashboard}");
    }
}

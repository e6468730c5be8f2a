//! Reach (issue 19): translated delivery points, the embeddable counter,
//! link previews and the rally poster.

use crate::helpers::{Backend, SEOUL, SLUG, spawn_app};
use crate::on_both_backends;

on_both_backends!(
    korean_readers_see_translated_point_names_on_pages_and_json,
    a_coordinator_translates_a_point_in_the_editor,
    the_counter_is_framable_only_from_the_listed_origins,
);

const OTTAWA_KO: &str = "주캐나다 중국대사관";
const OTTAWA_EN: &str = "Embassy of the People's Republic of China in Canada";

fn point<'a>(points: &'a serde_json::Value, slug: &str) -> &'a serde_json::Value {
    points
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == slug)
        .unwrap()
}

async fn korean_readers_see_translated_point_names_on_pages_and_json(backend: Backend) {
    let app = spawn_app(backend).await;

    let (status, page) = app.get_text(&format!("/p/{SLUG}?lang=ko")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("{OTTAWA_KO} (오타와)")), "{page}");
    assert!(!page.contains(OTTAWA_EN));
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=en")).await;
    // (As HTML: the apostrophe is escaped.)
    assert!(page.contains("Republic of China in Canada (Ottawa)") && !page.contains(OTTAWA_KO));

    let json = |path: String| {
        let client = app.client.clone();
        let url = format!("{}{path}", app.address);
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 200);
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let ko = json(format!("/p/{SLUG}.json?lang=ko")).await;
    let ottawa = point(&ko["delivery_points"], "ottawa-embassy");
    assert_eq!(ottawa["name"], OTTAWA_KO);
    assert_eq!(ottawa["city"], "오타와");
    let en = json(format!("/p/{SLUG}.json")).await;
    assert_eq!(
        point(&en["delivery_points"], "ottawa-embassy")["name"],
        OTTAWA_EN
    );
    // Japanese names exist only for the points in Japan; the others stay as written.
    let ja = json(format!("/p/{SLUG}.json?lang=ja")).await;
    assert_eq!(
        point(&ja["delivery_points"], "tokyo-embassy")["city"],
        "東京"
    );
    assert_eq!(
        point(&ja["delivery_points"], "ottawa-embassy")["name"],
        OTTAWA_EN
    );

    let day = json(format!("/p/{SLUG}/delivery.json?lang=ko")).await;
    assert_eq!(point(&day["points"], "ottawa-embassy")["name"], OTTAWA_KO);
    let (_, page) = app.get_text(&format!("/p/{SLUG}/delivery?lang=ko")).await;
    assert!(page.contains(OTTAWA_KO), "{page}");
}

async fn a_coordinator_translates_a_point_in_the_editor(backend: Backend) {
    let app = spawn_app(backend).await;
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let edit = format!("/organizer/petitions/{SLUG}/points/{SEOUL}");
    let mut fields = vec![
        (
            "name",
            "Embassy of the People's Republic of China in the Republic of Korea",
        ),
        ("country", "KR"),
        ("city", "Seoul"),
        ("address", "27 Myeongdong 2-gil, Jung-gu, Seoul"),
        ("time_zone", "Asia/Seoul"),
        ("tr-nb-name", "Kinas ambassade i Sør-Korea"),
    ];
    let long = "x".repeat(201);
    let mut too_long = fields.clone();
    too_long.push(("tr-nb-city", &long));
    let r = coord.post(&edit, &too_long).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("tr-nb-city"));
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=nb")).await;
    assert!(!page.contains("Kinas ambassade"));

    fields.push(("tr-nb-city", ""));
    assert_eq!(coord.post(&edit, &fields).await.status().as_u16(), 303);
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=nb")).await;
    // The translated name, and the city as written where none is given.
    assert!(
        page.contains("Kinas ambassade i Sør-Korea (Seoul)"),
        "{page}"
    );
    // The Korean name from the file went: the form holds every language.
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=ko")).await;
    assert!(!page.contains("주한 중국대사관"));
    let (_, form) = coord
        .get_text(&format!("/organizer/petitions/{SLUG}/edit"))
        .await;
    assert!(form.contains("value=\"Kinas ambassade i Sør-Korea\""));
}

async fn the_counter_is_framable_only_from_the_listed_origins(backend: Backend) {
    let app = spawn_app(backend).await;
    let embed = format!("/p/{SLUG}/embed?lang=ko");

    let r = app.get(&embed).await;
    assert_eq!(r.status().as_u16(), 200);
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(r.headers()["x-frame-options"], "DENY");
    assert!(
        r.headers().get("set-cookie").is_none(),
        "the counter set a cookie"
    );
    let page = r.text().await.unwrap();
    assert!(
        page.contains("탈북 난민 강제 북송을 중단하십시오"),
        "{page}"
    );
    assert!(page.contains("<progress"));
    assert!(
        page.contains(&format!(
            "href=\"{}/p/{SLUG}?src=embed\" target=\"_blank\"",
            app.settings.base_url.clone().unwrap_or(app.address.clone())
        )),
        "{page}"
    );

    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let edit = format!("/organizer/petitions/{SLUG}/edit");
    let mut fields = vec![
        ("title", "Stop the forced return of North Korean refugees"),
        ("body", "Text."),
        ("recipient", "Someone"),
        ("goal", "100000"),
        (
            "embed_origins",
            "https://campaign.example/\nhttps://*.example",
        ),
    ];
    let r = coord.post(&edit, &fields).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(r.text().await.unwrap().contains("https://*.example"));
    fields[4].1 = "https://campaign.example/\nhttp://localhost:8080";
    assert_eq!(coord.post(&edit, &fields).await.status().as_u16(), 303);

    let r = app.get(&embed).await;
    let csp = r.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("frame-ancestors https://campaign.example http://localhost:8080;"),
        "{csp}"
    );
    assert!(r.headers().get("x-frame-options").is_none());
    assert!(r.headers().get("set-cookie").is_none());
    // Every other page still frames nowhere.
    let r = app.get(&format!("/p/{SLUG}")).await;
    let csp = r.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(r.headers()["x-frame-options"], "DENY");

    assert_eq!(
        app.get("/p/no-such-petition/embed").await.status().as_u16(),
        404
    );
}

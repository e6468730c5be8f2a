//! Reach (issue 19): translated delivery points, the embeddable counter,
//! link previews and the rally poster.

use diesel::RunQueryDsl;

use crate::helpers::{Backend, SEOUL, SLUG, sign_form, spawn_app, spawn_app_with, with};
use crate::on_both_backends;

on_both_backends!(
    korean_readers_see_translated_point_names_on_pages_and_json,
    a_coordinator_translates_a_point_in_the_editor,
    the_counter_is_framable_only_from_the_listed_origins,
    a_rally_poster_leads_to_its_point_and_lifts_the_per_ip_limit,
    a_shared_link_previews_with_tags_and_a_drawn_card,
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

/// The QR code on page 1 of a PDF, decoded.
fn qr_in(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("page");
    let args = ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile"];
    let out = crate::pdf::poppler_on(pdf, "pdftoppm", &args, &target);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = image::open(dir.path().join("page.png")).unwrap().to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(page);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the poster");
    grids[0].decode().unwrap().1
}

/// The `rally=` token of a poster link.
fn token_of(link: &str) -> String {
    link.split("&rally=").nth(1).unwrap().to_owned()
}

async fn a_rally_poster_leads_to_its_point_and_lifts_the_per_ip_limit(backend: Backend) {
    if !crate::pdf::poppler() {
        return;
    }
    // Every request comes from 127.0.0.1: one crowd behind one address.
    let app = spawn_app_with(backend, |s| {
        s.rate_limits = handover::config::Switch::On;
    })
    .await;
    let local = app
        .organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let poster = format!("/organizer/petitions/{SLUG}/delivery/{SEOUL}/poster");
    // The handover in Seoul is in three hours; signing there goes on till then.
    let mut conn = app.pool.get().unwrap();
    let in_three_hours = chrono::Utc::now().naive_utc() + chrono::Duration::hours(3);
    diesel::sql_query(
        "UPDATE delivery_points SET delivery_at = $1, cutoff_at = $1 WHERE slug = $2",
    )
    .bind::<diesel::sql_types::Timestamp, _>(in_three_hours)
    .bind::<diesel::sql_types::Text, _>(SEOUL)
    .execute(&mut conn)
    .unwrap();

    let r = local.get(&format!("{poster}.pdf")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.unwrap().to_vec();
    let link = qr_in(&pdf);
    let expected = format!(
        "{}/p/{SLUG}?point={SEOUL}&src=poster-{SEOUL}&rally=",
        app.address
    );
    assert!(link.starts_with(&expected), "{link}");
    let text = crate::pdf::pdf_text(&pdf);
    assert_eq!(
        text.matches('\u{c}').count(),
        1,
        "the poster is one page: {text}"
    );
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // The petition's language and the country's (Korean: it has a translation).
    for words in [
        "Stop the forced return of North Korean refugees",
        "탈북 난민 강제 북송을 중단하십시오",
        "Scan to sign the petition",
        "스캔하여 청원에 서명하기",
        "주한 중국대사관, 서울",
        &format!("{}/p/{SLUG}", app.address),
    ] {
        assert!(text.contains(words), "{words:?} not in {text}");
    }
    let (status, page) = local.get_text(&poster).await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg") && page.contains("주한 중국대사관"));
    // Only that point's organizers (and coordinators) get it.
    let tokyo = app
        .organizer("tokyo@example.org", "local", Some(SLUG), &["tokyo-embassy"])
        .await;
    assert_eq!(
        tokyo.get(&format!("{poster}.pdf")).await.status().as_u16(),
        404
    );
    assert_eq!(tokyo.get(&poster).await.status().as_u16(), 404);

    // A poster made for a handover three days ago carries an expired token.
    let coord = app
        .organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let three_days_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(3);
    diesel::sql_query("UPDATE delivery_points SET delivery_at = $1 WHERE slug = 'tokyo-embassy'")
        .bind::<diesel::sql_types::Timestamp, _>(three_days_ago)
        .execute(&mut conn)
        .unwrap();
    let tokyo_pdf = coord
        .get(&format!(
            "/organizer/petitions/{SLUG}/delivery/tokyo-embassy/poster.pdf"
        ))
        .await
        .bytes()
        .await
        .unwrap();
    let expired = token_of(&qr_in(&tokyo_pdf));
    // The link opens the form with the point chosen and the token in it.
    let (_, form) = app.get_text(link.strip_prefix(&app.address).unwrap()).await;
    let token = token_of(&link);
    assert!(form.contains(&format!(
        "<option value=\"{SEOUL}\" data-country=\"KR\" selected>"
    )));
    assert!(form.contains(&format!("name=\"rally\" value=\"{token}\"")));
    assert!(form.contains(&format!("name=\"src\" value=\"poster-{SEOUL}\"")));

    // 200 people sign from one address within a minute with the token
    // (gmail.com: no per-domain limit to meet).
    let started = std::time::Instant::now();
    for i in 0..200 {
        let form = with(sign_form(&format!("rally{i}@gmail.com")), "rally", &token);
        let r = app.sign(form).await;
        assert_eq!(r.status().as_u16(), 303, "signer {i} was refused");
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    // Without it the address keeps its normal limit: 60 a minute, refilling
    // one a second, so a few more may pass while a slow machine sends 60.
    let mut passed = 0;
    loop {
        let r = app
            .sign(sign_form(&format!("plain{passed}@gmail.com")))
            .await;
        if r.status().as_u16() == 429 {
            break;
        }
        assert_eq!(r.status().as_u16(), 303);
        passed += 1;
        assert!(passed < 90, "the normal limit never held");
    }
    assert!(passed >= 60, "refused after {passed}");
    // …and an altered or an expired token lifts nothing: refused again within
    // a few (a lifted limit would take a thousand more).
    let mut altered = token.clone();
    let last = if altered.ends_with('0') { "1" } else { "0" };
    altered.replace_range(altered.len() - 1.., last);
    for (what, bad) in [("altered", &altered), ("expired", &expired)] {
        let mut refused = false;
        for i in 0..10 {
            let form = with(sign_form(&format!("{what}{i}@gmail.com")), "rally", bad);
            if app.sign(form).await.status().as_u16() == 429 {
                refused = true;
                break;
            }
        }
        assert!(refused, "an {what} token lifted the limit");
    }
    // The genuine one still does.
    let form = with(sign_form("again@gmail.com"), "rally", &token);
    assert_eq!(app.sign(form).await.status().as_u16(), 303);
}

/// A card's pixels, checked to be a 1200 × 630 PNG with more than a few colours.
async fn card(app: &crate::helpers::TestApp, lang: &str) -> Vec<u8> {
    let r = app.get(&format!("/p/{SLUG}/card.png?lang={lang}")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    let png = r.bytes().await.unwrap().to_vec();
    let image = image::load_from_memory_with_format(&png, image::ImageFormat::Png)
        .unwrap()
        .to_rgba8();
    assert_eq!(image.dimensions(), (1200, 630));
    let colours: std::collections::HashSet<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 20,
        "a blank card: {} colours",
        colours.len()
    );
    image.into_raw()
}

async fn a_shared_link_previews_with_tags_and_a_drawn_card(backend: Backend) {
    let app = spawn_app_with(backend.clone(), |s| s.card_refresh_secs = 0).await;
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=ko")).await;
    let base = format!("{}/p/{SLUG}", app.address);
    for tag in [
        "<meta property=\"og:title\" content=\"탈북 난민 강제 북송을 중단하십시오\">".to_owned(),
        format!("<meta property=\"og:image\" content=\"{base}/card.png?lang=ko\">"),
        "<meta property=\"og:locale\" content=\"ko_KR\">".to_owned(),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
        format!("<link rel=\"alternate\" hreflang=\"ja\" href=\"{base}?lang=ja\">"),
        format!("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}\">"),
    ] {
        assert!(page.contains(&tag), "{tag} missing");
    }
    assert!(page.contains("<meta property=\"og:description\" content=\""));

    // Drawn per language, and again when the count changes.
    let korean = card(&app, "ko").await;
    let english = card(&app, "en").await;
    assert_ne!(korean, english);
    assert_eq!(
        card(&app, "ko").await,
        korean,
        "drawn the same for the same count"
    );
    for i in 0..3 {
        app.sign_and_confirm(sign_form(&format!("card{i}@example.org")))
            .await;
    }
    assert_ne!(
        card(&app, "ko").await,
        korean,
        "the count changed, the card did not"
    );
    // And when the title is edited (the page cache holds it a second).
    let before = card(&app, "en").await;
    diesel::sql_query("UPDATE petitions SET title = 'A title edited since'")
        .execute(&mut app.pool.get().unwrap())
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
    assert_ne!(
        card(&app, "en").await,
        before,
        "the title changed, the card did not"
    );

    // By default a card is drawn at most once a minute.
    let app = spawn_app(backend).await;
    let first = card(&app, "en").await;
    for i in 0..3 {
        app.sign_and_confirm(sign_form(&format!("card{i}@example.org")))
            .await;
    }
    assert_eq!(card(&app, "en").await, first);
}

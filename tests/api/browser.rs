//! Tests in a real browser: headless Chromium driven over WebDriver
//! (Debian's `chromium` and `chromium-driver`), pages checked with axe-core
//! (`npm ci` puts it in `node_modules/`).
//!
//! Where Chromium, ChromeDriver or axe-core is missing these tests say so and
//! pass without running, so `cargo test` works on a fresh machine; when the
//! `CI` variable is set they fail instead (`.ci/run` installs all three).
//! They run on SQLite only: what they check is the pages, not the storage.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use handover::i18n::{Lang, Tr};
use serde_json::{Value, json};

use crate::helpers::{Backend, PASSWORD, SEOUL, SLUG, TestApp, sign_form, spawn_app};

/// A headless Chromium session and its ChromeDriver.
struct Browser {
    client: Client,
    driver: Child,
    downloads: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false")
}

/// Why the browser tests cannot run here; a failure in CI.
fn unavailable(what: &str) -> Option<Browser> {
    assert!(
        !in_ci(),
        "CI must run the browser tests, but {what} (.ci/run installs it)"
    );
    // Straight to stderr, past the test harness's capture: whoever runs
    // `cargo test` sees that these tests did not run, and why.
    let _ = writeln!(std::io::stderr(), "browser tests skipped: {what}");
    None
}

fn first_existing(candidates: &[&str]) -> Option<PathBuf> {
    candidates.iter().map(PathBuf::from).find(|p| p.exists())
}

fn axe_source() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(path).ok()
}

/// Starts ChromeDriver and a headless Chromium, or explains why not.
async fn browser() -> Option<Browser> {
    let Some(driver_bin) =
        first_existing(&["/usr/bin/chromedriver", "/usr/local/bin/chromedriver"])
    else {
        return unavailable("ChromeDriver is not installed (apt-get install chromium-driver)");
    };
    let Some(chromium) = first_existing(&["/usr/bin/chromium", "/usr/bin/chromium-browser"]) else {
        return unavailable("Chromium is not installed (apt-get install chromium)");
    };
    if axe_source().is_none() {
        return unavailable("axe-core is not installed (npm ci)");
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let driver = Command::new(driver_bin)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let downloads = tempfile::tempdir().expect("download dir");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".to_owned(),
        json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--window-size=1280,900", "--lang=en-GB",
                     "--hide-scrollbars"],
            "prefs": {
                "download.default_directory": downloads.path(),
                "download.prompt_for_download": false,
                "intl.accept_languages": "en-GB,en",
            },
        }),
    );
    // fantoccini speaks plain HTTP to ChromeDriver, but its client wants a TLS provider.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut browser = None;
    for _ in 0..100 {
        match ClientBuilder::rustls()
            .expect("TLS setup")
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => {
                browser = Some(client);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let client = browser.expect("ChromeDriver did not start a session within 10 s");
    Some(Browser {
        client,
        driver,
        downloads,
    })
}

impl Browser {
    async fn open(&self, app: &TestApp, path: &str) {
        self.client
            .goto(&format!("{}{path}", app.address))
            .await
            .expect("navigate");
    }

    async fn text_of(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .text()
            .await
            .expect("text")
    }

    async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("script")
    }

    async fn fill(&self, css: &str, value: &str) {
        let field = self.client.find(Locator::Css(css)).await.expect(css);
        field.clear().await.expect("clear");
        field.send_keys(value).await.expect("type");
    }

    async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"))
            .click()
            .await
            .expect("click");
    }

    /// Runs axe-core on the current page against WCAG 2.0/2.1/2.2 A and AA;
    /// returns the violations, each with the elements it found.
    async fn axe(&self) -> Vec<Value> {
        let source = axe_source().expect("axe-core");
        self.client
            .execute(&source, vec![])
            .await
            .expect("inject axe");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {runOnly: {type: 'tag', values:
                     ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                       help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-failed', help: String(e)}]));",
                vec![],
            )
            .await
            .expect("run axe");
        result.as_array().cloned().unwrap_or_default()
    }

    /// Asserts that axe finds nothing on the current page.
    async fn assert_accessible(&self, what: &str) {
        let violations = self.axe().await;
        assert!(
            violations.is_empty(),
            "{what}: {}",
            serde_json::to_string_pretty(&violations).unwrap_or_default()
        );
    }

    /// Waits until `script` returns `expected`.
    async fn wait_for_js(&self, what: &str, script: &str, expected: Value) {
        eventually(what, || async { self.js(script).await == expected }).await;
    }

    /// Waits until the current URL's path satisfies `wanted`.
    async fn wait_for_path(&self, what: &str, wanted: impl Fn(&str) -> bool) {
        eventually(what, || async {
            self.client
                .current_url()
                .await
                .is_ok_and(|u| wanted(u.path()))
        })
        .await;
    }

    /// Logs in through the open login form and waits for the dashboard.
    async fn submit_login(&self, email: &str) {
        self.fill("#email", email).await;
        self.fill("#password", PASSWORD).await;
        self.click("form button[type=submit]").await;
        self.wait_for_path("the dashboard", |p| p == "/organizer")
            .await;
    }

    /// The first ZIP file in the download folder, once there is one.
    async fn downloaded_zip(&self) -> PathBuf {
        let find = || {
            std::fs::read_dir(self.downloads.path())
                .ok()?
                .flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|x| x == "zip"))
        };
        eventually("the downloaded packet", || async { find().is_some() }).await;
        find().expect("a downloaded ZIP")
    }

    async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Waits until `check` holds, for up to 10 s.
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test]
async fn signer_pages_and_organizer_pages_have_no_wcag_22_aa_violations() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    // axe really runs: a page with an image without text fails it.
    b.client
        .goto("data:text/html,<!doctype html><html lang=en><title>t</title><img src=x.png>")
        .await
        .expect("open a bad page");
    let found = b.axe().await;
    assert!(
        found.iter().any(|v| v["id"] == "image-alt"),
        "axe missed a known violation: {found:?}"
    );
    // A confirmed signature, for the verified page.
    app.sign(sign_form("axe@example.org")).await;
    let link = app
        .smtp
        .wait_for("axe@example.org", 1, Duration::from_secs(10))
        .await[0]
        .verify_link();

    for lang in ["en", "ko"] {
        b.open(&app, &format!("/p/{SLUG}?lang={lang}")).await;
        b.assert_accessible(&format!("petition page ({lang})"))
            .await;

        b.click("#form button[type=submit]").await;
        b.wait_for_js(
            "the error summary",
            "return !!document.getElementById('error-summary')",
            json!(true),
        )
        .await;
        b.assert_accessible(&format!("form with errors ({lang})"))
            .await;

        b.open(&app, &format!("/p/{SLUG}/thanks")).await;
        b.assert_accessible(&format!("thanks page ({lang})")).await;

        b.open(&app, "/privacy").await;
        b.assert_accessible(&format!("privacy page ({lang})")).await;

        b.open(&app, &format!("/p/{SLUG}/embed?lang={lang}")).await;
        b.assert_accessible(&format!("embedded counter ({lang})"))
            .await;
    }
    let verify_path = link
        .split_once("/verify/")
        .map(|(_, t)| t)
        .unwrap_or_default();
    b.open(&app, &format!("/verify/{verify_path}")).await;
    b.assert_accessible("confirmation page").await;
    b.click("form button[type=submit]").await;
    b.wait_for_js(
        "the verified page",
        "return document.querySelector('h1').textContent",
        json!(Tr::new(Lang::En).t("verified-title")),
    )
    .await;
    b.assert_accessible("verified page").await;

    app.organizer("coordinator@example.org", "coordinator", Some(SLUG), &[])
        .await;
    b.open(&app, "/organizer/login?lang=en").await;
    b.assert_accessible("organizer login").await;
    b.submit_login("coordinator@example.org").await;
    b.assert_accessible("organizer dashboard").await;
    b.open(&app, &format!("/organizer/petitions/{SLUG}")).await;
    b.assert_accessible("organizer petition page").await;
    b.open(
        &app,
        &format!("/organizer/petitions/{SLUG}/delivery/{SEOUL}/poster"),
    )
    .await;
    b.assert_accessible("rally poster").await;
    b.open(&app, &format!("/organizer/petitions/{SLUG}/updates"))
        .await;
    b.assert_accessible("updates to signers").await;
    b.open(&app, &format!("/organizer/petitions/{SLUG}/edit"))
        .await;
    b.fill("#title", " ").await;
    b.click("#form button[type=submit]").await;
    b.wait_for_js(
        "the editor's error summary",
        "return document.activeElement.id",
        json!("error-summary"),
    )
    .await;
    assert_eq!(
        b.js("return document.getElementById('title').getAttribute('aria-describedby')")
            .await,
        json!("title-error")
    );
    b.assert_accessible("petition editor with errors").await;
    b.close().await;
}

#[tokio::test]
async fn a_korean_signer_fixes_a_mistake_signs_confirms_from_the_mail_and_sees_the_count_rise() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let ko = Tr::new(Lang::Ko);
    // Two have signed already: public counts below three read "<3", so the
    // third signature is the one that shows.
    for who in ["first", "second"] {
        app.sign_and_confirm(crate::helpers::sign_form(&format!("{who}@example.org")))
            .await;
    }

    // Arrange: the petition page in English, then Korean from the menu.
    b.open(&app, &format!("/p/{SLUG}")).await;
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("en")
    );
    b.click("nav.languages a[hreflang=ko]").await;
    b.wait_for_js(
        "the Korean page",
        "return document.documentElement.lang",
        json!("ko"),
    )
    .await;
    assert_eq!(b.text_of("#sign-heading").await, ko.t("sign-heading"));
    let before = b.text_of(".count strong").await;
    assert_eq!(before, "<3");

    // Act: a form with the name left out.
    b.fill("#email", "minsu@example.org").await;
    b.client
        .find(Locator::Css("#country"))
        .await
        .expect("country")
        .select_by_value("KR")
        .await
        .expect("choose KR");
    b.fill("#city", "서울").await;
    b.click("#consent").await;
    b.click("#form button[type=submit]").await;

    // Assert: the mistake is named in Korean, focus is on the list, answers kept.
    b.wait_for_js(
        "the error summary",
        "return !!document.getElementById('error-summary')",
        json!(true),
    )
    .await;
    let summary = b.text_of("#error-summary").await;
    assert!(summary.contains(&ko.t("error-name-missing")), "{summary}");
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("error-summary"),
        "focus must move to the list of errors"
    );
    assert_eq!(
        b.js("return document.getElementById('email').value").await,
        json!("minsu@example.org")
    );
    assert_eq!(
        b.js("return document.getElementById('delivery_point').value")
            .await,
        json!(SEOUL),
        "choosing Korea preselects Seoul"
    );
    assert_eq!(
        b.js("return document.getElementById('name').getAttribute('aria-describedby')")
            .await,
        json!("name-error")
    );

    // Act: fix it by keyboard from the error list, and sign.
    b.click("#error-summary a[href='#name']").await;
    assert_eq!(
        b.js("return document.activeElement.id").await,
        json!("name")
    );
    b.fill("#name", "김민수").await;
    b.click("#form button[type=submit]").await;
    b.wait_for_path("the thanks page", |p| p.ends_with("/thanks"))
        .await;
    assert_eq!(b.text_of("h1").await, ko.t("thanks-title"));

    // The mail arrives in Korean.
    let mail = app
        .smtp
        .wait_for("minsu@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);
    let title = {
        let mut conn = app.pool.get().expect("connection");
        handover::petitions::Petition::find_by_slug(&mut conn, SLUG)
            .expect("query")
            .expect("petition")
            .text(Lang::Ko)
            .title
    };
    assert_eq!(
        mail.subject(),
        ko.t1("mail-verify-subject", "title", &title)
    );
    assert!(mail.text().contains(&ko.t("mail-verify-counts-only")));

    // Open the link, confirm, and see the count rise.
    let link = mail.verify_link();
    b.client.goto(&link).await.expect("open the link");
    assert_eq!(b.text_of("h1").await, ko.t("verify-title"));
    b.click("form button[type=submit]").await;
    b.wait_for_js(
        "the verified page",
        "return document.querySelector('h1').textContent",
        json!(ko.t("verified-title")),
    )
    .await;
    assert_eq!(b.text_of(".count-line").await, ko.tn("count-so-far", 3));
    // The moment to pass it on: share links in Korean, and the page asked
    // nothing of any other host (every resource it loaded is this site's).
    assert_eq!(b.text_of("#share-heading").await, ko.t("share-heading"));
    let kakao = b
        .js("return document.querySelector('.share-links a[href*=\"kakao\"]').href")
        .await;
    assert!(
        kakao.as_str().unwrap().contains("share-kakaostory"),
        "{kakao}"
    );
    let foreign = b
        .js(&format!(
            "return performance.getEntriesByType('resource').map(e => e.name)\
             .filter(u => !u.startsWith('{}'))",
            app.address
        ))
        .await;
    assert_eq!(foreign, json!([]), "requests to other hosts");
    let loaded = b
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    assert!(loaded.to_string().contains("/static/share.js"), "{loaded}");
    b.open(&app, &format!("/p/{SLUG}")).await;
    assert_eq!(b.text_of(".count strong").await, "3");
    assert_eq!(
        b.js("return document.documentElement.lang").await,
        json!("ko")
    );
    b.close().await;
}

#[tokio::test]
async fn an_organizer_logs_in_and_downloads_a_packet() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    app.sign_and_confirm(sign_form("packet@example.org")).await;
    app.organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;

    b.open(&app, "/organizer/login").await;
    b.submit_login("local@example.org").await;
    b.open(&app, &format!("/organizer/petitions/{SLUG}")).await;
    b.click(&format!("a[href$='/packets/{SEOUL}.zip']")).await;

    let file = b.downloaded_zip().await;
    let bytes = std::fs::read(&file).expect("read the packet");
    assert!(bytes.starts_with(b"PK"), "not a ZIP: {file:?}");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let names: Vec<String> = archive
        .file_names()
        .flatten()
        .map(|n| n.into_owned())
        .collect();
    let csv = names
        .iter()
        .find(|n| n.ends_with(".csv"))
        .unwrap_or_else(|| panic!("no CSV in {names:?}"))
        .clone();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(&csv).expect("csv"), &mut text)
        .expect("read csv");
    assert!(text.contains("서울"), "{text}");
    assert!(
        !text.contains("packet@example.org"),
        "a packet never carries addresses"
    );
    b.close().await;
}

#[tokio::test]
async fn the_petition_page_reflows_at_320_px_and_screenshots_are_saved() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");

    for lang in ["en", "ko"] {
        for (label, width, height) in [("phone", 390, 844), ("desktop", 1280, 900)] {
            b.client
                .set_window_size(width, height)
                .await
                .expect("resize");
            b.open(&app, &format!("/p/{SLUG}?lang={lang}")).await;
            let png = b.client.screenshot().await.expect("screenshot");
            assert!(png.starts_with(b"\x89PNG"), "not a PNG");
            std::fs::write(dir.join(format!("petition-{lang}-{label}.png")), png)
                .expect("save the screenshot");
        }
        // WCAG 1.4.10: nothing scrolls sideways at 320 CSS pixels.
        b.client.set_window_size(320, 800).await.expect("resize");
        b.open(&app, &format!("/p/{SLUG}?lang={lang}")).await;
        assert_eq!(
            b.js("return window.innerWidth").await,
            json!(320),
            "the window is really 320 px wide"
        );
        let overflow = b
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(
            overflow,
            json!(0),
            "the page scrolls sideways at 320 px ({lang})"
        );
    }
    b.close().await;
}

#[tokio::test]
async fn a_local_organizer_freezes_records_the_handover_with_a_photo_and_the_public_page_shows_it()
{
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    for i in 0..3 {
        app.sign_and_confirm(sign_form(&format!("day{i}@example.org")))
            .await;
    }
    app.organizer("local@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let photo = b.downloads.path().join("handover.jpg");
    let image = image::RgbImage::from_fn(320, 240, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    image.save(&photo).expect("write a photo");

    b.open(&app, "/organizer/login").await;
    b.submit_login("local@example.org").await;
    b.open(&app, &format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    b.assert_accessible("the delivery day view").await;
    b.click(&format!("a[href$='/delivery/{SEOUL}']")).await;
    b.wait_for_path("the point's page", |p| p.ends_with(SEOUL))
        .await;
    b.assert_accessible("a point's delivery page").await;

    b.click("form[action$='/freeze'] button").await;
    b.wait_for_js(
        "the frozen version",
        "return document.querySelectorAll('code.digest').length",
        json!(1),
    )
    .await;

    let upload = b
        .client
        .find(Locator::Css("#photo"))
        .await
        .expect("the photo field");
    upload
        .send_keys(photo.to_str().expect("a path"))
        .await
        .expect("choose the photo");
    b.click("form[action$='/photos'] button").await;
    b.wait_for_js(
        "the uploaded photo",
        "const i = document.querySelector('img.handover-photo'); return !!i && i.complete && i.naturalWidth",
        json!(320),
    )
    .await;

    b.click("#outcome-delivered").await;
    b.js("document.getElementById('happened_at').value = '2026-12-05T14:00'")
        .await;
    b.fill("#received_by", "Consular officer").await;
    b.fill("#note", "Received at the gate, with thanks.").await;
    b.click("form[action$='/record'] button").await;
    b.wait_for_js(
        "the recorded handover",
        "return document.body.innerText.includes('Handed over on')",
        json!(true),
    )
    .await;

    b.open(&app, &format!("/p/{SLUG}/delivery")).await;
    let text = b.text_of(&format!("#point-{SEOUL}")).await;
    assert!(
        text.contains("Handed over on 5 December 2026 14:00 KST (UTC+09:00) to Consular officer."),
        "{text}"
    );
    assert!(
        text.contains("Received at the gate, with thanks."),
        "{text}"
    );
    // Photos load lazily: bring it into view, as a reader scrolling would.
    b.js(&format!(
        "document.querySelector('#point-{SEOUL} img').scrollIntoView()"
    ))
    .await;
    b.wait_for_js(
        "the photo on the public page",
        &format!("const i = document.querySelector('#point-{SEOUL} img'); return !!i && i.complete && i.naturalWidth"),
        json!(320),
    )
    .await;
    b.assert_accessible("the public delivery page").await;
    b.close().await;
}

#[tokio::test]
async fn the_delivery_day_view_fits_a_laptop_screen_and_reflows_on_a_phone() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    app.organizer("coord@example.org", "coordinator", Some(SLUG), &[])
        .await;
    b.open(&app, "/organizer/login").await;
    b.submit_login("coord@example.org").await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot dir");
    for (label, width, height) in [("desktop", 1280, 900), ("phone", 360, 800)] {
        b.client
            .set_window_size(width, height)
            .await
            .expect("resize");
        b.open(&app, &format!("/organizer/petitions/{SLUG}/delivery"))
            .await;
        let rows = b
            .js("return document.querySelectorAll('table.day tbody tr').length")
            .await;
        assert_eq!(rows, json!(26));
        let png = b.client.screenshot().await.expect("screenshot");
        std::fs::write(dir.join(format!("delivery-day-{label}.png")), png)
            .expect("save the screenshot");
        // Nothing scrolls sideways, at either width.
        assert_eq!(
            b.js("return document.documentElement.scrollWidth <= window.innerWidth")
                .await,
            json!(true),
            "{label}"
        );
        b.assert_accessible(&format!("the day view ({label})"))
            .await;
    }
    // At 1280 px every row keeps to one line of text: no embassy name
    // wrapped over five (the full name is on the point's own page).
    b.client.set_window_size(1280, 900).await.expect("resize");
    b.open(&app, &format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    let tallest = b
        .js("return Math.max(...[...document.querySelectorAll('table.day tbody tr')].map(r => r.getBoundingClientRect().height))")
        .await;
    let line = b
        .js("return parseFloat(getComputedStyle(document.body).lineHeight) || 24")
        .await;
    let (tallest, line) = (
        tallest.as_f64().unwrap_or(999.0),
        line.as_f64().unwrap_or(24.0),
    );
    assert!(
        tallest < 2.5 * line,
        "a row {tallest}px tall, a line {line}px"
    );
    b.close().await;
}

#[tokio::test]
async fn the_offline_checker_proves_a_receipt_against_the_printed_root_and_refuses_a_wrong_one() {
    let Some(b) = browser().await else { return };
    let app = spawn_app(Backend::Sqlite).await;
    for i in 0..5 {
        let form = crate::helpers::with(
            sign_form(&format!("r{i}@example.org")),
            "notify_delivery",
            "yes",
        );
        app.sign_and_confirm(form).await;
    }
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let point = format!("/organizer/petitions/{SLUG}/delivery/{SEOUL}");
    let frozen = coordinator
        .post(&format!("{point}/freeze"), &[("seen", "")])
        .await;
    assert_eq!(frozen.status().as_u16(), 303);
    let manifest = coordinator.manifest(SEOUL).await;
    let root = manifest["root"].as_str().expect("a root").to_owned();
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
    ];
    let recorded = coordinator.post(&format!("{point}/record"), &fields).await;
    assert_eq!(recorded.status().as_u16(), 303);
    let mails = app
        .smtp
        .wait_for("r3@example.org", 2, Duration::from_secs(10))
        .await;
    let link = mails[1]
        .text()
        .split_whitespace()
        .find(|w| w.contains("/receipt/"))
        .expect("a receipt link")
        .to_owned();
    let receipt = app
        .get(link.strip_prefix(&app.address).expect("ours"))
        .await
        .text()
        .await
        .expect("the receipt");

    b.open(&app, "/verify-receipt").await;
    b.assert_accessible("the receipt checker").await;
    let paste = format!(
        "document.getElementById('receipt').value = {}",
        serde_json::to_string(&receipt).expect("a JS string")
    );
    b.js(&paste).await;
    b.fill("#root", &root).await;
    b.click("#check").await;
    let said = b.text_of("#result").await;
    assert!(said.starts_with("Proved"), "{said}");
    assert!(said.contains(&root), "{said}");

    b.fill("#root", &"ab".repeat(32)).await;
    b.click("#check").await;
    let said = b.text_of("#result").await;
    assert!(
        said.starts_with("Step failed: the path leads to root"),
        "{said}"
    );
    b.close().await;
}

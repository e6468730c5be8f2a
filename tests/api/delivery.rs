//! The delivery day: cut-off, frozen packets, the handover record, the
//! public delivery page and the word back to signers.

use std::time::Duration;

use diesel::prelude::*;
use handover::i18n::{Lang, Tr};

use crate::helpers::{Backend, SEOUL, SLUG, TORONTO, TestApp, sign_form, spawn_app, with};

crate::on_both_backends!(
    a_point_past_its_cutoff_is_frozen_by_the_clock_and_its_form_is_shown_again_with_the_input_kept,
    two_presses_of_freeze_at_once_make_one_version,
    a_withdrawal_after_the_freeze_needs_a_reprint_and_version_2_leaves_it_out,
    downloads_and_exports_after_the_freeze_are_the_frozen_bytes,
    a_local_organizer_freezes_and_records_only_their_own_point,
    the_handover_is_mailed_once_per_signer_in_their_language_with_a_one_click_unsubscribe,
    the_public_delivery_page_shows_local_times_and_hides_counts_below_three,
    a_withdrawal_after_the_handover_says_the_paper_is_already_out,
    a_bad_record_is_shown_again_with_messages_and_nothing_is_saved,
    a_photo_is_stored_without_exif_or_gps_and_bad_uploads_store_nothing,
    the_editor_takes_times_in_the_points_zone_and_asks_for_one_where_a_country_has_several,
    the_command_line_freezes_a_packet_as_the_button_does,
    a_refusal_is_announced_only_when_the_organizer_chooses_to,
);

async fn the_editor_takes_times_in_the_points_zone_and_asks_for_one_where_a_country_has_several(
    backend: Backend,
) {
    use handover::db::schema::delivery_points;
    let app = spawn_app(backend).await;
    let admin = app.organizer("a@example.org", "admin", None, &[]).await;
    let points = format!("/organizer/petitions/{SLUG}/points");
    let point = [
        ("slug", "chicago-rally"),
        ("name", "Consulate in Chicago"),
        ("country", "US"),
        ("city", "Chicago"),
        ("address", "1 E Erie St"),
        ("delivery_at", "2026-12-05T11:00"),
    ];
    let r = admin.post(&points, &point).await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    let message = Tr::new(Lang::En)
        .t("org-error-time-zone-needed")
        .replace('\'', "&#39;");
    assert!(page.contains(&message), "{page}");

    let typo = [point.as_slice(), &[("time_zone", "America/Chicgo")]].concat();
    assert_eq!(admin.post(&points, &typo).await.status().as_u16(), 422);
    // A year chrono can read but no date arithmetic survives: a 422, not a 500.
    for far in [
        "+262143-12-31T23:59",
        "-262143-01-01T00:00",
        "0001-01-01T00:00",
    ] {
        let odd = [
            &point[..5],
            &[("delivery_at", far), ("time_zone", "America/Chicago")],
        ]
        .concat();
        assert_eq!(
            admin.post(&points, &odd).await.status().as_u16(),
            422,
            "{far}"
        );
    }

    let good = [point.as_slice(), &[("time_zone", "America/Chicago")]].concat();
    assert_eq!(admin.post(&points, &good).await.status().as_u16(), 303);
    let (zone, at, cutoff): (
        String,
        Option<chrono::NaiveDateTime>,
        Option<chrono::NaiveDateTime>,
    ) = {
        let mut conn = app.pool.get().unwrap();
        delivery_points::table
            .filter(delivery_points::slug.eq("chicago-rally"))
            .select((
                delivery_points::time_zone,
                delivery_points::delivery_at,
                delivery_points::cutoff_at,
            ))
            .first(&mut conn)
            .unwrap()
    };
    assert_eq!(zone, "America/Chicago");
    // 11:00 in Chicago in December is 17:00 UTC.
    assert_eq!(at.unwrap().to_string(), "2026-12-05 17:00:00");
    assert_eq!(cutoff, None, "the default: 12 hours before");
    let json: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/chicago-rally.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["delivery_at"], "2026-12-05T11:00:00-06:00");
    assert_eq!(json["cutoff_at"], "2026-12-04T23:00:00-06:00");
    // The editor shows it back in local time.
    let (_, edit) = admin
        .get_text(&format!("/organizer/petitions/{SLUG}/edit"))
        .await;
    assert!(edit.contains("id=\"delivery_at-chicago-rally\" name=\"delivery_at\" type=\"datetime-local\" value=\"2026-12-05T11:00\""), "{edit}");
}

async fn a_refusal_is_announced_only_when_the_organizer_chooses_to(backend: Backend) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "no", 3).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let refused = [
        ("outcome", "refused"),
        ("happened_at", "2026-12-05T14:00"),
        ("note", "The gate stayed shut."),
    ];
    assert_eq!(
        coordinator.post(&record, &refused).await.status().as_u16(),
        303
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        app.smtp.mails_to(&emails[0]).len(),
        1,
        "no mail without the choice"
    );
    let announced = [refused.as_slice(), &[("announce", "yes")]].concat();
    assert_eq!(
        coordinator
            .post(&record, &announced)
            .await
            .status()
            .as_u16(),
        303
    );
    let mails = app
        .smtp
        .wait_for(&emails[0], 2, Duration::from_secs(10))
        .await;
    assert!(
        mails[1].subject().starts_with("The handover was refused"),
        "{}",
        mails[1].subject()
    );
    assert!(mails[1].text().contains("The gate stayed shut."));
    assert_eq!(
        coordinator
            .post(&record, &announced)
            .await
            .status()
            .as_u16(),
        303
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to(&emails[0]).len(), 2, "announced once");

    // Corrected to "delivered": one handover mail each, whatever was queued.
    let delivered = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T15:00"),
    ];
    assert_eq!(
        coordinator
            .post(&record, &delivered)
            .await
            .status()
            .as_u16(),
        303
    );
    for email in &emails {
        let mails = app.smtp.wait_for(email, 3, Duration::from_secs(10)).await;
        let handed = mails
            .iter()
            .filter(|m| {
                m.subject()
                    .starts_with("Your signature has been handed over")
            })
            .count();
        assert_eq!(handed, 1, "{email}");
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to(&emails[0]).len(), 3);
}

fn point_id(app: &TestApp, slug: &str) -> i64 {
    use handover::db::schema::delivery_points;
    let mut conn = app.pool.get().unwrap();
    delivery_points::table
        .filter(delivery_points::slug.eq(slug))
        .select(delivery_points::id)
        .first(&mut conn)
        .unwrap()
}

/// Signs and confirms `n` signatures at Seoul, `tag`-1@… to `tag`-n@….
async fn signers(app: &TestApp, tag: &str, n: usize) -> Vec<String> {
    let mut emails = Vec::new();
    for i in 1..=n {
        let email = format!("{tag}-{i}@example.org");
        app.sign_and_confirm(with(sign_form(&email), "notify_delivery", "yes"))
            .await;
        emails.push(email);
    }
    emails
}

fn point_page(point: &str) -> String {
    format!("/organizer/petitions/{SLUG}/delivery/{point}")
}

async fn freeze(org: &crate::helpers::Organizer, point: &str, seen: &str) -> u16 {
    let path = format!("{}/freeze", point_page(point));
    org.post(&path, &[("seen", seen)]).await.status().as_u16()
}

fn versions(app: &TestApp, point: &str) -> Vec<(i32, i64)> {
    use handover::db::schema::packet_versions;
    let id = point_id(app, point);
    let mut conn = app.pool.get().unwrap();
    packet_versions::table
        .filter(packet_versions::delivery_point_id.eq(id))
        .order(packet_versions::version)
        .select((packet_versions::version, packet_versions::signature_count))
        .load(&mut conn)
        .unwrap()
}

async fn a_point_past_its_cutoff_is_frozen_by_the_clock_and_its_form_is_shown_again_with_the_input_kept(
    backend: Backend,
) {
    use handover::db::schema::delivery_points;
    let app = spawn_app(backend).await;
    signers(&app, "cut", 3).await;
    // Seoul's cut-off is a day ahead (the demo's other points, two weeks);
    // the clock is injected, not waited for.
    let cutoff = (chrono::Utc::now() + chrono::Duration::days(1)).naive_utc();
    {
        let mut conn = app.pool.get().unwrap();
        diesel::update(delivery_points::table.filter(delivery_points::slug.eq(SEOUL)))
            .set(delivery_points::cutoff_at.eq(Some(cutoff)))
            .execute(&mut conn)
            .unwrap();
        let before = cutoff - chrono::Duration::seconds(1);
        let press = handover::delivery::freeze::Press {
            keys: &app.keys,
            base_url: &app.address,
        };
        let frozen = handover::delivery::freeze::freeze_due(&mut conn, press, before).unwrap();
        assert_eq!(frozen, 0, "nothing is frozen before the cut-off");
        let frozen = handover::delivery::freeze::freeze_due(&mut conn, press, cutoff).unwrap();
        assert_eq!(frozen, 1, "Seoul is frozen at its cut-off");
        let again = handover::delivery::freeze::freeze_due(&mut conn, press, cutoff).unwrap();
        assert_eq!(again, 0, "a frozen point is not frozen twice");
    }
    assert_eq!(versions(&app, SEOUL), vec![(1, 3)]);
    assert_eq!(versions(&app, TORONTO), vec![], "other points stay open");

    // The page (cached for up to a second) now shows Seoul as printed.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let en = Tr::new(Lang::En);
    let (_, page) = app.get_text(&format!("/p/{SLUG}")).await;
    assert!(page.contains(&en.t("point-status-printed")), "{page}");
    assert!(page.contains(&format!("<option value=\"{SEOUL}\" disabled>")));

    let form = with(sign_form("late@example.org"), "name", "늦은 서명자");
    let r = app.sign(with(form, "comment", "조금 늦었어요")).await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains(&en.t("error-point-closed")), "{page}");
    assert!(
        page.contains("늦은 서명자") && page.contains("조금 늦었어요"),
        "input kept"
    );
    assert!(page.contains("late@example.org"));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures"),
        3,
        "nothing stored"
    );

    // Toronto still signs.
    let r = app
        .sign(with(
            with(sign_form("to@example.org"), "delivery_point", TORONTO),
            "country",
            "CA",
        ))
        .await;
    assert_eq!(r.status().as_u16(), 303);
}

async fn two_presses_of_freeze_at_once_make_one_version(backend: Backend) {
    let app = spawn_app(backend).await;
    signers(&app, "twice", 3).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let (a, b) = tokio::join!(
        freeze(&coordinator, SEOUL, ""),
        freeze(&coordinator, SEOUL, "")
    );
    assert_eq!((a, b), (303, 303));
    assert_eq!(versions(&app, SEOUL), vec![(1, 3)]);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'packet_frozen'"),
        1
    );
    // A press from a page that still showed no version changes nothing either.
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    assert_eq!(versions(&app, SEOUL).len(), 1);
}

async fn a_withdrawal_after_the_freeze_needs_a_reprint_and_version_2_leaves_it_out(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "re", 4).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let mailed = app.smtp.mails_to("c@example.org").len();
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let en = Tr::new(Lang::En);
    let (_, day) = coordinator
        .get_text(&format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    assert!(!day.contains(&en.t("delivery-needs-reprint")), "{day}");

    // One signer withdraws after the freeze: honoured at once.
    let mail = app.smtp.mails_to(&emails[0]).remove(0);
    let (status, _) = app.confirm(&mail.withdraw_link()).await;
    assert_eq!(status, 200);
    assert_eq!(
        app.exact()["delivery_points"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["slug"] == SEOUL)
            .unwrap()["signature_count"],
        3
    );

    let (_, day) = coordinator
        .get_text(&format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    assert!(day.contains(&en.t("delivery-needs-reprint")), "{day}");
    // The frozen file printed the withdrawn signer: it is not handed out again.
    let manifest = coordinator.manifest(SEOUL).await;
    assert_eq!(manifest["version"], serde_json::Value::Null);
    assert_eq!(manifest["signature_count"], 3);
    let (_, page) = coordinator.get_text(&point_page(SEOUL)).await;
    assert!(page.contains(&en.t("delivery-needs-reprint")));
    // The worker (in this process) mails the point's organizers, once.
    let notice = app
        .smtp
        .wait_for("c@example.org", mailed + 1, Duration::from_secs(30))
        .await;
    let notice = &notice[mailed];
    assert!(
        notice.subject().starts_with("A packet needs reprinting"),
        "{}",
        notice.subject()
    );
    assert!(notice.text().contains(&point_page(SEOUL)));

    assert_eq!(freeze(&coordinator, SEOUL, "1").await, 303);
    assert_eq!(versions(&app, SEOUL), vec![(1, 4), (2, 3)]);
    let manifest = coordinator.manifest(SEOUL).await;
    assert_eq!(manifest["version"], 2);
    assert_eq!(manifest["signature_count"], 3);
    let (_, page) = coordinator.get_text(&point_page(SEOUL)).await;
    assert!(
        !page.contains(&en.t("delivery-needs-reprint")),
        "version 2 is current"
    );
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert_eq!(
        app.smtp.mails_to("c@example.org").len(),
        mailed + 1,
        "one notice per version"
    );
    // The older version keeps its count and digest, not its bytes.
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM packet_versions WHERE zip IS NULL"),
        1
    );
}

async fn downloads_and_exports_after_the_freeze_are_the_frozen_bytes(backend: Backend) {
    let app = spawn_app(backend).await;
    // One signs before the freeze and confirms after it.
    assert_eq!(
        app.sign(sign_form("slow@example.org"))
            .await
            .status()
            .as_u16(),
        303
    );
    signers(&app, "dl", 3).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    let preview = coordinator.packet(SEOUL).await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let frozen = coordinator.packet(SEOUL).await;
    let manifest = coordinator.manifest(SEOUL).await;
    assert_eq!(manifest["version"], 1);
    assert!(manifest["frozen_at"].is_string());
    assert_ne!(preview, frozen, "the preview carries no version");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(frozen.clone())).unwrap();
    let mut cover = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("cover-letter.html").unwrap(), &mut cover)
        .unwrap();
    assert!(
        cover.contains("<th>Packet version</th><td dir=\"auto\">Version 1, frozen "),
        "{cover}"
    );
    assert!(cover.contains("KST (UTC+09:00)"), "the point's local time");

    let mail = app
        .smtp
        .wait_for("slow@example.org", 1, Duration::from_secs(10))
        .await
        .remove(0);
    assert_eq!(app.confirm(&mail.verify_link()).await.0, 200);
    assert_eq!(
        coordinator.packet(SEOUL).await,
        frozen,
        "byte-identical after a later confirmation"
    );

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("seoul.zip");
    let o = app.cli(&[
        "export",
        "--petition",
        SLUG,
        "--delivery-point",
        SEOUL,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        o.status.success(),
        "{:?}: {}{}",
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        std::fs::read(&out).unwrap(),
        frozen,
        "the command line gives the same bytes"
    );
}

async fn a_local_organizer_freezes_and_records_only_their_own_point(backend: Backend) {
    let app = spawn_app(backend).await;
    signers(&app, "local", 3).await;
    let local = app
        .organizer("l@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    assert_eq!(local.get(&point_page(TORONTO)).await.status().as_u16(), 404);
    assert_eq!(freeze(&local, TORONTO, "").await, 404);
    let record = format!("{}/record", point_page(TORONTO));
    let r = local
        .post(
            &record,
            &[
                ("outcome", "delivered"),
                ("happened_at", "2026-12-05T14:00"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 404);
    assert!(versions(&app, TORONTO).is_empty());

    let (_, day) = local
        .get_text(&format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    assert!(day.contains(&point_page(SEOUL)));
    assert!(
        !day.contains(&point_page(TORONTO)),
        "the day view shows only their point"
    );

    // Recording before the freeze is refused: nothing was printed.
    let record = format!("{}/record", point_page(SEOUL));
    let r = local
        .post(
            &record,
            &[
                ("outcome", "delivered"),
                ("happened_at", "2026-12-05T14:00"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 409);
    assert_eq!(freeze(&local, SEOUL, "").await, 303);
    let r = local
        .post(
            &record,
            &[
                ("outcome", "delivered"),
                ("happened_at", "2026-12-05T14:00"),
                ("received_by", "Consular officer"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'delivery_recorded' AND actor = 'l@example.org'"),
        1
    );
}

async fn the_handover_is_mailed_once_per_signer_in_their_language_with_a_one_click_unsubscribe(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    signers(&app, "word", 2).await;
    // A Korean signer, and one who asked for no further mail.
    let (_, page) = app.get_text(&format!("/p/{SLUG}?lang=ko")).await;
    assert!(page.contains("id=\"notify_delivery\" name=\"notify_delivery\" value=\"yes\" checked"));
    app.sign_and_confirm(with(sign_form("ko@example.org"), "notify_delivery", "yes"))
        .await;
    let _ = app.get_text(&format!("/p/{SLUG}?lang=en")).await;
    app.sign_and_confirm(sign_form("quiet@example.org")).await;

    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
        ("note", "Received at the gate."),
    ];
    assert_eq!(
        coordinator.post(&record, &fields).await.status().as_u16(),
        303
    );

    let ko = app
        .smtp
        .wait_for("ko@example.org", 2, Duration::from_secs(10))
        .await;
    let mail = &ko[1];
    let ko_tr = Tr::new(Lang::Ko);
    assert_eq!(
        mail.subject(),
        ko_tr.t1(
            "mail-delivered-subject",
            "title",
            "탈북 난민 강제 북송을 중단하십시오"
        )
    );
    let text = mail.text();
    assert!(
        text.contains("(UTC+09:00)"),
        "local time at the point: {text}"
    );
    assert!(text.contains("Received at the gate."));
    let parsed = mail.parsed();
    let unsubscribe = parsed
        .header_raw("List-Unsubscribe")
        .unwrap()
        .trim()
        .to_owned();
    assert_eq!(
        parsed.header_raw("List-Unsubscribe-Post").unwrap().trim(),
        "List-Unsubscribe=One-Click"
    );
    let en_mail = app
        .smtp
        .wait_for("word-1@example.org", 2, Duration::from_secs(10))
        .await;
    assert!(
        en_mail[1]
            .subject()
            .starts_with("Your signature has been handed over")
    );

    // Editing the record does not mail again; the quiet signer got nothing.
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:30"),
        ("note", "Corrected time."),
    ];
    assert_eq!(
        coordinator.post(&record, &fields).await.status().as_u16(),
        303
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(app.smtp.mails_to("ko@example.org").len(), 2);
    assert_eq!(app.smtp.mails_to("word-2@example.org").len(), 2);
    assert_eq!(app.smtp.mails_to("quiet@example.org").len(), 1);

    // One POST, no cookie, no login: RFC 8058's one-click unsubscribe.
    let url = unsubscribe.trim_matches(['<', '>']).to_owned();
    let bare = reqwest::Client::new();
    let r = bare
        .post(&url)
        .form(&[("List-Unsubscribe", "One-Click")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE notify_delivery = false"),
        2,
        "the quiet signer and the one who unsubscribed"
    );
    let r = bare
        .post(format!("{}/unsubscribe/not-a-token", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
}

async fn the_public_delivery_page_shows_local_times_and_hides_counts_below_three(backend: Backend) {
    let app = spawn_app(backend).await;
    signers(&app, "pub", 3).await;
    app.sign_and_confirm(with(
        with(sign_form("one@example.org"), "delivery_point", TORONTO),
        "country",
        "CA",
    ))
    .await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    assert_eq!(freeze(&coordinator, TORONTO, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
        ("received_by", "Consul"),
    ];
    assert_eq!(
        coordinator.post(&record, &fields).await.status().as_u16(),
        303
    );

    let r = app.get(&format!("/p/{SLUG}/delivery.json")).await;
    assert_eq!(r.status().as_u16(), 200);
    let json: serde_json::Value = r.json().await.unwrap();
    assert_eq!(json["slug"], SLUG);
    let points = json["points"].as_array().unwrap();
    assert_eq!(points.len(), 26);
    let seoul = points.iter().find(|p| p["slug"] == SEOUL).unwrap();
    assert_eq!(seoul["status"], "delivered");
    assert_eq!(seoul["time_zone"], "Asia/Seoul");
    assert_eq!(seoul["count"], 3);
    assert!(
        seoul["delivery_at"].as_str().unwrap().ends_with("+09:00"),
        "{seoul}"
    );
    assert_eq!(seoul["record"]["happened_at"], "2026-12-05T14:00:00+09:00");
    assert_eq!(seoul["record"]["received_by"], "Consul");
    assert_eq!(seoul["versions"][0]["version"], 1);
    assert_eq!(seoul["versions"][0]["digest"].as_str().unwrap().len(), 64);
    let toronto = points.iter().find(|p| p["slug"] == TORONTO).unwrap();
    assert_eq!(toronto["status"], "frozen");
    assert_eq!(
        toronto["count"], "<3",
        "one signer at a point is not singled out"
    );
    assert_eq!(toronto["versions"][0]["count"], "<3");
    assert!(
        toronto["delivery_at"].as_str().unwrap().ends_with("-04:00")
            || toronto["delivery_at"].as_str().unwrap().ends_with("-05:00")
    );
    assert_eq!(
        points.iter().find(|p| p["slug"] == "oslo-embassy").unwrap()["status"],
        "open"
    );
    assert!(
        !json.to_string().contains("c@example.org"),
        "who recorded it stays with organizers"
    );
    assert!(
        json.to_string().contains(r#""digest":null"#),
        "no digest of fewer than three rows"
    );
    let local = app
        .organizer("l@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let (_, day) = local
        .get_text(&format!("/organizer/petitions/{SLUG}/delivery"))
        .await;
    assert!(
        day.contains("Test coordinator") && !day.contains("c@example.org"),
        "{day}"
    );

    let one: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
        .await
        .json()
        .await
        .unwrap();
    let mut without_leaves = one.clone();
    for v in without_leaves["versions"].as_array_mut().unwrap() {
        assert!(
            v["leaves"].is_array(),
            "one point's JSON carries the leaves"
        );
        v.as_object_mut().unwrap().remove("leaves");
    }
    assert_eq!(&without_leaves, seoul);
    assert_eq!(
        app.get(&format!("/p/{SLUG}/delivery/nowhere.json"))
            .await
            .status()
            .as_u16(),
        404
    );

    let en = Tr::new(Lang::En);
    let (status, page) = app.get_text(&format!("/p/{SLUG}/delivery")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&en.t("point-status-delivered")));
    assert!(
        page.contains("KST (UTC+09:00)"),
        "local time with zone and offset"
    );
    assert!(page.contains(&en.t2(
        "delivery-delivered-to",
        "when",
        "5 December 2026 14:00 KST (UTC+09:00)",
        "who",
        "Consul"
    )));
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (_, petition) = app.get_text(&format!("/p/{SLUG}")).await;
    assert!(
        petition.contains(&en.t2("delivery-progress", "delivered", "1", "points", "26")),
        "{petition}"
    );
}

async fn a_withdrawal_after_the_handover_says_the_paper_is_already_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "late", 3).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
    ];
    assert_eq!(
        coordinator.post(&record, &fields).await.status().as_u16(),
        303
    );
    let mail = app.smtp.mails_to(&emails[0]).remove(0);
    let (status, page) = app.confirm(&mail.withdraw_link()).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&Tr::new(Lang::En).t("withdrawn-after-delivery")),
        "{page}"
    );
    // Gone from the platform, stored packets included (the worker drops the bytes).
    for _ in 0..300 {
        if app.count("SELECT COUNT(*) AS n FROM packet_versions WHERE zip IS NULL") == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM packet_versions WHERE zip IS NULL"),
        1
    );
    // After the handover a withdrawal does not ask for a reprint: the paper is gone.
    assert_eq!(freeze(&coordinator, SEOUL, "1").await, 409);
}

async fn a_bad_record_is_shown_again_with_messages_and_nothing_is_saved(backend: Backend) {
    let app = spawn_app(backend).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    assert_eq!(freeze(&coordinator, SEOUL, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let r = coordinator
        .post(
            &record,
            &[
                ("outcome", "postponed"),
                ("note", "Closed for a holiday"),
                ("postponed_to", "not a date"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    let page = r.text().await.unwrap();
    let en = Tr::new(Lang::En);
    assert!(page.contains(&en.t("org-error-time")), "{page}");
    assert!(page.contains("Closed for a holiday"), "input kept");
    let r = coordinator.post(&record, &[("outcome", "lost")]).await;
    assert_eq!(r.status().as_u16(), 422);
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM delivery_records"), 0);
}

/// A JPEG as a phone writes it: an EXIF segment with GPS coordinates
/// (37°33' N, 126°58' E) and the camera owner's name right after SOI.
fn phone_jpeg() -> Vec<u8> {
    let image = image::RgbImage::from_fn(64, 48, |x, _| image::Rgb([x as u8 * 4, 90, 160]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .encode_image(&image)
        .unwrap();
    let entry = |tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        [
            tag.to_be_bytes().to_vec(),
            kind.to_be_bytes().to_vec(),
            count.to_be_bytes().to_vec(),
            value.to_vec(),
        ]
        .concat()
    };
    let rationals = |v: [u32; 3]| -> Vec<u8> {
        v.iter()
            .flat_map(|v| [v.to_be_bytes(), 1u32.to_be_bytes()].concat())
            .collect()
    };
    let mut tiff = b"MM\0\x2A\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend(entry(0x013B, 2, 4, *b"Kim\0")); // Artist
    tiff.extend(entry(0x8825, 4, 1, 38u32.to_be_bytes())); // GPS IFD
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend_from_slice(&4u16.to_be_bytes());
    tiff.extend(entry(0x0001, 2, 2, *b"N\0\0\0"));
    tiff.extend(entry(0x0002, 5, 3, 92u32.to_be_bytes()));
    tiff.extend(entry(0x0003, 2, 2, *b"E\0\0\0"));
    tiff.extend(entry(0x0004, 5, 3, 116u32.to_be_bytes()));
    tiff.extend_from_slice(&0u32.to_be_bytes());
    tiff.extend(rationals([37, 33, 0]));
    tiff.extend(rationals([126, 58, 0]));
    let payload = [b"Exif\0\0".to_vec(), tiff].concat();
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
    out.extend(payload);
    out.extend_from_slice(&plain[2..]);
    out
}

/// A PNG whose header declares 20,000 × 20,000 pixels (1.2 GB decoded):
/// what a decompression bomb shows before anything is inflated.
fn png_bomb() -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in data {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let body = [kind.to_vec(), data.to_vec()].concat();
        [
            u32::try_from(data.len()).unwrap().to_be_bytes().to_vec(),
            body.clone(),
            crc32(&body).to_be_bytes().to_vec(),
        ]
        .concat()
    }
    let mut ihdr = 20_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&20_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn a_photo_is_stored_without_exif_or_gps_and_bad_uploads_store_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    signers(&app, "photo", 3).await;
    let local = app
        .organizer("l@example.org", "local", Some(SLUG), &[SEOUL])
        .await;
    let photos = format!("{}/photos", point_page(SEOUL));
    let upload = phone_jpeg();
    assert!(
        contains(&upload, b"Exif") && contains(&upload, &[0x88, 0x25]) && contains(&upload, b"Kim")
    );

    let r = local.upload(&photos, "photo", "IMG_0001.JPG", upload).await;
    assert_eq!(r.status().as_u16(), 303);
    let stored: Vec<u8> = {
        use handover::db::schema::delivery_photos;
        let mut conn = app.pool.get().unwrap();
        delivery_photos::table
            .select(delivery_photos::jpeg)
            .first(&mut conn)
            .unwrap()
    };
    assert!(stored.starts_with(&[0xFF, 0xD8]), "a JPEG");
    assert!(!contains(&stored, b"Exif"), "no EXIF segment");
    assert!(!contains(&stored, &[0xFF, 0xE1]), "no APP1 segment at all");
    assert!(!contains(&stored, b"Kim"), "no owner's name");
    assert!(!contains(&stored, &rational_bytes(37, 33)), "no latitude");
    let decoded = image::load_from_memory(&stored).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'photo_added' AND actor = 'l@example.org'"),
        1
    );

    // Before the handover is recorded only the point's organizers see it.
    let photo_id = app.count("SELECT MIN(id) AS n FROM delivery_photos");
    let public = format!("/p/{SLUG}/delivery/photos/{photo_id}.jpg");
    assert_eq!(app.get(&public).await.status().as_u16(), 404);
    let own = format!("{}/photos/{photo_id}.jpg", point_page(SEOUL));
    assert_eq!(
        local.get(&own).await.bytes().await.unwrap().to_vec(),
        stored
    );
    let other = app
        .organizer("t@example.org", "local", Some(SLUG), &[TORONTO])
        .await;
    assert_eq!(other.get(&own).await.status().as_u16(), 404);

    // Once recorded, the public page shows it, byte for byte as stored.
    assert_eq!(freeze(&local, SEOUL, "").await, 303);
    let record = format!("{}/record", point_page(SEOUL));
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
    ];
    assert_eq!(local.post(&record, &fields).await.status().as_u16(), 303);
    let one: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
        .await
        .json()
        .await
        .unwrap();
    let src = one["record"]["photos"][0].as_str().unwrap().to_owned();
    assert_eq!(src, public);
    tokio::time::sleep(Duration::from_millis(1100)).await; // the page cache's second
    let r = app.get(&src).await;
    assert_eq!(r.headers()["content-type"], "image/jpeg");
    assert_eq!(r.bytes().await.unwrap().to_vec(), stored);

    let en = Tr::new(Lang::En);
    for (name, bytes, message) in [
        (
            "broken.jpg",
            b"\xFF\xD8\xFF\xE0 not really a jpeg".to_vec(),
            en.t("delivery-photo-corrupt"),
        ),
        (
            "notes.txt",
            b"just some text".to_vec(),
            en.t("delivery-photo-not-image"),
        ),
        ("bomb.png", png_bomb(), "20000".to_owned()),
        (
            "IMG_0002.HEIC",
            [b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(), vec![0; 64]].concat(),
            "HEIC".to_owned(),
        ),
        ("empty.jpg", Vec::new(), en.t("delivery-photo-missing")),
    ] {
        let r = local.upload(&photos, "photo", name, bytes).await;
        assert_eq!(r.status().as_u16(), 422, "{name}");
        let page = r.text().await.unwrap();
        assert!(page.contains(&message), "{name}: {page}");
    }
    let r = local
        .upload(&photos, "photo", "huge.jpg", vec![0xFF; 17 * 1024 * 1024])
        .await;
    assert_eq!(r.status().as_u16(), 400, "larger than the form allows");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM delivery_photos"),
        1,
        "nothing more stored"
    );

    // At most five; a local organizer of another point gets 404.
    for _ in 0..4 {
        assert_eq!(
            local
                .upload(&photos, "photo", "more.jpg", phone_jpeg())
                .await
                .status()
                .as_u16(),
            303
        );
    }
    assert_eq!(
        local
            .upload(&photos, "photo", "sixth.jpg", phone_jpeg())
            .await
            .status()
            .as_u16(),
        409
    );
    let toronto = format!("{}/photos", point_page(TORONTO));
    assert_eq!(
        local
            .upload(&toronto, "photo", "x.jpg", phone_jpeg())
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(app.count("SELECT COUNT(*) AS n FROM delivery_photos"), 5);
}

/// `d/1 m/1` as an EXIF rational pair would store degrees and minutes.
fn rational_bytes(d: u32, m: u32) -> Vec<u8> {
    [
        d.to_be_bytes(),
        1u32.to_be_bytes(),
        m.to_be_bytes(),
        1u32.to_be_bytes(),
    ]
    .concat()
}

async fn the_command_line_freezes_a_packet_as_the_button_does(backend: Backend) {
    let app = spawn_app(backend).await;
    signers(&app, "cli", 3).await;
    let freeze = |again: bool| {
        let mut args = vec!["freeze", "--petition", SLUG, "--delivery-point", SEOUL];
        if again {
            args.push("--again");
        }
        let out = app.cli(&args);
        assert!(
            out.status.success(),
            "{:?}: {}{}",
            out.status,
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(freeze(false).contains("version 1 frozen"));
    assert!(freeze(false).contains("version 1 is frozen already"));
    assert!(freeze(true).contains("version 2 frozen"));
    assert_eq!(versions(&app, SEOUL), vec![(1, 3), (2, 3)]);
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'packet_frozen' AND actor = 'command line'"),
        2
    );
}

use sha2::{Digest, Sha256};

use crate::helpers::{Backend, SEOUL, SLUG, TORONTO, TestApp, sign_form, spawn_app, unzip, with};
use crate::on_both_backends;

on_both_backends!(
    a_packet_holds_the_verified_signatures_of_its_point_and_no_email,
    the_cli_export_gives_the_same_bytes_as_the_download,
    export_all_writes_one_zip_per_point_and_a_summary,
    a_packet_url_names_its_point_exactly,
);

async fn a_packet_url_names_its_point_exactly(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let path = |point: &str| format!("/organizer/petitions/{SLUG}/packets/{point}.zip");

    let exact = admin.get(&path(SEOUL)).await.status().as_u16();
    let padded = admin
        .get(&path(&format!("{SEOUL}%0A")))
        .await
        .status()
        .as_u16();
    let spaced = admin
        .get(&path(&format!("%20{SEOUL}")))
        .await
        .status()
        .as_u16();

    assert_eq!((exact, padded, spaced), (200, 404, 404));
}

async fn signed_up(backend: Backend) -> TestApp {
    let app = spawn_app(backend).await;
    app.sign_and_confirm(sign_form("kim@example.org")).await; // 김민수, initials
    app.sign_and_confirm(with(
        with(
            with(sign_form("yamada@example.org"), "name", "山田 太郎"),
            "name_in_packet",
            "full",
        ),
        "comment",
        "=HYPERLINK(\"http://evil\")",
    ))
    .await;
    app.sign_and_confirm(with(
        with(sign_form("anon@example.org"), "name", "Zoë Ångström"),
        "name_in_packet",
        "anonymous",
    ))
    .await;
    app.sign_and_confirm(with(
        with(sign_form("full@example.org"), "name", "Émile Zola"),
        "name_in_packet",
        "full",
    ))
    .await;
    app.sign(sign_form("pending@example.org")).await;
    app.sign_and_confirm(with(
        with(sign_form("ca@example.org"), "country", "CA"),
        "delivery_point",
        TORONTO,
    ))
    .await;
    app
}

async fn a_packet_holds_the_verified_signatures_of_its_point_and_no_email(backend: Backend) {
    let app = signed_up(backend).await;
    let seoul = app
        .organizer("seoul@example.org", "local", Some(SLUG), &[SEOUL])
        .await;

    let files = unzip(&seoul.packet(SEOUL).await);

    let names: Vec<_> = files.keys().cloned().collect();
    assert_eq!(
        names,
        [
            "cover-letter.html",
            "cover-letter.pdf",
            "manifest.json",
            "signatures.csv",
            "signatures.html",
            "signatures.pdf"
        ]
    );
    let csv_bytes = &files["signatures.csv"];
    assert!(
        csv_bytes.starts_with("\u{feff}".as_bytes()),
        "no byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(&csv_bytes[3..]);
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "number",
            "name",
            "city",
            "country",
            "signed_on",
            "comment",
            "receipt"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4, "only Seoul's verified signatures");
    assert_eq!(&rows[0][0], "1");
    assert_eq!(&rows[0][1], "김.");
    assert_eq!(&rows[0][2], "서울");
    assert_eq!(&rows[1][1], "山田 太郎");
    assert_eq!(&rows[1][5], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(&rows[2][1], "Anonymous");
    assert_eq!(&rows[3][1], "Émile Zola");
    assert_eq!(&rows[3][0], "4");
    for (name, data) in &files {
        // A PDF's text is compressed: read as poppler reads it.
        let text = if name.ends_with(".pdf") && crate::pdf::poppler() {
            crate::pdf::pdf_text(data).into()
        } else {
            String::from_utf8_lossy(data)
        };
        for email in [
            "kim@",
            "yamada@",
            "anon@",
            "full@",
            "pending@",
            "ca@",
            "example.org",
        ] {
            assert!(!text.contains(email), "{name} contains {email}");
        }
        assert!(!text.contains("Zoë"), "{name} names the anonymous signer");
    }
    let html = String::from_utf8_lossy(&files["signatures.html"]);
    assert!(html.contains("<td dir=\"auto\">山田 太郎</td>"), "{html}");
    assert!(
        html.contains("HYPERLINK(") && !html.contains("\"http://evil\""),
        "comment not escaped"
    );
    assert!(html.contains("Total: 4 verified signatures"));
    let manifest: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(manifest["signature_count"], 4);
    assert_eq!(manifest["delivery_point"]["slug"], SEOUL);
    for f in manifest["files"].as_array().unwrap() {
        let name = f["name"].as_str().unwrap();
        assert_eq!(
            f["sha256"],
            hex::encode(Sha256::digest(&files[name])),
            "hash of {name}"
        );
    }
    let digest = hex::encode(Sha256::digest(format!(
        "signatures.csv {}\nsignatures.html {}\n",
        hex::encode(Sha256::digest(&files["signatures.csv"])),
        hex::encode(Sha256::digest(&files["signatures.html"]))
    )));
    assert_eq!(manifest["packet_digest"], digest);
    let cover = String::from_utf8_lossy(&files["cover-letter.html"]);
    assert!(cover.contains(&digest));
    assert!(cover.contains("<td dir=\"auto\">4 (four)</td>"), "{cover}");
}

async fn the_cli_export_gives_the_same_bytes_as_the_download(backend: Backend) {
    let app = signed_up(backend).await;
    let admin = app.organizer("admin@example.org", "admin", None, &[]).await;
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("seoul.zip");

    let downloaded = admin.packet(SEOUL).await;
    let run = app.cli(&[
        "export",
        "--petition",
        SLUG,
        "--delivery-point",
        SEOUL,
        "--out",
        file.to_str().unwrap(),
    ]);

    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(
        std::fs::read(&file).unwrap(),
        downloaded,
        "CLI and web packets differ"
    );
    assert_eq!(
        admin.packet(SEOUL).await,
        downloaded,
        "the same data gave a different packet"
    );
}

async fn export_all_writes_one_zip_per_point_and_a_summary(backend: Backend) {
    let app = signed_up(backend).await;
    let out = tempfile::tempdir().unwrap();

    let run = app.cli(&[
        "export",
        "--petition",
        SLUG,
        "--all",
        "--out",
        out.path().to_str().unwrap(),
    ]);

    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let summary = std::fs::read_to_string(out.path().join("summary.csv")).unwrap();
    let json = app.json().await;
    let points = json["delivery_points"].as_array().unwrap();
    assert_eq!(summary.lines().count(), points.len() + 1);
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with(&format!("{SEOUL},")) && l.contains(",4,")),
        "{summary}"
    );
    assert!(
        summary
            .lines()
            .any(|l| l.starts_with(&format!("{TORONTO},")) && l.contains(",1,")),
        "{summary}"
    );
    for p in points {
        assert!(
            out.path()
                .join(format!("{}.zip", p["slug"].as_str().unwrap()))
                .exists()
        );
    }
}

//! Proof of inclusion: the Merkle root printed on a frozen packet, the
//! public leaves, and signers' receipts checked offline.

use std::time::Duration;

use handover::packets::proof::Receipt;

use crate::helpers::{Backend, Organizer, SEOUL, SLUG, TestApp, sign_form, spawn_app, with};

crate::on_both_backends!(
    a_mailed_receipt_verifies_against_the_root_printed_in_the_packet,
    a_withdrawal_before_the_second_freeze_changes_the_root_and_the_old_receipt_still_verifies,
    after_retention_no_salt_is_left_to_tie_a_leaf_to_a_name,
);

async fn signers(app: &TestApp, tag: &str, n: usize) -> Vec<String> {
    let mut emails = Vec::new();
    for i in 1..=n {
        let email = format!("{tag}-{i}@example.org");
        let form = with(
            with(sign_form(&email), "notify_delivery", "yes"),
            "name",
            &format!("Signer {tag} {i}"),
        );
        app.sign_and_confirm(with(form, "name_in_packet", "full"))
            .await;
        emails.push(email);
    }
    emails
}

async fn freeze(org: &Organizer, seen: &str) {
    let path = format!("/organizer/petitions/{SLUG}/delivery/{SEOUL}/freeze");
    assert_eq!(
        org.post(&path, &[("seen", seen)]).await.status().as_u16(),
        303
    );
}

fn zip_text(zip: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.to_vec())).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
    text
}

/// Runs `handover verify-receipt` on a receipt; exit status and output.
fn verify_cli(app: &TestApp, receipt: &str, root: Option<&str>) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("receipt.json");
    std::fs::write(&file, receipt).unwrap();
    let mut args = vec!["verify-receipt", file.to_str().unwrap()];
    if let Some(root) = root {
        args.extend(["--root", root]);
    }
    let out = app.cli(&args);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The receipt link in the handover mail, fetched.
async fn mailed_receipt(app: &TestApp, email: &str, n: usize) -> String {
    let mails = app.smtp.wait_for(email, n, Duration::from_secs(10)).await;
    let link = mails[n - 1]
        .text()
        .split_whitespace()
        .find(|w| w.contains("/receipt/"))
        .expect("a receipt link in the mail")
        .to_owned();
    let path = link.strip_prefix(&app.address).unwrap().to_owned();
    let r = app.get(&path).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    r.text().await.unwrap()
}

async fn a_mailed_receipt_verifies_against_the_root_printed_in_the_packet(backend: Backend) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "proof", 4).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    freeze(&coordinator, "").await;
    let zip = coordinator.packet(SEOUL).await;
    let manifest: serde_json::Value =
        serde_json::from_str(&zip_text(&zip, "manifest.json")).unwrap();
    let root = manifest["root"].as_str().unwrap().to_owned();
    assert_eq!(root.len(), 64);
    assert_eq!(manifest["size"], 4);
    assert_eq!(manifest["version"], 1);
    assert_eq!(manifest["scheme"], handover::packets::proof::SCHEME);
    assert!(
        zip_text(&zip, "cover-letter.html").contains(&root),
        "the full root on the cover"
    );
    let cover = zip_text(&zip, "cover-letter.html");
    let public_url = format!("{}/p/{SLUG}/delivery/{SEOUL}", app.address);
    assert!(
        cover.contains(&public_url) && cover.contains("<svg"),
        "the public page, as text and QR code"
    );
    let (status, page) = app.get_text(&format!("/p/{SLUG}/delivery/{SEOUL}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&root), "the root on the point's public page");
    assert_eq!(
        app.get(&format!("/p/{SLUG}/delivery/nowhere"))
            .await
            .status()
            .as_u16(),
        404
    );
    assert!(
        zip_text(&zip, "signatures.html").contains(&format!("root {}", &root[..16])),
        "and on every page"
    );
    if crate::pdf::poppler() {
        let mut pdf = Vec::new();
        std::io::Read::read_to_end(
            &mut zip::ZipArchive::new(std::io::Cursor::new(zip.clone()))
                .unwrap()
                .by_name("signatures.pdf")
                .unwrap(),
            &mut pdf,
        )
        .unwrap();
        let text = crate::pdf::pdf_text(&pdf);
        assert!(
            text.contains(&format!("Merkle root {root}")),
            "the PDF's footer: {text}"
        );
        assert!(
            text.contains("Version 1, frozen "),
            "the PDF's header: {text}"
        );
    }
    let csv = zip_text(&zip, "signatures.csv");
    assert!(csv.lines().next().unwrap().ends_with(",receipt"));
    let (_, served) = app.get_text("/verify-receipt").await;
    assert_eq!(
        zip_text(&zip, "verify-receipt.html"),
        served,
        "the same checker in the packet"
    );

    // The public JSON publishes the root and the sorted leaves.
    let public: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
        .await
        .json()
        .await
        .unwrap();
    let v1 = &public["versions"][0];
    assert_eq!(v1["root"], root.as_str());
    assert_eq!(v1["size"], 4);
    let leaves: Vec<String> = serde_json::from_value(v1["leaves"].clone()).unwrap();
    assert_eq!(leaves.len(), 4);
    assert!(
        leaves.windows(2).all(|w| w[0] < w[1]),
        "tree order: by leaf hash"
    );

    let record = format!("/organizer/petitions/{SLUG}/delivery/{SEOUL}/record");
    let fields = [
        ("outcome", "delivered"),
        ("happened_at", "2026-12-05T14:00"),
    ];
    assert_eq!(
        coordinator.post(&record, &fields).await.status().as_u16(),
        303
    );
    let text = mailed_receipt(&app, &emails[1], 2).await;
    let receipt: Receipt = serde_json::from_str(&text).unwrap();
    assert_eq!(receipt.fields.name, "Signer proof 2");
    assert_eq!(receipt.root, root);
    assert!(
        csv.contains(&receipt.receipt_code),
        "the code printed on the line"
    );
    assert!(
        receipt
            .url
            .ends_with(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
    );
    let leaf = hex::encode(receipt.fields.leaf(&hex::decode(&receipt.salt).unwrap()));
    assert_eq!(leaves[receipt.index as usize], leaf);

    let (ok, out) = verify_cli(&app, &text, Some(&root.to_uppercase()));
    assert!(ok, "{out}");
    assert!(
        out.contains("proved") && out.contains("Signer proof 2"),
        "{out}"
    );
    // The reference check in the docs, run as written.
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/receipts.md")).unwrap();
    let code = doc
        .split("```python\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (script, file) = (dir.path().join("check.py"), dir.path().join("receipt.json"));
    std::fs::write(&script, code).unwrap();
    std::fs::write(&file, &text).unwrap();
    let python = std::process::Command::new("python3")
        .arg(&script)
        .arg(&file)
        .arg(&root)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&python.stdout);
    assert!(
        python.status.success() && said.contains("proved"),
        "{said}{}",
        String::from_utf8_lossy(&python.stderr)
    );
    let wrong = std::process::Command::new("python3")
        .arg(&script)
        .arg(&file)
        .arg("ab".repeat(32))
        .output()
        .unwrap();
    assert!(
        !wrong.status.success(),
        "the reference check refuses a wrong root"
    );

    let (ok, out) = verify_cli(&app, &text, Some(&"ab".repeat(32)));
    assert!(!ok && out.contains("leads to root"), "{out}");
    let forged = text.replace("Signer proof 2", "Signer proof 3");
    let (ok, out) = verify_cli(&app, &forged, None);
    assert!(!ok && out.contains("receipt code"), "{out}");
}

/// A signer's data link (asked for once: a second request within minutes
/// is not mailed again).
async fn data_link(app: &TestApp, email: &str) -> String {
    let before = app.smtp.mails_to(email).len();
    let r = app
        .submit("/my-data", "/my-data", &[("email", email)])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let mails = app
        .smtp
        .wait_for(email, before + 1, Duration::from_secs(10))
        .await;
    let link = mails[before]
        .text()
        .split_whitespace()
        .find(|w| w.contains("/my-data/"))
        .unwrap()
        .to_owned();
    let path = link.strip_prefix(&app.address).unwrap();
    path.split('?').next().unwrap().to_owned()
}

/// The receipt linked from a signer's data page, if there is one to give.
async fn my_data_receipt(app: &TestApp, link: &str) -> Option<String> {
    let (_, page) = app.get_text(link).await;
    let start = page.find("/receipt/")?;
    let href_start = page[..start].rfind('"')? + 1;
    let href = &page[href_start..start + page[start..].find('"')?];
    let r = app.get(href).await;
    (r.status().as_u16() == 200).then_some(r.text().await.unwrap())
}

async fn a_withdrawal_before_the_second_freeze_changes_the_root_and_the_old_receipt_still_verifies(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "two", 4).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    freeze(&coordinator, "").await;
    let link = data_link(&app, &emails[1]).await;
    let old = my_data_receipt(&app, &link)
        .await
        .expect("a receipt for version 1");
    let old: Receipt = serde_json::from_str(&old).unwrap();
    assert_eq!(old.fields.version, 1);

    let mail = app.smtp.mails_to(&emails[0]).remove(0);
    assert_eq!(app.confirm(&mail.withdraw_link()).await.0, 200);
    freeze(&coordinator, "1").await;
    let public: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
        .await
        .json()
        .await
        .unwrap();
    let (root1, root2) = (
        public["versions"][0]["root"].as_str().unwrap(),
        public["versions"][1]["root"].as_str().unwrap(),
    );
    assert_ne!(root1, root2);
    assert_eq!(public["versions"][1]["size"], 3);

    let text = serde_json::to_string(&old).unwrap();
    let (ok, out) = verify_cli(&app, &text, Some(root1));
    assert!(ok, "the old receipt still proves version 1: {out}");
    let (ok, _) = verify_cli(&app, &text, Some(root2));
    assert!(!ok, "but not version 2");
    let new = my_data_receipt(&app, &link)
        .await
        .expect("a receipt for version 2");
    let (ok, out) = verify_cli(&app, &new, Some(root2));
    assert!(ok, "{out}");
    // A receipt is only for the signer's own signatures.
    let other = format!("{}/receipt/1.json", link);
    let mine: Receipt = serde_json::from_str(&new).unwrap();
    if mine.index != 0 {
        let r = app.get(&other).await;
        assert_eq!(
            r.status().as_u16(),
            404,
            "{other}: {}",
            r.text().await.unwrap()
        );
    }
}

async fn after_retention_no_salt_is_left_to_tie_a_leaf_to_a_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let emails = signers(&app, "ret", 3).await;
    let coordinator = app
        .organizer("c@example.org", "coordinator", Some(SLUG), &[])
        .await;
    freeze(&coordinator, "").await;
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE salt IS NOT NULL"),
        3
    );
    app.pass_the_retention_period();
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM signatures WHERE salt IS NOT NULL"),
        0,
        "no stored value still ties a public leaf hash to a person"
    );
    // The root and leaves stay public; the packet's names stay on paper only.
    let public: serde_json::Value = app
        .get(&format!("/p/{SLUG}/delivery/{SEOUL}.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(public["versions"][0]["leaves"].as_array().unwrap().len(), 3);
    let _ = emails;
}

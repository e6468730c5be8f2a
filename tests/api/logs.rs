//! The real binary, run as an operator would, must not write a token, a
//! signer's email address or a signer's IP address to its logs.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::helpers::{SLUG, csrf_in, sign_form, started_in, with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_never_carry_tokens_addresses_or_signer_ips() {
    let dir = tempfile::tempdir().unwrap();
    let mail_dir = dir.path().join("mail");
    let mut child = Command::new(env!("CARGO_BIN_EXE_handover"))
        .arg("serve")
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", dir.path().join("logs.db").display()),
        )
        .env("HANDOVER_BIND", "127.0.0.1:0")
        .env("HANDOVER_MAIL_DIR", &mail_dir)
        .env("HANDOVER_MIN_FILL_SECS", "0")
        .env("HANDOVER_TRUSTED_PROXIES", "127.0.0.1")
        .env("RUST_LOG", "debug")
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let log = Arc::new(Mutex::new(String::new()));
    let stderr = child.stderr.take().unwrap();
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut l = sink.lock().unwrap();
            l.push_str(&line);
            l.push('\n');
        }
    });
    let start = Instant::now();
    let address = loop {
        let text = log.lock().unwrap().clone();
        if let Some(i) = text.find("base_url=") {
            break text[i + 9..].split_whitespace().next().unwrap().to_owned();
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server did not start:\n{text}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();

    let page = client
        .get(format!("{address}/p/{SLUG}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let form = with(
        with(
            sign_form("secret.signer@example.org"),
            "csrf",
            &csrf_in(&page),
        ),
        "started",
        &started_in(&page),
    );
    let r = client
        .post(format!("{address}/p/{SLUG}/sign"))
        .header("X-Forwarded-For", "198.51.100.77")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let eml = loop {
        let found = std::fs::read_dir(&mail_dir).ok().and_then(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|x| x == "eml"))
        });
        if let Some(p) = found {
            break p;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "no mail written");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mail = crate::smtp::ReceivedMail {
        to: vec![],
        raw: std::fs::read(&eml).unwrap(),
    };
    let (verify, withdraw) = (mail.verify_link(), mail.withdraw_link());
    let confirm_page = client
        .get(&verify)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let confirmed = client
        .post(&verify)
        .form(&[("csrf", csrf_in(&confirm_page))])
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status().as_u16(), 200);
    client.get(&withdraw).send().await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    child.kill().unwrap();
    let _ = child.wait();

    // Without a terminal the first admin's link is in a file only this user
    // reads, named in the log; the link itself is not in the log.
    let link_file = dir.path().join("logs.db.setup-link");
    let link = std::fs::read_to_string(&link_file).unwrap();
    assert!(
        link.starts_with(&format!("{address}/organizer/setup/")),
        "{link}"
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&link_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = log.lock().unwrap().clone();
    assert!(text.contains(&link_file.display().to_string()), "{text}");
    assert!(!text.contains(link.trim()), "the setup link is in the log");

    assert!(
        text.contains("/verify/{token}"),
        "requests were not logged at all:\n{text}"
    );
    for secret in [
        verify.rsplit('/').next().unwrap(),
        withdraw.rsplit('/').next().unwrap(),
        "secret.signer",
        "198.51.100.77",
    ] {
        assert!(!text.contains(secret), "the log contains {secret}:\n{text}");
    }
}

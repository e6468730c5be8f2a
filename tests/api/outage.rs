//! Faults of the database, caused for real: a throwaway PostgreSQL cluster
//! (started by the test on its own port, stopped mid-use, started again) and
//! a SQLite database on a small tmpfs that fills up.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::helpers::{Backend, SLUG, sign_form, spawn_app_with};

/// A PostgreSQL cluster of its own, in a temporary folder, on a free port.
struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
}

impl Cluster {
    /// Creates and starts one; `None` (the test is skipped) where
    /// PostgreSQL's server programs are not installed, outside CI, which
    /// installs them.
    fn start() -> Option<Cluster> {
        let Some(bin) = std::fs::read_dir("/usr/lib/postgresql")
            .ok()
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path().join("bin"))
            .find(|b| b.join("initdb").exists())
        else {
            assert!(
                std::env::var("CI").is_err(),
                "CI must install PostgreSQL's server programs"
            );
            eprintln!("skipped: no PostgreSQL server programs here");
            return None;
        };
        let dir = tempfile::tempdir().unwrap();
        let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = free.local_addr().unwrap().port();
        drop(free);
        let cluster = Cluster { dir, bin, port };
        // The server refuses to run as root: as root, run it as `postgres`
        // in a folder that user owns.
        if cluster.as_root() {
            run(Command::new("chmod").arg("755").arg(cluster.dir.path()));
            std::fs::create_dir(cluster.data()).unwrap();
            run(Command::new("chown").arg("postgres").arg(cluster.data()));
        }
        run(cluster.command("initdb").args([
            "-D",
            cluster.data().to_str().unwrap(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-sync",
        ]));
        cluster.resume();
        Some(cluster)
    }

    fn as_root(&self) -> bool {
        let id = Command::new("id").arg("-u").output().unwrap();
        String::from_utf8_lossy(&id.stdout).trim() == "0"
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        if self.as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        }
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Starts the server (again) and waits until it accepts connections.
    fn resume(&self) {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off",
            self.port
        );
        run(self.command("pg_ctl").args([
            "-D",
            self.data().to_str().unwrap(),
            "-o",
            &options,
            "-l",
            self.data().join("server.log").to_str().unwrap(),
            "-w",
            "start",
        ]));
    }

    /// Stops the server at once, as a crash or a lost network would.
    fn stop(&self) {
        run(self.command("pg_ctl").args([
            "-D",
            self.data().to_str().unwrap(),
            "-m",
            "immediate",
            "-w",
            "stop",
        ]));
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .args([
                "-D",
                self.data().to_str().unwrap(),
                "-m",
                "immediate",
                "stop",
            ])
            .output();
    }
}

fn run(command: &mut Command) {
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "{command:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A page's `<title>`.
fn title_of(html: &str) -> &str {
    html.split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_default()
}

/// Times a GET; returns status, body and how long it took.
async fn timed_get(client: &reqwest::Client, url: &str) -> (u16, String, Duration) {
    let start = Instant::now();
    let r = client.get(url).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.text().await.unwrap(), start.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_postgresql_outage_answers_503_fast_keeps_the_page_up_and_recovers_without_restart() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let app = spawn_app_with(Backend::Postgres(cluster.url()), |_| {}).await;
    app.sign_and_confirm(sign_form("before@example.org")).await;
    let page_url = format!("{}/p/{SLUG}", app.address);
    let (status, page, _) = timed_get(&app.client, &page_url).await;
    assert_eq!(status, 200);
    let (_, form) = app.get_text(&format!("/p/{SLUG}")).await;

    cluster.stop();

    // The public page is served from the cache, at once after the first
    // request found the database gone.
    for _ in 0..3 {
        let (status, body, took) = timed_get(&app.client, &page_url).await;
        assert_eq!(status, 200, "{body}");
        assert!(took < Duration::from_secs(3), "the page took {took:?}");
        // The page as it was, with a working form (a fresh form token).
        assert!(body.contains("name=\"csrf\""), "{body}");
        assert_eq!(title_of(&body), title_of(&page));
    }
    // Signing fails fast with a 503 that says nothing was saved.
    let form = crate::helpers::with(
        crate::helpers::with(
            sign_form("during@example.org"),
            "csrf",
            &crate::helpers::csrf_in(&form),
        ),
        "started",
        &crate::helpers::started_in(&form),
    );
    let start = Instant::now();
    let r = app.post_form(&format!("/p/{SLUG}/sign"), &form).await;
    let took = start.elapsed();
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(r.headers()["retry-after"], "5");
    assert!(took < Duration::from_secs(3), "signing took {took:?}");
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Nothing you sent was saved")
    );
    // The load balancer hears it from /ready; the process itself lives.
    let (status, body, took) = timed_get(&app.client, &format!("{}/ready", app.address)).await;
    assert_eq!(status, 503, "{body}");
    assert!(took < Duration::from_secs(3), "/ready took {took:?}");
    let (status, _, _) = timed_get(&app.client, &format!("{}/health", app.address)).await;
    assert_eq!(status, 200);
    // An organizer page needs the database: 503, fast.
    let (status, _, took) =
        timed_get(&app.client, &format!("{}/organizer/login", app.address)).await;
    assert!(status == 503 || status == 200, "{status}");
    assert!(took < Duration::from_secs(3));

    // Back, and the same process signs again: no restart.
    cluster.resume();
    let start = Instant::now();
    loop {
        let (status, _, _) = timed_get(&app.client, &format!("{}/ready", app.address)).await;
        if status == 200 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(15), "not ready again");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.sign_and_confirm(sign_form("after@example.org")).await;
    assert_eq!(app.exact()["signature_count"], 2);
    assert!(app.smtp.mails_to("during@example.org").is_empty());
}

/// Mounts a tmpfs of `size` at `at`; false where this machine does not let
/// the test (not root), so the test says so and is skipped outside CI.
fn mount_tmpfs(at: &Path, size: &str) -> bool {
    Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(at)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_full_disk_answers_503_leaves_no_litter_and_recovers_when_space_returns() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    if !mount_tmpfs(&disk, "24m") {
        assert!(
            std::env::var("CI").is_err(),
            "CI runs as root and mounts a tmpfs"
        );
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg("-l").arg(&self.0).output();
        }
    }
    let _unmount = Unmount(disk.clone());
    let db = disk.join("full.db");
    let mail = disk.join("mail");
    let app = spawn_app_with(Backend::Sqlite, |s| {
        s.database_url = format!("sqlite://{}", db.display());
        s.smtp_url = None;
        s.mail_dir = mail.clone();
    })
    .await;
    app.sign(sign_form("before@example.org")).await;

    // Fill the disk to the last byte.
    let filler = disk.join("filler");
    let _ = Command::new("dd")
        .args(["if=/dev/zero", "bs=64k"])
        .arg(format!("of={}", filler.display()))
        .output();
    let mut refused = 0;
    for i in 0..20 {
        let r = app.sign(sign_form(&format!("full{i}@example.org"))).await;
        match r.status().as_u16() {
            303 => {}
            503 => {
                refused += 1;
                assert_eq!(r.headers()["retry-after"], "5");
                assert!(
                    r.text()
                        .await
                        .unwrap()
                        .contains("Nothing you sent was saved")
                );
            }
            other => panic!("signing on a full disk answered {other}"),
        }
    }
    assert!(refused > 0, "the disk never filled");
    // A start on the full disk (no organizer yet, so it must store a setup
    // link) stops at once and says why.
    let mut serve = Command::new(env!("CARGO_BIN_EXE_handover"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env("DATABASE_URL", &app.settings.database_url)
        .env("HANDOVER_MAIL_DIR", &mail)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = crate::helpers::exit_of(&mut serve, Duration::from_secs(20)).await;
    let mut said = String::new();
    std::io::Read::read_to_string(&mut serve.stderr.take().unwrap(), &mut said).unwrap();
    assert!(!status.success());
    assert!(said.contains("disk is full"), "{said}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let litter: Vec<_> = std::fs::read_dir(&mail)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".partial"))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        litter.is_empty(),
        "half-written mail left behind: {litter:?}"
    );

    // Space returns: the same process signs again, and the database is whole.
    std::fs::remove_file(&filler).unwrap();
    let r = app.sign(sign_form("after@example.org")).await;
    assert_eq!(r.status().as_u16(), 303);
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Check {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    let check: Check = diesel::sql_query("PRAGMA integrity_check")
        .get_result(&mut app.pool.get().unwrap())
        .unwrap();
    assert_eq!(check.integrity_check, "ok");
}

/// Mail caught by an outage is not left leased to the worker that claimed
/// it: once the database is back, that same worker (alive, renewing its
/// leases) records what it sent and sends the rest, each message once, long
/// before its lease of a minute would have run out. With one connection
/// and 40 messages the worker claims 16 at a time, so a claimed batch also
/// waits for the senders when the outage comes.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mail_caught_by_an_outage_goes_out_once_the_database_is_back() {
    let Some(cluster) = Cluster::start() else {
        return;
    };
    let app = spawn_app_with(Backend::Postgres(cluster.url()), |s| {
        s.no_worker = true;
        s.smtp_connections = 1;
    })
    .await;
    app.smtp.delay_each_mail(Duration::from_millis(200));
    app.queue_signatures("caught", 40);
    let worker = app.worker();
    let first = std::thread::spawn(move || {
        let drained = worker.drain();
        (worker, drained)
    });
    app.smtp
        .wait_for("caught0@example.org", 1, Duration::from_secs(10))
        .await;
    cluster.stop();
    let (worker, drained) = tokio::task::spawn_blocking(move || first.join().unwrap())
        .await
        .unwrap();
    assert!(drained.is_err(), "the drain ends when it cannot record");
    assert!(app.smtp.mails().len() < 40, "the outage came too late");
    cluster.resume();

    let worker = std::sync::Arc::new(worker);
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.smtp.mails().len() < 40 && Instant::now() < deadline {
        let w = worker.clone();
        let _ = tokio::task::spawn_blocking(move || w.drain())
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut to: Vec<String> = app.smtp.mails().into_iter().flat_map(|m| m.to).collect();
    to.sort();
    let mut expected: Vec<String> = (0..40).map(|i| format!("caught{i}@example.org")).collect();
    expected.sort();
    assert_eq!(to, expected, "each message once, within 30 s");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL"),
        0
    );
}

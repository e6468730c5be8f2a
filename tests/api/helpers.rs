//! One `spawn_app` for every test: a real server on a random port, its own
//! fresh database (a SQLite file, or a new PostgreSQL database when
//! `TEST_DATABASE_URL` is set), and a real SMTP receiver on loopback.

use std::time::{Duration, Instant};

use diesel::Connection;
use diesel::RunQueryDsl;
use handover::config::Settings;
use handover::db::DbPool;
use handover::startup::Application;
use reqwest::redirect::Policy;

use crate::smtp::SmtpReceiver;

/// Which database a test runs on.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    /// The admin URL from `TEST_DATABASE_URL`; each test creates its own database there.
    Postgres(String),
}

impl Backend {
    /// PostgreSQL if `TEST_DATABASE_URL` is set.
    pub fn postgres() -> Option<Backend> {
        std::env::var("TEST_DATABASE_URL")
            .ok()
            .map(Backend::Postgres)
    }
}

/// Runs each named `async fn(Backend)` as a test on SQLite and, when
/// `TEST_DATABASE_URL` is set, on PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    match $crate::helpers::Backend::postgres() {
                        Some(backend) => super::$name(backend).await,
                        // CI must test both backends: there, a missing URL is a failure.
                        None if std::env::var("CI").is_ok_and(|v| v == "true") => {
                            panic!("CI=true but TEST_DATABASE_URL is not set")
                        }
                        None => eprintln!("skipped on PostgreSQL: TEST_DATABASE_URL is not set"),
                    }
                }
            )*
        }
    };
}

/// A running app and what a test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub smtp: SmtpReceiver,
    pub pool: DbPool,
    /// The keys to the signers' sealed data, as the server holds them.
    pub keys: std::sync::Arc<handover::crypto::Keyring>,
    pub settings: Settings,
    /// `http://127.0.0.1:PORT` of `/metrics`, if the test asked for it.
    pub metrics_address: Option<String>,
    _dir: tempfile::TempDir,
}

/// The demo petition's slug and two of its delivery points.
pub const SLUG: &str = "north-korean-refugees";
pub const SEOUL: &str = "seoul-embassy";
pub const TORONTO: &str = "toronto-consulate";

/// Starts an app with default test settings.
pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// Starts an app after letting the test adjust its settings.
pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    handover::telemetry::init();
    let dir = tempfile::tempdir().expect("temp dir");
    let smtp = SmtpReceiver::start();
    let mut settings = Settings::defaults();
    settings.database_url = match backend {
        // SQLite keeps its default: a data key file beside the database.
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("test.db").display()),
        Backend::Postgres(admin) => {
            settings.data_key = Some(handover::crypto::DataKey::generate().1);
            fresh_postgres_database(&admin)
        }
    };
    settings.bind = "127.0.0.1:0".to_owned();
    settings.smtp_url = Some(smtp.url());
    settings.mail_dir = dir.path().join("mail");
    // Each test's own (PostgreSQL's default is one file in the temp folder).
    settings.setup_link_file = Some(dir.path().join("setup-link"));
    settings.mail_retry_base_ms = 100;
    // Tests submit forms at machine speed; the fill-time check has its own test.
    settings.min_fill_secs = 0;
    // Every test client is 127.0.0.1; the limits have their own tests.
    settings.rate_limits = handover::config::Switch::Off;
    // The tests use the demo petition, on PostgreSQL too.
    settings.demo = true;
    adjust(&mut settings);

    let app = Application::build(&settings).expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    let metrics_address = app
        .metrics_port()
        .map(|port| format!("http://127.0.0.1:{port}"));
    tokio::spawn(app.run_until_stopped());
    let handover::startup::Database { pool, keys } =
        handover::startup::open_database(&settings).expect("test pool");
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        smtp,
        pool,
        keys,
        settings,
        metrics_address,
        _dir: dir,
    }
}

/// Creates an empty database on the server of `admin_url` and returns its URL.
/// The first call in a test run drops the databases that earlier runs left
/// behind. Another run's, on the same server at the same time (a second
/// `cargo test`, a CI run, on this machine or another), are left alone: each
/// run names its databases after its [`run_key`] and holds a session advisory
/// lock on that key while its process lives, so a key whose lock can be
/// taken belongs to a run that has ended.
fn fresh_postgres_database(admin_url: &str) -> String {
    // Once per server: the tests' own and throwaway clusters (`outage.rs`).
    // The connections holding this run's lock stay open until the process
    // exits.
    static HOLDERS: std::sync::Mutex<Vec<(String, diesel::PgConnection)>> =
        std::sync::Mutex::new(Vec::new());
    let key = run_key();
    let name = format!(
        "{TEST_DATABASE_PREFIX}{key:x}_{}",
        uuid::Uuid::new_v4().simple()
    );
    let mut admin =
        diesel::PgConnection::establish(admin_url).expect("connect to TEST_DATABASE_URL");
    let mut holders = HOLDERS.lock().unwrap();
    if !holders.iter().any(|(url, _)| url == admin_url) {
        let mut holder =
            diesel::PgConnection::establish(admin_url).expect("connect to TEST_DATABASE_URL");
        diesel::sql_query(format!("SELECT pg_advisory_lock({key})"))
            .execute(&mut holder)
            .expect("lock this run's key");
        holders.push((admin_url.to_owned(), holder));
        #[derive(diesel::QueryableByName)]
        struct Db {
            #[diesel(sql_type = diesel::sql_types::Text)]
            datname: String,
        }
        let old: Vec<Db> = diesel::sql_query(format!(
            "SELECT datname FROM pg_database WHERE datname LIKE '{TEST_DATABASE_PREFIX}%'"
        ))
        .load(&mut admin)
        .expect("list old test databases");
        for db in old {
            if left_behind(&mut admin, &db.datname, key) {
                let _ = diesel::sql_query(format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    db.datname
                ))
                .execute(&mut admin);
            }
        }
    }
    drop(holders);
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .expect("create test database");
    let base = admin_url.rsplit_once('/').map_or(admin_url, |(b, _)| b);
    format!("{base}/{name}")
}

/// How the tests' databases are named: this, the run's key in hex, `_`, a
/// random suffix (63 characters in all, PostgreSQL's most).
const TEST_DATABASE_PREFIX: &str = "handover_test_";

/// This test run's key: random, positive, the same for all its databases.
fn run_key() -> i64 {
    static KEY: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| (uuid::Uuid::new_v4().as_u64_pair().0 >> 1) as i64)
}

/// Whether a test database was left by a run that has ended: nobody holds
/// its run's lock (or its name predates run keys).
fn left_behind(admin: &mut diesel::PgConnection, datname: &str, own: i64) -> bool {
    #[derive(diesel::QueryableByName)]
    struct Free {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        free: bool,
    }
    let key = datname
        .strip_prefix(TEST_DATABASE_PREFIX)
        .and_then(|rest| rest.split_once('_'))
        .and_then(|(key, _)| i64::from_str_radix(key, 16).ok());
    let Some(key) = key else {
        return true;
    };
    if key == own {
        return false;
    }
    let taken = diesel::sql_query(format!("SELECT pg_try_advisory_lock({key}) AS free"))
        .get_result::<Free>(admin)
        .is_ok_and(|f| f.free);
    if taken {
        let _ = diesel::sql_query(format!("SELECT pg_advisory_unlock({key})")).execute(admin);
    }
    taken
}

/// Sends `signal` to a child process.
pub fn signal(child: &std::process::Child, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -{signal} failed");
}

/// Waits for a child to exit, or panics after `timeout`.
pub async fn exit_of(
    child: &mut std::process::Child,
    timeout: Duration,
) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            start.elapsed() < timeout,
            "the process did not exit within {timeout:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Signs `email` through the server at `address` as a browser would (its
/// page for the form's token and time, then the POST), with `client`'s
/// cookies; errors are the connection's, for tests that stop servers.
pub async fn sign_at(
    client: &reqwest::Client,
    address: &str,
    email: &str,
) -> reqwest::Result<reqwest::Response> {
    let page = client
        .get(format!("{address}/p/{SLUG}"))
        .send()
        .await?
        .text()
        .await?;
    let form = with(
        with(sign_form(email), "csrf", &csrf_in(&page)),
        "started",
        &started_in(&page),
    );
    client
        .post(format!("{address}/p/{SLUG}/sign"))
        .form(&form)
        .send()
        .await
}

/// A valid sign form for `email`, ready to adjust.
pub fn sign_form(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "김민수".to_owned()),
        ("email", email.to_owned()),
        ("country", "KR".to_owned()),
        ("city", "서울".to_owned()),
        ("delivery_point", SEOUL.to_owned()),
        ("name_in_packet", "initials".to_owned()),
        ("comment", "".to_owned()),
        ("consent", "yes".to_owned()),
        ("website", "".to_owned()),
    ]
}

/// Replaces (or adds) one field of a form.
pub fn with(
    mut form: Vec<(&'static str, String)>,
    field: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    form.retain(|(f, _)| *f != field);
    form.push((field, value.to_owned()));
    form
}

/// The value of a hidden `csrf` input in a page.
pub fn csrf_in(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("no csrf field on the page") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The value of the hidden `started` input of the sign form.
pub fn started_in(html: &str) -> String {
    let marker = "name=\"started\" value=\"";
    let start = html.find(marker).expect("no started field on the page") + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

impl TestApp {
    /// GET a path.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("GET failed")
    }

    /// GET a path and return status and body.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }

    /// Opens the petition page (for its cookie and CSRF token) and submits the form.
    pub async fn sign(&self, form: Vec<(&'static str, String)>) -> reqwest::Response {
        let (_, page) = self.get_text(&format!("/p/{SLUG}")).await;
        let mut form = with(form, "csrf", &csrf_in(&page));
        if !form.iter().any(|(f, _)| *f == "started") {
            form = with(form, "started", &started_in(&page));
        }
        self.post_form(&format!("/p/{SLUG}/sign"), &form).await
    }

    /// Like [`TestApp::sign`], with an `X-Forwarded-For` header on the POST.
    pub async fn sign_forwarded_for(
        &self,
        ip: &str,
        form: Vec<(&'static str, String)>,
    ) -> reqwest::Response {
        let (_, page) = self.get_text(&format!("/p/{SLUG}")).await;
        let form = with(
            with(form, "csrf", &csrf_in(&page)),
            "started",
            &started_in(&page),
        );
        self.client
            .post(format!("{}/p/{SLUG}/sign", self.address))
            .header("X-Forwarded-For", ip)
            .form(&form)
            .send()
            .await
            .expect("POST failed")
    }

    /// POSTs a form as is.
    pub async fn post_form(
        &self,
        path: &str,
        form: &[(&'static str, String)],
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(form)
            .send()
            .await
            .expect("POST failed")
    }

    /// Opens the page at `page` (for its cookie and CSRF token) and POSTs
    /// `fields` with that token to `action`, as a browser submits a form.
    pub async fn submit(
        &self,
        page: &str,
        action: &str,
        fields: &[(&'static str, &str)],
    ) -> reqwest::Response {
        let (_, html) = self.get_text(page).await;
        let mut form: Vec<(&'static str, String)> =
            fields.iter().map(|(f, v)| (*f, (*v).to_owned())).collect();
        form.push(("csrf", csrf_in(&html)));
        self.post_form(action, &form).await
    }

    /// Opens a verification link and presses "Confirm my signature".
    pub async fn confirm(&self, link: &str) -> (u16, String) {
        let path = link
            .strip_prefix(&self.address)
            .expect("link on this server");
        let (status, page) = self.get_text(path).await;
        assert_eq!(status, 200, "{page}");
        let form = [("csrf", csrf_in(&page))];
        let r = self.post_form(path, &form).await;
        let status = r.status().as_u16();
        (status, r.text().await.unwrap())
    }

    /// Signs, waits for the mail and confirms: one verified signature.
    pub async fn sign_and_confirm(&self, form: Vec<(&'static str, String)>) {
        let email = form.iter().find(|(f, _)| *f == "email").unwrap().1.clone();
        let before = self.smtp.mails_to(&email).len();
        assert_eq!(self.sign(form).await.status().as_u16(), 303);
        let mails = self
            .smtp
            .wait_for(&email, before + 1, Duration::from_secs(10))
            .await;
        let (status, _) = self.confirm(&mails[before].verify_link()).await;
        assert_eq!(status, 200);
    }

    /// The petition's JSON.
    pub async fn json(&self) -> serde_json::Value {
        let r = self.get(&format!("/p/{SLUG}.json")).await;
        assert_eq!(r.status().as_u16(), 200);
        r.json().await.unwrap()
    }

    /// The exact verified counts, as organizers see them, in the public
    /// JSON's shape (the public JSON hides counts below three).
    pub fn exact(&self) -> serde_json::Value {
        let mut conn = self.pool.get().unwrap();
        let data = handover::petitions::PetitionWithPoints::load(&mut conn, SLUG)
            .unwrap()
            .unwrap();
        let counts = handover::signatures::counts::load(&mut conn, data.petition.id).unwrap();
        serde_json::json!({
            "signature_count": counts.total,
            "signatures_by_country": counts.by_country,
            "delivery_points": data.delivery_points.iter().map(|d| serde_json::json!({
                "slug": d.slug,
                "signature_count": counts.for_delivery_point(d.id),
            })).collect::<Vec<_>>(),
        })
    }

    /// A `handover` command line against this app's database, with its data key.
    pub fn cli(&self, args: &[&str]) -> std::process::Output {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_handover"));
        command
            .args(args)
            .env("DATABASE_URL", &self.settings.database_url)
            .env("HANDOVER_BASE_URL", &self.address);
        if let Some(key) = &self.settings.data_key {
            command.env("HANDOVER_DATA_KEY", key);
        }
        command.output().expect("run handover")
    }

    /// Closes the petition 91 days ago (past the default 90 days of
    /// retention) and runs the worker's housekeeping once.
    pub fn pass_the_retention_period(&self) {
        use diesel::prelude::*;
        use handover::db::schema::petitions;
        let closed = (chrono::Utc::now() - chrono::Duration::days(91)).naive_utc();
        let mut conn = self.pool.get().unwrap();
        diesel::update(petitions::table)
            .set(petitions::closes_at.eq(Some(closed)))
            .execute(&mut conn)
            .unwrap();
        self.worker().purge().unwrap();
    }

    /// A mail worker on this app's database and SMTP receiver, built as
    /// `serve` builds its own.
    pub fn worker(&self) -> handover::mail::worker::Worker {
        self.worker_with(&self.settings)
    }

    /// Like [`TestApp::worker`], with other settings.
    pub fn worker_with(&self, settings: &Settings) -> handover::mail::worker::Worker {
        handover::startup::build_worker(
            settings,
            self.pool.clone(),
            self.keys.clone(),
            self.address.clone(),
        )
        .unwrap()
    }

    /// Signs `n` times straight into the database (`{prefix}{i}@example.org`,
    /// for the first point), queueing one confirmation mail each: a backlog
    /// for the mail worker, made in a moment.
    pub fn queue_signatures(&self, prefix: &str, n: usize) {
        use handover::domain::*;
        use handover::signatures::sign::{self, SignatureInput};
        let mut conn = self.pool.get().unwrap();
        let petition = handover::petitions::Petition::find_by_slug(&mut conn, SLUG)
            .unwrap()
            .unwrap();
        let point = handover::petitions::DeliveryPoint::for_petition(&mut conn, petition.id)
            .unwrap()
            .remove(0);
        let before = handover::outbox::backlog(&mut conn).unwrap();
        for i in 0..n {
            let input = SignatureInput {
                name: SignerName::parse("Worker Test").unwrap(),
                email: SignerEmail::parse(&format!("{prefix}{i}@example.org")).unwrap(),
                country: Country::parse("KR").unwrap(),
                city: City::parse("Seoul").unwrap(),
                delivery_point_id: point.id,
                name_in_packet: NameInPacket::Full,
                comment: Comment::parse("").unwrap(),
                ip_hash: None,
                ip_range_hash: None,
                lang: handover::i18n::Lang::En,
                notify_delivery: true,
                keep_informed: false,
                source: None,
            };
            let job = sign::SignJob::new(
                petition.id,
                input,
                &self.keys,
                chrono::Utc::now().naive_utc(),
                chrono::Duration::minutes(5),
            );
            sign::sign(&mut conn, job).unwrap();
        }
        assert_eq!(
            handover::outbox::backlog(&mut conn).unwrap(),
            before + n as i64
        );
    }

    /// A `handover worker` process on this app's database and SMTP
    /// receiver, with `connections` SMTP connections; stdout and stderr go
    /// to `log`.
    pub fn spawn_worker(&self, connections: u16, log: &std::path::Path) -> std::process::Child {
        let mut command = self.process("worker", log);
        command
            .env("HANDOVER_BASE_URL", &self.address)
            .env("HANDOVER_SMTP_CONNECTIONS", connections.to_string());
        command.spawn().expect("start handover worker")
    }

    /// A `handover serve` process (with its mail worker) on this app's
    /// database and SMTP receiver, on a free port; returns it and its
    /// address once `/ready` says so. Output goes to `log`.
    // The caller owns the child and waits for it (`exit_of`).
    #[allow(clippy::zombie_processes)]
    pub async fn spawn_server(&self, log: &std::path::Path) -> (std::process::Child, String) {
        self.spawn_server_with(log, &[]).await
    }

    /// Like [`TestApp::spawn_server`], with more environment (which wins).
    #[allow(clippy::zombie_processes)]
    pub async fn spawn_server_with(
        &self,
        log: &std::path::Path,
        env: &[(&str, &str)],
    ) -> (std::process::Child, String) {
        let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = free.local_addr().unwrap().port();
        drop(free);
        let address = format!("http://127.0.0.1:{port}");
        let mut command = self.process("serve", log);
        command
            .env("HANDOVER_BIND", format!("127.0.0.1:{port}"))
            .env("HANDOVER_RATE_LIMITS", "off")
            .env("HANDOVER_MIN_FILL_SECS", "0")
            .envs(env.iter().copied());
        let mut child = command.spawn().expect("start handover serve");
        let start = std::time::Instant::now();
        loop {
            let ready = self.client.get(format!("{address}/ready")).send().await;
            if ready.is_ok_and(|r| r.status().as_u16() == 200) {
                return (child, address);
            }
            if start.elapsed() > Duration::from_secs(30) {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "handover serve did not get ready: {}",
                    std::fs::read_to_string(log).unwrap_or_default()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// A `handover` command with this app's database, key and SMTP receiver.
    fn process(&self, subcommand: &str, log: &std::path::Path) -> std::process::Command {
        let log = std::fs::File::create(log).unwrap();
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_handover"));
        command
            .arg(subcommand)
            .env("DATABASE_URL", &self.settings.database_url)
            .env("SMTP_URL", self.smtp.url())
            .env("HANDOVER_MAIL_RETRY_BASE_MS", "100")
            .stdout(log.try_clone().unwrap())
            .stderr(log);
        if let Some(key) = &self.settings.data_key {
            command.env("HANDOVER_DATA_KEY", key);
        }
        command
    }

    /// Runs SQL that returns one count.
    pub fn count(&self, sql: &str) -> i64 {
        #[derive(diesel::QueryableByName)]
        struct N {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let mut conn = self.pool.get().unwrap();
        diesel::sql_query(sql).get_result::<N>(&mut conn).unwrap().n
    }
}

/// An organizer talking to the app with their own cookies, set by hand so
/// tests can replay or drop them.
pub struct Organizer {
    pub email: String,
    pub session: String,
    csrf_cookie: String,
    /// `"__Host-"` on an https site, else empty (see [`TestApp::cookie`]).
    cookie_prefix: &'static str,
    address: String,
    client: reqwest::Client,
}

/// The password every test organizer gets.
pub const PASSWORD: &str = "a long enough test password";

/// The value of a `Set-Cookie` named `name` in a response, if any.
pub fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers().get_all("set-cookie").iter().find_map(|v| {
        let v = v.to_str().ok()?;
        let (pair, _) = v.split_once(';').unwrap_or((v, ""));
        let (n, value) = pair.split_once('=')?;
        (n == name).then(|| value.to_owned())
    })
}

impl TestApp {
    /// Creates an organizer account with an invitation and returns the invitation's path.
    pub fn invite(
        &self,
        email: &str,
        role: &str,
        petition: Option<&str>,
        points: &[&str],
    ) -> String {
        use handover::organizers::{self, OrganizerInput, Role, invites};
        let mut conn = self.pool.get().unwrap();
        let now = chrono::Utc::now().naive_utc();
        let input = OrganizerInput {
            email: handover::domain::EmailAddress::parse(email).unwrap(),
            name: format!("Test {role}"),
            role: Role::parse(role).unwrap(),
            petition: petition.map(str::to_owned),
            delivery_points: points.iter().map(|p| (*p).to_owned()).collect(),
        };
        let o = organizers::add(&mut conn, &input, now).unwrap();
        format!(
            "/organizer/invite/{}",
            invites::create(&mut conn, o.id, now).unwrap().expose()
        )
    }

    /// A cookie's name as this site uses it: `__Host-` prefixed over https.
    pub fn cookie(&self, name: &str) -> String {
        format!("{}{name}", self.cookie_prefix())
    }

    fn cookie_prefix(&self) -> &'static str {
        let https = self
            .settings
            .base_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"));
        if https { "__Host-" } else { "" }
    }

    /// A client without a cookie jar, for organizers.
    fn bare_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap()
    }

    /// Creates an organizer, accepts the invitation over HTTP and returns them logged in.
    pub async fn organizer(
        &self,
        email: &str,
        role: &str,
        petition: Option<&str>,
        points: &[&str],
    ) -> Organizer {
        let invite = self.invite(email, role, petition, points);
        let client = self.bare_client();
        let page = client
            .get(format!("{}{invite}", self.address))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status().as_u16(), 200);
        let csrf_name = self.cookie("handover_csrf");
        let csrf_cookie = set_cookie(&page, &csrf_name).unwrap();
        let csrf = csrf_in(&page.text().await.unwrap());
        let r = client
            .post(format!("{}{invite}", self.address))
            .header("cookie", format!("{csrf_name}={csrf_cookie}"))
            .form(&[
                ("password", PASSWORD),
                ("confirm", PASSWORD),
                ("csrf", &csrf),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 303, "accepting the invitation failed");
        let session = set_cookie(&r, &self.cookie("handover_session")).expect("no session cookie");
        Organizer {
            email: email.to_owned(),
            session,
            csrf_cookie,
            cookie_prefix: self.cookie_prefix(),
            address: self.address.clone(),
            client,
        }
    }

    /// Logs in through the form; returns the response (with its cookies).
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.login_with_cookie(email, password, "").await
    }

    /// Logs in through the form from a browser that also sends `cookie`
    /// (`name=value`, or empty).
    pub async fn login_with_cookie(
        &self,
        email: &str,
        password: &str,
        cookie: &str,
    ) -> reqwest::Response {
        let client = self.bare_client();
        let page = client
            .get(format!("{}/organizer/login", self.address))
            .send()
            .await
            .unwrap();
        let csrf_cookie = set_cookie(&page, "handover_csrf").unwrap();
        let csrf = csrf_in(&page.text().await.unwrap());
        client
            .post(format!("{}/organizer/login", self.address))
            .header("cookie", format!("handover_csrf={csrf_cookie}; {cookie}"))
            .form(&[("email", email), ("password", password), ("csrf", &csrf)])
            .send()
            .await
            .unwrap()
    }
}

impl Organizer {
    fn cookies(&self) -> String {
        let p = self.cookie_prefix;
        format!(
            "{p}handover_session={}; {p}handover_csrf={}",
            self.session, self.csrf_cookie
        )
    }

    /// GET with this organizer's cookies.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("cookie", self.cookies())
            .send()
            .await
            .unwrap()
    }

    /// GET and return status and body.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        (r.status().as_u16(), r.text().await.unwrap())
    }

    /// GET a packet's bytes (asserting 200).
    pub async fn packet(&self, point: &str) -> Vec<u8> {
        let r = self
            .get(&format!("/organizer/petitions/{SLUG}/packets/{point}.zip"))
            .await;
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "application/zip");
        r.bytes().await.unwrap().to_vec()
    }

    /// A delivery point's packet manifest (`manifest.json` in its ZIP).
    pub async fn manifest(&self, point: &str) -> serde_json::Value {
        let zip = self.packet(point).await;
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        serde_json::from_reader(archive.by_name("manifest.json").unwrap()).unwrap()
    }

    /// POSTs a form with a valid CSRF token taken from the dashboard.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let (_, page) = self.get_text("/organizer").await;
        let csrf = csrf_in(&page);
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        fields.push(("csrf", &csrf));
        self.client
            .post(format!("{}{path}", self.address))
            .header("cookie", self.cookies())
            .form(&fields)
            .send()
            .await
            .unwrap()
    }

    /// POSTs a file as `multipart/form-data` field `field`, with a valid
    /// CSRF token taken from the dashboard, as a browser uploads one.
    pub async fn upload(
        &self,
        path: &str,
        field: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        let (_, page) = self.get_text("/organizer").await;
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf_in(&page))
            .part(
                field.to_owned(),
                reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
            );
        self.client
            .post(format!("{}{path}", self.address))
            .header("cookie", self.cookies())
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Logs out with a valid CSRF token taken from the dashboard.
    pub async fn logout(&self) -> reqwest::Response {
        let (_, page) = self.get_text("/organizer").await;
        self.client
            .post(format!("{}/organizer/logout", self.address))
            .header("cookie", self.cookies())
            .form(&[("csrf", csrf_in(&page))])
            .send()
            .await
            .unwrap()
    }
}

/// Every file of a ZIP, by name.
pub fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("not a ZIP");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut data).unwrap();
            (f.name().unwrap().into_owned(), data)
        })
        .collect()
}

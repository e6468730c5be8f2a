//! The surge benchmark behind `bench/surge.sh`: a rally signing at once.
//!
//! For each backend (SQLite, and PostgreSQL unless `PG_URL` is empty) it
//! starts the release server on a fresh database with rate limits off and
//! measures, with `CONNS` keep-alive connections for `DURATION` seconds:
//!
//! - **baseline**: `surge_baseline`, a minimal actix-web handler that parses
//!   the same form and inserts one row per transaction into the same database;
//! - **sign**: `POST /p/{slug}/sign` with distinct addresses (server without
//!   its mail worker, so signing is measured alone);
//! - **read**: `GET /p/{slug}` and `GET /p/{slug}.json` while a background
//!   signer signs at 1,000/s;
//! - **mail**: `handover worker` draining everything signed so far to the SMTP
//!   receiver below (messages/s), which also collects the confirmation links;
//! - **confirm**: `POST /verify/{token}` for those links;
//! - **rally**: a fresh server with its mail worker, signing at a fixed
//!   `RALLY_RATE` (5,000/s on SQLite, 2,500/s on PostgreSQL) for
//!   `RALLY_SECS` (20): the rate reached, the latencies, the mail backlog
//!   (signed − received) sampled every 250 ms, and how long after signing
//!   stopped the last mail arrived;
//! - **whole cycle**: signing at each rate of `CYCLE_RATES` for `CYCLE_SECS`
//!   (60) while other connections confirm every link as its mail arrives,
//!   as signers do: both requests' latencies and both backlogs;
//! - **expiry storm**: the main case again on a database already holding
//!   `STORM_ROWS` (1,000,000) signatures with their mail, `STORM_EXPIRING`
//!   (100,000) of them pending with expired links, which the worker purges
//!   while people sign.
//!
//! `SMTP_RTT_MS` (default 0) delays each group of the SMTP receiver's
//! replies by that much, as a relay that many milliseconds away would.
//!
//! `PHASES` picks phases (default `main,rally,cycle,storm,rest`; `rest` is
//! sign, read, mail and confirm, `sign` the sign phase alone); `MAIN_ONLY=1`
//! means `PHASES=main`. `TURNS=1` also serves `/metrics` from the main
//! case's SQLite server and prints how busy its write lock was, by class.
//!
//! The HTTP client and the SMTP receiver are written on bare tokio sockets so
//! that the load generator takes as little of the shared CPU as it can.

use std::net::TcpListener as StdListener;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

const SLUG: &str = "north-korean-refugees";
/// The data key of the benchmark's throwaway databases (32 bytes of 7s):
/// every process on one database must share it.
const BENCH_DATA_KEY: &str = "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=";

#[derive(Clone)]
struct Config {
    bin: String,
    baseline: String,
    duration: Duration,
    conns: usize,
}

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_owned())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config {
        bin: env_or("HANDOVER_BIN", "target/release/handover"),
        baseline: env_or("BASELINE_BIN", "target/release/examples/surge_baseline"),
        duration: Duration::from_secs(env_or("DURATION", "20").parse().context("DURATION")?),
        conns: env_or("CONNS", "64").parse().context("CONNS")?,
    };
    let pg = env_or("PG_URL", "postgres://postgres@127.0.0.1:5432");
    let dir = tempfile::tempdir()?;
    println!("| backend | phase | requests/s | p50 ms | p99 ms | errors | ratio to baseline |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    let sqlite = |name: &str| format!("sqlite://{}/{name}.db", dir.path().display());
    if env_or("SQLITE", "on") != "off" {
        run_backend(&config, "SQLite", &sqlite).await?;
    }
    if !pg.is_empty() {
        let databases = PgDatabases::new(&pg);
        let result = run_backend(&config, "PostgreSQL", &|name| databases.create(name)).await;
        databases.drop_all();
        result?;
    }
    Ok(())
}

/// Every phase on one backend; `db(name)` gives a fresh database's URL.
async fn run_backend(
    config: &Config,
    backend: &str,
    db: &dyn Fn(&str) -> String,
) -> anyhow::Result<()> {
    let smtp = SmtpSink::start(true).await?;

    // Baseline.
    let base = Server::start(&config.baseline, &[], &db("baseline"), None, &[]).await?;
    let form = FormParts::baseline();
    let baseline = load(
        base.addr.clone(),
        config.clone(),
        None,
        sign_requests(&form, "b"),
    )
    .await;
    drop(base);
    row(backend, "baseline: parse + insert one row", &baseline, None);

    // The group-commit baseline: the same handler, every queued row committed
    // in one transaction by one writer (two on PostgreSQL).
    let base = Server::start(
        &config.baseline,
        &[],
        &db("baseline_group"),
        None,
        &[("BASELINE_MODE", "group")],
    )
    .await?;
    let grouped = load(
        base.addr.clone(),
        config.clone(),
        None,
        sign_requests(&form, "g"),
    )
    .await;
    drop(base);
    row(backend, "baseline: parse + group commit", &grouped, None);

    // The main case: `handover serve` as the README runs it, its mail
    // worker in the same process, mailing while people sign.
    let main_smtp = SmtpSink::start(false).await?;
    // `TURNS=1`: the server also serves `/metrics` (not the default), and
    // the bench says how busy SQLite's write lock was during the surge.
    let metrics_addr = format!("127.0.0.1:{}", free_port()?);
    let turns = backend == "SQLite" && env_or("TURNS", "") == "1";
    let metrics_env = [("HANDOVER_METRICS_BIND", metrics_addr.as_str())];
    let server = Server::start(
        &config.bin,
        &["serve"],
        &db("main"),
        Some((&main_smtp, false)),
        if turns { &metrics_env } else { &[] },
    )
    .await?;
    let main_form = FormParts::fetch(&server.addr).await?;
    let before = match turns {
        true => Some(TurnUse::fetch(&metrics_addr).await?),
        false => None,
    };
    let main = load(
        server.addr.clone(),
        config.clone(),
        None,
        sign_requests(&main_form, "m"),
    )
    .await;
    row(
        backend,
        "sign: serve with its worker (main case; ratio to group commit)",
        &main,
        Some(&grouped),
    );
    if let Some(before) = before {
        TurnUse::fetch(&metrics_addr)
            .await?
            .since(&before)
            .print(backend);
    }
    let stopped = Instant::now();
    let mailed = main_smtp.wait_for(main.ok, Duration::from_secs(120)).await;
    println!(
        "| {backend} | main case: every signature answered 303 is mailed | {mailed} of {} | | | {} missing | all out {:.1} s after signing stopped |",
        main.ok,
        main.ok.saturating_sub(mailed),
        stopped.elapsed().as_secs_f64()
    );
    drop(server);
    if backend == "PostgreSQL" && env_or("SCALE_OUT", "") == "1" {
        scale_out(config, backend, db).await?;
    }
    let rally_default = if backend == "SQLite" { "5000" } else { "2500" };
    if phase("rally") {
        let rate: f64 = env_or("RALLY_RATE", rally_default)
            .parse()
            .context("RALLY_RATE")?;
        let secs: u64 = env_or("RALLY_SECS", "20").parse().context("RALLY_SECS")?;
        rally(config, backend, &db("rally"), rate, secs).await?;
    }
    if phase("cycle") {
        let secs: u64 = env_or("CYCLE_SECS", "60").parse().context("CYCLE_SECS")?;
        let rates = env_or(
            "CYCLE_RATES",
            if backend == "SQLite" {
                "2000 4000"
            } else {
                "1000 2000"
            },
        );
        for rate in rates.split_whitespace() {
            let rate: f64 = rate.parse().context("CYCLE_RATES")?;
            cycle(config, backend, &db(&format!("cycle{rate}")), rate, secs).await?;
        }
    }
    if phase("storm") {
        storm(config, backend, &db("storm"), &grouped).await?;
    }
    if !phase("rest") && !phase("sign") {
        return Ok(());
    }

    // Sign (the server without its worker: signing alone), then read while
    // signing at 1,000/s.
    let url = db("handover");
    let server = Server::start(&config.bin, &["serve"], &url, Some((&smtp, true)), &[]).await?;
    let form = FormParts::fetch(&server.addr).await?;
    let sign = load(
        server.addr.clone(),
        config.clone(),
        None,
        sign_requests(&form, "s"),
    )
    .await;
    row(backend, "sign", &sign, Some(&baseline));
    row(
        backend,
        "sign: serve --no-worker (ratio to group commit)",
        &sign,
        Some(&grouped),
    );
    if !phase("rest") {
        return Ok(());
    }
    let mut background_signed = 0;
    for (label, path) in [
        (
            "read: petition page (while signing 1,000/s)",
            format!("/p/{SLUG}"),
        ),
        (
            "read: petition JSON (while signing 1,000/s)",
            format!("/p/{SLUG}.json"),
        ),
    ] {
        let background = tokio::spawn(load(
            server.addr.clone(),
            Config {
                conns: 8,
                ..config.clone()
            },
            Some(1000.0),
            sign_requests(&form, if path.ends_with(".json") { "j" } else { "r" }),
        ));
        let reads = get_requests(&path, &form.cookie);
        let read = load(server.addr.clone(), config.clone(), None, reads).await;
        let background = background.await?;
        background_signed += background.ok;
        row(backend, label, &read, None);
        if background.errors > 0 {
            println!(
                "| {backend} | (background signing errors: {}) | | | | | |",
                background.errors
            );
        }
    }
    let signed = sign.ok + background_signed;

    // Mail: a separate worker drains everything signed so far.
    let started = Instant::now();
    let worker = Server::worker(&config.bin, &url, &smtp, &server.addr)?;
    let drained = smtp.wait_for(signed, Duration::from_secs(600)).await;
    let secs = started.elapsed().as_secs_f64();
    drop(worker);
    println!(
        "| {backend} | mail: worker drains {signed} messages to SMTP | {:.0} msg/s | | | {} missing | |",
        drained as f64 / secs,
        signed.saturating_sub(drained)
    );

    // Confirm the links the mail carried.
    let tokens = smtp.take_tokens();
    let confirm = load(
        server.addr.clone(),
        config.clone(),
        None,
        confirm_requests(&form, tokens),
    )
    .await;
    row(backend, "confirm", &confirm, Some(&baseline));
    drop(server);

    Ok(())
}

/// Whether `PHASES` (or `MAIN_ONLY`) asks for a phase.
fn phase(name: &str) -> bool {
    if env_or("MAIN_ONLY", "") == "1" {
        return false;
    }
    env_or("PHASES", "main,rally,cycle,storm,rest")
        .split(',')
        .any(|p| p.trim() == name)
}

/// A rally that goes on: the default server signing at a fixed `rate`.
async fn rally(
    config: &Config,
    backend: &str,
    url: &str,
    rate: f64,
    secs: u64,
) -> anyhow::Result<()> {
    SIGNED.store(0, Ordering::Relaxed);
    let smtp = SmtpSink::start(false).await?;
    let server = Server::start(&config.bin, &["serve"], url, Some((&smtp, false)), &[]).await?;
    let form = FormParts::fetch(&server.addr).await?;
    let cfg = Config {
        duration: Duration::from_secs(secs),
        ..config.clone()
    };
    let signing = tokio::spawn(load(
        server.addr.clone(),
        cfg,
        Some(rate),
        sign_requests(&form, "p"),
    ));
    let mut max_backlog = 0u64;
    // `TRACE=1`: the backlog every second, to line up with a per-thread
    // CPU sample of the server (see BENCHMARKS.md, session 24).
    let trace = env_or("TRACE", "") == "1";
    let began = Instant::now();
    let mut samples = 0u64;
    while !signing.is_finished() {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let (signed, received) = (SIGNED.load(Ordering::Relaxed), smtp.received());
        let backlog = signed.saturating_sub(received);
        max_backlog = max_backlog.max(backlog);
        samples += 1;
        if trace && samples.is_multiple_of(4) {
            println!(
                "trace {:.1} s: signed {signed}, mailed {received}, backlog {backlog}",
                began.elapsed().as_secs_f64()
            );
        }
    }
    let paced = signing.await?;
    let stopped = Instant::now();
    let all = smtp.wait_for(paced.ok, Duration::from_secs(120)).await;
    row(
        backend,
        &format!("rally: asked {rate:.0}/s for {secs} s, serve with its worker"),
        &paced,
        None,
    );
    println!(
        "| {backend} | rally: mail backlog at most {max_backlog} ({:.2} s of traffic); {all} of {} mailed | | | | {} missing | all out {:.1} s after signing stopped |",
        max_backlog as f64 / rate,
        paced.ok,
        paced.ok.saturating_sub(all),
        stopped.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The whole cycle: signing at `rate` while other connections confirm each
/// link as soon as its mail arrives.
async fn cycle(
    config: &Config,
    backend: &str,
    url: &str,
    rate: f64,
    secs: u64,
) -> anyhow::Result<()> {
    SIGNED.store(0, Ordering::Relaxed);
    let smtp = SmtpSink::start(true).await?;
    let server = Server::start(&config.bin, &["serve"], url, Some((&smtp, false)), &[]).await?;
    let form = FormParts::fetch(&server.addr).await?;
    let cfg = Config {
        duration: Duration::from_secs(secs),
        ..config.clone()
    };
    let signing = tokio::spawn(load(
        server.addr.clone(),
        cfg,
        Some(rate),
        sign_requests(&form, "c"),
    ));
    let signing_done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let started = Instant::now();
    let mut confirmers = Vec::new();
    for _ in 0..(config.conns / 2).max(1) {
        let (addr, form, smtp, done) = (
            server.addr.clone(),
            form.clone(),
            smtp.clone(),
            signing_done.clone(),
        );
        confirmers.push(tokio::spawn(async move {
            let (mut ok, mut errors, mut latencies) = (0u64, 0u64, Vec::new());
            let mut conn: Option<Conn> = None;
            // Until every mail of the run arrived and was followed (or a
            // minute after signing stopped).
            let give_up = started + Duration::from_secs(secs + 60);
            loop {
                let Some(token) = smtp.next_token() else {
                    let finished = done.load(Ordering::Relaxed)
                        && smtp.received() >= SIGNED.load(Ordering::Relaxed);
                    if finished || Instant::now() > give_up {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(2)).await;
                    continue;
                };
                if conn.is_none() {
                    conn = Conn::open(&addr).await.ok();
                }
                let Some(c) = conn.as_mut() else {
                    errors += 1;
                    continue;
                };
                let body = format!("csrf={}", form.csrf);
                let request = post_bytes(&format!("/verify/{token}"), &form.cookie, &body);
                let sent = Instant::now();
                match c.send(&request).await {
                    Ok((200, _)) => {
                        ok += 1;
                        let us = sent.elapsed().as_micros();
                        latencies.push(u32::try_from(us).unwrap_or(u32::MAX));
                    }
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        conn = None;
                    }
                }
            }
            (ok, errors, latencies)
        }));
    }
    let mut max_backlog = 0u64;
    let mut max_unconfirmed = 0usize;
    while !signing.is_finished() {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let backlog = SIGNED
            .load(Ordering::Relaxed)
            .saturating_sub(smtp.received());
        max_backlog = max_backlog.max(backlog);
        max_unconfirmed = max_unconfirmed.max(smtp.tokens_waiting());
    }
    let signed = signing.await?;
    signing_done.store(true, Ordering::Relaxed);
    let mut confirmed = Outcome {
        ok: 0,
        errors: 0,
        secs: secs as f64,
        latencies_us: Vec::new(),
    };
    for c in confirmers {
        let (ok, errors, latencies) = c.await?;
        confirmed.ok += ok;
        confirmed.errors += errors;
        confirmed.latencies_us.extend(latencies);
    }
    confirmed.latencies_us.sort_unstable();
    let all_done = started.elapsed().as_secs_f64();
    let met = signed.ok as f64 >= 0.97 * rate * secs as f64
        && signed.percentile(0.99) <= 25.0
        && confirmed.percentile(0.99) <= 25.0
        && signed.errors + confirmed.errors == 0
        && confirmed.ok == signed.ok;
    row(
        backend,
        &format!("whole cycle at {rate:.0}/s for {secs} s: sign"),
        &signed,
        None,
    );
    row(
        backend,
        &format!("whole cycle at {rate:.0}/s: confirm as mail arrives"),
        &confirmed,
        None,
    );
    println!(
        "| {backend} | whole cycle at {rate:.0}/s: {} signed, {} confirmed; mail backlog at most {max_backlog} ({:.2} s), links waiting at most {max_unconfirmed} | | | | | all confirmed {:.1} s after the start; {} |",
        signed.ok,
        confirmed.ok,
        max_backlog as f64 / rate,
        all_done,
        if met { "sustained" } else { "NOT sustained" }
    );
    Ok(())
}

/// The expiry storm: the main case on a database of `STORM_ROWS`
/// signatures, `STORM_EXPIRING` of them pending with expired links.
async fn storm(config: &Config, backend: &str, url: &str, grouped: &Outcome) -> anyhow::Result<()> {
    let rows: i64 = env_or("STORM_ROWS", "1000000")
        .parse()
        .context("STORM_ROWS")?;
    let expiring: i64 = env_or("STORM_EXPIRING", "100000")
        .parse()
        .context("STORM_EXPIRING")?;
    // Once without its worker, to make the schema and the demo petition.
    let smtp = SmtpSink::start(false).await?;
    drop(Server::start(&config.bin, &["serve"], url, Some((&smtp, true)), &[]).await?);
    let filled = Instant::now();
    storm_fill(url, rows, expiring)?;
    let fill_secs = filled.elapsed().as_secs_f64();
    let server = Server::start(&config.bin, &["serve"], url, Some((&smtp, false)), &[]).await?;
    let form = FormParts::fetch(&server.addr).await?;
    let outcome = load(
        server.addr.clone(),
        config.clone(),
        None,
        sign_requests(&form, "x"),
    )
    .await;
    let left = storm_pending_left(url)?;
    row(
        backend,
        &format!(
            "expiry storm: main case on {rows} signatures, {expiring} expiring (filled in {fill_secs:.0} s; {left} still pending after the run)"
        ),
        &outcome,
        Some(grouped),
    );
    let stopped = Instant::now();
    let mailed = smtp.wait_for(outcome.ok, Duration::from_secs(120)).await;
    println!(
        "| {backend} | expiry storm: every signature answered 303 is mailed | {mailed} of {} | | | {} missing | all out {:.1} s after signing stopped |",
        outcome.ok,
        outcome.ok.saturating_sub(mailed),
        stopped.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Writes the storm's rows straight into the database: confirmed signatures,
/// then pending ones whose links expired an hour ago, each with its sent
/// mail, and two links for each pending one.
fn storm_fill(url: &str, rows: i64, expiring: i64) -> anyhow::Result<()> {
    use diesel::RunQueryDsl;
    let pool = handover::db::connect(url, handover::config::SqliteSync::Normal)?;
    let mut conn = pool.get()?;
    let sqlite = url.starts_with("sqlite");
    let (series, ago, blob) = if sqlite {
        (
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) SELECT i FROM n",
            "datetime('now', '-{days} days')",
            "randomblob(32)",
        )
    } else {
        (
            "SELECT generate_series(1, {rows}) AS i",
            "(now() AT TIME ZONE 'UTC') - interval '{days} days'",
            "sha256(('storm' || s.id)::bytea)",
        )
    };
    let when = |days: &str| ago.replace("{days}", days);
    let verified = rows - expiring;
    let statements = [
        format!(
            "INSERT INTO signatures (petition_id, delivery_point_id, email_hash, country, name_in_packet, state, \
             created_at, verified_at, last_mailed_at, lang, notify_delivery, reminder_done, keep_informed) \
             SELECT p.id, d.id, 'storm:' || i, 'KR', 'full', \
             CASE WHEN i <= {verified} THEN 'verified' ELSE 'pending' END, {old}, \
             CASE WHEN i <= {verified} THEN {old} ELSE NULL END, {old}, 'en', {f}, {t}, {f} \
             FROM ({series}) AS n, petitions p, delivery_points d \
             WHERE p.slug = '{SLUG}' AND d.petition_id = p.id AND d.slug = 'seoul-embassy'",
            series = series.replace("{rows}", &rows.to_string()),
            old = when("8"),
            f = if sqlite { "0" } else { "false" },
            t = if sqlite { "1" } else { "true" },
        ),
        format!(
            "INSERT INTO outbox (kind, signature_id, created_at, next_attempt_at, attempts, sent_at, lang) \
             SELECT 'verify', s.id, {old}, {old}, 1, {old}, 'en' FROM signatures s WHERE s.email_hash LIKE 'storm:%'",
            old = when("8"),
        ),
        format!(
            "INSERT INTO signature_tokens (token_hash, signature_id, purpose, created_at, expires_at) \
             SELECT {blob}, s.id, 'verify', {old}, {old} FROM signatures s \
             WHERE s.email_hash LIKE 'storm:%' AND s.state = 'pending'",
            old = when("8"),
        ),
    ];
    for sql in statements {
        diesel::sql_query(&sql)
            .execute(&mut *conn)
            .with_context(|| format!("filling the storm: {sql}"))?;
    }
    Ok(())
}

/// How many of the storm's pending signatures are left.
fn storm_pending_left(url: &str) -> anyhow::Result<i64> {
    use diesel::RunQueryDsl;
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let pool = handover::db::connect(url, handover::config::SqliteSync::Normal)?;
    let count: Count = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM signatures WHERE email_hash LIKE 'storm:%' AND state = 'pending'",
    )
    .get_result(&mut *pool.get()?)?;
    Ok(count.n)
}

/// Past one machine (PostgreSQL, `SCALE_OUT=1`): signing through one
/// `serve --no-worker` and through two (the connections alternate between
/// their ports), a separate `handover worker` mailing in both runs.
async fn scale_out(
    config: &Config,
    backend: &str,
    db: &dyn Fn(&str) -> String,
) -> anyhow::Result<()> {
    let mut one: Option<Outcome> = None;
    for processes in [1, 2] {
        let smtp = SmtpSink::start(false).await?;
        let url = db(&format!("scale{processes}"));
        let mut servers = Vec::new();
        for _ in 0..processes {
            servers.push(
                Server::start(&config.bin, &["serve"], &url, Some((&smtp, true)), &[]).await?,
            );
        }
        let worker = Server::worker(&config.bin, &url, &smtp, &servers[0].addr)?;
        let form = FormParts::fetch(&servers[0].addr).await?;
        let addrs = servers.iter().map(|s| s.addr.clone()).collect();
        let tag = if processes == 1 { "o" } else { "t" };
        let outcome = load_spread(addrs, config.clone(), None, sign_requests(&form, tag)).await;
        let mailed = smtp.wait_for(outcome.ok, Duration::from_secs(120)).await;
        drop(worker);
        drop(servers);
        row(
            backend,
            &format!(
                "sign: {processes} serve --no-worker + 1 worker ({mailed} of {} mailed; ratio to one process)",
                outcome.ok
            ),
            &outcome,
            one.as_ref(),
        );
        one.get_or_insert(outcome);
    }
    Ok(())
}

/// Signatures answered `303` in a paced run (read by the sampler).
static SIGNED: AtomicU64 = AtomicU64::new(0);

fn row(backend: &str, phase: &str, r: &Outcome, baseline: Option<&Outcome>) {
    let ratio = baseline
        .map(|b| format!("{:.2}", r.ok as f64 / b.ok.max(1) as f64))
        .unwrap_or_default();
    println!(
        "| {backend} | {phase} | {:.0} | {:.2} | {:.2} | {} | {ratio} |",
        r.ok as f64 / r.secs,
        r.percentile(0.50),
        r.percentile(0.99),
        r.errors
    );
}

// ---------------------------------------------------------------------------
// SQLite's write turn, from `/metrics`

/// Time SQLite's write turn was held and waited for, and how many write
/// transactions took it, by class (request, background), with when it was read.
#[derive(Clone, Copy)]
struct TurnUse {
    at: Instant,
    /// `[request, background]` each.
    held: [f64; 2],
    waited: [f64; 2],
    turns: [f64; 2],
    /// Turns held longer than [`TurnUse::LONG`] (a checkpoint, a stall).
    long: [f64; 2],
}

impl TurnUse {
    const CLASSES: [&'static str; 2] = ["request", "background"];
    /// A turn held longer than this is counted apart: a bucket bound of
    /// the server's histogram (`TURN_BUCKETS` in `src/web/metrics.rs`).
    const LONG: &'static str = "0.01";

    async fn fetch(metrics_addr: &str) -> anyhow::Result<Self> {
        let mut c = Conn::open(metrics_addr).await?;
        let (status, body) = c.send(&get_bytes("/metrics", "")).await?;
        if status != 200 {
            bail!("/metrics answered {status}");
        }
        let text = String::from_utf8_lossy(&body);
        let value = |series: String| {
            text.lines()
                .find_map(|l| l.strip_prefix(series.as_str())?.strip_prefix(' '))
                .and_then(|v| v.trim().parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        let each = |metric: &str, part: &str| {
            Self::CLASSES.map(|class| value(format!("{metric}_{part}{{class=\"{class}\"}}")))
        };
        let bucket = |metric: &str, le: &str| {
            Self::CLASSES.map(|class| {
                text.lines()
                    .filter(|l| l.starts_with(&format!("{metric}_bucket{{")))
                    .filter(|l| l.contains(&format!("class=\"{class}\"")))
                    .filter(|l| l.contains(&format!("le=\"{le}\"")))
                    .find_map(|l| l.rsplit(' ').next()?.trim().parse::<f64>().ok())
                    .unwrap_or(0.0)
            })
        };
        let turns = each(handover::metrics::WRITE_TURN_HELD, "count");
        let short = bucket(handover::metrics::WRITE_TURN_HELD, Self::LONG);
        Ok(TurnUse {
            at: Instant::now(),
            held: each(handover::metrics::WRITE_TURN_HELD, "sum"),
            waited: each(handover::metrics::WRITE_TURN_WAIT, "sum"),
            turns,
            long: [turns[0] - short[0], turns[1] - short[1]],
        })
    }

    fn since(&self, before: &Self) -> Self {
        let minus = |a: [f64; 2], b: [f64; 2]| [a[0] - b[0], a[1] - b[1]];
        TurnUse {
            at: self.at,
            held: minus(self.held, before.held),
            waited: minus(self.waited, before.waited),
            turns: minus(self.turns, before.turns),
            long: minus(self.long, before.long),
        }
        .over(self.at - before.at)
    }

    /// The same figures per second of `wall` (`at` keeps the end).
    fn over(mut self, wall: Duration) -> Self {
        let secs = wall.as_secs_f64().max(1e-9);
        for v in [
            &mut self.held,
            &mut self.waited,
            &mut self.turns,
            &mut self.long,
        ] {
            v[0] /= secs;
            v[1] /= secs;
        }
        self
    }

    fn print(&self, backend: &str) {
        for (i, class) in Self::CLASSES.iter().enumerate() {
            let mean_ms = if self.turns[i] > 0.0 {
                self.held[i] / self.turns[i] * 1e3
            } else {
                0.0
            };
            println!(
                "| {backend} | main case: write turn, {class} writers | held {:.1} % of the time | {:.0} turns/s | mean held {mean_ms:.2} ms | waiting {:.2} writers on average | {:.1} turns/s held over {} s |",
                self.held[i] * 100.0,
                self.turns[i],
                self.waited[i],
                self.long[i],
                Self::LONG,
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Servers

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(StdListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

impl Server {
    /// Starts `bin args` on a free port and waits for `/health`. With
    /// `smtp = Some((sink, no_worker))` mail goes to the sink.
    async fn start(
        bin: &str,
        args: &[&str],
        database_url: &str,
        smtp: Option<(&SmtpSink, bool)>,
        env: &[(&str, &str)],
    ) -> anyhow::Result<Self> {
        let port = free_port()?;
        let addr = format!("127.0.0.1:{port}");
        let mut cmd = Command::new(bin);
        cmd.args(args)
            .env("DATABASE_URL", database_url)
            .env("HANDOVER_BIND", &addr)
            .env("HANDOVER_BASE_URL", format!("http://{addr}"))
            .env("HANDOVER_RATE_LIMITS", "off")
            .env("HANDOVER_MIN_FILL_SECS", "0")
            .env("HANDOVER_DATA_KEY", BENCH_DATA_KEY)
            // A fresh PostgreSQL database gets no demo by itself.
            .env("HANDOVER_DEMO", "true")
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        if let Some((sink, no_worker)) = smtp {
            cmd.env("SMTP_URL", sink.url());
            if no_worker {
                cmd.env("HANDOVER_NO_WORKER", "true");
            }
        }
        let child = cmd.spawn().with_context(|| format!("starting {bin}"))?;
        let server = Server { child, addr };
        for _ in 0..600 {
            if let Ok(mut c) = Conn::open(&server.addr).await
                && let Ok((200, _)) = c.send(&get_bytes("/health", "")).await
            {
                return Ok(server);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        bail!("{bin} did not answer on {}", server.addr)
    }

    /// `handover worker` sending to `sink`, with links to `addr`.
    fn worker(bin: &str, database_url: &str, sink: &SmtpSink, addr: &str) -> anyhow::Result<Self> {
        let child = Command::new(bin)
            .arg("worker")
            .env("DATABASE_URL", database_url)
            .env("HANDOVER_BASE_URL", format!("http://{addr}"))
            .env("SMTP_URL", sink.url())
            .env("HANDOVER_DATA_KEY", BENCH_DATA_KEY)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting the worker")?;
        Ok(Server {
            child,
            addr: addr.to_owned(),
        })
    }
}

/// Fresh PostgreSQL databases for one run, dropped at the end.
struct PgDatabases {
    admin: String,
    made: Mutex<Vec<String>>,
}

impl PgDatabases {
    fn new(url: &str) -> Self {
        PgDatabases {
            admin: url.trim_end_matches('/').to_owned(),
            made: Mutex::default(),
        }
    }

    fn psql(&self, sql: &str) -> anyhow::Result<()> {
        let status = Command::new("psql")
            .args([&format!("{}/postgres", self.admin), "-q", "-c", sql])
            .stdout(Stdio::null())
            .status()
            .context("running psql")?;
        anyhow::ensure!(status.success(), "psql failed: {sql}");
        Ok(())
    }

    fn create(&self, name: &str) -> String {
        let db = format!("handover_surge_{}_{name}", std::process::id());
        if let Err(e) = self.psql(&format!("CREATE DATABASE {db}")) {
            eprintln!("{e:#}");
        }
        if let Ok(mut made) = self.made.lock() {
            made.push(db.clone());
        }
        format!("{}/{db}", self.admin)
    }

    fn drop_all(&self) {
        for db in self.made.lock().map(|m| m.clone()).unwrap_or_default() {
            let _ = self.psql(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
        }
    }
}

// ---------------------------------------------------------------------------
// Requests

/// What a signing request needs from the petition page.
#[derive(Clone)]
struct FormParts {
    cookie: String,
    csrf: String,
    started: String,
}

impl FormParts {
    fn baseline() -> Self {
        FormParts {
            cookie: String::new(),
            csrf: "0".repeat(64),
            started: "0.0".to_owned(),
        }
    }

    /// One visit to the petition page: a cookie and form token that every
    /// connection may reuse (the token is the HMAC of the cookie).
    async fn fetch(addr: &str) -> anyhow::Result<Self> {
        let mut c = Conn::open(addr).await?;
        let (status, page) = c.send(&get_bytes(&format!("/p/{SLUG}"), "")).await?;
        anyhow::ensure!(status == 200, "petition page answered {status}");
        let page = String::from_utf8(page).context("the petition page is not UTF-8")?;
        let cookie = c
            .last_cookie
            .clone()
            .context("the petition page set no cookie")?;
        let field = |name: &str| -> anyhow::Result<String> {
            let marker = format!("name=\"{name}\" value=\"");
            let at = page.find(&marker).context("no such field")? + marker.len();
            Ok(page[at..].split('"').next().unwrap_or_default().to_owned())
        };
        Ok(FormParts {
            cookie,
            csrf: field("csrf")?,
            started: field("started")?,
        })
    }
}

fn get_bytes(path: &str, cookie: &str) -> Vec<u8> {
    let cookie = if cookie.is_empty() {
        String::new()
    } else {
        format!("Cookie: {cookie}\r\n")
    };
    format!("GET {path} HTTP/1.1\r\nHost: bench\r\n{cookie}\r\n").into_bytes()
}

fn post_bytes(path: &str, cookie: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: bench\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Makes request number `n`, or `None` when there is no more work.
type Requests = Arc<dyn Fn(u64) -> Option<(Vec<u8>, u16)> + Send + Sync>;

fn sign_requests(form: &FormParts, tag: &'static str) -> Requests {
    let form = form.clone();
    Arc::new(move |n| {
        // Addresses arrive in no order, as at a rally: the n-th is a
        // scrambled (still distinct) number, so index inserts land all over
        // the B-tree as real addresses do, not at one growing end.
        let local = n.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
        let body = format!(
            "name=Bench+Signer+{n}&email={tag}{local:016x}%40example.org&country=KR&city=Seoul\
             &delivery_point=seoul-embassy&name_in_packet=full&comment=&consent=yes&website=\
             &started={}&csrf={}",
            form.started, form.csrf
        );
        Some((
            post_bytes(&format!("/p/{SLUG}/sign"), &form.cookie, &body),
            303,
        ))
    })
}

fn get_requests(path: &str, cookie: &str) -> Requests {
    let bytes = get_bytes(path, cookie);
    Arc::new(move |_| Some((bytes.clone(), 200)))
}

fn confirm_requests(form: &FormParts, tokens: Vec<String>) -> Requests {
    let form = form.clone();
    Arc::new(move |n| {
        let token = tokens.get(usize::try_from(n).ok()?)?;
        let body = format!("csrf={}", form.csrf);
        Some((
            post_bytes(&format!("/verify/{token}"), &form.cookie, &body),
            200,
        ))
    })
}

// ---------------------------------------------------------------------------
// Load

struct Outcome {
    ok: u64,
    errors: u64,
    secs: f64,
    latencies_us: Vec<u32>,
}

impl Outcome {
    fn percentile(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return 0.0;
        }
        let i = ((self.latencies_us.len() - 1) as f64 * p).round() as usize;
        f64::from(self.latencies_us[i]) / 1000.0
    }
}

/// Runs `requests` over `config.conns` connections for `config.duration`,
/// as fast as answers come, or at `rate` requests/s in all.
async fn load(addr: String, config: Config, rate: Option<f64>, requests: Requests) -> Outcome {
    load_spread(vec![addr], config, rate, requests).await
}

/// Like [`load`], the connections spread over several servers in turn.
async fn load_spread(
    addrs: Vec<String>,
    config: Config,
    rate: Option<f64>,
    requests: Requests,
) -> Outcome {
    let next = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let deadline = start + config.duration;
    let mut tasks = Vec::new();
    for i in 0..config.conns {
        let addr = addrs[i % addrs.len()].clone();
        let (next, requests) = (next.clone(), requests.clone());
        let interval = rate.map(|r| Duration::from_secs_f64(config.conns as f64 / r));
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut errors, mut latencies) = (0u64, 0u64, Vec::new());
            let mut conn: Option<Conn> = None;
            let mut tick = Instant::now();
            while Instant::now() < deadline {
                if let Some(interval) = interval {
                    tick += interval;
                    tokio::time::sleep_until(tick.into()).await;
                }
                let n = next.fetch_add(1, Ordering::Relaxed);
                let Some((bytes, expect)) = requests(n) else {
                    break;
                };
                if conn.is_none() {
                    conn = Conn::open(&addr).await.ok();
                }
                let Some(c) = conn.as_mut() else {
                    errors += 1;
                    continue;
                };
                let sent = Instant::now();
                match c.send(&bytes).await {
                    Ok((status, _)) if status == expect => {
                        ok += 1;
                        if interval.is_some() && expect == 303 {
                            SIGNED.fetch_add(1, Ordering::Relaxed);
                        }
                        let us = sent.elapsed().as_micros();
                        latencies.push(u32::try_from(us).unwrap_or(u32::MAX));
                    }
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        conn = None;
                    }
                }
            }
            (ok, errors, latencies)
        }));
    }
    let mut outcome = Outcome {
        ok: 0,
        errors: 0,
        secs: 0.0,
        latencies_us: Vec::new(),
    };
    for t in tasks {
        if let Ok((ok, errors, latencies)) = t.await {
            outcome.ok += ok;
            outcome.errors += errors;
            outcome.latencies_us.extend(latencies);
        }
    }
    outcome.secs = start
        .elapsed()
        .as_secs_f64()
        .min(config.duration.as_secs_f64())
        .max(0.001);
    outcome.latencies_us.sort_unstable();
    outcome
}

/// One keep-alive HTTP/1.1 connection; answers must carry `Content-Length`.
struct Conn {
    stream: BufReader<TcpStream>,
    last_cookie: Option<String>,
}

impl Conn {
    async fn open(addr: &str) -> anyhow::Result<Self> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Conn {
            stream: BufReader::with_capacity(64 * 1024, stream),
            last_cookie: None,
        })
    }

    /// Sends a request; the status and the body's bytes (left undecoded: on
    /// the shared cores, decoding every 30 KB page took more CPU than the
    /// server spent serving it).
    async fn send(&mut self, request: &[u8]) -> anyhow::Result<(u16, Vec<u8>)> {
        self.stream.get_mut().write_all(request).await?;
        let mut line = String::new();
        self.stream.read_line(&mut line).await?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .context("no status line")?;
        let mut length = 0usize;
        loop {
            line.clear();
            if self.stream.read_line(&mut line).await? == 0 {
                bail!("connection closed");
            }
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().context("bad Content-Length")?;
            } else if name.eq_ignore_ascii_case("set-cookie") {
                self.last_cookie = value.trim().split(';').next().map(str::to_owned);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                bail!("chunked answers are not supported here");
            }
        }
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body).await?;
        Ok((status, body))
    }
}

// ---------------------------------------------------------------------------
// SMTP receiver

/// A loopback SMTP server that accepts everything, counts messages and keeps
/// the confirmation tokens.
#[derive(Clone)]
struct SmtpSink {
    port: u16,
    received: Arc<AtomicU64>,
    /// Whether messages are parsed for their links (CPU the main case's
    /// load generator does not spend).
    collect: bool,
    tokens: Arc<Mutex<std::collections::VecDeque<String>>>,
    /// `SMTP_RTT_MS`: each group of replies goes out this long after the
    /// commands it answers, as from a relay that far away (0: at once).
    rtt: Duration,
}

impl SmtpSink {
    async fn start(collect: bool) -> anyhow::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let rtt_ms: u64 = env_or("SMTP_RTT_MS", "0").parse().context("SMTP_RTT_MS")?;
        let sink = SmtpSink {
            port: listener.local_addr()?.port(),
            received: Arc::default(),
            collect,
            tokens: Arc::default(),
            rtt: Duration::from_millis(rtt_ms),
        };
        let s = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = s.session(stream).await;
                });
            }
        });
        Ok(sink)
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    fn received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }

    fn take_tokens(&self) -> Vec<String> {
        self.tokens
            .lock()
            .map(|mut t| std::mem::take(&mut *t).into())
            .unwrap_or_default()
    }

    /// The oldest link not yet followed.
    fn next_token(&self) -> Option<String> {
        self.tokens.lock().ok()?.pop_front()
    }

    fn tokens_waiting(&self) -> usize {
        self.tokens.lock().map(|t| t.len()).unwrap_or_default()
    }

    /// Waits until `n` messages arrived or `timeout` passed; how many arrived.
    async fn wait_for(&self, n: u64, timeout: Duration) -> u64 {
        let until = Instant::now() + timeout;
        while self.received() < n && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.received()
    }

    /// One client. Replies are buffered and go out once everything the
    /// client sent has been read, as servers that offer PIPELINING answer a
    /// group of commands.
    async fn session(&self, stream: TcpStream) -> anyhow::Result<()> {
        let (read, write) = stream.into_split();
        let mut read = BufReader::new(read);
        let mut write = tokio::io::BufWriter::new(write);
        write.write_all(b"220 surge ESMTP\r\n").await?;
        let mut line = String::new();
        loop {
            if read.buffer().is_empty() {
                self.reply(&mut write).await?;
            }
            line.clear();
            if read.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
            match verb.as_str() {
                "EHLO" | "HELO" => {
                    write
                        .write_all(b"250-surge\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
                        .await?
                }
                "DATA" => {
                    write.write_all(b"354 go ahead\r\n").await?;
                    let mut message = String::new();
                    loop {
                        if read.buffer().is_empty() {
                            self.reply(&mut write).await?;
                        }
                        line.clear();
                        if read.read_line(&mut line).await? == 0 {
                            return Ok(());
                        }
                        if line == ".\r\n" {
                            break;
                        }
                        message.push_str(&line);
                    }
                    if self.collect
                        && let Some(token) = verify_token(&message)
                        && let Ok(mut tokens) = self.tokens.lock()
                    {
                        tokens.push_back(token);
                    }
                    self.received.fetch_add(1, Ordering::Relaxed);
                    write.write_all(b"250 queued\r\n").await?;
                }
                "QUIT" => {
                    write.write_all(b"221 bye\r\n").await?;
                    write.flush().await?;
                    return Ok(());
                }
                _ => write.write_all(b"250 ok\r\n").await?,
            }
        }
    }
}

impl SmtpSink {
    /// Sends the buffered replies, after the round trip's delay if any.
    async fn reply<W: tokio::io::AsyncWrite + Unpin>(
        &self,
        write: &mut tokio::io::BufWriter<W>,
    ) -> std::io::Result<()> {
        if !self.rtt.is_zero() && !write.buffer().is_empty() {
            tokio::time::sleep(self.rtt).await;
        }
        write.flush().await
    }
}

/// The token of the first `/verify/` link in a message's text part.
fn verify_token(raw: &str) -> Option<String> {
    let message = mail_parser::MessageParser::default().parse(raw.as_bytes())?;
    let text = message.body_text(0)?;
    let at = text.find("/verify/")? + "/verify/".len();
    let token: String = text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

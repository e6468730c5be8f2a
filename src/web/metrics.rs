//! `/metrics` (Prometheus text format) on a listener of its own,
//! `HANDOVER_METRICS_BIND`: off by default, and never on the public port,
//! so only what can reach that address (a scraper on the private network)
//! reads it. The names are in [`crate::metrics`].

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context;
use chrono::Utc;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::db::DbPool;
use crate::metrics as m;

/// Whether a recorder is installed (request counting is skipped otherwise).
static ON: AtomicBool = AtomicBool::new(false);
/// The process's one recorder (a process can install only one).
static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Seconds: from a millisecond to ten seconds.
const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];
/// Seconds a write transaction holds or waits for SQLite's write turn:
/// from a tenth of a millisecond (a group commit without its sync) to a second.
const TURN_BUCKETS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];
/// Jobs per group commit: 1 up to the most one commit takes.
const BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

/// Installs the recorder (once per process) and returns its handle.
fn handle() -> anyhow::Result<PrometheusHandle> {
    if let Some(h) = HANDLE.get() {
        return Ok(h.clone());
    }
    let handle = PrometheusBuilder::new()
        .set_buckets(LATENCY_BUCKETS)
        .and_then(|b| {
            b.set_buckets_for_metric(Matcher::Full(m::GROUP_COMMIT_BATCH.into()), BATCH_BUCKETS)
        })
        .and_then(|b| {
            b.set_buckets_for_metric(Matcher::Full(m::WRITE_TURN_HELD.into()), TURN_BUCKETS)
        })
        .and_then(|b| {
            b.set_buckets_for_metric(Matcher::Full(m::WRITE_TURN_WAIT.into()), TURN_BUCKETS)
        })
        .context("setting histogram buckets")?
        .install_recorder()
        .context("installing the metrics recorder")?;
    let handle = HANDLE.get_or_init(|| handle).clone();
    ON.store(true, Ordering::Relaxed);
    Ok(handle)
}

/// Starts the metrics listener on `bind`; returns the server and its port.
pub fn serve(bind: &str, pool: DbPool) -> anyhow::Result<(actix_web::dev::Server, u16)> {
    let handle = handle()?;
    let listener = std::net::TcpListener::bind(bind)
        .with_context(|| format!("cannot listen on HANDOVER_METRICS_BIND {bind}"))?;
    let port = listener
        .local_addr()
        .context("reading the metrics address")?
        .port();
    let state = web::Data::new((handle, pool));
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .route("/metrics", web::get().to(scrape))
    })
    .workers(1)
    .disable_signals()
    .listen(listener)
    .context("starting the metrics listener")?
    .run();
    tracing::info!(%bind, "metrics at /metrics");
    Ok((server, port))
}

/// `GET /metrics`: the counters, with the outbox and pool read now.
async fn scrape(state: web::Data<(PrometheusHandle, DbPool)>) -> HttpResponse {
    let (handle, pool) = (state.0.clone(), state.1.clone());
    let _ = web::block(move || {
        let pool_state = pool.state();
        let idle = f64::from(pool_state.idle_connections);
        let all = f64::from(pool_state.connections);
        metrics::gauge!(m::DB_POOL_CONNECTIONS, "state" => "idle").set(idle);
        metrics::gauge!(m::DB_POOL_CONNECTIONS, "state" => "in_use").set(all - idle);
        // A scrape during an outage still answers, without the outbox.
        if let Ok(mut conn) = pool.get_timeout(crate::db::CONNECTION_WAIT) {
            let now = Utc::now().naive_utc();
            if let Ok((backlog, oldest)) = crate::outbox::depth(&mut conn, now) {
                metrics::gauge!(m::OUTBOX_BACKLOG).set(backlog as f64);
                let age = oldest.map_or(0.0, |t| (now - t).as_seconds_f64().max(0.0));
                metrics::gauge!(m::OUTBOX_OLDEST_DUE).set(age);
            }
        }
        handle.run_upkeep();
    })
    .await;
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.0.render())
}

/// Counts every request by route pattern and status, while metrics are on.
pub async fn count_requests(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if !ON.load(Ordering::Relaxed) {
        return next.call(req).await;
    }
    let started = std::time::Instant::now();
    let method = req.method().as_str().to_owned();
    let response = next.call(req).await?;
    let route = response
        .request()
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".to_owned());
    m::http_request(
        &method,
        route,
        response.status().as_u16(),
        started.elapsed(),
    );
    Ok(response)
}

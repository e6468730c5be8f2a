//! Building and running the app: database, secret, mail worker, HTTP server.

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use diesel::prelude::*;
use rand::TryRng;

use crate::config::Settings;
use crate::crypto::keyring::DataKeySource;
use crate::crypto::{DataKey, Keyring};
use crate::db::group_commit::GroupCommit;
use crate::db::schema::app_secrets;
use crate::db::{self, DbConnection, DbPool};
use crate::mail::Mailer;
use crate::mail::worker::Worker;
use crate::organizers::{Organizer, invites};
use crate::petitions::{Petition, import};
use crate::web::{self as routes, AppState};

/// Most jobs one group commit takes: large enough to share a commit among a
/// surge's requests, small enough to keep one transaction short.
const GROUP_COMMIT_MAX: usize = 256;

/// How long `serve` keeps answering after SIGTERM before it stops
/// listening: longer than the keep-alive timeout (actix's default, 5 s), so
/// every idle keep-alive connection has been closed by the server before the
/// listener goes, and no request arriving on one is cut (a proxy would turn
/// that into a 502). Meanwhile `/ready` says 503 and every response carries
/// `Connection: close`, so load balancers and clients move on.
const LAME_DUCK: std::time::Duration = std::time::Duration::from_secs(6);
/// How long requests already accepted may take to finish at shutdown.
const SHUTDOWN_TIMEOUT: u64 = 10;
/// How long the mail worker may take to finish what it has in flight (the
/// SMTP client's step timeout, and a little).
const WORKER_STOP: std::time::Duration = std::time::Duration::from_secs(20);

/// A built application: a bound socket, a server ready to run, its port.
pub struct Application {
    port: u16,
    server: Server,
    draining: Arc<AtomicBool>,
    worker: Option<RunningWorker>,
    /// The `/metrics` listener and its port, if `HANDOVER_METRICS_BIND` is set.
    metrics: Option<(Server, u16)>,
}

/// The in-process mail worker: its thread and how to stop it.
struct RunningWorker {
    thread: std::thread::JoinHandle<()>,
    stop: Arc<AtomicBool>,
}

impl Application {
    /// Opens and migrates the database, loads the demo petition where it
    /// belongs (see [`Settings::demo`]), starts the mail worker (unless
    /// disabled) and binds the server.
    pub fn build(settings: &Settings) -> anyhow::Result<Self> {
        // The laptop case: `handover serve` creating its own SQLite file.
        let created = db::Backend::from_url(&settings.database_url)?.is_missing_sqlite_file();
        let Database { pool, keys } = open_database(settings)?;
        let mut conn = pool.get().context("getting a database connection")?;
        let wanted = settings.demo
            && Petition::find_by_slug(&mut conn, import::DEMO_SLUG)
                .context("looking for the demo petition")?
                .is_none();
        if wanted || (created && Petition::count(&mut conn).context("counting petitions")? == 0) {
            load_demo(&mut conn)?;
        }
        let secret = server_secret(&mut conn)?;

        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("cannot listen on {}", settings.bind))?;
        let port = listener
            .local_addr()
            .context("reading the bound address")?
            .port();
        let base_url = base_url(settings, port);
        if Organizer::count(&mut conn).context("counting organizers")? == 0 {
            let token = invites::create_first_admin_token(&mut conn)
                .context("creating the first admin's one-time link")?;
            announce_setup_link(
                settings,
                &format!("{base_url}/organizer/setup/{}", token.expose()),
            )?;
        }
        drop(conn);
        // Find the PDF fonts now, off the request path, and say which
        // scripts packets would print as code points.
        std::thread::Builder::new()
            .name("fonts".into())
            .spawn(|| {
                let lacking = crate::packets::fonts::fonts().lacking_scripts();
                if !lacking.is_empty() {
                    tracing::warn!(
                        scripts = %lacking.join(", "),
                        "no font for these scripts: PDF packets print them as code points; install the fonts the README lists or set {}",
                        crate::packets::fonts::FONT_DIRS_ENV
                    );
                }
            })
            .context("starting the font scan")?;

        let (wake_worker, worker, liveness) = if settings.no_worker {
            (None, None, None)
        } else {
            let (tx, rx) = sync_channel(1);
            let worker = build_worker(settings, pool.clone(), keys.clone(), base_url.clone())?;
            let (stop, liveness) = (worker.stopper(), worker.liveness());
            let thread = std::thread::Builder::new()
                .name("mail-worker".into())
                .spawn(move || worker.run(rx))
                .context("starting the mail worker thread")?;
            (
                Some(tx),
                Some(RunningWorker { thread, stop }),
                Some(liveness),
            )
        };
        let draining = Arc::new(AtomicBool::new(false));
        let metrics = match &settings.metrics_bind {
            Some(bind) => Some(routes::metrics::serve(bind, pool.clone())?),
            None => None,
        };

        // SQLite has one writer at a time; on PostgreSQL a second writer
        // gathers the next group while the first one commits.
        let writers = if db::Backend::from_url(&settings.database_url)?.is_sqlite() {
            1
        } else {
            2
        };
        let signing = GroupCommit::start(
            "signing",
            pool.clone(),
            writers,
            GROUP_COMMIT_MAX,
            crate::db::group_commit::Writer {
                batch: crate::signatures::sign::sign_many,
                committed: crate::signatures::sign::committed,
            },
        )?;
        let confirming = GroupCommit::start(
            "confirming",
            pool.clone(),
            writers,
            GROUP_COMMIT_MAX,
            crate::db::group_commit::Writer {
                batch: crate::signatures::verify::confirm_many,
                committed: crate::signatures::verify::committed,
            },
        )?;
        let state = web::Data::new(Arc::new(AppState {
            signing,
            confirming,
            pool,
            secret,
            keys,
            base_url: base_url.clone(),
            resend_interval: chrono::Duration::seconds(i64::from(settings.resend_interval_secs)),
            min_fill_ms: i64::from(settings.min_fill_secs) * 1000,
            limits: crate::web::rate_limit::Limits::from_settings(
                settings,
                !db::Backend::from_url(&settings.database_url)?.is_sqlite(),
            ),
            blocklist: crate::signatures::blocklist::Blocklist::from_settings(settings),
            wake_worker,
            worker: liveness,
            draining: draining.clone(),
            petitions: Default::default(),
            cards: Default::default(),
            card_refresh: std::time::Duration::from_secs(settings.card_refresh_secs),
        }));
        let server = HttpServer::new(move || {
            App::new()
                .wrap(actix_web::middleware::from_fn(
                    routes::refresh_after_changes,
                ))
                .wrap(actix_web::middleware::from_fn(routes::head_as_get))
                .wrap(actix_web::middleware::from_fn(routes::close_when_draining))
                .wrap(actix_web::middleware::from_fn(
                    routes::body_deadline::body_deadline,
                ))
                .wrap(actix_web::middleware::from_fn(routes::lang::language))
                .wrap(actix_web::middleware::from_fn(routes::security_headers))
                .wrap(actix_web::middleware::from_fn(
                    routes::metrics::count_requests,
                ))
                .wrap(tracing_actix())
                .app_data(state.clone())
                .configure(routes::routes)
        })
        .listen(listener)
        .context("starting the HTTP server")?
        // Signals are handled in `run_until_signalled`, which drains first.
        .disable_signals()
        .shutdown_timeout(SHUTDOWN_TIMEOUT)
        .run();
        tracing::info!(%base_url, "serving");
        Ok(Application {
            port,
            server,
            draining,
            worker,
            metrics,
        })
    }

    /// The port the server listens on (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The port of the `/metrics` listener, if there is one.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics.as_ref().map(|(_, port)| *port)
    }

    /// Serves until the process gets SIGTERM or SIGINT (`handover serve`).
    /// On SIGTERM it drains for [`LAME_DUCK`], then stops listening,
    /// finishes the requests it accepted (and the group commits they wait
    /// on), then stops the mail worker once it has finished what it has in
    /// flight. SIGINT (Ctrl-C) skips the drain; a second signal ends the
    /// process at once.
    pub async fn run_until_signalled(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal(), true).await
    }

    /// Serves until the runtime ends, with no signal handling (tests run
    /// many apps in one process).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(std::future::pending(), false).await
    }

    /// Serves until `stop` resolves (true: drain first), then shuts down as
    /// [`Application::run_until_signalled`] describes.
    async fn run_until(
        self,
        stop: impl std::future::Future<Output = bool> + Send + 'static,
        second_signal_exits: bool,
    ) -> std::io::Result<()> {
        let handle = self.server.handle();
        let draining = self.draining.clone();
        let metrics = self.metrics.map(|(server, _)| {
            let handle = server.handle();
            tokio::spawn(server);
            handle
        });
        tokio::spawn(async move {
            let lame_duck = stop.await;
            draining.store(true, Ordering::Relaxed);
            if lame_duck {
                tracing::info!(
                    seconds = LAME_DUCK.as_secs(),
                    "SIGTERM: draining before stopping"
                );
                tokio::time::sleep(LAME_DUCK).await;
            }
            tracing::info!("stopping: finishing the requests in hand");
            let stopping = handle.stop(true);
            if second_signal_exits {
                tokio::spawn(async {
                    shutdown_signal().await;
                    tracing::warn!("second signal: exiting at once");
                    std::process::exit(1);
                });
            }
            stopping.await;
        });
        self.server.await?;
        if let Some(metrics) = metrics {
            metrics.stop(false).await;
        }
        if let Some(worker) = self.worker {
            worker.stop.store(true, Ordering::Relaxed);
            let start = std::time::Instant::now();
            while !worker.thread.is_finished() && start.elapsed() < WORKER_STOP {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            if !worker.thread.is_finished() {
                tracing::warn!(
                    "the mail worker did not stop in time; its leases run out within a minute"
                );
            }
        }
        tracing::info!("stopped");
        Ok(())
    }
}

/// Waits for SIGTERM (true) or SIGINT (false).
async fn shutdown_signal() -> bool {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        tracing::error!("cannot listen for signals; stop the server with SIGKILL");
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => true,
        _ = int.recv() => false,
    }
}

/// Hands the operator the first admin's one-time link, never through the
/// log (it grants admin rights, and container logs are widely readable):
/// on the terminal when there is one, else in a file only this user can
/// read (see [`setup_link_file`]), whose path is logged.
fn announce_setup_link(settings: &Settings, link: &str) -> anyhow::Result<()> {
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        println!(
            "No organizer account exists yet. Create the first admin here (one-time link):\n{link}"
        );
        return Ok(());
    }
    let path = setup_link_file(settings)?;
    write_private(&path, &format!("{link}\n")).with_context(|| {
        format!(
            "cannot write the first admin's one-time link to {} (set HANDOVER_SETUP_LINK_FILE to another place)",
            path.display()
        )
    })?;
    tracing::warn!(
        path = %path.display(),
        "no organizer account exists yet: the one-time link to create the first admin is in this file, readable by this user only"
    );
    Ok(())
}

/// Where the setup link goes without a terminal: `HANDOVER_SETUP_LINK_FILE`,
/// else beside a SQLite database (`FILE.setup-link`, like its key), else
/// `handover-setup-link` in the temporary folder.
fn setup_link_file(settings: &Settings) -> anyhow::Result<std::path::PathBuf> {
    if let Some(path) = &settings.setup_link_file {
        return Ok(path.clone());
    }
    Ok(match db::Backend::from_url(&settings.database_url)? {
        db::Backend::Sqlite(path) => format!("{path}.setup-link").into(),
        db::Backend::Postgres(_) => std::env::temp_dir().join("handover-setup-link"),
    })
}

/// Writes `text` to `path` with mode 0600, whole or not at all: through a
/// temporary file of its own beside it (0600 from the start), renamed over
/// `path`, so two processes starting at once cannot trip over each other.
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut partial = tempfile::Builder::new()
        .prefix(".setup-link")
        .tempfile_in(dir)?;
    partial.write_all(text.as_bytes())?;
    partial.as_file().sync_all()?;
    partial.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Request logging without query strings or paths that carry tokens.
fn tracing_actix() -> actix_web::middleware::Logger {
    // `%U` would log `/verify/{token}`; log the matched route pattern instead.
    actix_web::middleware::Logger::new("%{route}xi %s %Dms").custom_request_replace(
        "route",
        |req| {
            req.match_pattern()
                .unwrap_or_else(|| "(unmatched)".to_owned())
        },
    )
}

/// An open database and the keys to its signers' data.
pub struct Database {
    pub pool: DbPool,
    pub keys: Arc<Keyring>,
}

/// The migration that drops the clear-text signer columns: before it runs,
/// every row written before sealing existed is sealed (see
/// [`crate::signatures::reseal::seal_legacy`]). Diesel's version: the folder's
/// date and number without dashes.
const DROPS_CLEAR_TEXT: &str = "20261201000010";

/// Opens the pool, brings the schema up to date and opens the keyring: a
/// wrong or missing data key stops the start here, with the reason.
pub fn open_database(settings: &Settings) -> anyhow::Result<Database> {
    let (current, previous) = configured_keys(settings)?;
    let pool = db::connect(&settings.database_url, settings.sqlite_sync)?;
    let mut conn = pool
        .get()
        .context("cannot connect to the database named by DATABASE_URL")?;
    let mut sealed = 0;
    db::run_migrations(&mut conn, |conn, version| {
        if version.replace('-', "").starts_with(DROPS_CLEAR_TEXT) {
            let keys = Keyring::load(conn, current.clone(), previous.clone())?;
            sealed = crate::signatures::reseal::seal_legacy(conn, &keys)?;
        }
        Ok(())
    })?;
    if sealed > 0 {
        db::compact_after_upgrade(&mut conn).context("compacting the database after sealing")?;
    }
    let keys = Keyring::load(&mut conn, current, previous)?;
    Ok(Database {
        pool,
        keys: Arc::new(keys),
    })
}

/// The data key and the previous ones the settings name.
fn configured_keys(settings: &Settings) -> anyhow::Result<(DataKey, Vec<DataKey>)> {
    let current = DataKeySource::from_settings(settings)?.load()?;
    let previous = settings
        .previous_data_keys
        .iter()
        .filter(|k| !k.trim().is_empty())
        .map(|k| DataKey::parse(k).context("HANDOVER_PREVIOUS_DATA_KEYS"))
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok((current, previous))
}

/// `handover rotate-key`: opens the database with the configured keys, then
/// re-seals everything under `new_key` (see [`crate::signatures::reseal`]).
pub fn rotate_key(
    settings: &Settings,
    new_key: &str,
) -> anyhow::Result<crate::signatures::reseal::Rotated> {
    let new_key = DataKey::parse(new_key).context("--new-key / HANDOVER_NEW_DATA_KEY")?;
    let pool = open_database(settings)?.pool;
    let mut conn = pool.get().context("getting a database connection")?;
    let (current, mut previous) = configured_keys(settings)?;
    previous.insert(0, current);
    let ring = Keyring::load(&mut conn, new_key, previous)?;
    crate::signatures::reseal::rotate(&mut conn, &ring)
}

/// The public URL for links printed by commands that do not bind a port.
pub fn public_base_url(settings: &Settings) -> String {
    match &settings.base_url {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => format!("http://{}", settings.bind),
    }
}

/// The public URL: `HANDOVER_BASE_URL`, or `http://` and the bound address.
fn base_url(settings: &Settings, port: u16) -> String {
    match &settings.base_url {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => {
            let host = settings
                .bind
                .rsplit_once(':')
                .map_or(settings.bind.as_str(), |(h, _)| h);
            format!("http://{host}:{port}")
        }
    }
}

/// For `handover worker`: serves `/metrics` on `HANDOVER_METRICS_BIND` (if
/// set) from a thread of its own, the worker having no HTTP server; returns
/// once it listens, or the reason it cannot.
pub fn serve_metrics_alone(settings: &Settings, pool: DbPool) -> anyhow::Result<()> {
    let Some(bind) = settings.metrics_bind.clone() else {
        return Ok(());
    };
    let (tx, rx) = sync_channel::<anyhow::Result<()>>(1);
    std::thread::Builder::new()
        .name("metrics".into())
        .spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                match routes::metrics::serve(&bind, pool) {
                    Ok((server, _)) => {
                        let _ = tx.send(Ok(()));
                        if let Err(e) = server.await {
                            tracing::error!(error = %e, "the metrics listener failed");
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        })
        .context("starting the metrics thread")?;
    rx.recv().context("the metrics thread stopped")?
}

/// The mail worker the settings describe.
pub fn build_worker(
    settings: &Settings,
    pool: DbPool,
    keys: Arc<Keyring>,
    base_url: String,
) -> anyhow::Result<Worker> {
    let mailer = Mailer::from_settings(settings)?;
    Ok(Worker::new(pool, keys, mailer, base_url, settings))
}

/// Loads the demo petition.
pub fn load_demo(conn: &mut DbConnection) -> anyhow::Result<()> {
    let mut file = import::parse(import::DEMO_PETITION)
        .map_err(|e| anyhow::anyhow!("the bundled demo petition is invalid: {e}"))?;
    import::move_demo_weekend(&mut file, chrono::Utc::now().date_naive());
    let report = import::store(conn, &file)?;
    tracing::info!(slug = %file.petition.slug, delivery_points = report.delivery_points, "demo petition loaded");
    Ok(())
}

/// The server-wide secret key, created on first start and shared through the
/// database by every process that uses it.
fn server_secret(conn: &mut DbConnection) -> anyhow::Result<Vec<u8>> {
    const NAME: &str = "server_key";
    if let Some(key) = app_secrets::table
        .filter(app_secrets::name.eq(NAME))
        .select(app_secrets::value)
        .first::<Vec<u8>>(conn)
        .optional()
        .context("reading the server key")?
    {
        return Ok(key);
    }
    let mut key = vec![0u8; 32];
    rand::rngs::SysRng
        .try_fill_bytes(&mut key)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    let inserted = diesel::insert_into(app_secrets::table)
        .values((app_secrets::name.eq(NAME), app_secrets::value.eq(&key)))
        .execute(conn);
    match inserted {
        Ok(_) => Ok(key),
        // Another process created it first: use theirs.
        Err(e) if db::is_unique_violation(&e) => app_secrets::table
            .filter(app_secrets::name.eq(NAME))
            .select(app_secrets::value)
            .first(conn)
            .context("reading the server key"),
        Err(e) => Err(e).context("storing the server key"),
    }
}

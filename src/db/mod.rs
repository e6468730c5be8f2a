//! Storage: one diesel connection type over SQLite and PostgreSQL, its pool,
//! the embedded migrations of each backend, transactions, and the small
//! dialect helpers the domain folders write their queries with.
//!
//! Everything outside this module talks to [`DbConnection`] through diesel's
//! query builder and never names a backend. Each domain folder owns its
//! queries; where the backends really differ it uses a helper from here:
//! [`on_backend!`] (multi-row inserts, upserts), [`load_locked!`] (`FOR
//! UPDATE [SKIP LOCKED]`), [`returning_row_by_row`], and [`dialect`] (bind
//! parameters, dates in hand-written SQL). SQLite's `BEGIN IMMEDIATE`, its
//! write lock queued inside the process ([`write_turn`]), pragmas and
//! advisory locks live here too.

pub mod backup;
pub mod group_commit;
pub mod rate_limits;
pub mod schema;
pub mod write_turn;

use std::time::Duration;

use anyhow::Context;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::ManageConnection;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to whichever backend `DATABASE_URL` names.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    /// PostgreSQL, for servers and several app processes.
    Postgresql(diesel::PgConnection),
    /// SQLite (compiled in), for one machine.
    Sqlite(diesel::SqliteConnection),
}

/// A pool of [`DbConnection`]s.
pub type DbPool = r2d2::Pool<ConnectionManager>;

/// A connection checked out of the pool.
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager>;

/// Runs the same diesel expression on the concrete connection of either backend,
/// for statements the multi-backend query builder cannot express (upserts).
/// Domain folders use it for multi-row inserts and upserts without naming a
/// backend.
macro_rules! on_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Postgresql($c) => $body,
            $crate::db::DbConnection::Sqlite($c) => $body,
        }
    };
}
pub(crate) use on_backend;

/// Loads a query's rows locked until the caller's transaction ends: on
/// PostgreSQL `FOR UPDATE` (with `skip_locked`, `FOR UPDATE SKIP LOCKED`, so
/// several workers take disjoint rows); on SQLite the write transaction
/// already excludes every other writer.
macro_rules! load_locked {
    ($conn:expr, $query:expr) => {
        match $conn {
            $crate::db::DbConnection::Postgresql(c) => $query.for_update().load(c),
            $crate::db::DbConnection::Sqlite(c) => $query.load(c),
        }
    };
    ($conn:expr, $query:expr, skip_locked) => {
        match $conn {
            $crate::db::DbConnection::Postgresql(c) => $query.for_update().skip_locked().load(c),
            $crate::db::DbConnection::Sqlite(c) => $query.load(c),
        }
    };
}
pub(crate) use load_locked;

/// Runs `read`, a read of a queue's head (the first rows of an index in its
/// order, up to a limit) or of one key's rows, walking that index in order,
/// inside the caller's transaction (outside one it changes nothing).
///
/// Why on PostgreSQL: a queue's rows are rewritten as they are taken (the
/// mail worker's claims move each message's due time), and every rewrite
/// leaves a dead entry at the old key, in front of the live ones, until
/// vacuum. Guessing a few rows, the planner read the whole due range as a
/// bitmap (dead entries and all) and sorted it: the claims of a 10 s surge
/// went through 62,000 index entries each, 35–39 µs of the server's time per
/// message claimed, its costliest statement (BENCHMARKS.md, session 23). An
/// index scan in order stops at the limit, and marks the dead entries it
/// steps over so that later scans skip them. SQLite keeps no dead entries.
/// (It puts the planner's defaults back after, over any `SET LOCAL` of the
/// caller's.)
pub fn in_index_order<T>(
    conn: &mut DbConnection,
    read: impl FnOnce(&mut DbConnection) -> QueryResult<T>,
) -> QueryResult<T> {
    const OFF: &str = "SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off";
    const BACK: &str =
        "SET LOCAL enable_bitmapscan TO DEFAULT; SET LOCAL enable_seqscan TO DEFAULT";
    with_planner_settings(conn, OFF, BACK, read)
}

/// Runs `read` between PostgreSQL's `set` and `back` (on SQLite, just
/// `read`).
fn with_planner_settings<T>(
    conn: &mut DbConnection,
    set: &str,
    back: &str,
    read: impl FnOnce(&mut DbConnection) -> QueryResult<T>,
) -> QueryResult<T> {
    if let DbConnection::Postgresql(c) = conn {
        c.batch_execute(set)?;
    }
    let rows = read(conn);
    if let DbConnection::Postgresql(c) = conn {
        // Put back after an error too (one diesel raised itself leaves the
        // transaction going); after the server's inside a transaction, it
        // is aborted, this fails, and the rollback puts the settings back.
        let put_back = c.batch_execute(back);
        if rows.is_ok() {
            put_back?;
        }
    }
    rows
}

/// Runs `read` with a plan made for the tables as they are now, not one
/// PostgreSQL kept from when they were smaller. Inside or outside a
/// transaction.
///
/// Why: PostgreSQL plans a prepared statement afresh for its first five
/// runs on a connection, then may keep one generic plan for as long as the
/// table's statistics stay the same. A new database's tables grow from
/// empty faster than autovacuum analyzes them (a minute at least, and a
/// rally on a new petition is just that): the lookup of confirmation links,
/// by their primary key, kept the sequential scan it was planned with while
/// `signature_tokens` was nearly empty and read the whole table for every
/// batch of confirmations, 10.9 ms a lookup on average in a 30 s whole
/// cycle at 1,000/s (BENCHMARKS.md, session 24). A custom plan is costed on
/// the table's size now. SQLite keeps no statistics unless told to.
pub fn planned_afresh<T>(
    conn: &mut DbConnection,
    read: impl FnOnce(&mut DbConnection) -> QueryResult<T>,
) -> QueryResult<T> {
    // A session setting, not `SET LOCAL`: this read also runs outside a
    // transaction.
    with_planner_settings(
        conn,
        "SET plan_cache_mode = force_custom_plan",
        "RESET plan_cache_mode",
        read,
    )
}

/// The spelling of what hand-written SQL says differently per backend.
pub mod dialect {
    use super::DbConnection;

    /// The `n`th bind parameter (from 1): `$n` or `?`.
    pub fn param(conn: &DbConnection, n: usize) -> String {
        match conn {
            DbConnection::Postgresql(_) => format!("${n}"),
            DbConnection::Sqlite(_) => "?".to_owned(),
        }
    }

    /// A timestamp column's UTC day as text, `YYYY-MM-DD`.
    pub fn day(conn: &DbConnection, column: &str) -> String {
        match conn {
            DbConnection::Postgresql(_) => format!("to_char({column}, 'YYYY-MM-DD')"),
            DbConnection::Sqlite(_) => format!("strftime('%Y-%m-%d', {column})"),
        }
    }

    /// A timestamp column's UTC minute as text, `YYYY-MM-DD HH:MM`.
    pub fn minute(conn: &DbConnection, column: &str) -> String {
        match conn {
            DbConnection::Postgresql(_) => format!("to_char({column}, 'YYYY-MM-DD HH24:MI')"),
            DbConnection::Sqlite(_) => format!("strftime('%Y-%m-%d %H:%M', {column})"),
        }
    }
}

/// Whether an `INSERT … ON CONFLICT DO NOTHING RETURNING` must go one row per
/// statement: diesel runs a SQLite batch insert row by row and fails on a
/// skipped row's empty RETURNING; one statement per row costs little
/// in-process. PostgreSQL takes the batch in one statement.
pub fn returning_row_by_row(conn: &DbConnection) -> bool {
    matches!(conn, DbConnection::Sqlite(_))
}

/// Which database a URL points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// `postgres://…` or `postgresql://…`: passed to libpq as is.
    Postgres(String),
    /// `sqlite://PATH` (relative to the working directory), or a bare path.
    Sqlite(String),
}

impl Backend {
    /// Reads the backend from a `DATABASE_URL`.
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            anyhow::ensure!(!path.is_empty(), "DATABASE_URL `sqlite://` names no file");
            Ok(Backend::Sqlite(path.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite:") {
            anyhow::ensure!(!path.is_empty(), "DATABASE_URL `sqlite:` names no file");
            Ok(Backend::Sqlite(path.to_owned()))
        } else {
            anyhow::bail!(
                "DATABASE_URL must start with `sqlite://` or `postgres://` (got a URL with another scheme)"
            )
        }
    }

    /// Whether this is SQLite (which has one writer at a time).
    pub fn is_sqlite(&self) -> bool {
        matches!(self, Backend::Sqlite(_))
    }

    /// Whether this is a SQLite file that does not exist yet (opening the
    /// database will create it).
    pub fn is_missing_sqlite_file(&self) -> bool {
        matches!(self, Backend::Sqlite(path) if !std::path::Path::new(path).exists())
    }
}

/// `url` with libpq's `connect_timeout` (whole seconds of
/// [`CONNECTION_WAIT`]) unless it sets one: an unreachable host otherwise
/// holds a new connection for minutes.
fn with_connect_timeout(url: &str) -> String {
    if url.contains("connect_timeout=") {
        return url.to_owned();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!(
        "{url}{separator}connect_timeout={}",
        CONNECTION_WAIT.as_secs().max(2)
    )
}

/// Opens connections for the pool and sets SQLite's per-connection pragmas.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    backend: Backend,
    sync: crate::config::SqliteSync,
}

impl ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        match &self.backend {
            Backend::Postgres(url) => diesel::PgConnection::establish(&with_connect_timeout(url))
                .map(DbConnection::Postgresql)
                .map_err(diesel::r2d2::Error::ConnectionError),
            Backend::Sqlite(path) => {
                let mut conn = diesel::SqliteConnection::establish(path)
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                // The busy timeout makes a second writer wait instead of failing;
                // foreign keys are off by default in SQLite and must be switched
                // on per connection. WAL (readers beside the writer) is a
                // property of the file, set once in [`connect`] (the function below): switching to it
                // takes a lock that other new connections may hold at the same
                // moment, which the busy timeout does not cover.
                // secure_delete: erased signer data is overwritten where that
                // costs no extra I/O (FAST: in its own page, not in pages that
                // go to the free list), so erasing does not slow signing; the
                // WAL is truncated after erasures (see [`scrub_erased`]).
                // synchronous: see [`crate::config::SqliteSync`]; in WAL mode
                // FULL syncs the log at each commit (one per group commit).
                let synchronous = match self.sync {
                    crate::config::SqliteSync::Full => "FULL",
                    crate::config::SqliteSync::Normal => "NORMAL",
                };
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = {}; PRAGMA foreign_keys = ON; \
                     PRAGMA synchronous = {synchronous}; PRAGMA secure_delete = FAST;",
                    BUSY_TIMEOUT.as_millis()
                ))
                .map_err(diesel::r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        <DbConnection as Connection>::TransactionManager::is_broken_transaction_manager(conn)
    }
}

/// How long anything waits for a pooled connection (and a new PostgreSQL
/// connection for its server) before it is told the database is away: a
/// request then gets a 503 within about this, rather than hanging.
pub const CONNECTION_WAIT: Duration = Duration::from_secs(2);

/// The database cannot be reached or cannot write (down, restarting, disk
/// full): not the client's fault, and likely over in a moment. Handlers
/// answer 503 with `Retry-After` (see `web::error`).
#[derive(Debug, thiserror::Error)]
#[error("the database is unavailable")]
pub struct Unavailable;

/// Whether an error, anywhere in its chain, means [`Unavailable`].
pub fn is_unavailable(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause.is::<Unavailable>()
            || cause.is::<r2d2::Error>()
            || cause.is::<diesel::ConnectionError>()
            || cause
                .downcast_ref::<DieselError>()
                .is_some_and(is_unavailable_error)
            || cause
                .downcast_ref::<diesel::r2d2::Error>()
                .is_some_and(|e| match e {
                    diesel::r2d2::Error::ConnectionError(_) => true,
                    diesel::r2d2::Error::QueryError(e) => is_unavailable_error(e),
                })
    })
}

/// Whether a query failed because the database went away or is full
/// (diesel names no SQLSTATE, so the server's words are read).
fn is_unavailable_error(e: &DieselError) -> bool {
    match e {
        DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        ) => true,
        DieselError::DatabaseError(_, info) => {
            let m = info.message();
            [
                // SQLite
                "database or disk is full",
                "disk I/O error",
                // PostgreSQL
                "No space left on device",
                "terminating connection",
                "server closed the connection",
                "no connection to the server",
                "the database system is",
                "could not connect",
            ]
            .iter()
            .any(|known| m.contains(known))
        }
        _ => false,
    }
}

/// Logs the pool's failures to open connections, a few per window: while
/// the database is down the pool retries all the time, and r2d2's default
/// handler would log every try.
#[derive(Debug)]
struct ThrottledErrors;

impl r2d2::HandleError<diesel::r2d2::Error> for ThrottledErrors {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        static THROTTLE: crate::telemetry::Throttle = crate::telemetry::Throttle::new();
        if let Some(suppressed) = THROTTLE.allow() {
            tracing::warn!(%error, suppressed, "cannot open a database connection");
        }
    }
}

/// Builds the pool for `url` (SQLite's commits durable as `sync` says).
/// Does not touch the schema: see [`run_migrations`].
pub fn connect(url: &str, sync: crate::config::SqliteSync) -> anyhow::Result<DbPool> {
    let backend = Backend::from_url(url)?;
    if let Backend::Sqlite(path) = &backend {
        // Before the pool opens its connections side by side (see
        // `ConnectionManager::connect`).
        diesel::SqliteConnection::establish(path)
            .context("could not open the SQLite database named by DATABASE_URL")?
            .batch_execute(&format!(
                "PRAGMA busy_timeout = {}; PRAGMA journal_mode = WAL;",
                BUSY_TIMEOUT.as_millis()
            ))
            .context("could not switch the SQLite database to WAL mode")?;
    }
    let size = if backend.is_sqlite() { 8 } else { 16 };
    // Connections open as they are needed, not all at start: a one-shot
    // command needs one, and many processes share one PostgreSQL server.
    r2d2::Pool::builder()
        .max_size(size)
        .min_idle(Some(2))
        .connection_timeout(CONNECTION_WAIT)
        .error_handler(Box::new(ThrottledErrors))
        .build(ConnectionManager { backend, sync })
        .context("could not open the database named by DATABASE_URL")
}

/// Brings the schema up to date with the migrations embedded for this
/// backend, one at a time, calling `before` with each pending migration's
/// version just before it is applied: a data step that SQL cannot do
/// (sealing rows under a key the database never sees) runs before the
/// migration that depends on it, and runs again on the next start if that
/// start was interrupted. On PostgreSQL the whole run holds an advisory
/// lock, so processes starting together migrate one after another.
pub fn run_migrations(
    conn: &mut DbConnection,
    mut before: impl FnMut(&mut DbConnection, &str) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    const LOCK: &str = "SELECT pg_advisory_lock(hashtextextended('handover-migrations', 0))";
    const UNLOCK: &str = "SELECT pg_advisory_unlock(hashtextextended('handover-migrations', 0))";
    if let DbConnection::Postgresql(c) = conn {
        c.batch_execute(LOCK)
            .context("waiting for other processes' migrations")?;
    }
    let result = (|| -> anyhow::Result<()> {
        let failed = |e| anyhow::anyhow!("migration failed: {e}");
        loop {
            let next = match conn {
                DbConnection::Postgresql(c) => c
                    .pending_migrations(POSTGRES_MIGRATIONS)
                    .map_err(failed)?
                    .first()
                    .map(|m| m.name().version().to_string()),
                DbConnection::Sqlite(c) => c
                    .pending_migrations(SQLITE_MIGRATIONS)
                    .map_err(failed)?
                    .first()
                    .map(|m| m.name().version().to_string()),
            };
            let Some(version) = next else {
                return Ok(());
            };
            before(conn, &version)?;
            match conn {
                DbConnection::Postgresql(c) => c.run_next_migration(POSTGRES_MIGRATIONS),
                DbConnection::Sqlite(c) => c.run_next_migration(SQLITE_MIGRATIONS),
            }
            .map_err(failed)?;
            tracing::info!(%version, "applied migration");
        }
    })();
    if let DbConnection::Postgresql(c) = conn {
        let _ = c.batch_execute(UNLOCK);
    }
    result
}

/// Rewrites an SQLite file so that pages freed by an upgrade (clear text
/// of columns that were dropped) are gone from it; on PostgreSQL nothing
/// (the README says to run `VACUUM FULL signatures` after the upgrade).
pub fn compact_after_upgrade(conn: &mut DbConnection) -> QueryResult<()> {
    if let DbConnection::Sqlite(c) = conn {
        c.batch_execute("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
    }
    Ok(())
}

/// Whether the database answers and its schema is current: `Ok(())`, or
/// the reason it is not ready (for `/ready`).
pub fn readiness(conn: &mut DbConnection) -> Result<(), String> {
    diesel::sql_query("SELECT 1")
        .execute(conn)
        .map_err(|e| format!("the database does not answer: {e}"))?;
    let pending = match conn {
        DbConnection::Postgresql(c) => c.pending_migrations(POSTGRES_MIGRATIONS).map(|m| m.len()),
        DbConnection::Sqlite(c) => c.pending_migrations(SQLITE_MIGRATIONS).map(|m| m.len()),
    }
    .map_err(|e| format!("the migrations cannot be read: {e}"))?;
    if pending > 0 {
        return Err(format!(
            "{pending} migrations are pending (run `handover migrate`)"
        ));
    }
    Ok(())
}

/// Applies SQLite migrations up to and including `version` only (for tests
/// of what a later migration does to data written before it).
#[cfg(test)]
pub(crate) fn migrate_sqlite_up_to(c: &mut diesel::SqliteConnection, version: &str) {
    loop {
        let applied = c
            .run_next_migration(SQLITE_MIGRATIONS)
            .unwrap_or_else(|e| panic!("migration failed: {e}"))
            .to_string();
        if applied == version {
            return;
        }
    }
}

/// Loads the rows of a hand-written `SELECT` without parameters on either
/// backend (for reading columns the schema no longer names, during a migration).
pub fn raw_load<T>(conn: &mut DbConnection, sql: &str) -> QueryResult<Vec<T>>
where
    T: QueryableByName<diesel::pg::Pg> + QueryableByName<diesel::sqlite::Sqlite> + 'static,
{
    on_backend!(conn, c => diesel::sql_query(sql).load(c))
}

/// How much a committed write must survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// On disk before the commit returns (on SQLite as
    /// `HANDOVER_SQLITE_SYNC` says, FULL by default): whatever a person was
    /// told, and whatever a sent mail points at (its links).
    Acknowledged,
    /// Survives the process crashing, but a power cut may take the last
    /// moments of it (SQLite `synchronous = NORMAL`, PostgreSQL
    /// `synchronous_commit = off`, for this transaction only): bookkeeping
    /// whose loss only repeats work, such as a mail recorded as sent (sent
    /// again after such a cut) or a lease renewed. It spares the sync that
    /// holds SQLite's one write lock, which signers wait for.
    Bookkeeping,
}

/// Runs `f` in a transaction that may write, on disk when it returns (see
/// [`write_transaction_with`]).
pub fn write_transaction<T, E>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<DieselError>,
{
    write_transaction_with(conn, Durability::Acknowledged, f)
}

/// Runs `f` in a transaction that may write, kept as `durability` says
/// (a nested call is a savepoint, kept as its outer transaction is).
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE`, taking the write
/// lock up front: a deferred transaction that reads first and writes later can
/// fail at once with "database is locked" when another writer got there first,
/// instead of waiting for the busy timeout.
pub fn write_transaction_with<T, E>(
    conn: &mut DbConnection,
    durability: Durability,
    f: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<DieselError>,
{
    let outermost = match conn {
        DbConnection::Sqlite(c) => !in_transaction(c)?,
        DbConnection::Postgresql(c) => AnsiTransactionManager::transaction_manager_status_mut(c)
            .transaction_depth()?
            .is_none(),
    };
    let relaxed = outermost && durability == Durability::Bookkeeping;
    // The connection's own level, put back after the transaction.
    let mut restore = None;
    // This process's turn at SQLite's write lock (see `write_turn`), held
    // until the transaction has ended.
    let mut _turn = None;
    match conn {
        DbConnection::Sqlite(c) if outermost => {
            _turn = Some(take_write_turn(c)?);
            if relaxed {
                let level = diesel::sql_query("PRAGMA synchronous")
                    .get_result::<SyncLevel>(c)?
                    .synchronous;
                c.batch_execute("PRAGMA synchronous = NORMAL")?;
                restore = Some(level);
            }
            if let Err(e) = AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE") {
                if let Some(level) = restore {
                    c.batch_execute(&format!("PRAGMA synchronous = {level}"))?;
                }
                return Err(e.into());
            }
        }
        // PostgreSQL, or nested inside a transaction (a savepoint).
        _ => DbConnection::begin_transaction(conn)?,
    }
    let done = (|| {
        if relaxed && let DbConnection::Postgresql(c) = conn {
            c.batch_execute("SET LOCAL synchronous_commit = off")?;
        }
        f(conn)
    })();
    let result = match done {
        Ok(value) => DbConnection::commit_transaction(conn)
            .map(|()| value)
            .map_err(E::from),
        Err(e) => {
            // The caller's error is the one that matters; a failed rollback
            // marks the connection broken and the pool discards it.
            let _ = DbConnection::rollback_transaction(conn);
            Err(e)
        }
    };
    if let (Some(level), DbConnection::Sqlite(c)) = (restore, conn) {
        c.batch_execute(&format!("PRAGMA synchronous = {level}"))?;
    }
    result
}

/// Waits for this process's turn to write to the connection's SQLite file.
fn take_write_turn(c: &mut diesel::SqliteConnection) -> QueryResult<write_turn::Turn> {
    #[derive(QueryableByName)]
    struct File {
        #[diesel(sql_type = diesel::sql_types::Text)]
        file: String,
    }
    let file = diesel::sql_query("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .get_result::<File>(c)?
        .file;
    write_turn::for_file(&file)
        .take(BUSY_TIMEOUT)
        .map_err(|write_turn::TimedOut| {
            // What SQLite says when its own busy timeout runs out.
            DieselError::DatabaseError(
                DatabaseErrorKind::Unknown,
                Box::new("database is locked (waited for this process's other writers)".to_owned()),
            )
        })
}

/// `PRAGMA synchronous` as SQLite reports it (0 to 3).
#[derive(QueryableByName)]
struct SyncLevel {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    synchronous: i32,
}

fn in_transaction(c: &mut diesel::SqliteConnection) -> QueryResult<bool> {
    let depth = AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()?;
    Ok(depth.is_some())
}

/// Makes erased data unreadable in the database files, after a transaction
/// that erased signer data has committed. On SQLite, `secure_delete = FAST`
/// (set on every connection) has already zeroed the erased cells, but the
/// write-ahead log still holds the pages as they were: a checkpoint copies
/// the new pages into the database and truncates the log. It waits at most
/// [`SCRUB_WAIT`] for readers (a truncating checkpoint holds new writers back
/// while it waits, and signing must not stall); returns whether it finished.
/// The mail worker calls it every minute, so an unfinished one is finished
/// soon after. On PostgreSQL old row versions stay in the table files until
/// `VACUUM` reclaims them (autovacuum does so by itself; the README says how
/// to force it).
pub fn scrub_erased(conn: &mut DbConnection) -> QueryResult<bool> {
    use diesel::sql_types::Integer;
    #[derive(QueryableByName)]
    struct Checkpoint {
        #[diesel(sql_type = Integer)]
        busy: i32,
    }
    let DbConnection::Sqlite(c) = conn else {
        return Ok(true);
    };
    c.batch_execute(&format!(
        "PRAGMA busy_timeout = {};",
        SCRUB_WAIT.as_millis()
    ))?;
    let done = diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").get_result::<Checkpoint>(c);
    c.batch_execute(&format!(
        "PRAGMA busy_timeout = {};",
        BUSY_TIMEOUT.as_millis()
    ))?;
    Ok(done?.busy == 0)
}

/// Longest a scrubbing checkpoint waits (see [`scrub_erased`]).
pub const SCRUB_WAIT: Duration = Duration::from_millis(200);
/// How long an SQLite writer waits for another before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// [`scrub_erased`] where it is only a courtesy: a failure is logged, not
/// returned (what was erased stays erased; the worker scrubs again soon).
pub fn scrub_erased_quietly(conn: &mut DbConnection) {
    if let Err(e) = scrub_erased(conn) {
        tracing::warn!(error = %e, "could not checkpoint the write-ahead log after an erasure");
    }
}

/// Whether a diesel error is a unique-constraint violation.
pub fn is_unique_violation(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Makes transactions that name the same keys run one after another: on
/// PostgreSQL a transaction-scoped advisory lock per key, held until the
/// outermost transaction ends and taken in sorted order, so two callers never
/// wait on each other in a cycle; on SQLite nothing, since a write
/// transaction already excludes every other writer. For read-then-write rules
/// (a limit of failed logins) that READ COMMITTED alone would let parallel
/// requests overrun; the reads after the lock see what the previous holder
/// committed because each statement takes a fresh snapshot (READ COMMITTED,
/// the default this code relies on). Outside a transaction it is an error:
/// the locks would end with their own statement and serialise nothing.
pub fn lock_keys(conn: &mut DbConnection, keys: &[&str]) -> QueryResult<()> {
    use diesel::sql_types::Text;
    if let DbConnection::Postgresql(c) = conn {
        let depth =
            AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()?;
        if depth.is_none() {
            return Err(DieselError::NotInTransaction);
        }
        let mut keys = keys.to_vec();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind::<Text, _>(key)
                .execute(c)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use diesel::sql_types::Text;

    use super::*;

    #[derive(QueryableByName)]
    struct JournalMode {
        #[diesel(sql_type = Text)]
        journal_mode: String,
    }

    #[test]
    fn a_new_sqlite_file_is_in_wal_mode_on_every_pooled_connection() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("fresh.db").display());

        let pool = connect(&url, crate::config::SqliteSync::Full).expect("pool");
        let conns: Vec<_> = (0..8).map(|_| pool.get().expect("connection")).collect();

        for mut conn in conns {
            let mode: JournalMode = diesel::sql_query("PRAGMA journal_mode")
                .get_result(&mut *conn)
                .expect("journal mode");
            assert_eq!(mode.journal_mode, "wal");
        }
    }

    #[test]
    fn sqlite_commits_are_synced_unless_normal_is_asked_for() {
        use crate::config::{Settings, SqliteSync};
        assert_eq!(Settings::defaults().sqlite_sync, SqliteSync::Full);
        let dir = tempfile::tempdir().expect("temp dir");
        for (sync, expected) in [(SqliteSync::Full, 2), (SqliteSync::Normal, 1)] {
            let url = format!("sqlite://{}", dir.path().join("s.db").display());
            let pool = connect(&url, sync).expect("pool");
            let mut conn = pool.get().expect("connection");
            let got: SyncLevel = diesel::sql_query("PRAGMA synchronous")
                .get_result(&mut *conn)
                .expect("synchronous");
            assert_eq!(got.synchronous, expected, "{sync:?}");
        }
    }

    #[test]
    fn bookkeeping_is_not_synced_and_the_connection_syncs_again_after_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("b.db").display());
        let pool = connect(&url, crate::config::SqliteSync::Full).expect("pool");
        let mut conn = pool.get().expect("connection");
        let level = |conn: &mut DbConnection| match conn {
            DbConnection::Sqlite(c) => {
                diesel::sql_query("PRAGMA synchronous")
                    .get_result::<SyncLevel>(c)
                    .expect("synchronous")
                    .synchronous
            }
            DbConnection::Postgresql(_) => unreachable!("an SQLite pool"),
        };
        conn.batch_execute("CREATE TABLE t (n INTEGER)")
            .expect("table");
        for fail in [false, true] {
            let inside = write_transaction_with(&mut conn, Durability::Bookkeeping, |c| {
                c.batch_execute("INSERT INTO t VALUES (1)")?;
                let inside = level(c);
                if fail {
                    return Err(DieselError::RollbackTransaction);
                }
                Ok(inside)
            });
            assert_eq!(inside.ok(), (!fail).then_some(1), "NORMAL inside");
            assert_eq!(level(&mut conn), 2, "FULL again after (failed: {fail})");
        }
        let kept = write_transaction(&mut conn, |c| Ok::<_, DieselError>(level(c)));
        assert_eq!(kept.ok(), Some(2), "an acknowledged write is synced");
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        let rows: Count = diesel::sql_query("SELECT COUNT(*) AS n FROM t")
            .get_result(&mut *conn)
            .expect("count");
        assert_eq!(
            rows.n, 1,
            "the committed row stays, the rolled back one not"
        );
    }
}

/// Both backends' migrations must undo cleanly, or a failed deploy cannot be
/// rolled back.
#[cfg(test)]
mod migration_tests {
    use super::*;

    #[test]
    fn sqlite_migrations_run_down_and_up_again() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("migrate.db");
        let mut conn =
            diesel::SqliteConnection::establish(&path.display().to_string()).expect("open");
        conn.batch_execute("PRAGMA foreign_keys = ON;")
            .expect("pragma");

        conn.run_pending_migrations(SQLITE_MIGRATIONS).expect("up");
        conn.revert_all_migrations(SQLITE_MIGRATIONS).expect("down");
        conn.run_pending_migrations(SQLITE_MIGRATIONS)
            .expect("up again");
    }

    #[test]
    fn postgres_migrations_run_down_and_up_again() {
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            // CI must test both backends: there, a missing URL is a failure.
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but TEST_DATABASE_URL is not set"
            );
            eprintln!("skipped on PostgreSQL: TEST_DATABASE_URL is not set");
            return;
        };
        let name = format!("handover_migrate_{}", uuid::Uuid::new_v4().simple());
        let mut admin = diesel::PgConnection::establish(&admin_url).expect("admin connection");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create database");
        let url = match admin_url.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("TEST_DATABASE_URL names no database"),
        };

        let result = std::panic::catch_unwind(|| {
            let mut conn = diesel::PgConnection::establish(&url).expect("open");
            conn.run_pending_migrations(POSTGRES_MIGRATIONS)
                .expect("up");
            conn.revert_all_migrations(POSTGRES_MIGRATIONS)
                .expect("down");
            conn.run_pending_migrations(POSTGRES_MIGRATIONS)
                .expect("up again");
        });

        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        if let Err(panic) = result {
            std::panic::resume_unwind(panic);
        }
    }
}

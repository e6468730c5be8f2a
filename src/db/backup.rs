//! `handover backup`: a consistent copy of a live SQLite database.
//!
//! `VACUUM INTO` (SQLite 3.27+) copies the database as one read
//! transaction sees it: every committed signature up to that moment and
//! nothing half-written, while the server goes on signing (WAL lets the
//! writer continue beside the reader). The copy is written to a temporary
//! name beside the target and renamed when complete and checked, so a crash
//! or a full disk never leaves a file that looks like a backup.
//!
//! PostgreSQL has its own tools (`pg_dump`, see the README); this refuses
//! there rather than pretending.

use std::path::{Path, PathBuf};

use anyhow::Context;
use diesel::prelude::*;

use super::{Backend, DbConnection};

/// What a backup holds.
#[derive(Debug, Clone, Copy)]
pub struct BackedUp {
    /// Signatures in the copy (every state).
    pub signatures: i64,
    /// The copy's size in bytes.
    pub bytes: u64,
}

#[derive(QueryableByName)]
struct Checked {
    #[diesel(sql_type = diesel::sql_types::Text)]
    integrity_check: String,
}

/// Copies the database `url` names to `out` (which must not exist yet).
pub fn backup(url: &str, conn: &mut DbConnection, out: &Path) -> anyhow::Result<BackedUp> {
    anyhow::ensure!(
        Backend::from_url(url)?.is_sqlite(),
        "`handover backup` copies SQLite databases; back up PostgreSQL with pg_dump (see the README's \"Backups\")"
    );
    anyhow::ensure!(
        !out.exists(),
        "{} exists already; choose a new file (a backup never overwrites)",
        out.display()
    );
    let partial = partial_name(out);
    let _ = std::fs::remove_file(&partial);
    let copied = copy(conn, &partial)
        .and_then(|()| check(&partial))
        .and_then(|signatures| {
            std::fs::rename(&partial, out)
                .with_context(|| format!("renaming the copy to {}", out.display()))?;
            let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
            Ok(BackedUp { signatures, bytes })
        });
    if copied.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    copied
}

/// `FILE.partial`, beside `FILE`.
fn partial_name(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}

fn copy(conn: &mut DbConnection, to: &Path) -> anyhow::Result<()> {
    let DbConnection::Sqlite(conn) = conn else {
        anyhow::bail!("not a SQLite connection");
    };
    let to = to.to_str().context("the backup's path is not UTF-8")?;
    diesel::sql_query("VACUUM INTO ?")
        .bind::<diesel::sql_types::Text, _>(to)
        .execute(conn)
        .with_context(|| format!("copying the database to {to}"))?;
    Ok(())
}

/// Opens the copy on its own and checks it whole; returns its signature count.
fn check(copy: &Path) -> anyhow::Result<i64> {
    let path = copy.to_str().context("the backup's path is not UTF-8")?;
    let mut conn =
        diesel::SqliteConnection::establish(path).context("opening the copy to check it")?;
    let checked: Checked = diesel::sql_query("PRAGMA integrity_check")
        .get_result(&mut conn)
        .context("checking the copy")?;
    anyhow::ensure!(
        checked.integrity_check == "ok",
        "the copy failed its integrity check: {}",
        checked.integrity_check
    );
    super::schema::signatures::table
        .count()
        .get_result(&mut conn)
        .context("counting the copy's signatures")
}

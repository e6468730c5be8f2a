//! The baseline of `bench/surge.sh`: the least a signing server must do. One
//! actix-web handler parses the same sign form as Handover's and inserts one
//! row in one transaction into the same kind of database, through the same
//! pool and connection code (`handover::db`), then answers `303`.
//!
//! With `BASELINE_MODE=group` the handler instead queues its row for one
//! writer (two on PostgreSQL) that commits every queued row in one
//! transaction, multi-row on PostgreSQL (`handover::db::group_commit`, as
//! Handover's signing does): the baseline Handover's own group commit is
//! measured against.
//!
//! Run by the benchmark: `DATABASE_URL=… HANDOVER_BIND=127.0.0.1:PORT surge_baseline`.

use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context;
use diesel::prelude::*;
use handover::db::group_commit::GroupCommit;
use handover::db::{self, DbConnection, DbPool, write_transaction};
use serde::Deserialize;

diesel::table! {
    bench_rows (id) {
        id -> BigInt,
        name -> Text,
        email -> Text,
        country -> Text,
        city -> Text,
        delivery_point -> Text,
        name_in_packet -> Text,
        comment -> Text,
        created_at -> Timestamp,
    }
}

/// The sign form's fields, as Handover's handler reads them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Form {
    name: String,
    email: String,
    country: String,
    city: String,
    delivery_point: String,
    name_in_packet: String,
    comment: String,
    consent: Option<String>,
    website: String,
    started: String,
    csrf: String,
}

async fn sign(form: web::Form<Form>, pool: web::Data<DbPool>) -> HttpResponse {
    let row = Row::from(form.into_inner());
    let done = web::block(move || -> anyhow::Result<()> {
        let mut conn = pool.get()?;
        write_transaction(&mut conn, |conn| {
            diesel::insert_into(bench_rows::table)
                .values(&row)
                .execute(conn)
        })?;
        Ok(())
    })
    .await;
    answer(matches!(done, Ok(Ok(()))))
}

/// `303` to the thanks page, as Handover answers a signature; `500` on failure.
fn answer(stored: bool) -> HttpResponse {
    if stored {
        HttpResponse::SeeOther()
            .insert_header(("Location", "/thanks"))
            .finish()
    } else {
        HttpResponse::InternalServerError().finish()
    }
}

/// One row as both handlers insert it.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = bench_rows)]
struct Row {
    name: String,
    email: String,
    country: String,
    city: String,
    delivery_point: String,
    name_in_packet: String,
    comment: String,
    created_at: chrono::NaiveDateTime,
}

/// Inserts a queued batch inside the writer's open transaction.
fn insert_batch(conn: &mut DbConnection, rows: &[Row]) -> anyhow::Result<Vec<()>> {
    match conn {
        DbConnection::Postgresql(c) => {
            diesel::insert_into(bench_rows::table)
                .values(rows)
                .execute(c)?;
        }
        DbConnection::Sqlite(c) => {
            for row in rows {
                diesel::insert_into(bench_rows::table)
                    .values(row)
                    .execute(c)?;
            }
        }
    }
    Ok(vec![(); rows.len()])
}

impl From<Form> for Row {
    fn from(form: Form) -> Self {
        // Read so the compiler keeps the fields the real handler also checks.
        let _ = (form.consent, form.website, form.started, form.csrf);
        Row {
            name: form.name,
            email: form.email,
            country: form.country,
            city: form.city,
            delivery_point: form.delivery_point,
            name_in_packet: form.name_in_packet,
            comment: form.comment,
            created_at: chrono::Utc::now().naive_utc(),
        }
    }
}

async fn sign_grouped(
    form: web::Form<Form>,
    writer: web::Data<GroupCommit<Row, ()>>,
) -> HttpResponse {
    let row = Row::from(form.into_inner());
    answer(writer.submit(row).await.is_ok())
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    let url = std::env::var("DATABASE_URL").context("DATABASE_URL is not set")?;
    let bind = std::env::var("HANDOVER_BIND").context("HANDOVER_BIND is not set")?;
    // The same durability as the server measured beside it.
    let sync = match std::env::var("HANDOVER_SQLITE_SYNC").as_deref() {
        Ok("normal") => handover::config::SqliteSync::Normal,
        _ => handover::config::SqliteSync::Full,
    };
    let pool = db::connect(&url, sync)?;
    let id = if url.starts_with("postgres") {
        "id BIGSERIAL PRIMARY KEY"
    } else {
        "id INTEGER PRIMARY KEY AUTOINCREMENT"
    };
    diesel::sql_query(format!(
        "CREATE TABLE IF NOT EXISTS bench_rows ({id}, name TEXT NOT NULL, email TEXT NOT NULL, \
         country TEXT NOT NULL, city TEXT NOT NULL, delivery_point TEXT NOT NULL, \
         name_in_packet TEXT NOT NULL, comment TEXT NOT NULL, created_at TIMESTAMP NOT NULL)"
    ))
    .execute(&mut pool.get()?)
    .context("creating the baseline table")?;
    let grouped = std::env::var("BASELINE_MODE").is_ok_and(|m| m == "group");
    let writers = if url.starts_with("postgres") { 2 } else { 1 };
    let writer = web::Data::new(GroupCommit::start(
        "bench",
        pool.clone(),
        writers,
        512,
        handover::db::group_commit::Writer {
            batch: insert_batch,
            committed: |_| {},
        },
    )?);
    let pool = web::Data::new(pool);
    HttpServer::new(move || {
        let app = App::new()
            .app_data(pool.clone())
            .app_data(writer.clone())
            .route("/health", web::get().to(|| async { "ok" }));
        if grouped {
            app.route("/p/{slug}/sign", web::post().to(sign_grouped))
        } else {
            app.route("/p/{slug}/sign", web::post().to(sign))
        }
    })
    .bind(&bind)?
    .run()
    .await?;
    Ok(())
}

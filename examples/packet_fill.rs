//! Fills a database with verified signatures for `bench/packet.sh`, sealed
//! as the server seals them (the clear-text columns an SQL insert could fill
//! no longer exist).
//!
//! `cargo run --release --example packet_fill -- N` with `DATABASE_URL` (and
//! the data key, as for `handover`) set: N signatures at the demo petition's
//! Seoul embassy, a third each with full name, initials and "Anonymous",
//! every tenth with a comment that starts like a formula, 50 per second of
//! verification time from 2026-12-01.

use anyhow::Context;
use clap::Parser;
use diesel::prelude::*;
use handover::config::Cli;
use handover::db::write_transaction;
use handover::domain::{City, Comment, Country, NameInPacket, SignerEmail, SignerName};
use handover::petitions::PetitionWithPoints;
use handover::signatures::sign::insert_if_new;
use handover::signatures::sign::{SignJob, SignatureInput, new_signature};

fn main() -> anyhow::Result<()> {
    let n: i64 = std::env::args()
        .nth(1)
        .context("usage: packet_fill N")?
        .parse()
        .context("N must be a number")?;
    let settings = Cli::parse_from(["handover"]).settings;
    let db = handover::startup::open_database(&settings)?;
    let mut conn = db.pool.get()?;
    let data = PetitionWithPoints::load(&mut conn, "north-korean-refugees")?
        .context("load the demo petition first (`handover demo`)")?;
    let point = data
        .delivery_points
        .iter()
        .find(|p| p.slug == "seoul-embassy")
        .context("the demo petition has no Seoul embassy")?;
    let start = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .context("start date")?;
    let invalid = |e: handover::domain::Invalid| anyhow::anyhow!("{e}");
    for chunk_start in (1..=n).step_by(10_000) {
        let jobs = (chunk_start..(chunk_start + 10_000).min(n + 1))
            .map(|i| -> anyhow::Result<SignJob> {
                let choice = ["full", "initials", "anonymous"][(i % 3) as usize];
                let comment = if i % 10 == 0 {
                    format!("=comment {i}")
                } else {
                    String::new()
                };
                let input = SignatureInput {
                    name: SignerName::parse(&format!("김민수 {i}")).map_err(invalid)?,
                    email: SignerEmail::parse(&format!("signer{i}@example.org"))
                        .map_err(invalid)?,
                    country: Country::parse("KR").map_err(invalid)?,
                    city: City::parse("서울").map_err(invalid)?,
                    delivery_point_id: point.id,
                    name_in_packet: NameInPacket::parse(choice).map_err(invalid)?,
                    comment: Comment::parse(&comment).map_err(invalid)?,
                    ip_hash: None,
                    ip_range_hash: None,
                    lang: handover::i18n::Lang::En,
                    notify_delivery: true,
                    keep_informed: false,
                    source: None,
                };
                let at = start + chrono::Duration::seconds(i / 50);
                Ok(SignJob::new(
                    data.petition.id,
                    input,
                    &db.keys,
                    at,
                    chrono::Duration::zero(),
                ))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        write_transaction(&mut conn, |conn| -> anyhow::Result<()> {
            let rows: Vec<_> = jobs.iter().map(new_signature).collect();
            for rows in rows.chunks(1000) {
                insert_if_new(conn, rows)?;
            }
            Ok(())
        })?;
    }
    {
        use handover::db::schema::signatures as s;
        diesel::update(s::table.filter(s::state.eq("pending")))
            .set((
                s::state.eq("verified"),
                s::verified_at.eq(s::created_at.nullable()),
            ))
            .execute(&mut conn)?;
    }
    println!("{n} signatures");
    Ok(())
}

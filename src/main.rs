//! The `handover` binary: see `handover --help`.

use anyhow::Context;
use chrono::Utc;
use clap::Parser;
use handover::audit::{self, Action, Actor};
use handover::config::{Cli, Command, OrganizerCommand, PetitionCommand};
use handover::delivery::export;
use handover::domain::EmailAddress;
use handover::organizers::{OrganizerInput, Role, invites};
use handover::petitions::PetitionWithPoints;
use handover::petitions::import;
use handover::startup::{self, Application};
use handover::telemetry;

/// mimalloc, not glibc's malloc. The server's threads (HTTP workers, the
/// signing writer, the mail worker's senders) outnumber glibc's arenas, so
/// they took arena locks in turn: in the main case the server made 18,000
/// futex calls a second with glibc and 4,200 with mimalloc, whose heaps are
/// per thread, and signed about a quarter more a second (BENCHMARKS.md,
/// session 18).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    telemetry::init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let runtime = actix_web::rt::System::new();
            runtime.block_on(async {
                let app = Application::build(&settings)?;
                app.run_until_signalled().await.context("the server failed")
            })
        }
        // Needs no database, no settings: a journalist can run it anywhere.
        Command::VerifyReceipt { file, root } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let receipt: handover::packets::proof::Receipt = serde_json::from_str(&text)
                .with_context(|| format!("{} is not a receipt", file.display()))?;
            let proved = handover::packets::proof::verify(&receipt, root.as_deref())
                .context("the receipt does not check out")?;
            let f = &proved.fields;
            println!(
                "proved: \"{}\" ({}, {}), signed on {}, is in version {} of the packet for {} ({}), root {} over {} signatures",
                f.name,
                f.city,
                f.country,
                f.signed_on,
                f.version,
                f.point,
                f.petition,
                proved.root,
                proved.size
            );
            Ok(())
        }
        Command::Healthcheck { url } => {
            let url = url.unwrap_or_else(|| {
                format!(
                    "http://{}",
                    settings.bind.replacen("0.0.0.0", "127.0.0.1", 1)
                )
            });
            match healthcheck(&url) {
                Ok(()) => {
                    println!("ready");
                    Ok(())
                }
                Err(e) => {
                    eprintln!("not ready: {e:#}");
                    std::process::exit(1);
                }
            }
        }
        Command::Freeze {
            petition,
            delivery_point,
            again,
        } => {
            let db = startup::open_database(&settings)?;
            let base_url = settings
                .base_url
                .clone()
                .context("`handover freeze` needs HANDOVER_BASE_URL: the cover letter prints the public page's address")?;
            let mut conn = db.pool.get().context("getting a database connection")?;
            let data = PetitionWithPoints::load(&mut conn, &petition)?
                .with_context(|| format!("there is no petition `{petition}`"))?;
            let point = data.point(&delivery_point).with_context(|| {
                format!("petition `{petition}` has no delivery point `{delivery_point}`")
            })?;
            let days = handover::delivery::days(&mut conn, std::slice::from_ref(point))?;
            let seen = days
                .first()
                .and_then(|d| d.current())
                .map(|v| v.version)
                .filter(|_| again);
            let press = handover::delivery::freeze::Press {
                keys: &db.keys,
                base_url: &base_url,
            };
            let now = Utc::now().naive_utc();
            let done = handover::delivery::freeze::freeze(
                &mut conn,
                press,
                &data.petition,
                point.id,
                seen,
                Actor::Cli,
                now,
            )?;
            match done {
                handover::delivery::freeze::Freeze::Made(v) => {
                    println!("{petition}/{delivery_point}: version {v} frozen")
                }
                handover::delivery::freeze::Freeze::Already(v) => println!(
                    "{petition}/{delivery_point}: version {v} is frozen already (--again makes the next)"
                ),
                handover::delivery::freeze::Freeze::Delivered => anyhow::bail!(
                    "{petition}/{delivery_point} was handed over; its packet cannot be frozen again"
                ),
            }
            Ok(())
        }
        Command::Backup { out } => {
            let pool = handover::db::connect(&settings.database_url, settings.sqlite_sync)?;
            let mut conn = pool.get().context("getting a database connection")?;
            let done = handover::db::backup::backup(&settings.database_url, &mut conn, &out)?;
            println!(
                "backed up {} signatures to {} ({:.1} MB)\n\
                 The data key is not in the backup: keep the key file (or HANDOVER_DATA_KEY) \
                 safe, and apart from the backups. Without it the signers' data cannot be read.",
                done.signatures,
                out.display(),
                done.bytes as f64 / 1e6
            );
            Ok(())
        }
        Command::Migrate => {
            startup::open_database(&settings)?;
            println!("database is up to date");
            Ok(())
        }
        Command::Worker => {
            let db = startup::open_database(&settings)?;
            let base_url = settings
                .base_url
                .clone()
                .context("`handover worker` needs HANDOVER_BASE_URL for the links in mail")?;
            startup::serve_metrics_alone(&settings, db.pool.clone())?;
            let worker = startup::build_worker(&settings, db.pool, db.keys, base_url)?;
            // SIGTERM or SIGINT: finish what is in flight, hand back the
            // rest, exit. A second one exits at once (the leases run out
            // within a minute).
            let stop = worker.stopper();
            for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
                signal_hook::flag::register_conditional_shutdown(signal, 1, stop.clone())
                    .context("listening for signals")?;
                signal_hook::flag::register(signal, stop.clone())
                    .context("listening for signals")?;
            }
            // Never disconnected: the worker polls until it is stopped.
            let (_keep, rx) = std::sync::mpsc::sync_channel(1);
            worker.run(rx);
            Ok(())
        }
        Command::RotateKey { new_key } => {
            let rotated = startup::rotate_key(&settings, &new_key)?;
            println!(
                "re-sealed {} signatures and {} queued requests under the new data key; \
                 the old key opens nothing any more: remove it from HANDOVER_PREVIOUS_DATA_KEYS",
                rotated.signatures, rotated.queued
            );
            Ok(())
        }
        Command::Demo => {
            let db = startup::open_database(&settings)?;
            let mut conn = db.pool.get().context("getting a database connection")?;
            startup::load_demo(&mut conn)?;
            println!("demo petition loaded");
            Ok(())
        }
        Command::Petition {
            action: PetitionCommand::Import { file },
        } => {
            let source = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let parsed =
                import::parse(&source).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
            let db = startup::open_database(&settings)?;
            let mut conn = db.pool.get().context("getting a database connection")?;
            let report = import::store(&mut conn, &parsed)?;
            println!(
                "{} petition `{}` with {} delivery points",
                if report.created { "created" } else { "updated" },
                parsed.petition.slug,
                report.delivery_points
            );
            Ok(())
        }
        Command::Organizer {
            action:
                OrganizerCommand::Add {
                    email,
                    name,
                    role,
                    petition,
                    delivery_points,
                },
        } => {
            let input = OrganizerInput {
                email: EmailAddress::parse(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?,
                name,
                role: Role::parse(&role).map_err(|e| anyhow::anyhow!("--role: {e}"))?,
                petition,
                delivery_points,
            };
            let db = startup::open_database(&settings)?;
            let mut conn = db.pool.get().context("getting a database connection")?;
            let now = Utc::now().naive_utc();
            // With SMTP, a running `serve` or `worker` mails the link too.
            let mail = settings
                .smtp_url
                .is_some()
                .then_some(handover::i18n::Lang::En);
            let invites::Invited { organizer, token } =
                invites::invite(&mut conn, &input, Actor::Cli, mail, now)?;
            if mail.is_some() {
                println!("an invitation email is queued for {}", organizer.email);
            }
            println!("created {} ({})", organizer.email, organizer.role);
            println!(
                "one-time link to set the password (valid 72 hours):\n{}/organizer/invite/{}",
                startup::public_base_url(&settings),
                token.expose()
            );
            Ok(())
        }
        Command::Export {
            petition,
            delivery_point,
            all,
            out,
            strict,
        } => {
            let db = startup::open_database(&settings)?;
            let mut conn = db.pool.get().context("getting a database connection")?;
            let data = PetitionWithPoints::load(&mut conn, &petition)?
                .with_context(|| format!("there is no petition `{petition}`"))?;
            let now = Utc::now().naive_utc();
            // Packets are written either way; --strict fails the command
            // when one prints a character as its code point.
            let mut lacking = false;
            let mut report =
                |path: &std::path::Path, summary: &handover::packets::PacketSummary| {
                    println!(
                        "{}: {} signatures, digest {}",
                        path.display(),
                        summary.signature_count,
                        summary.packet_digest
                    );
                    if !summary.missing.is_empty() {
                        lacking = true;
                        eprintln!("{}: {}", path.display(), summary.missing.describe());
                    }
                };
            if all {
                for (path, summary) in export::export_all(&mut conn, &db.keys, &data, &out)? {
                    report(&path, &summary);
                }
                audit::record(
                    &mut conn,
                    Actor::Cli,
                    Action::Export,
                    &format!("{petition}: all delivery points"),
                    now,
                )?;
            } else {
                let slug = delivery_point.context("--delivery-point or --all is needed")?;
                let point = data.point(&slug).with_context(|| {
                    format!("petition `{petition}` has no delivery point `{slug}`")
                })?;
                let summary = export::export_one(&mut conn, &db.keys, &data, point, &out)?;
                audit::record(
                    &mut conn,
                    Actor::Cli,
                    Action::Export,
                    &format!("{petition}/{slug}"),
                    now,
                )?;
                report(&out, &summary);
            }
            if strict && lacking {
                anyhow::bail!("--strict: a packet lacks fonts for some of its text (see above)");
            }
            Ok(())
        }
    }
}

/// GETs `{url}/ready` over plain HTTP/1.0 (the container has no curl, and
/// this is the whole of the client it needs): Ok on a 200 within 5 seconds.
fn healthcheck(url: &str) -> anyhow::Result<()> {
    use std::io::{Read, Write};
    use std::net::ToSocketAddrs;
    let parsed = url::Url::parse(url).with_context(|| format!("{url} is not a URL"))?;
    anyhow::ensure!(parsed.scheme() == "http", "only http:// is supported");
    let host = parsed.host_str().context("the URL has no host")?;
    let port = parsed.port_or_known_default().unwrap_or(80);
    let address = (host, port)
        .to_socket_addrs()?
        .next()
        .with_context(|| format!("{host} does not resolve"))?;
    let timeout = std::time::Duration::from_secs(5);
    let mut stream = std::net::TcpStream::connect_timeout(&address, timeout)
        .with_context(|| format!("connecting to {address}"))?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let path = format!("{}/ready", parsed.path().trim_end_matches('/'));
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n")?;
    let mut answer = String::new();
    stream.take(64 * 1024).read_to_string(&mut answer)?;
    let status = answer.split_whitespace().nth(1).unwrap_or("");
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    anyhow::ensure!(status == "200", "{path} answered {status}: {}", body.trim());
    Ok(())
}

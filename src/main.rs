//! The `handover` binary: see `handover --help`.

use anyhow::Context;
use clap::Parser;
use handover::config::{Cli, Command, PetitionCommand};
use handover::petitions::import;
use handover::startup::{self, Application};
use handover::telemetry;

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
                app.run_until_stopped().await.context("the server failed")
            })
        }
        Command::Migrate => {
            startup::open_database(&settings)?;
            println!("database is up to date");
            Ok(())
        }
        Command::Worker => {
            let pool = startup::open_database(&settings)?;
            let base_url = settings
                .base_url
                .clone()
                .context("`handover worker` needs HANDOVER_BASE_URL for the links in mail")?;
            let worker = startup::build_worker(&settings, pool, base_url)?;
            // Never disconnected: the worker polls until the process is stopped.
            let (_keep, rx) = std::sync::mpsc::sync_channel(1);
            worker.run(rx);
            Ok(())
        }
        Command::Demo => {
            let pool = startup::open_database(&settings)?;
            let mut conn = pool.get().context("getting a database connection")?;
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
            let pool = startup::open_database(&settings)?;
            let mut conn = pool.get().context("getting a database connection")?;
            let report = import::store(&mut conn, &parsed)?;
            println!(
                "{} petition `{}` with {} delivery points",
                if report.created { "created" } else { "updated" },
                parsed.petition.slug,
                report.delivery_points
            );
            Ok(())
        }
    }
}

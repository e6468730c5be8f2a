//! Command line and configuration. Every setting is a flag and an environment
//! variable, with defaults that run the whole app on one laptop: SQLite in
//! `./handover.db`, mail written to `./mail/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Handover: online petitions delivered in person.
#[derive(Debug, Parser)]
#[command(name = "handover", version, about)]
pub struct Cli {
    /// Settings shared by every subcommand.
    #[command(flatten)]
    pub settings: Settings,
    /// What to do; `serve` when left out.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web app (and, unless `--no-worker`, send mail).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Send queued mail until stopped (for separate mail-worker processes).
    Worker,
    /// Load the demo petition.
    Demo,
    /// Manage petitions.
    Petition {
        /// What to do with petitions.
        #[command(subcommand)]
        action: PetitionCommand,
    },
    /// Manage organizer accounts.
    Organizer {
        /// What to do with organizers.
        #[command(subcommand)]
        action: OrganizerCommand,
    },
    /// Re-seal every signer's data under a new data key, in batches, while
    /// the server runs (see the README's "Keys" section for the steps).
    RotateKey {
        /// The new key, 32 bytes in base64; read from the environment rather
        /// than typed, so it stays out of the shell history.
        #[arg(long, env = "HANDOVER_NEW_DATA_KEY", hide_env_values = true)]
        new_key: String,
    },
    /// Write delivery packets (ZIP) to files.
    Export {
        /// The petition's slug.
        #[arg(long)]
        petition: String,
        /// One delivery point's slug (writes the ZIP to `--out FILE`).
        #[arg(long, conflicts_with = "all", required_unless_present = "all")]
        delivery_point: Option<String>,
        /// Every delivery point (writes one ZIP each and `summary.csv` into `--out DIR`).
        #[arg(long)]
        all: bool,
        /// The file (one point) or folder (`--all`) to write.
        #[arg(long)]
        out: PathBuf,
        /// Exit non-zero when a PDF had to print a character as its code
        /// point for lack of a font (the packets are written either way).
        #[arg(long)]
        strict: bool,
    },
    /// Copy a live SQLite database, consistent as of one moment, while the
    /// server runs (PostgreSQL: use pg_dump, see the README).
    Backup {
        /// The file to write; must not exist yet.
        #[arg(long)]
        out: PathBuf,
    },
    /// Ask a running server whether it is ready (`/ready`): exit 0 if so, 1
    /// if not, for container health checks without curl.
    Healthcheck {
        /// The server's address; default: the address `serve` binds
        /// (`HANDOVER_BIND`), with 0.0.0.0 read as 127.0.0.1.
        #[arg(long)]
        url: Option<String>,
    },
    /// Freeze a delivery point's packet now, as "Freeze the packet now" does
    /// (or, with `--again`, make the next version).
    Freeze {
        /// The petition's slug.
        #[arg(long)]
        petition: String,
        /// The delivery point's slug.
        #[arg(long)]
        delivery_point: String,
        /// Freeze a new version even if one is frozen already.
        #[arg(long)]
        again: bool,
    },
    /// Check a signer's receipt offline: that their line is in the packet
    /// whose Merkle root it names (or `--root`, read off the paper).
    VerifyReceipt {
        /// The receipt (JSON).
        file: PathBuf,
        /// The root to check against, 64 hex characters (from the cover
        /// letter or a page footer); by default the one in the receipt.
        #[arg(long)]
        root: Option<String>,
    },
}

/// `handover organizer …`.
#[derive(Debug, Subcommand)]
pub enum OrganizerCommand {
    /// Create an account and print a one-time link to set its password.
    Add {
        /// Their email address (their login).
        #[arg(long)]
        email: String,
        /// Their name.
        #[arg(long)]
        name: String,
        /// admin, coordinator or local.
        #[arg(long)]
        role: String,
        /// The petition a coordinator manages, or a local organizer's petition.
        #[arg(long)]
        petition: Option<String>,
        /// A delivery point a local organizer sees (repeat for several).
        #[arg(long = "delivery-point")]
        delivery_points: Vec<String>,
    },
}

/// `handover petition …`.
#[derive(Debug, Subcommand)]
pub enum PetitionCommand {
    /// Create or update a petition and its delivery points from a TOML file.
    Import {
        /// The petition file.
        file: PathBuf,
    },
}

/// A feature switch, `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    On,
    Off,
}

/// When SQLite makes a commit durable (its `synchronous` pragma, in WAL mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SqliteSync {
    /// Every commit is synced to disk before it is acknowledged: a power
    /// cut loses no signature already answered. Group commit makes it one
    /// sync per batch of signatures.
    Full,
    /// Synced at checkpoints only: a power cut may lose the last commits
    /// (never corrupt the file). Faster on slow disks.
    Normal,
}

/// Runtime settings.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Database: `sqlite://FILE` or `postgres://USER@HOST/DB`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://handover.db",
        global = true
    )]
    pub database_url: String,

    /// Address and port to listen on (port 0 picks a free one).
    #[arg(
        long = "bind",
        env = "HANDOVER_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: String,

    /// Public URL of the site, used in links in mail. Defaults to `http://` + the bound address.
    #[arg(long, env = "HANDOVER_BASE_URL", global = true)]
    pub base_url: Option<String>,

    /// SMTP server (`smtp://user:pass@host:587?tls=required` with STARTTLS,
    /// `smtps://…:465`, or `smtp://host:25` unencrypted for a local relay).
    /// Unset: mail goes to files.
    #[arg(long, env = "SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The `From` of outgoing mail.
    #[arg(
        long,
        env = "HANDOVER_MAIL_FROM",
        default_value = "Handover <no-reply@handover.localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Folder for `.eml` files when no SMTP server is configured.
    #[arg(
        long,
        env = "HANDOVER_MAIL_DIR",
        default_value = "./mail",
        global = true
    )]
    pub mail_dir: PathBuf,

    /// How long a confirmation link stays valid, in hours.
    #[arg(
        long,
        env = "HANDOVER_TOKEN_TTL_HOURS",
        default_value_t = 168,
        global = true
    )]
    pub token_ttl_hours: u32,

    /// Least time between two mails to one signer about one petition, in seconds.
    #[arg(
        long,
        env = "HANDOVER_RESEND_INTERVAL_SECS",
        default_value_t = 300,
        global = true
    )]
    pub resend_interval_secs: u32,

    /// Least seconds between serving the sign form and submitting it; faster is a bot (0: off).
    #[arg(
        long,
        env = "HANDOVER_MIN_FILL_SECS",
        default_value_t = 3,
        global = true
    )]
    pub min_fill_secs: u32,

    /// Rate limits on signing: on or off (off only for benchmarks and tests).
    #[arg(
        long,
        env = "HANDOVER_RATE_LIMITS",
        value_enum,
        default_value = "on",
        global = true
    )]
    pub rate_limits: Switch,

    /// Signatures per minute from one client IP (burst).
    #[arg(
        long,
        env = "HANDOVER_RATE_IP_PER_MINUTE",
        default_value_t = 60,
        global = true
    )]
    pub rate_ip_per_minute: u32,

    /// Signatures per hour from one client IP (sustained).
    #[arg(
        long,
        env = "HANDOVER_RATE_IP_PER_HOUR",
        default_value_t = 1000,
        global = true
    )]
    pub rate_ip_per_hour: u32,

    /// Signatures per minute with addresses at one email domain (burst).
    #[arg(
        long,
        env = "HANDOVER_RATE_DOMAIN_PER_MINUTE",
        default_value_t = 300,
        global = true
    )]
    pub rate_domain_per_minute: u32,

    /// Signatures per hour with addresses at one email domain (sustained).
    #[arg(
        long,
        env = "HANDOVER_RATE_DOMAIN_PER_HOUR",
        default_value_t = 6000,
        global = true
    )]
    pub rate_domain_per_hour: u32,

    /// Proxies whose `X-Forwarded-For` is believed (comma-separated IPs); none by default.
    #[arg(
        long,
        env = "HANDOVER_TRUSTED_PROXIES",
        value_delimiter = ',',
        global = true
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Refuse addresses at known disposable-mail domains (the list in `data/`).
    #[arg(
        long,
        env = "HANDOVER_DISPOSABLE_DOMAINS",
        value_enum,
        default_value = "on",
        global = true
    )]
    pub disposable_domains: Switch,

    /// More email domains that may not sign (comma-separated).
    #[arg(
        long,
        env = "HANDOVER_BLOCKED_DOMAINS",
        value_delimiter = ',',
        global = true
    )]
    pub blocked_domains: Vec<String>,

    /// IP ranges that may not sign (comma-separated CIDR, e.g. 203.0.113.0/24).
    #[arg(
        long,
        env = "HANDOVER_BLOCKED_IPS",
        value_delimiter = ',',
        global = true
    )]
    pub blocked_ips: Vec<ipnet::IpNet>,

    /// First retry delay after a failed send, in milliseconds; doubles on each failure.
    #[arg(
        long,
        env = "HANDOVER_MAIL_RETRY_BASE_MS",
        default_value_t = 5000,
        global = true
    )]
    pub mail_retry_base_ms: u64,

    /// SMTP connections each mail worker keeps open, one message in flight on
    /// each (1–256; some providers allow fewer).
    #[arg(
        long,
        env = "HANDOVER_SMTP_CONNECTIONS",
        default_value_t = 64,
        value_parser = clap::value_parser!(u16).range(1..=256),
        global = true
    )]
    pub smtp_connections: u16,

    /// The data key that seals signers' data, 32 bytes in base64. Without it,
    /// `HANDOVER_DATA_KEY_FILE`; for SQLite, by default a key file beside the
    /// database (`FILE.key`), created on first start. **Losing it loses the
    /// signers' data.**
    #[arg(long, env = "HANDOVER_DATA_KEY", global = true, hide_env_values = true)]
    pub data_key: Option<String>,

    /// A file holding the data key in base64 (created, mode 0600, if missing).
    #[arg(long, env = "HANDOVER_DATA_KEY_FILE", global = true)]
    pub data_key_file: Option<PathBuf>,

    /// Earlier data keys (comma-separated base64), only to open data sealed
    /// under them while `handover rotate-key` re-seals it.
    #[arg(
        long,
        env = "HANDOVER_PREVIOUS_DATA_KEYS",
        value_delimiter = ',',
        global = true,
        hide_env_values = true
    )]
    pub previous_data_keys: Vec<String>,

    /// Do not send mail from the `serve` process (run `handover worker` instead).
    #[arg(
        long,
        env = "HANDOVER_NO_WORKER",
        default_value_t = false,
        global = true
    )]
    pub no_worker: bool,

    /// Hours after signing that an unconfirmed signature gets one reminder
    /// (the confirmation mail again, with a new link); 0: no reminders.
    #[arg(
        long,
        env = "HANDOVER_REMINDER_AFTER_HOURS",
        default_value_t = 24,
        global = true
    )]
    pub reminder_after_hours: u32,

    /// Least seconds between two drawings of a petition's link-preview
    /// image (`/p/{slug}/card.png`); a count that changed meanwhile shows
    /// on the next one.
    #[arg(
        long,
        env = "HANDOVER_CARD_REFRESH_SECS",
        default_value_t = 60,
        global = true
    )]
    pub card_refresh_secs: u64,

    /// SQLite only: `full` syncs every commit before it is acknowledged
    /// (nothing answered is lost to a power cut), `normal` only at
    /// checkpoints.
    #[arg(
        long,
        env = "HANDOVER_SQLITE_SYNC",
        value_enum,
        default_value_t = SqliteSync::Full,
        global = true
    )]
    pub sqlite_sync: SqliteSync,

    /// Address for `/metrics` (Prometheus), e.g. `127.0.0.1:9090`; unset: off.
    /// Keep it off the public network: it is a listener of its own.
    #[arg(long, env = "HANDOVER_METRICS_BIND", global = true)]
    pub metrics_bind: Option<String>,

    /// Where `serve` writes the first admin's one-time link when it has no
    /// terminal (mode 0600). Default: beside a SQLite database
    /// (`FILE.setup-link`), else `handover-setup-link` in the temp folder.
    #[arg(long, env = "HANDOVER_SETUP_LINK_FILE", global = true)]
    pub setup_link_file: Option<PathBuf>,

    /// Load the demo petition at start if it is missing. Without this, it
    /// is loaded only into a SQLite database the start itself creates (the
    /// laptop case), never into PostgreSQL.
    #[arg(long, env = "HANDOVER_DEMO", default_value_t = false, global = true)]
    pub demo: bool,
}

impl Settings {
    /// Settings with every default, for tests and tools that tweak a few fields.
    pub fn defaults() -> Self {
        Cli::parse_from(["handover"]).settings
    }
}

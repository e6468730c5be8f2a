//! Logging. Log lines name what happened and to which row id; they never carry
//! a token, an email address or an IP address (see `docs/privacy` in the README).

use tracing_subscriber::EnvFilter;

/// Sends `tracing` events to standard error, filtered by `RUST_LOG`
/// (default `info`). Safe to call more than once.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

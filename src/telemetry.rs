//! Logging. Log lines name what happened and to which row id; they never carry
//! a token, an email address or an IP address (see `docs/privacy` in the README).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tracing_subscriber::EnvFilter;

/// How many times one [`Throttle`] lets a message through per window.
const THROTTLE_BURST: u32 = 5;
/// A [`Throttle`]'s window.
const THROTTLE_WINDOW: Duration = Duration::from_secs(10);

/// Keeps one repeated log message to [`THROTTLE_BURST`] lines per
/// [`THROTTLE_WINDOW`]: a fault that fails every request (a full disk, a
/// database outage) would otherwise write thousands of identical lines a
/// second. Each line that gets through says how many were left out since
/// the last one.
pub struct Throttle {
    state: Mutex<Option<ThrottleState>>,
}

struct ThrottleState {
    window_start: Instant,
    in_window: u32,
    suppressed: u64,
}

impl Throttle {
    /// A throttle for one message, usable as a `static`.
    pub const fn new() -> Self {
        Throttle {
            state: Mutex::new(None),
        }
    }

    /// `Some(how many were left out before this one)` if this line may be
    /// logged, `None` if it is one too many for now.
    pub fn allow(&self) -> Option<u64> {
        let mut guard = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let state = guard.get_or_insert(ThrottleState {
            window_start: now,
            in_window: 0,
            suppressed: 0,
        });
        if now.duration_since(state.window_start) >= THROTTLE_WINDOW {
            state.window_start = now;
            state.in_window = 0;
        }
        if state.in_window < THROTTLE_BURST {
            state.in_window += 1;
            Some(std::mem::take(&mut state.suppressed))
        } else {
            state.suppressed += 1;
            None
        }
    }
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new()
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_throttle_lets_a_few_lines_through_and_counts_the_rest() {
        let throttle = Throttle::new();
        let passed: Vec<_> = (0..1000).filter_map(|_| throttle.allow()).collect();
        assert_eq!(passed, vec![0; THROTTLE_BURST as usize]);
        // The next window's first line says how many were left out.
        if let Ok(mut state) = throttle.state.lock()
            && let Some(s) = state.as_mut()
        {
            s.window_start -= THROTTLE_WINDOW;
        }
        assert_eq!(throttle.allow(), Some(1000 - u64::from(THROTTLE_BURST)));
        assert_eq!(throttle.allow(), Some(0));
    }
}

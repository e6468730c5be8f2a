//! SQLite's one write lock, queued inside this process, requests first.
//!
//! SQLite lets one connection write at a time. A second writer that finds the
//! lock taken does not queue: its busy handler sleeps 1, 2, 5, 10, 15, 20,
//! 25 … ms between tries. So a group commit of signatures that met the mail
//! worker's transaction waited for its next poll, not for the transaction: at
//! 1,000 signatures a second the *median* signature took 18 ms (BENCHMARKS.md,
//! session 13). Writers of this process therefore take a [`Turn`] here before
//! `BEGIN IMMEDIATE`, and the next one is woken the moment the last one
//! finishes. Other processes' writers (a separate `handover worker`) are still
//! met through the busy handler.
//!
//! Guarantee: a writer waiting here is woken as soon as the turn is free and
//! it is its class's go; writers of a request go before background ones, and
//! a background writer (a thread marked with [`background_writes`]: the mail
//! worker's) waits at most [`MAX_DEFER`] for requests that keep coming. So a
//! surge of signing cannot starve mail, and mail holds a signer up by at most
//! one of its transactions: after each one, requests waiting go first again
//! (a background writer's wait counts afresh from there). Nobody waits here
//! longer than the busy timeout: then it fails as SQLite would, with
//! "database is locked". While it holds the turn, a writer runs ahead of the
//! process's other threads (see [`crate::cpu_priority`]): everyone else's
//! writes wait for it.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{Arc, Condvar, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Longest a background writer waits while request writers keep coming.
pub const MAX_DEFER: Duration = Duration::from_millis(10);
/// A background writer takes a free turn only once request writers have
/// left it free this long: a group-commit writer that just committed is
/// usually back for its next batch within microseconds.
const QUIET: Duration = Duration::from_millis(1);

thread_local! {
    static BACKGROUND: Cell<bool> = const { Cell::new(false) };
}

/// Marks the calling thread's SQLite writes as background work: they let
/// request writers go first (see the module comment). The mail worker calls it
/// on its threads.
pub fn background_writes() {
    BACKGROUND.with(|b| b.set(true));
}

/// The turns of one database file.
#[derive(Default)]
pub struct Turns {
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// A writer has the turn.
    held: bool,
    /// Request writers waiting for it.
    requests: usize,
    /// Background writers that waited [`MAX_DEFER`]: they go next.
    overdue: usize,
    /// When a request writer last gave the turn back.
    request_left: Option<Instant>,
    /// Counts background writers' turns: a background writer's wait for
    /// requests starts again after each one.
    background_turns: u64,
}

/// The write turn, held until dropped.
pub struct Turn {
    turns: Arc<Turns>,
    class: crate::metrics::WriteClass,
    /// When it was taken (how long it was held is a metric).
    taken: Instant,
    /// The holder runs ahead of other threads while it holds the turn (see
    /// [`crate::cpu_priority`]); dropped after the turn is given back.
    _raised: Option<crate::cpu_priority::Raised>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        crate::metrics::write_turn_held(self.class, self.taken.elapsed());
        let mut s = self.turns.lock();
        s.held = false;
        if self.class == crate::metrics::WriteClass::Request {
            s.request_left = Some(Instant::now());
        } else {
            s.background_turns += 1;
            s.overdue = 0;
        }
        drop(s);
        self.turns.changed.notify_all();
    }
}

/// Every file's turns, by path (a process normally has one file).
static FILES: LazyLock<Mutex<HashMap<String, Arc<Turns>>>> = LazyLock::new(Mutex::default);

/// The turns of the database file at `path`.
pub fn for_file(path: &str) -> Arc<Turns> {
    let mut files = FILES.lock().unwrap_or_else(|e| e.into_inner());
    files.entry(path.to_owned()).or_default().clone()
}

/// Whether a request writer of this process is waiting for a write turn,
/// or gave one back within `window` (of any file): background work then
/// keeps its turns short.
pub fn requests_wrote_within(window: Duration) -> bool {
    let files = FILES.lock().unwrap_or_else(|e| e.into_inner());
    files.values().any(|turns| {
        let s = turns.lock();
        s.requests > 0 || s.request_left.is_some_and(|left| left.elapsed() <= window)
    })
}

/// The turn was not free within the wait.
#[derive(Debug)]
pub struct TimedOut;

impl Turns {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits for the turn, at most `wait`, in the calling thread's class.
    pub fn take(self: &Arc<Self>, wait: Duration) -> Result<Turn, TimedOut> {
        let asked = Instant::now();
        let deadline = asked + wait;
        let background = BACKGROUND.with(Cell::get);
        let taken = if background {
            self.take_background(deadline)
        } else {
            self.take_request(deadline)
        };
        taken.map(|()| {
            let turn = Turn {
                turns: self.clone(),
                class: if background {
                    crate::metrics::WriteClass::Background
                } else {
                    crate::metrics::WriteClass::Request
                },
                taken: Instant::now(),
                _raised: crate::cpu_priority::raise_while_held(),
            };
            crate::metrics::write_turn_wait(turn.class, turn.taken - asked);
            turn
        })
    }

    fn take_request(&self, deadline: Instant) -> Result<(), TimedOut> {
        let mut s = self.lock();
        s.requests += 1;
        loop {
            if !s.held && s.overdue == 0 {
                s.requests -= 1;
                s.held = true;
                return Ok(());
            }
            let now = Instant::now();
            if now >= deadline {
                s.requests -= 1;
                drop(s);
                // A background writer may have waited only for this one.
                self.changed.notify_all();
                return Err(TimedOut);
            }
            s = self.wait(s, deadline - now);
        }
    }

    fn take_background(&self, deadline: Instant) -> Result<(), TimedOut> {
        let mut defer_until = Instant::now() + MAX_DEFER;
        let mut overdue = false;
        let mut s = self.lock();
        let mut turns_seen = s.background_turns;
        loop {
            let now = Instant::now();
            if s.background_turns != turns_seen {
                // Another background transaction just ran (and reset the
                // overdue count): requests waiting behind it go first.
                turns_seen = s.background_turns;
                overdue = false;
                defer_until = now + MAX_DEFER;
            }
            let quiet_at = s.request_left.map_or(now, |t| t + QUIET);
            if !s.held && (overdue || (s.requests == 0 && now >= quiet_at)) {
                if overdue {
                    s.overdue -= 1;
                }
                s.held = true;
                return Ok(());
            }
            if now >= deadline {
                if overdue {
                    s.overdue -= 1;
                    drop(s);
                    self.changed.notify_all();
                }
                return Err(TimedOut);
            }
            if !overdue && now >= defer_until {
                overdue = true;
                s.overdue += 1;
                continue;
            }
            let until = if overdue {
                deadline
            } else if !s.held && s.requests == 0 {
                quiet_at.min(defer_until).min(deadline)
            } else {
                defer_until.min(deadline)
            };
            s = self.wait(s, until - now);
        }
    }

    fn wait<'a>(&self, s: MutexGuard<'a, State>, at_most: Duration) -> MutexGuard<'a, State> {
        self.changed
            .wait_timeout(s, at_most)
            .map(|(s, _)| s)
            .unwrap_or_else(|e| e.into_inner().0)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    const WAIT: Duration = Duration::from_secs(5);

    #[test]
    fn requests_go_first_and_background_waits_at_most_max_defer() {
        let turns = Arc::new(Turns::default());
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let request_turns = Arc::new(AtomicUsize::new(0));
        // Two request writers that always want the turn again at once.
        let requests: Vec<_> = (0..2)
            .map(|_| {
                let (turns, stop, count) = (turns.clone(), stop.clone(), request_turns.clone());
                std::thread::spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let _turn = turns.take(WAIT).unwrap();
                        count.fetch_add(1, Ordering::Relaxed);
                        std::thread::sleep(Duration::from_millis(1));
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(20));
        let background = {
            let turns = turns.clone();
            std::thread::spawn(move || {
                background_writes();
                (0..5)
                    .map(|_| {
                        let asked = Instant::now();
                        let _turn = turns.take(WAIT).unwrap();
                        asked.elapsed()
                    })
                    .max()
                    .unwrap()
            })
        };
        let longest = background.join().unwrap();
        stop.store(true, Ordering::Relaxed);
        requests.into_iter().for_each(|t| t.join().unwrap());
        assert!(
            longest >= MAX_DEFER / 2,
            "background work let the busy requests go first (waited at most {longest:?})"
        );
        // Starved, it would have waited until `WAIT` and failed.
        assert!(
            longest < Duration::from_secs(1),
            "background work was not starved (waited {longest:?})"
        );
        assert!(request_turns.load(Ordering::Relaxed) > 0);
    }

    #[test]
    fn after_a_background_turn_the_requests_waiting_go_first() {
        let turns = Arc::new(Turns::default());
        let order = Arc::new(Mutex::new(Vec::new()));
        let (has_it, got) = std::sync::mpsc::channel();
        // A long mail transaction, far longer than `MAX_DEFER`.
        let long = {
            let turns = turns.clone();
            std::thread::spawn(move || {
                background_writes();
                let _turn = turns.take(WAIT).unwrap();
                has_it.send(()).unwrap();
                std::thread::sleep(Duration::from_millis(300));
            })
        };
        got.recv().unwrap();
        let spawn = |background: bool, name: &'static str| {
            let (turns, order) = (turns.clone(), order.clone());
            std::thread::spawn(move || {
                if background {
                    background_writes();
                }
                let _turn = turns.take(WAIT).unwrap();
                order.lock().unwrap().push(name);
            })
        };
        // Another mail write waits behind it, past `MAX_DEFER`, then a signer.
        let mail = spawn(true, "mail");
        std::thread::sleep(Duration::from_millis(100));
        let signer = spawn(false, "signer");
        for t in [long, mail, signer] {
            t.join().unwrap();
        }
        assert_eq!(
            *order.lock().unwrap(),
            ["signer", "mail"],
            "the signer waited for one mail transaction, not two"
        );
    }

    #[test]
    fn a_request_writers_turn_is_seen_as_recent_writing() {
        let turns = for_file("a_request_writers_turn_is_seen_as_recent_writing");
        drop(turns.take(WAIT).unwrap());
        assert!(requests_wrote_within(Duration::from_secs(1)));
    }

    #[test]
    fn a_writer_that_cannot_get_the_turn_in_time_fails() {
        let turns = Arc::new(Turns::default());
        let _held = turns.take(WAIT).unwrap();
        let other = turns.clone();
        let result = std::thread::spawn(move || other.take(Duration::from_millis(20)).map(drop))
            .join()
            .unwrap();
        assert!(result.is_err());
    }
}

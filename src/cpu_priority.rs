//! CPU priority of this process's threads (their nice value on Linux).
//!
//! Two rules, each written once here:
//! - Mail work takes the CPU that requests leave free: the mail sender
//!   threads (and the whole worker on PostgreSQL) run at the lowest priority
//!   ([`lowest`]).
//! - What everyone waits for runs ahead of everything else: the thread
//!   holding SQLite's write turn while it holds it ([`raise_while_held`]),
//!   and the group-commit writers for their whole life ([`raise_for_life`]),
//!   since every signer in a batch waits for them. Each moment such a thread
//!   waits for a core behind the request threads that feed it, or behind
//!   other load, is lost by all of those waiting. In the main case of the
//!   surge bench the signing writer held the lock 73 % of the time but was
//!   on a core only 59 % of the time (BENCHMARKS.md, session 21).
//!
//! Raising needs the right to (root, `CAP_SYS_NICE`, or a nice limit such as
//! systemd's `LimitNICE=-10`) and is done on Linux only. Without it the
//! process runs as before, and says so once in its log. A thread started by
//! a raised one inherits the raised priority: do not start threads while
//! holding a write turn.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use thread_priority::ThreadPriority;

/// The nice value of a thread while it holds the write turn.
pub(crate) const HOLDER_NICE: i32 = -10;

thread_local! {
    /// This thread's nice value as last set here or read from the system
    /// (`None`: not read yet).
    static OWN_NICE: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Set once raising failed: it is not tried again.
static CANNOT_RAISE: AtomicBool = AtomicBool::new(false);

/// Runs the calling thread at the lowest CPU priority (nice 19 on Linux).
pub fn lowest() {
    match thread_priority::set_current_thread_priority(ThreadPriority::Min) {
        Ok(()) => OWN_NICE.with(|n| n.set(read_own_nice())),
        Err(e) => tracing::debug!(error = ?e, "could not lower a mail thread's priority"),
    }
}

/// Runs the calling thread at [`HOLDER_NICE`] from now on, where the system
/// allows it (and it does not run higher already).
pub fn raise_for_life() {
    if own_nice() > HOLDER_NICE && raise() {
        OWN_NICE.with(|n| n.set(Some(HOLDER_NICE)));
    }
}

/// The calling thread at [`HOLDER_NICE`] until dropped, when its own
/// priority comes back. `None` where the system does not allow it, or the
/// thread runs that high already (as it does while it holds a turn of
/// another file).
#[must_use]
pub fn raise_while_held() -> Option<Raised> {
    let own = own_nice();
    if own <= HOLDER_NICE || !raise() {
        return None;
    }
    OWN_NICE.with(|n| n.set(Some(HOLDER_NICE)));
    Some(Raised {
        own,
        _not_send: std::marker::PhantomData,
    })
}

/// A raised thread (see [`raise_while_held`]). Not `Send`: the nice value
/// is per thread, and it must be put back on the thread that was raised.
pub struct Raised {
    own: i32,
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Drop for Raised {
    fn drop(&mut self) {
        match set_nice(self.own) {
            Ok(()) => OWN_NICE.with(|n| n.set(Some(self.own))),
            // Lowering is always allowed; were it refused, the thread would
            // stay raised (and be seen so: its value stays `HOLDER_NICE`).
            Err(e) => tracing::debug!(error = %e, "could not lower the writer's priority again"),
        }
    }
}

/// The calling thread's nice value, read once (0 where it cannot be read).
fn own_nice() -> i32 {
    OWN_NICE.with(|n| match n.get() {
        Some(own) => own,
        None => {
            let own = read_own_nice().unwrap_or(0);
            n.set(Some(own));
            own
        }
    })
}

/// Sets the calling thread to [`HOLDER_NICE`]; says once if it may not.
fn raise() -> bool {
    if CANNOT_RAISE.load(Ordering::Relaxed) {
        return false;
    }
    match set_nice(HOLDER_NICE) {
        Ok(()) => true,
        Err(e) => {
            if !CANNOT_RAISE.swap(true, Ordering::Relaxed) {
                tracing::info!(
                    error = %e,
                    "the database writers cannot raise their CPU priority (that needs \
                     CAP_SYS_NICE or a nice limit, such as systemd's LimitNICE=-10); under \
                     heavy load signing is slower"
                );
            }
            false
        }
    }
}

/// The `thread_priority` value that sets nice `nice` under `SCHED_OTHER`.
/// The crate maps 0..=99 onto nice 19..=-20 as `(39 × (1 − p/99))`
/// truncated, − 20, in floats; this is the middle of the range that lands
/// on `nice`, clear of rounding (tested below for every value).
fn priority_for_nice(nice: i32) -> ThreadPriority {
    let value = (99 * (37 - 2 * nice.clamp(-20, 19)) + 39) / 78;
    let value = u8::try_from(value.clamp(0, 99)).unwrap_or(49);
    thread_priority::ThreadPriorityValue::try_from(value)
        .map_or(ThreadPriority::Min, ThreadPriority::Crossplatform)
}

/// Sets the calling thread's nice value (`-20..=19`).
#[cfg(target_os = "linux")]
fn set_nice(nice: i32) -> anyhow::Result<()> {
    thread_priority::set_current_thread_priority(priority_for_nice(nice))
        .map_err(|e| anyhow::anyhow!("{e:?}"))
}

/// Elsewhere `thread_priority`'s values are not nice values: not done.
#[cfg(not(target_os = "linux"))]
fn set_nice(_nice: i32) -> anyhow::Result<()> {
    anyhow::bail!("thread priorities are set on Linux only")
}

/// The calling thread's nice value, from `/proc` (Linux only).
pub(crate) fn read_own_nice() -> Option<i32> {
    nice_in_stat(&std::fs::read_to_string("/proc/thread-self/stat").ok()?)
}

/// The nice value in a thread's `/proc/…/stat` line.
pub(crate) fn nice_in_stat(stat: &str) -> Option<i32> {
    // The name (field 2) may hold spaces and parentheses: count from the
    // last `)`. Nice is field 19, the 17th after the name.
    stat.rsplit_once(')')?
        .1
        .split_whitespace()
        .nth(16)?
        .parse()
        .ok()
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use thread_priority::{NormalThreadSchedulePolicy, ThreadSchedulePolicy};

    use super::*;

    /// Every nice value maps onto itself through the crate's formula,
    /// without any system call (so it is checked without privileges too).
    #[test]
    fn every_nice_value_maps_onto_itself() {
        let policy = ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Other);
        for nice in -20..=19 {
            assert_eq!(priority_for_nice(nice).to_posix(policy), Ok(nice));
        }
    }

    /// Set for real: from the thread's own value down to the lowest (only
    /// lowering is always allowed), each value is read back from `/proc`.
    #[test]
    fn each_nice_value_is_set_as_asked_and_read_back() {
        std::thread::spawn(|| {
            let own = read_own_nice().expect("/proc is readable");
            for nice in own..=19 {
                set_nice(nice).expect("lowering is always allowed");
                assert_eq!(read_own_nice(), Some(nice));
            }
        })
        .join()
        .expect("the thread ran");
    }

    /// A holder runs raised, and is put back to its own priority after,
    /// where the system allows raising at all; a second raise while raised
    /// (a turn of another file) neither raises nor puts back.
    #[test]
    fn a_raised_thread_gets_its_own_priority_back() {
        std::thread::spawn(|| {
            lowest();
            let raised = raise_while_held();
            if raised.is_some() {
                assert_eq!(read_own_nice(), Some(HOLDER_NICE));
                assert!(raise_while_held().is_none(), "raised twice");
                assert_eq!(read_own_nice(), Some(HOLDER_NICE), "put back inside");
            } else {
                assert_eq!(read_own_nice(), Some(19), "not raised, not changed");
            }
            drop(raised);
            assert_eq!(read_own_nice(), Some(19));
        })
        .join()
        .expect("the thread ran");
    }
}

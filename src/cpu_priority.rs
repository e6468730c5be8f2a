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
//!   surge bench the signing writer held the lock 72 % of the time but ran
//!   on a core for only 0.59 of it (BENCHMARKS.md, session 21).
//!
//! Raising needs the right to (root, `CAP_SYS_NICE`, or a nice limit such as
//! systemd's `LimitNICE=-10`). Without it the server runs as before, and says
//! so once in its log.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

use thread_priority::{ThreadPriority, ThreadPriorityValue};

/// The nice value of a thread while it holds the write turn.
const HOLDER_NICE: i32 = -10;

thread_local! {
    /// This thread's nice value as last set here or read from the system
    /// (`None`: not known yet). Threads inherit it from their creator.
    static OWN_NICE: Cell<Option<i32>> = const { Cell::new(None) };
}

/// Set once raising failed: it is not tried again.
static CANNOT_RAISE: AtomicBool = AtomicBool::new(false);

/// Runs the calling thread at the lowest CPU priority (nice 19 on Linux).
pub fn lowest() {
    match set_nice(19) {
        Ok(()) => OWN_NICE.with(|n| n.set(Some(19))),
        Err(e) => tracing::debug!(error = %e, "could not lower a mail thread's priority"),
    }
}

/// Runs the calling thread at [`HOLDER_NICE`] from now on, where the
/// system allows it.
pub fn raise_for_life() {
    if raise() {
        OWN_NICE.with(|n| n.set(Some(HOLDER_NICE)));
    }
}

/// The calling thread at [`HOLDER_NICE`] until dropped, when its own
/// priority comes back. `None` where the system does not allow it, or the
/// thread runs that high already.
#[must_use]
pub fn raise_while_held() -> Option<Raised> {
    if CANNOT_RAISE.load(Ordering::Relaxed) {
        return None;
    }
    let own = OWN_NICE.with(|n| match n.get() {
        Some(own) => own,
        None => {
            let own = read_own_nice().unwrap_or(0);
            n.set(Some(own));
            own
        }
    });
    if own <= HOLDER_NICE {
        return None;
    }
    raise().then_some(Raised {
        own,
        _not_send: std::marker::PhantomData,
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

/// A raised thread (see [`raise_while_held`]). Not `Send`: the nice value
/// is per thread, and it must be put back on the thread that was raised.
pub struct Raised {
    own: i32,
    _not_send: std::marker::PhantomData<*const ()>,
}

impl Drop for Raised {
    fn drop(&mut self) {
        if let Err(e) = set_nice(self.own) {
            // The thread stays raised; the next turn tries to put it back.
            OWN_NICE.with(|n| n.set(None));
            tracing::debug!(error = %e, "could not lower the writer's priority again");
        }
    }
}

/// Sets the calling thread's nice value (`-20..=19`).
fn set_nice(nice: i32) -> anyhow::Result<()> {
    // thread_priority maps 0..=99 onto nice 19..=-20 as `(39 × (1 − p/99))
    // truncated − 20`, in floats; this is the value in the middle of the
    // range that lands on `nice` (tested below), clear of rounding.
    let value = (99 * (37 - 2 * nice.clamp(-20, 19)) + 39) / 78;
    let value = u8::try_from(value.clamp(0, 99)).unwrap_or(49);
    let priority = ThreadPriorityValue::try_from(value)
        .map_err(|e| anyhow::anyhow!("priority {value}: {e}"))?;
    thread_priority::set_current_thread_priority(ThreadPriority::Crossplatform(priority))
        .map_err(|e| anyhow::anyhow!("{e:?}"))
}

/// The calling thread's nice value, from `/proc` (Linux only).
fn read_own_nice() -> Option<i32> {
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
    use super::*;

    /// Every nice value goes through the crate's mapping and lands on itself.
    #[test]
    fn each_nice_value_is_set_as_asked_and_read_back() {
        std::thread::spawn(|| {
            // Only lowering is always allowed: go up the scale from 0.
            for nice in 0..=19 {
                set_nice(nice).expect("lowering is always allowed");
                assert_eq!(read_own_nice(), Some(nice));
            }
        })
        .join()
        .expect("the thread ran");
    }

    /// A holder runs raised, and is put back to its own priority after,
    /// where the system allows raising at all.
    #[test]
    fn a_raised_thread_gets_its_own_priority_back() {
        std::thread::spawn(|| {
            lowest();
            let raised = raise_while_held();
            if raised.is_some() {
                assert_eq!(read_own_nice(), Some(HOLDER_NICE));
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

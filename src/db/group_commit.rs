//! Group commit: the writes of many requests in one transaction.
//!
//! A commit is the expensive part of a small write (an fsync on PostgreSQL,
//! the write lock and WAL append on SQLite). Handlers hand their job to a
//! writer thread and wait; the writer takes every job that has queued up
//! (never waiting for more: a lone request is committed at once), runs them
//! all in one transaction, commits, and only then answers each. Under load a
//! batch is whatever arrived during the previous commit, so the commit cost
//! is shared and no request waits longer than about one commit.
//!
//! No request is ever told "done" for a row that was not committed: replies
//! go out after the commit returned. If a batch fails as a whole (one job's
//! statement broke the transaction), every job of it is run again alone, so
//! one bad job fails only itself.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use anyhow::Context;
use tokio::sync::oneshot;

use super::{DbConnection, DbPool, write_transaction};

/// Runs `jobs` inside one open transaction; one result per job, in order.
pub type BatchFn<J, R> = fn(&mut DbConnection, &[J]) -> anyhow::Result<Vec<R>>;

type Queued<J, R> = (J, oneshot::Sender<anyhow::Result<R>>, std::time::Instant);

/// Called with each result after its batch committed (for counting: a job
/// re-run alone after a failed batch is counted once).
pub type CommittedFn<R> = fn(&R);

/// A queue in front of one or more writer threads.
pub struct GroupCommit<J, R> {
    name: &'static str,
    queue: Sender<Queued<J, R>>,
}

/// How the writers run: their batch function and what runs after a commit.
pub struct Writer<J, R> {
    /// Runs a batch inside one open transaction.
    pub batch: BatchFn<J, R>,
    /// Runs for each committed result.
    pub committed: CommittedFn<R>,
}

// By hand: a derive would ask `J` and `R` to be `Copy`; two fn pointers are.
impl<J, R> Clone for Writer<J, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<J, R> Copy for Writer<J, R> {}

impl<J: Send + 'static, R: Send + 'static> GroupCommit<J, R> {
    /// Starts `writers` threads committing at most `max_batch` jobs at a time
    /// with `batch`. One writer suits SQLite (one writer at a time anyway);
    /// on PostgreSQL a second one collects the next batch while the first commits.
    pub fn start(
        name: &'static str,
        pool: DbPool,
        writers: usize,
        max_batch: usize,
        writer: Writer<J, R>,
    ) -> anyhow::Result<Self> {
        let (queue, jobs) = channel::<Queued<J, R>>();
        let jobs = Arc::new(Mutex::new(jobs));
        for i in 0..writers.max(1) {
            let (jobs, pool) = (jobs.clone(), pool.clone());
            std::thread::Builder::new()
                .name(format!("{name}-writer-{i}"))
                .spawn(move || {
                    // Every request in a batch waits for this thread.
                    crate::cpu_priority::raise_for_life();
                    write_loop(name, &pool, &jobs, max_batch.max(1), writer)
                })
                .with_context(|| format!("starting the {name} writer"))?;
        }
        Ok(GroupCommit { name, queue })
    }

    /// Queues a job and waits until it is committed (or failed).
    pub async fn submit(&self, job: J) -> anyhow::Result<R> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((job, reply, std::time::Instant::now()))
            .map_err(|_| anyhow::anyhow!("the {} writer has stopped", self.name))?;
        answer
            .await
            .map_err(|_| anyhow::anyhow!("the {} writer dropped a job", self.name))?
    }
}

/// One writer: take what queued up, commit it, answer; until the queue closes.
fn write_loop<J, R>(
    name: &'static str,
    pool: &DbPool,
    jobs: &Mutex<Receiver<Queued<J, R>>>,
    max_batch: usize,
    Writer { batch, committed }: Writer<J, R>,
) {
    loop {
        let taken = {
            let Ok(jobs) = jobs.lock() else { return };
            let Ok(first) = jobs.recv() else { return };
            let mut taken = vec![first];
            while taken.len() < max_batch {
                match jobs.try_recv() {
                    Ok(job) => taken.push(job),
                    Err(_) => break,
                }
            }
            taken
        };
        let oldest = taken.iter().map(|(_, _, at)| *at).min();
        crate::metrics::group_commit(
            name,
            taken.len(),
            oldest.map(|t| t.elapsed()).unwrap_or_default(),
        );
        let (work, replies): (Vec<J>, Vec<_>) = taken
            .into_iter()
            .map(|(job, reply, _)| (job, reply))
            .unzip();
        match commit(pool, &work, batch) {
            Ok(results) => {
                results.iter().for_each(committed);
                for (reply, result) in replies.into_iter().zip(results) {
                    // A requester that went away still had its job committed.
                    let _ = reply.send(Ok(result));
                }
            }
            Err(e) if work.len() == 1 => {
                let _ = replies.into_iter().next().map(|r| r.send(Err(e)));
            }
            // The database is away: running each job alone would make the
            // last wait once per job before it. All fail at once (503).
            Err(e) if super::is_unavailable(&e) => {
                tracing::warn!(
                    writer = name,
                    jobs = work.len(),
                    "database unavailable; batch failed"
                );
                for reply in replies {
                    let _ = reply.send(Err(anyhow::Error::new(super::Unavailable)));
                }
            }
            Err(e) => {
                tracing::warn!(
                    writer = name,
                    jobs = work.len(),
                    error = format!("{e:#}"),
                    "batch failed; committing its jobs one by one"
                );
                for (job, reply) in work.iter().zip(replies) {
                    let result = commit(pool, std::slice::from_ref(job), batch)
                        .and_then(|mut r| r.pop().context("a batch returned no result"));
                    if let Ok(r) = &result {
                        committed(r);
                    }
                    let _ = reply.send(result);
                }
            }
        }
    }
}

fn commit<J, R>(pool: &DbPool, jobs: &[J], batch: BatchFn<J, R>) -> anyhow::Result<Vec<R>> {
    let mut conn = pool.get().context("getting a database connection")?;
    let results = write_transaction(&mut conn, |conn| batch(conn, jobs))?;
    anyhow::ensure!(
        results.len() == jobs.len(),
        "a batch of {} jobs returned {} results",
        jobs.len(),
        results.len()
    );
    Ok(results)
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;
    use diesel::sql_types::BigInt;

    use super::*;

    /// Inserts each job's number; the number 13 breaks the statement (and
    /// with it the transaction), as a bad row would.
    fn insert_numbers(conn: &mut DbConnection, jobs: &[i64]) -> anyhow::Result<Vec<i64>> {
        jobs.iter()
            .map(|n| {
                let table = if *n == 13 { "no_such_table" } else { "numbers" };
                diesel::sql_query(format!("INSERT INTO {table} (n) VALUES (?)"))
                    .bind::<BigInt, _>(*n)
                    .execute(conn)?;
                Ok(*n)
            })
            .collect()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_jobs_are_all_committed_and_one_bad_job_fails_only_itself() {
        let dir = tempfile::tempdir().unwrap();
        let pool = super::super::connect(
            &format!("sqlite://{}/g.db", dir.path().display()),
            crate::config::SqliteSync::Full,
        )
        .unwrap();
        diesel::sql_query("CREATE TABLE numbers (n BIGINT NOT NULL)")
            .execute(&mut pool.get().unwrap())
            .unwrap();
        let writer = Writer {
            batch: insert_numbers,
            committed: |_| {},
        };
        let writer = Arc::new(GroupCommit::start("test", pool.clone(), 1, 64, writer).unwrap());

        let handles: Vec<_> = (0..200_i64)
            .map(|n| {
                let writer = writer.clone();
                tokio::spawn(async move { (n, writer.submit(n).await) })
            })
            .collect();
        let mut ok = 0;
        for h in handles {
            let (n, result) = h.await.unwrap();
            match result {
                Ok(got) => {
                    assert_eq!(got, n);
                    ok += 1;
                }
                Err(_) => assert_eq!(n, 13, "job {n} failed"),
            }
        }

        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = BigInt)]
            n: i64,
        }
        let stored: Count = diesel::sql_query("SELECT COUNT(*) AS n FROM numbers")
            .get_result(&mut pool.get().unwrap())
            .unwrap();
        assert_eq!(ok, 199);
        assert_eq!(
            stored.n, 199,
            "every answered job is stored, and only those"
        );
    }

    /// The writer runs ahead of the request threads (see
    /// `crate::cpu_priority`), where the system lets a thread be raised.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn the_writer_runs_ahead_of_the_threads_that_feed_it() {
        let dir = tempfile::tempdir().unwrap();
        let pool = super::super::connect(
            &format!("sqlite://{}/g.db", dir.path().display()),
            crate::config::SqliteSync::Full,
        )
        .unwrap();
        let writer = Writer {
            batch: |_, jobs: &[i64]| Ok(jobs.to_vec()),
            committed: |_| {},
        };
        let writer = GroupCommit::start("raisetest", pool, 1, 64, writer).unwrap();
        assert_eq!(writer.submit(7).await.unwrap(), 7);

        let allowed = std::thread::spawn(|| crate::cpu_priority::raise_while_held().is_some())
            .join()
            .unwrap();
        let nice = std::fs::read_dir("/proc/self/task")
            .unwrap()
            .filter_map(|task| {
                let path = task.ok()?.path();
                let name = std::fs::read_to_string(path.join("comm")).ok()?;
                name.starts_with("raisetest-writ")
                    .then(|| std::fs::read_to_string(path.join("stat")).ok())
                    .flatten()
            })
            .find_map(|stat| crate::cpu_priority::nice_in_stat(&stat))
            .expect("the writer thread is found");
        let own = crate::cpu_priority::read_own_nice().unwrap();
        let raised = crate::cpu_priority::HOLDER_NICE;
        assert_eq!(nice, if allowed { raised } else { own });
    }
}

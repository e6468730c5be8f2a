//! Black-box tests: the real server over HTTP, real databases, a real SMTP
//! receiver. Each test runs on SQLite, and on PostgreSQL when
//! `TEST_DATABASE_URL` is set.

// A failed unwrap in a test or its helpers is a failed test, with its line.
#![allow(clippy::unwrap_used)]

mod helpers;
mod smtp;

mod abuse;
mod browser;
mod cli;
mod delivery;
mod invalidation;
mod languages;
mod logs;
mod mail;
mod management;
mod my_data;
mod operations;
mod organizers;
mod outage;
mod packets;
mod pdf;
mod petition_page;
mod proofs;
mod reach;
mod scale_out;
mod signer_safety;
mod signing;
mod updates;
mod verification;
mod withdrawal;
mod worker;

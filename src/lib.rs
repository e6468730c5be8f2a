//! Handover: an online petition platform whose signatures are confirmed by
//! email and delivered in person, per embassy or consulate, as printed packets.
//!
//! Folders follow the petition world: [`petitions`], [`signatures`], [`mail`];
//! [`web`] is the HTTP edge, [`domain`] the validated values, [`db`] storage,
//! [`i18n`] the languages.

pub mod audit;
pub mod config;
pub mod crypto;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod mail;
pub mod organizers;
pub mod packets;
pub mod petitions;
pub mod signatures;
pub mod startup;
pub mod telemetry;
pub mod web;

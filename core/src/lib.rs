//! Rapport's domain logic, with no web dependency so that it is tested natively with
//! `cargo test` and runs unchanged inside the browser: the versioned storage envelope and
//! its fail-safe store, the app state reducer and its notices, user settings, and the
//! trust themes every exercise belongs to. The Yew app and the `rapport` CLI are thin
//! layers over this crate.

pub mod bounded;
pub mod coach;
pub mod content;
pub mod lms;
pub mod marks;
pub mod notice;
pub mod order;
pub mod packs;
pub mod practice;
pub mod progress;
pub mod saving;
pub mod scenario;
pub mod schedule;
pub mod settings;
pub mod sorted;
pub mod state;
pub mod storage;
pub mod themes;
pub mod when;
pub mod words;
pub mod workshop;

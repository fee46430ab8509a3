//! One module per route.

pub mod drill;
pub mod home;
pub mod not_found;
pub mod practice;
pub mod privacy;
pub mod progress;
pub mod scenario;
pub mod scenarios;
pub mod swap;

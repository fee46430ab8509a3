//! One module per route.

pub mod card;
pub mod course;
pub mod drill;
pub mod elsewhere;
pub mod format;
pub mod home;
pub mod not_found;
pub mod packs;
pub mod practice;
pub mod print;
pub mod privacy;
pub mod progress;
pub mod projector;
pub mod scenario;
pub mod scenarios;
pub mod shared_plan;
pub mod studio;
pub mod swap;
pub mod workshop;

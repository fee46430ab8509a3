//! Empathy role-play scenarios: the model, reading from the content format, the engine
//! that runs them, validation, the debrief map, the choices a path hid, and the built-in
//! scenario library.

pub mod engine;
mod explore;
pub mod hidden;
pub mod library;
pub mod map;
pub mod model;
pub mod play;
pub mod playtest;
pub mod read;
pub mod restarts;
pub mod studio_map;
pub mod validate;

pub use engine::{Answer, State, Turn};
pub use model::{Beat, Scenario};

#[cfg(test)]
mod tests;

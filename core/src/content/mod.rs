//! Content: the plain-text format scenarios and drills are written in, the drill model,
//! validation with diagnostics that name file, line and fix, and the built-in library.

pub mod check;
pub mod diagnostic;
pub mod document;
pub mod drill;
pub mod library;
pub mod validate;

pub use diagnostic::Diagnostic;
pub use drill::{Drill, DrillKind};

//! Content: the plain-text format scenarios and drills are written in, the drill model,
//! validation with diagnostics that name file, line and fix, and the built-in library.

pub mod catalog;
pub mod check;
pub mod diagnostic;
pub mod document;
pub mod drill;
pub mod library;
pub mod pack;
pub mod problems;
pub mod reference;
pub mod stepped;
pub mod validate;
pub mod verdicts;

pub use catalog::Catalog;
pub use diagnostic::Diagnostic;
pub use drill::{Drill, DrillKind};

/// How much checking a text gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checking {
    /// New text: everything, the coach's reading of every model answer and example included.
    Full,
    /// Text this device checked in full when it was imported: everything the app relies
    /// on, without the coach's reading of model answers and without exploring every path
    /// of a role-play. Those are most of the time a check takes, and a later version of the
    /// coach could judge differently from the one that accepted the text.
    Accepted,
}

/// Whether `id` is lower-case words (letters and digits) joined by hyphens, as every content id must be.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

//! Notices: short messages the app shows above the page until the user dismisses them.

use crate::storage::StorageIssue;

/// How loud a notice is; the UI pairs each tone with an icon and a word, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// News that needs no action.
    Info,
    /// Something the user should know about; nothing is lost.
    Warning,
    /// Something is not working as it should; the app carries on.
    Problem,
}

impl Tone {
    /// The word shown beside the icon.
    pub fn label(self) -> &'static str {
        match self {
            Tone::Info => "Note",
            Tone::Warning => "Heads up",
            Tone::Problem => "Problem",
        }
    }

    /// A stable name for styling.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Info => "info",
            Tone::Warning => "warning",
            Tone::Problem => "problem",
        }
    }
}

/// One message on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Unique within a session, so the UI can dismiss exactly this one.
    pub id: u32,
    pub tone: Tone,
    pub text: String,
    /// Identifies repeats of the same situation.
    pub kind_key: String,
    /// The notice should offer to export progress (storage is full or failing).
    pub offer_export: bool,
}

impl Notice {
    /// The notice for a storage issue.
    pub fn from_issue(id: u32, issue: &StorageIssue) -> Self {
        Self {
            id,
            tone: issue.tone(),
            text: issue.message(),
            kind_key: issue.kind_key(),
            offer_export: matches!(
                issue,
                StorageIssue::Full { .. } | StorageIssue::WriteFailed { .. }
            ),
        }
    }
}

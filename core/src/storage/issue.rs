//! Everything that can go wrong with storage, as values the UI turns into plain-language
//! notices. None of them is fatal: the app keeps working in memory.

use crate::notice::Tone;

/// One storage problem (or, for a migration, one piece of news) worth telling the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageIssue {
    /// The browser refuses storage altogether; everything stays in memory.
    Unavailable { detail: String },
    /// A save did not fit into the browser's quota; the change is kept in memory.
    Full { label: String },
    /// A save failed for another reason; the change is kept in memory.
    WriteFailed { label: String, detail: String },
    /// Stored data could not be read, so it was moved to `backup_key` and the app started afresh.
    BackedUp { label: String, backup_key: String },
    /// Stored data could not be read nor backed up, so it was left exactly where it was.
    LeftUntouched { label: String },
    /// Stored data was written by a newer Rapport; it is left as it is.
    Newer { label: String },
    /// Stored data from an older Rapport was updated to the current format.
    Migrated { label: String, from: u32 },
}

impl StorageIssue {
    /// How loud the notice should be.
    pub fn tone(&self) -> Tone {
        match self {
            Self::Migrated { .. } => Tone::Info,
            Self::BackedUp { .. } | Self::Newer { .. } => Tone::Warning,
            _ => Tone::Problem,
        }
    }

    /// A key that identifies repeats of the same problem, so a dismissed notice stays dismissed.
    pub fn kind_key(&self) -> String {
        match self {
            Self::Unavailable { .. } => "unavailable".to_owned(),
            Self::Full { label } => format!("full:{label}"),
            Self::WriteFailed { label, .. } => format!("write-failed:{label}"),
            Self::BackedUp { label, .. } => format!("backed-up:{label}"),
            Self::LeftUntouched { label } => format!("untouched:{label}"),
            Self::Newer { label } => format!("newer:{label}"),
            Self::Migrated { label, .. } => format!("migrated:{label}"),
        }
    }

    /// What happened and what it means for the user, in plain words.
    pub fn message(&self) -> String {
        const UNTIL_CLOSE: &str =
            "Rapport keeps working, and keeps your changes until you close this tab.";
        match self {
            Self::Unavailable { .. } => format!(
                "Your browser is not letting Rapport save anything on this device (private windows \
                 and blocked site data do this). {UNTIL_CLOSE}"
            ),
            Self::Full { label } => format!(
                "Your browser's storage for Rapport is full, so your latest {label} could not be \
                 saved. Nothing saved earlier was lost. {UNTIL_CLOSE} Export your progress to keep a \
                 copy of everything."
            ),
            Self::WriteFailed { label, detail } => format!(
                "Your browser refused to save your {label} ({detail}). Nothing saved earlier was \
                 lost. {UNTIL_CLOSE}"
            ),
            Self::BackedUp { label, backup_key } => format!(
                "Your saved {label} could not be read, so Rapport started them afresh. Nothing was \
                 deleted: the unreadable copy is kept in this browser under \u{201c}{backup_key}\u{201d}."
            ),
            Self::LeftUntouched { label } => format!(
                "Your saved {label} could not be read, and there was no room to back them up, so \
                 they are left exactly as they were. {UNTIL_CLOSE}"
            ),
            Self::Newer { label } => format!(
                "Your saved {label} come from a newer version of Rapport, so this version leaves \
                 them untouched. Reload the page to get the newer version. {UNTIL_CLOSE}"
            ),
            Self::Migrated { label, from } => format!(
                "Your saved {label} came from an older version of Rapport (format {from}) and were \
                 updated to the current one. Nothing was lost."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<StorageIssue> {
        let label = "settings".to_owned();
        vec![
            StorageIssue::Unavailable {
                detail: "SecurityError".into(),
            },
            StorageIssue::Full {
                label: label.clone(),
            },
            StorageIssue::WriteFailed {
                label: label.clone(),
                detail: "x".into(),
            },
            StorageIssue::BackedUp {
                label: label.clone(),
                backup_key: "k.backup-1".into(),
            },
            StorageIssue::LeftUntouched {
                label: label.clone(),
            },
            StorageIssue::Newer {
                label: label.clone(),
            },
            StorageIssue::Migrated { label, from: 1 },
        ]
    }

    #[test]
    fn every_issue_speaks_plainly_and_distinctly() {
        let issues = all();
        for issue in &issues {
            let text = issue.message();
            assert!(text.len() > 60, "{text}");
            assert!(!text.contains("Error"), "no jargon: {text}");
        }
        let mut keys: Vec<_> = issues.iter().map(StorageIssue::kind_key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), issues.len());
    }

    #[test]
    fn a_backup_names_where_the_data_went() {
        let issue = &all()[3];
        assert!(issue.message().contains("k.backup-1"));
    }
}

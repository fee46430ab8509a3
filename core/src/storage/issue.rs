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
    /// Stored data could not be read, so it was moved to `backup_key` and the app started from empty.
    BackedUp { label: String, backup_key: String },
    /// Stored data could not be read nor backed up, so it was left exactly where it was.
    LeftUntouched { label: String },
    /// Stored data was written by a newer Rapport; it is left as it is.
    Newer { label: String },
    /// Stored data from an older Rapport was updated to the current format.
    Migrated { label: String, from: u32 },
    /// Most of the stored data was read, but not `what`: the original text is kept under
    /// `backup_key`, or, when there was no room for a copy, left where it is and not
    /// written over this session (`backup_key` is `None`).
    PartlyRead {
        label: String,
        what: String,
        backup_key: Option<String>,
    },
}

impl StorageIssue {
    /// How loud the notice should be.
    pub fn tone(&self) -> Tone {
        match self {
            Self::Migrated { .. } => Tone::Info,
            Self::BackedUp { .. } | Self::Newer { .. } | Self::PartlyRead { .. } => Tone::Warning,
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
            Self::PartlyRead { label, .. } => format!("partly-read:{label}"),
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
                "Your browser's storage for Rapport is full, so the latest change to your {label} \
                 could not be saved. Nothing saved earlier was lost. {UNTIL_CLOSE} Export your progress to keep a \
                 copy of everything."
            ),
            Self::WriteFailed { label, detail } => format!(
                "Your browser refused to save your {label} ({detail}). Nothing saved earlier was \
                 lost. {UNTIL_CLOSE}"
            ),
            Self::BackedUp { label, backup_key } => format!(
                "Rapport could not read your saved {label}, so that part of the app has started \
                 from empty. Nothing was deleted: the unreadable copy is kept in this browser \
                 under \u{201c}{backup_key}\u{201d}."
            ),
            Self::LeftUntouched { label } => format!(
                "Rapport could not read your saved {label}, and there was no room to back up a \
                 copy, so the stored copy is left exactly as it was. {UNTIL_CLOSE}"
            ),
            Self::Newer { label } => format!(
                "A newer version of Rapport saved your {label}, so this version leaves the stored \
                 copy untouched. Reload the page to get the newer version. {UNTIL_CLOSE}"
            ),
            Self::Migrated { label, from } => format!(
                "An older version of Rapport (format {from}) saved your {label}; the stored copy \
                 was updated to the current format. Nothing was lost."
            ),
            Self::PartlyRead {
                label,
                what,
                backup_key: Some(backup_key),
            } => format!(
                "Rapport could not read {what} in your saved {label}; everything else is here. \
                 Nothing was deleted: the stored copy as it was is kept in this browser under \
                 \u{201c}{backup_key}\u{201d}."
            ),
            Self::PartlyRead {
                label,
                what,
                backup_key: None,
            } => format!(
                "Rapport could not read {what} in your saved {label}, and there was no room to \
                 back up a copy, so the stored copy is left exactly as it was and changes to \
                 your {label} are not saved. {UNTIL_CLOSE}"
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
            StorageIssue::Migrated {
                label: label.clone(),
                from: 1,
            },
            StorageIssue::PartlyRead {
                label: label.clone(),
                what: "2 practised replies".into(),
                backup_key: Some("k.backup-2".into()),
            },
            StorageIssue::PartlyRead {
                label,
                what: "2 practised replies".into(),
                backup_key: None,
            },
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
        // The two ways of reading part of a record are one kind of problem.
        assert_eq!(keys.len(), issues.len() - 1);
    }

    /// Labels are singular ("practice history") and plural ("settings"), so no message may
    /// refer back to one with a pronoun or a verb that agrees with it.
    #[test]
    fn every_message_reads_right_with_any_label() {
        for issue in all() {
            let text = issue.message();
            for word in [" them", " they ", " come ", " were ", "current practice"] {
                assert!(!text.contains(word), "{word:?} in: {text}");
            }
        }
    }

    #[test]
    fn a_backup_names_where_the_data_went() {
        let issue = &all()[3];
        assert!(issue.message().contains("k.backup-1"));
    }
}

//! Export and import: all practice history and role-play progress in one JSON file, each
//! record in its versioned envelope (so an old export is migrated like old storage), and
//! an import that is validated first, previewed as a merge, and never overwrites anything.

use super::Progress;
use crate::json::{parse, Json, ToJson};
use crate::scenario::play::Plays;
use crate::storage::{decode_json, envelope, Decoded, Record, Unreadable};
use crate::words::megabytes;

/// What every export says it is.
pub const FORMAT: &str = "rapport-export";
/// The export format this build writes.
pub const VERSION: u32 = 1;
/// The largest file an import reads.
pub const MAX_IMPORT: usize = 20_000_000;

/// The text of an export made at `now`.
pub fn export(progress: &Progress, plays: &Plays, now: i64) -> Result<String, String> {
    let records = Json::object([
        (Progress::KEY, envelope(progress)),
        (Plays::KEY, envelope(plays)),
    ]);
    let file = Json::object([
        ("format", FORMAT.to_json()),
        ("version", VERSION.to_json()),
        ("exported_at", now.to_json()),
        ("records", records),
    ]);
    Ok(file.to_pretty_text())
}

/// What an export file holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    pub progress: Progress,
    pub plays: Plays,
    pub exported_at: Option<i64>,
}

/// Why a file cannot be imported; nothing is changed when this happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    NotAnExport,
    Newer(u32),
    Unreadable { what: &'static str, reason: String },
}

impl ImportError {
    /// The problem in plain words.
    pub fn message(&self) -> String {
        match self {
            ImportError::TooLarge(size) => format!(
                "This file is {}, larger than any Rapport export could be ({} at most), so it was not read.",
                megabytes(*size),
                megabytes(MAX_IMPORT)
            ),
            ImportError::NotJson(detail) => format!("This file is not a Rapport export: it is not readable as JSON ({detail})."),
            ImportError::NotAnExport => {
                "This file is JSON, but not a Rapport export: it does not say \u{201c}rapport-export\u{201d} at the top.".to_owned()
            }
            ImportError::Newer(version) => format!(
                "This export was made by a newer version of Rapport (format {version}). Reload the page to get the newest version, then import it again."
            ),
            ImportError::Unreadable { what, reason } => format!("The {what} in this file could not be read ({reason}). Nothing was imported."),
        }
    }
}

fn record<T: Record>(records: &Json) -> Result<T, ImportError> {
    let Some(value) = records.get(T::KEY) else {
        return Ok(T::default());
    };
    let unreadable = |reason: String| ImportError::Unreadable {
        what: T::LABEL,
        reason,
    };
    match decode_json::<T>(value.clone()) {
        Decoded::Current(v) | Decoded::Migrated { value: v, .. } => Ok(v),
        Decoded::Unreadable(Unreadable::Newer { found }) => Err(ImportError::Newer(found)),
        Decoded::Unreadable(problem) => Err(unreadable(problem.reason())),
    }
}

/// Reads and validates an export file.
pub fn read(text: &str) -> Result<Incoming, ImportError> {
    if text.len() > MAX_IMPORT {
        return Err(ImportError::TooLarge(text.len()));
    }
    let file = parse(text).map_err(ImportError::NotJson)?;
    if !matches!(file.get("format"), Some(Json::Str(f)) if f == FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = match file.get("version") {
        Some(Json::Int(v)) if *v >= 0 => u32::try_from(*v).unwrap_or(u32::MAX),
        _ => return Err(ImportError::NotAnExport),
    };
    if version > VERSION {
        return Err(ImportError::Newer(version));
    }
    let records = match file.get("records") {
        Some(records @ Json::Obj(_)) => records,
        _ => return Err(ImportError::NotAnExport),
    };
    Ok(Incoming {
        progress: record::<Progress>(records)?,
        plays: record::<Plays>(records)?,
        exported_at: match file.get("exported_at") {
            Some(Json::Int(at)) => Some(*at),
            _ => None,
        },
    })
}

/// What applying an import would do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Preview {
    pub attempts_in_file: usize,
    pub attempts_new: usize,
    pub attempts_duplicate: usize,
    pub cards_new: usize,
    pub endings_new: usize,
    pub notes_new: usize,
    pub runs_new: usize,
}

impl Preview {
    /// Whether the import would add anything.
    pub fn adds_anything(&self) -> bool {
        self.attempts_new + self.cards_new + self.endings_new + self.notes_new + self.runs_new > 0
    }
}

/// Merges `incoming` into copies of the current records: new items added, duplicates
/// skipped by id, nothing overwritten. Returns the merged records and what changed.
pub fn merge(
    progress: &Progress,
    plays: &Plays,
    incoming: &Incoming,
) -> (Progress, Plays, Preview) {
    let mut merged_progress = progress.clone();
    let attempts = merged_progress.merge(&incoming.progress, false);
    let mut merged_plays = plays.clone();
    let roleplays = merged_plays.merge(&incoming.plays);
    let preview = Preview {
        attempts_in_file: incoming.progress.attempts.len(),
        attempts_new: attempts.attempts_added,
        attempts_duplicate: attempts.attempts_skipped,
        cards_new: attempts.cards_added,
        endings_new: roleplays.endings_added,
        notes_new: roleplays.notes_added,
        runs_new: roleplays.runs_added,
    };
    (merged_progress, merged_plays, preview)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Attempt;
    use crate::schedule::Card;

    fn history(ats: &[i64]) -> Progress {
        Progress {
            attempts: ats
                .iter()
                .map(|at| Attempt {
                    id: format!("{at:x}-pinged-at-ten"),
                    drill: "pinged-at-ten".into(),
                    at: *at,
                    response: format!("reply {at}"),
                    score: 50,
                    reflection: true,
                    feeling: false,
                    question: false,
                    parroting: false,
                    checked: false,
                    roadblocks: vec![],
                    rating: None,
                })
                .collect(),
            cards: Default::default(),
        }
    }

    #[test]
    fn an_export_round_trips_and_merges_without_overwriting() {
        let mut theirs = history(&[1, 2, 3]);
        theirs.cards.insert("pinged-at-ten".into(), Card::new(9));
        let mut plays = Plays::default();
        plays
            .endings
            .get_or_default("the-handover".into())
            .insert("steady".into());
        plays
            .notes
            .insert("the-handover".into(), "their note".into());
        let text = export(&theirs, &plays, 42).unwrap();
        let incoming = read(&text).unwrap();
        assert_eq!(incoming.progress, theirs);
        assert_eq!(incoming.exported_at, Some(42));

        let mut mine = history(&[2, 5]);
        mine.cards.insert("pinged-at-ten".into(), Card::new(1));
        let mut my_plays = Plays::default();
        my_plays
            .notes
            .insert("the-handover".into(), "my note".into());
        let (merged, merged_plays, preview) = merge(&mine, &my_plays, &incoming);
        assert_eq!(
            (
                preview.attempts_in_file,
                preview.attempts_new,
                preview.attempts_duplicate
            ),
            (3, 2, 1)
        );
        assert_eq!(preview.cards_new, 0, "an existing card is not overwritten");
        assert_eq!((preview.endings_new, preview.notes_new), (1, 0));
        let ats: Vec<i64> = merged.attempts.iter().map(|a| a.at).collect();
        assert_eq!(ats, [1, 2, 3, 5]);
        assert_eq!(merged.cards["pinged-at-ten"].introduced, 1);
        assert_eq!(merged_plays.notes["the-handover"], "my note");
        let (_, _, again) = merge(&merged, &merged_plays, &incoming);
        assert!(!again.adds_anything(), "importing twice adds nothing");
    }

    #[test]
    fn foreign_and_broken_files_get_plain_errors() {
        let cases = [
            ("not json", "not readable as JSON"),
            ("[1,2,3]", "not a Rapport export"),
            (
                r#"{"format":"something-else","version":1}"#,
                "not a Rapport export",
            ),
            (
                r#"{"format":"rapport-export","version":7,"records":{}}"#,
                "newer version of Rapport",
            ),
            (
                r#"{"format":"rapport-export","version":1,"records":{"rapport.progress":{"schema":2,"data":{"attempts":"nope"}}}}"#,
                "practice history in this file could not be read",
            ),
        ];
        for (text, expected) in cases {
            let message = read(text).unwrap_err().message();
            assert!(message.contains(expected), "{text}: {message}");
            // Plain words, never a Rust value's debug form.
            assert!(!message.contains(['{', '\\']), "{text}: {message}");
        }
        let unmigratable = r#"{"format":"rapport-export","version":1,"records":{"rapport.progress":{"schema":1,"data":5}}}"#;
        let message = read(unmigratable).unwrap_err().message();
        assert!(message.contains("older format (1)"), "{message}");
        assert!(!message.contains("MigrationFailed"), "{message}");
        let huge = " ".repeat(MAX_IMPORT + 1);
        assert!(matches!(read(&huge), Err(ImportError::TooLarge(_))));
    }

    #[test]
    fn an_old_export_is_migrated() {
        let v1 = include_str!("../../tests/fixtures/progress-v1.json");
        let text = format!(
            r#"{{"format":"rapport-export","version":1,"records":{{"rapport.progress":{v1}}}}}"#
        );
        assert_eq!(read(&text).unwrap().progress.attempts.len(), 3);
    }
}

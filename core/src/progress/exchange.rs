//! Export and import: all practice history and role-play progress in one JSON file, each
//! record in its versioned envelope (so an old export is migrated like old storage), and
//! an import that is validated first, previewed as a merge, and never overwrites anything.

use serde_json::{Map, Value};

use super::screening::screen;
use super::Progress;
use crate::content::Catalog;
use crate::scenario::play::Plays;
use crate::storage::{decode_value, encode, Decoded, Record, Unreadable};
use crate::words::{megabytes, plural};

/// What every export says it is.
pub const FORMAT: &str = "rapport-export";
/// The export format this build writes.
pub const VERSION: u64 = 1;
/// The largest file an import reads.
pub const MAX_IMPORT: usize = 20_000_000;

/// The text of an export made at `now`.
pub fn export(progress: &Progress, plays: &Plays, now: i64) -> Result<String, String> {
    let mut records = Map::new();
    for (key, text) in [
        (Progress::KEY, encode(progress)?),
        (Plays::KEY, encode(plays)?),
    ] {
        records.insert(
            key.to_owned(),
            serde_json::from_str(&text).map_err(|e| e.to_string())?,
        );
    }
    let mut file = Map::new();
    file.insert("format".into(), FORMAT.into());
    file.insert("version".into(), VERSION.into());
    file.insert("exported_at".into(), now.into());
    file.insert("records".into(), Value::Object(records));
    serde_json::to_string_pretty(&Value::Object(file)).map_err(|e| e.to_string())
}

/// What an export file holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Incoming {
    pub progress: Progress,
    pub plays: Plays,
    pub exported_at: Option<i64>,
    /// What the file held that no Rapport stores, left out, in plain words.
    pub skipped: Vec<String>,
}

/// Why a file cannot be imported; nothing is changed when this happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotJson(String),
    /// A number too large for any value Rapport stores, at this line.
    NumberOutOfRange(usize),
    NotAnExport,
    /// A reply or note longer than the app lets anyone write.
    TooLong {
        what: &'static str,
        chars: usize,
        limit: usize,
    },
    Newer(u64),
    Unreadable {
        what: &'static str,
        reason: String,
    },
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
            ImportError::NumberOutOfRange(line) => format!(
                "This file has a number on line {line} too large for anything Rapport records, so it cannot be a Rapport export. Nothing was imported."
            ),
            ImportError::TooLong { what, chars, limit } => format!(
                "A {what} in this file is {chars} characters long, more than the {limit} Rapport lets anyone write, so the file cannot be a Rapport export. Nothing was imported."
            ),
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

/// An export file's records, parsed and not yet read as records.
#[derive(Debug)]
pub(super) struct File {
    records: Map<String, Value>,
    exported_at: Option<i64>,
}

/// Takes record `T` out of `file` and reads it.
pub(super) fn record<T: Record>(file: &mut File) -> Result<T, ImportError> {
    let Some(value) = file.records.remove(T::KEY) else {
        return Ok(T::default());
    };
    let unreadable = |reason: String| ImportError::Unreadable {
        what: T::LABEL,
        reason,
    };
    match decode_value::<T>(value) {
        Decoded::Current(v) | Decoded::Migrated { value: v, .. } => Ok(v),
        Decoded::Unreadable(Unreadable::Newer { found }) => {
            Err(ImportError::Newer(u64::from(found)))
        }
        Decoded::Unreadable(problem) => Err(unreadable(problem.reason())),
    }
}

/// Reads and validates an export file at `now`, against the role-plays on this device:
/// [`crate::progress::importing`]'s reading, all at once.
pub fn read(text: &str, now: i64, content: &Catalog) -> Result<Incoming, ImportError> {
    let mut file = parse(text)?;
    let progress = record::<Progress>(&mut file)?;
    let plays = record::<Plays>(&mut file)?;
    checked(file, progress, plays, now, content)
}

/// An export file parsed and its header checked.
pub(super) fn parse(text: &str) -> Result<File, ImportError> {
    if text.len() > MAX_IMPORT {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().starts_with("number out of range") {
            ImportError::NumberOutOfRange(e.line())
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    let Value::Object(mut file) = value else {
        return Err(ImportError::NotAnExport);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = file
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotAnExport)?;
    if version > VERSION {
        return Err(ImportError::Newer(version));
    }
    let exported_at = file.get("exported_at").and_then(Value::as_i64);
    let Some(Value::Object(records)) = file.remove("records") else {
        return Err(ImportError::NotAnExport);
    };
    Ok(File {
        records,
        exported_at,
    })
}

/// What `file`'s records hold, checked: refused when no Rapport could have written them,
/// with what no Rapport stores left out and listed.
pub(super) fn checked(
    file: File,
    progress: Progress,
    plays: Plays,
    now: i64,
    content: &Catalog,
) -> Result<Incoming, ImportError> {
    let mut incoming = Incoming {
        progress,
        plays,
        exported_at: file.exported_at,
        skipped: Vec::new(),
    };
    // Marks left out of an over-long list are no reason to refuse: an import takes none.
    if let Some(what) = incoming.progress.unreadable_replies() {
        return Err(ImportError::Unreadable {
            what: Progress::LABEL,
            reason: format!("it lists {what} without a drill"),
        });
    }
    incoming.skipped = screen(&mut incoming, now, content)?;
    Ok(incoming)
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
    /// What an applied import did, in a sentence; `left_out` says that the file held
    /// things the import left out (listed in the preview).
    pub fn imported(&self, left_out: bool) -> String {
        let mut text = format!(
            "Imported {} and {}; {} you already had {} skipped. Nothing was overwritten.",
            plural(self.attempts_new, "new reply", "new replies"),
            plural(self.endings_new, "role-play ending", "role-play endings"),
            plural(self.attempts_duplicate, "reply", "replies"),
            if self.attempts_duplicate == 1 {
                "was"
            } else {
                "were"
            }
        );
        if left_out {
            text.push_str(" Some of the file was left out, as the preview listed.");
        }
        text
    }

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
    let attempts = merged_progress.merge(&incoming.progress);
    let mut merged_plays = plays.clone();
    let roleplays = merged_plays.merge(&incoming.plays);
    let preview = Preview::of(incoming, attempts, roleplays);
    (merged_progress, merged_plays, preview)
}

impl Preview {
    /// What merging `incoming` did, from the two merges' reports.
    pub(super) fn of(
        incoming: &Incoming,
        attempts: super::Merged,
        roleplays: crate::scenario::play::PlaysMerged,
    ) -> Preview {
        Preview {
            attempts_in_file: incoming.progress.attempts.len(),
            attempts_new: attempts.attempts_added,
            attempts_duplicate: attempts.attempts_skipped,
            cards_new: attempts.cards_added,
            endings_new: roleplays.endings_added,
            notes_new: roleplays.notes_added,
            runs_new: roleplays.runs_added,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Attempt;
    use crate::schedule::Card;

    /// 2026-12-01, when these tests were written; every time below is before it.
    const NOW: i64 = 1_796_083_200_000;
    const THEN: i64 = 1_700_000_000_000;

    fn read(text: &str) -> Result<Incoming, ImportError> {
        super::read(text, NOW, &Catalog::with_packs(Vec::new()))
    }

    fn history(ats: &[i64]) -> Progress {
        Progress {
            attempts: ats
                .iter()
                .map(|at| Attempt {
                    id: format!("{:x}-pinged-at-ten", THEN + at),
                    drill: "pinged-at-ten".into(),
                    at: THEN + at,
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
            ..Default::default()
        }
    }

    #[test]
    fn an_export_round_trips_and_merges_without_overwriting() {
        let mut theirs = history(&[1, 2, 3]);
        theirs
            .cards
            .insert("pinged-at-ten".into(), Card::new(THEN + 9));
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
        mine.cards
            .insert("pinged-at-ten".into(), Card::new(THEN + 1));
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
        let ats: Vec<i64> = merged.attempts.iter().map(|a| a.at - THEN).collect();
        assert_eq!(ats, [1, 2, 3, 5]);
        assert_eq!(merged.cards["pinged-at-ten"].introduced, THEN + 1);
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

    fn export_of(progress_data: &str, plays_data: &str) -> String {
        format!(
            r#"{{"format":"rapport-export","version":1,"records":{{"rapport.progress":{{"schema":4,"data":{progress_data}}},"rapport.roleplays":{{"schema":1,"data":{plays_data}}}}}}}"#
        )
    }

    #[test]
    fn a_number_no_record_can_hold_is_refused_in_plain_words() {
        let text = export_of(
            r#"{"drills":[],"attempts":[],"cards":{"a":{"reps":1,"interval_days":1e400,"ease":2.5,"due":1700000000000,"lapses":0,"introduced":1700000000000}}}"#,
            "{}",
        );
        let error = read(&text).unwrap_err();
        assert_eq!(error, ImportError::NumberOutOfRange(1));
        assert!(error.message().contains("too large"), "{}", error.message());
    }

    #[test]
    fn replies_longer_than_anyone_can_write_are_refused() {
        let long = "a".repeat(crate::practice::MAX_REPLY + 1);
        let text = export_of(
            &format!(
                r#"{{"drills":["pinged-at-ten"],"attempts":[[0,1700000000000,"{long}",50,0,0]],"cards":{{}}}}"#
            ),
            "{}",
        );
        let message = read(&text).unwrap_err().message();
        assert!(
            message.contains("4001 characters") && message.contains("4000"),
            "{message}"
        );
        let reply_in_a_run = export_of(
            r#"{"drills":[],"attempts":[],"cards":{}}"#,
            &format!(r#"{{"runs":{{"the-handover":[{{"reply":"{long}"}}]}}}}"#),
        );
        assert!(matches!(
            read(&reply_in_a_run),
            Err(ImportError::TooLong { what: "reply", .. })
        ));
        let just_fits = export_of(
            &format!(
                r#"{{"drills":["pinged-at-ten"],"attempts":[[0,1700000000000,"{}",50,0,0]],"cards":{{}}}}"#,
                &long[1..]
            ),
            "{}",
        );
        assert_eq!(read(&just_fits).unwrap().progress.attempts.len(), 1);
    }

    #[test]
    fn impossible_values_are_left_out_and_named() {
        let text = export_of(
            &format!(
                r#"{{"drills":["pinged-at-ten"],"attempts":[[0,{THEN},"fine",50,0,0],[0,{},"from the future",50,0,0],[0,5,"from 1970",50,0,0]],"cards":{{"pinged-at-ten":{{"reps":1,"interval_days":1.0,"ease":2.5,"due":{THEN},"lapses":0,"introduced":9000000000000000}},"async-silence":{{"reps":1,"interval_days":1.0,"ease":2.5,"due":{THEN},"lapses":0,"introduced":{THEN}}}}}}}"#,
                NOW + 30 * 24 * 3_600_000
            ),
            r#"{"endings":{"the-handover":["steady","made-up"],"no-such-play":["end"]},"notes":{"no-such-play":"hello"}}"#,
        );
        let incoming = read(&text).unwrap();
        let replies: Vec<&str> = incoming
            .progress
            .attempts
            .iter()
            .map(|a| a.response.as_str())
            .collect();
        assert_eq!(replies, ["fine"]);
        assert_eq!(
            incoming.progress.cards.keys().collect::<Vec<_>>(),
            ["async-silence"]
        );
        assert_eq!(
            incoming.plays.endings["the-handover"]
                .iter()
                .collect::<Vec<_>>(),
            ["steady"]
        );
        assert!(incoming.plays.notes.is_empty());
        assert_eq!(
            incoming.skipped,
            [
                "2 replies dated in the future or before Rapport existed",
                "1 review schedule with dates or intervals no schedule sets",
                "2 endings of role-plays that are not on this device",
                "1 run or note for role-plays that are not on this device",
            ]
        );
    }

    #[test]
    fn a_card_the_scheduler_made_easy_many_times_is_imported() {
        let mut easy = Card::new(THEN);
        for i in 0..40 {
            easy = easy.review(crate::schedule::Rating::Easy, THEN + i);
        }
        assert!(easy.ease > 5.0, "{}", easy.ease);
        let mut mine = history(&[1]);
        mine.cards.insert("pinged-at-ten".into(), easy.clone());
        let incoming = read(&export(&mine, &Plays::default(), THEN + 100).unwrap()).unwrap();
        assert!(incoming.skipped.is_empty(), "{:?}", incoming.skipped);
        assert_eq!(incoming.progress.cards["pinged-at-ten"], easy);

        // An ease no number of ratings reaches, or one no schedule sets, is still left out.
        for ease in ["1e12", "-1.0", "1.2"] {
            let text = export_of(
                &format!(
                    r#"{{"drills":[],"attempts":[],"cards":{{"a":{{"reps":1,"interval_days":1.0,"ease":{ease},"due":{THEN},"lapses":0,"introduced":{THEN}}}}}}}"#
                ),
                "{}",
            );
            let incoming = read(&text).unwrap();
            assert!(incoming.progress.cards.is_empty(), "ease {ease} was kept");
        }
    }

    #[test]
    fn a_reply_listed_twice_in_the_file_counts_once() {
        let row = format!(r#"[0,{THEN},"twice",50,0,0]"#);
        let text = export_of(
            &format!(r#"{{"drills":["pinged-at-ten"],"attempts":[{row},{row}],"cards":{{}}}}"#),
            "{}",
        );
        let incoming = read(&text).unwrap();
        assert_eq!(
            incoming.skipped,
            ["1 reply listed twice in the file (counted once)"]
        );
        let (_, _, preview) = merge(&Progress::default(), &Plays::default(), &incoming);
        assert_eq!((preview.attempts_new, preview.attempts_duplicate), (1, 0));
    }

    #[test]
    fn an_attempt_naming_no_drill_refuses_the_file() {
        let text = export_of(
            &format!(
                r#"{{"drills":["pinged-at-ten"],"attempts":[[3,{THEN},"where?",50,0,0]],"cards":{{}}}}"#
            ),
            "{}",
        );
        let message = read(&text).unwrap_err().message();
        assert!(message.contains("without a drill"), "{message}");
    }

    #[test]
    fn tens_of_thousands_of_attempts_merge_by_id() {
        let mine = history(&(0..50_000).collect::<Vec<_>>());
        let theirs = history(&(25_000..75_000).collect::<Vec<_>>());
        let mut merged = mine.clone();
        let report = merged.merge(&theirs);
        assert_eq!(
            (report.attempts_added, report.attempts_skipped),
            (25_000, 25_000)
        );
        assert_eq!(merged.attempts.len(), 75_000);
        assert!(merged.attempts.windows(2).all(|w| w[0].at < w[1].at));
    }
}

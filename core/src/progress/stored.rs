//! The stored form of the practice history (schema 4): drill ids listed once and
//! referenced by index, each attempt a short array with its reply as plain text, the
//! coach's flags packed into one number. Schemas 1 (one verbose object per attempt), 2
//! (the same rows as now) and 3 (the replies' text compressed together) are migrated on
//! load. A row that cannot be read is counted, not silently dropped, so the store can keep
//! the original and say so.
//!
//! Deleted attempts' ids are listed as schema 4 first wrote them, so a build that reads
//! only that list still honours them; the numbers that order them against restorations
//! (see [`crate::marks`]) and the restorations themselves sit in fields of their own, which
//! such a build ignores, and a list without numbers reads as deletions older than any.

use crate::bounded::{Entries, List};
use crate::marks::Marks;
use crate::sorted::SortedMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::legacy_text::unpack;
use super::{Attempt, Progress};
use crate::coach::Roadblock;
use crate::practice::MAX_REPLY;
use crate::schedule::{Card, Rating};

/// `[drill index, time, reply, score, flags, rating]`
type Row = (usize, i64, String, u8, u32, u8);

/// A row of schema 3: its reply was in the record's packed text.
type RowWithoutText = (usize, i64, u8, u32, u8);

/// Separated replies in schema 3's packed text.
const SEPARATOR: char = '\u{1e}';

/// The stored form as it is read.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub(super) struct Stored {
    drills: Vec<String>,
    attempts: Vec<Row>,
    cards: SortedMap<String, Card>,
    /// Ids of deleted attempts, in key order. This and the two below are read with at most
    /// [`crate::bounded::LIMIT`] items each.
    deleted: List<String>,
    /// The number of each deletion in `deleted`, in the same order.
    deleted_numbers: List<u32>,
    /// Ids of attempts brought back after a deletion, with the restoration's number.
    restored: Entries<String, u32>,
    /// Drills whose history was forgotten, and those practised again since.
    forgotten: Marks,
    clears: u32,
}

/// The stored form as it is written, borrowing the history's text rather than copying
/// it: a save of tens of thousands of replies spent a third of its time on the copy.
#[derive(Serialize)]
struct Written<'a> {
    drills: Vec<&'a str>,
    attempts: Vec<(usize, i64, &'a str, u8, u32, u8)>,
    cards: &'a SortedMap<String, Card>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    deleted_numbers: Vec<u32>,
    #[serde(skip_serializing_if = "Entries::is_empty")]
    restored: Entries<&'a str, u32>,
    #[serde(skip_serializing_if = "Marks::is_empty")]
    forgotten: &'a Marks,
    #[serde(skip_serializing_if = "is_zero")]
    clears: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Schema 3: every reply, in attempt order, joined by [`SEPARATOR`] and compressed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct V3 {
    drills: Vec<String>,
    attempts: Vec<RowWithoutText>,
    text: String,
    cards: SortedMap<String, Card>,
}

const REFLECTION: u32 = 1;
const FEELING: u32 = 1 << 1;
const QUESTION: u32 = 1 << 2;
const PARROTING: u32 = 1 << 3;
const CHECKED: u32 = 1 << 4;
/// Roadblock `i` (in Gordon's order) is bit `ROADBLOCKS + i`.
const ROADBLOCKS: u32 = 8;

fn flags(a: &Attempt) -> u32 {
    let mut flags = 0;
    for (on, bit) in [
        (a.reflection, REFLECTION),
        (a.feeling, FEELING),
        (a.question, QUESTION),
        (a.parroting, PARROTING),
        (a.checked, CHECKED),
    ] {
        if on {
            flags |= bit;
        }
    }
    for roadblock in &a.roadblocks {
        if let Some(i) = Roadblock::ALL.iter().position(|r| r == roadblock) {
            flags |= 1 << (ROADBLOCKS + i as u32);
        }
    }
    flags
}

fn rating_code(rating: Option<Rating>) -> u8 {
    rating.map_or(0, |r| {
        Rating::ALL
            .iter()
            .position(|x| *x == r)
            .map_or(0, |i| i as u8 + 1)
    })
}

impl Serialize for Progress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Written::of(self).serialize(serializer)
    }
}

impl<'a> Written<'a> {
    fn of(progress: &'a Progress) -> Written<'a> {
        let mut drills: Vec<&str> = Vec::new();
        let mut index: SortedMap<&str, usize> = SortedMap::new();
        let attempts = progress
            .attempts
            .iter()
            .map(|a| {
                let at = *index.get_or_insert_with(a.drill.as_str(), || {
                    drills.push(&a.drill);
                    drills.len() - 1
                });
                let flags = flags(a);
                let rating = rating_code(a.rating);
                (at, a.at, a.response.as_str(), a.score, flags, rating)
            })
            .collect();
        let (deleted, deleted_numbers) = progress
            .deleted
            .gone()
            .map(|(id, number)| (id.as_str(), number))
            .unzip();
        let restored = progress
            .deleted
            .back()
            .map(|(id, number)| (id.as_str(), number))
            .collect();
        Written {
            drills,
            attempts,
            cards: &progress.cards,
            deleted,
            deleted_numbers,
            restored,
            forgotten: &progress.forgotten,
            clears: progress.clears,
        }
    }
}

impl From<Stored> for Progress {
    fn from(stored: Stored) -> Progress {
        // Numbers that do not match the list (a file edited by hand) are not guessed at.
        let (deleted, numbers) = (stored.deleted, stored.deleted_numbers);
        let numbers_malformed = numbers.malformed;
        let numbers = if numbers.listed() == deleted.listed() {
            numbers.items
        } else {
            vec![0; deleted.items.len()]
        };
        let left_out = deleted.left_out + stored.restored.left_out;
        let malformed = deleted.malformed || numbers_malformed || stored.restored.malformed;
        Progress {
            deleted: Marks::read(
                deleted.items.into_iter().zip(numbers),
                stored.restored.items,
                left_out,
                malformed,
            ),
            forgotten: stored.forgotten,
            clears: stored.clears,
            ..from_rows(stored.drills, stored.attempts, stored.cards)
        }
    }
}

/// Schema 3's rows with their replies unpacked. Text that cannot be unpacked fails the
/// migration, so the store keeps the original as a backup and says so.
fn v3(old: V3) -> Result<Progress, String> {
    let limit = old.attempts.len().saturating_mul(MAX_REPLY + 1);
    let text =
        unpack(&old.text, limit).map_err(|e| format!("the replies' text is damaged: {e}"))?;
    let mut replies = text.split(SEPARATOR).map(str::to_owned);
    let rows: Vec<Row> = old
        .attempts
        .into_iter()
        .map(|(drill, at, score, flags, rating)| {
            let reply = replies.next().unwrap_or_default();
            (drill, at, reply, score, flags, rating)
        })
        .collect();
    let progress = from_rows(old.drills, rows, old.cards);
    match progress.unreadable {
        0 => Ok(progress),
        n => Err(format!("{n} of its rows name no drill")),
    }
}

/// Attempts from rows. A row naming a drill index that does not exist cannot become an
/// attempt: it is counted in `unreadable` for the store to report.
fn from_rows(drills: Vec<String>, rows: Vec<Row>, cards: SortedMap<String, Card>) -> Progress {
    let total = rows.len();
    let attempts: Vec<Attempt> = rows
        .into_iter()
        .filter_map(|(drill, at, response, score, flags, rating)| {
            let drill = drills.get(drill)?.clone();
            let has = |bit: u32| flags & bit != 0;
            Some(Attempt {
                id: format!("{at:x}-{drill}"),
                drill,
                at,
                response,
                score: score.min(100),
                reflection: has(REFLECTION),
                feeling: has(FEELING),
                question: has(QUESTION),
                parroting: has(PARROTING),
                checked: has(CHECKED),
                roadblocks: Roadblock::ALL
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| has(1 << (ROADBLOCKS + *i as u32)))
                    .map(|(_, r)| *r)
                    .collect(),
                rating: (rating as usize)
                    .checked_sub(1)
                    .and_then(|i| Rating::ALL.get(i).copied()),
            })
        })
        .collect();
    let unreadable = total - attempts.len();
    Progress {
        attempts,
        cards,
        unreadable,
        ..Progress::default()
    }
}

/// Schema 1: one object per attempt.
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    attempts: Vec<AttemptV1>,
    #[serde(default)]
    cards: SortedMap<String, Card>,
}

#[derive(Deserialize)]
struct AttemptV1 {
    drill: String,
    at: i64,
    response: String,
    score: u8,
    reflection: bool,
    feeling: bool,
    question: bool,
    parroting: bool,
    #[serde(default)]
    roadblocks: Vec<Roadblock>,
    #[serde(default)]
    rating: Option<Rating>,
}

/// Turns data written under an older schema into the current one.
pub(super) fn migrate(from: u32, data: Value) -> Result<Value, String> {
    let progress =
        match from {
            1 => v1(data)?,
            // Schema 2 had today's rows; only its number differs.
            2 => return Ok(data),
            3 => v3(serde_json::from_value(data)
                .map_err(|e| format!("schema 3 data is malformed: {e}"))?)?,
            other => {
                return Err(format!(
                    "this version of Rapport cannot read practice history in format {other}"
                ))
            }
        };
    serde_json::to_value(&progress).map_err(|e| e.to_string())
}

fn v1(data: Value) -> Result<Progress, String> {
    let old: V1 =
        serde_json::from_value(data).map_err(|e| format!("schema 1 data is malformed: {e}"))?;
    let attempts = old
        .attempts
        .into_iter()
        .map(|a| Attempt {
            id: format!("{:x}-{}", a.at, a.drill),
            drill: a.drill,
            at: a.at,
            response: a.response,
            score: a.score,
            reflection: a.reflection,
            feeling: a.feeling,
            question: a.question,
            parroting: a.parroting,
            checked: false,
            roadblocks: a.roadblocks,
            rating: a.rating,
        })
        .collect();
    Ok(Progress {
        attempts,
        cards: old.cards,
        ..Default::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{decode, encode, Decoded, MemoryBackend, Store};

    const V1_FIXTURE: &str = include_str!("../../tests/fixtures/progress-v1.json");

    fn sample() -> Progress {
        let attempt = |drill: &str, at: i64, roadblocks: Vec<Roadblock>, rating| Attempt {
            id: format!("{at:x}-{drill}"),
            drill: drill.into(),
            at,
            response: "It sounds \u{201c}hard\u{201d}. Is that right?".into(),
            score: 81,
            reflection: true,
            feeling: true,
            question: false,
            parroting: false,
            checked: true,
            roadblocks,
            rating,
        };
        Progress {
            attempts: vec![
                attempt("pinged-at-ten", 1_000, vec![], Some(Rating::Good)),
                attempt(
                    "async-silence",
                    2_000,
                    vec![Roadblock::Advising, Roadblock::Diverting],
                    None,
                ),
                attempt(
                    "pinged-at-ten",
                    3_000,
                    vec![Roadblock::Reassuring],
                    Some(Rating::Again),
                ),
            ],
            cards: SortedMap::from([("pinged-at-ten".into(), Card::new(1_000))]),
            ..Default::default()
        }
    }

    #[test]
    fn the_compact_form_round_trips_and_is_compact() {
        let progress = sample();
        let text = encode(&progress).unwrap();
        assert!(
            text.contains(r#""drills":["pinged-at-ten","async-silence"]"#),
            "{text}"
        );
        assert_eq!(decode::<Progress>(&text), Decoded::Current(progress));
    }

    /// Ten thousand replies built from halves of the labelled replies, each pair different.
    fn ten_thousand() -> Progress {
        let replies: Vec<&str> = include_str!("../../tests/coach/devset.txt")
            .lines()
            .filter_map(|l| l.split_once(": "))
            .filter(|(label, _)| {
                label.len() > 1 && label.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            })
            .map(|(_, reply)| reply)
            .collect();
        let drills: Vec<&str> = crate::content::library::built_in()
            .drills
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        let mut progress = Progress::default();
        for i in 0..10_000usize {
            let at = 1_700_000_000_000 + i as i64 * 97_000;
            let drill = drills[(i * 7) % drills.len()];
            let mut a = sample().attempts[i % 3].clone();
            let tail = ["", " Is that right?", " Have I got that?"][i % 3];
            // Halves of two different replies, so the text varies as real replies do.
            let (first, second) = (
                replies[(i * 13) % replies.len()],
                replies[(i * 7 + 3) % replies.len()],
            );
            let head: Vec<&str> = first
                .split(' ')
                .take(first.split(' ').count() / 2)
                .collect();
            let rest: Vec<&str> = second
                .split(' ')
                .skip(second.split(' ').count() / 2)
                .collect();
            a.response = format!("{} {}{tail}", head.join(" "), rest.join(" "));
            a.at = at;
            a.drill = drill.to_owned();
            a.id = format!("{at:x}-{drill}");
            a.score = (i % 101) as u8;
            progress.attempts.push(a);
        }
        progress
    }

    /// Browsers give a site about five million UTF-16 units of localStorage; ten thousand
    /// replies in plain text must leave most of it for packs and the other records.
    #[test]
    fn ten_thousand_replies_take_under_a_third_of_the_storage() {
        let progress = ten_thousand();
        let raw: usize = progress.attempts.iter().map(|a| a.response.len()).sum();
        let text = encode(&progress).unwrap();
        let (chars, bytes) = (text.chars().count(), text.len());
        println!("10,000 attempts: replies {raw} bytes raw; stored record {chars} characters, {bytes} bytes UTF-8");
        let units = text.encode_utf16().count();
        assert!(units < 1_600_000, "{units} UTF-16 units");
        assert_eq!(decode::<Progress>(&text), Decoded::Current(progress));
    }

    #[test]
    fn deletions_saved_before_they_were_numbered_still_hold_and_yield_to_a_restore() {
        // What the build before numbered deletions wrote: the ids alone.
        let text = r#"{"data":{"attempts":[[0,1700000000000,"kept",50,0,0]],"cards":{},"deleted":["18bcfe56be8-a","18bcfe56fd0-a"],"drills":["a"]},"schema":4}"#;
        let Decoded::Current(mut progress) = decode::<Progress>(text) else {
            panic!("a schema 4 save must read as current")
        };
        assert!(progress.deleted.is_gone("18bcfe56be8-a"));
        assert!(progress.deleted.is_gone("18bcfe56fd0-a"));
        let mut tab = progress.clone();
        let backup = Progress {
            attempts: vec![Attempt {
                id: "18bcfe56be8-a".into(),
                drill: "a".into(),
                at: 1_700_000_001_000,
                ..sample().attempts[0].clone()
            }],
            ..Progress::default()
        };
        assert_eq!(progress.merge(&backup).attempts_added, 1);
        let written = encode(&progress).unwrap();
        assert!(
            written.contains(r#""deleted":["18bcfe56fd0-a"],"deleted_numbers":[0]"#)
                && written.contains(r#""restored":{"18bcfe56be8-a":1}"#),
            "the ids stay a plain list for builds that read only that: {written}"
        );
        let Decoded::Current(read) = decode::<Progress>(&written) else {
            panic!("not read back: {written}")
        };
        assert_eq!(read, progress);
        tab.merge_from_tab(&read);
        assert_eq!(
            tab.attempts.len(),
            2,
            "the restore outranks the old deletion"
        );
    }

    #[test]
    fn a_schema_2_history_is_migrated() {
        let v2 = r#"{"schema":2,"data":{"drills":["pinged-at-ten"],"attempts":[[0,5,"It sounds hard.",70,3,3]],"cards":{}}}"#;
        let Decoded::Migrated { value, from: 2 } = decode::<Progress>(v2) else {
            panic!("not migrated")
        };
        assert_eq!(value.attempts[0].response, "It sounds hard.");
        assert_eq!(value.attempts[0].rating, Some(Rating::Good));
    }

    #[test]
    fn a_schema_1_history_is_migrated_with_a_backup_until_written() {
        let mut backend = MemoryBackend::new();
        crate::storage::Backend::set(&mut backend, "rapport.progress", V1_FIXTURE).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Progress>();
        assert_eq!(
            loaded.issues,
            vec![crate::storage::StorageIssue::Migrated {
                label: "practice history".into(),
                from: 1
            }]
        );
        let p = loaded.value;
        assert_eq!(p.attempts.len(), 3);
        assert_eq!(p.attempts[1].roadblocks, vec![Roadblock::Advising]);
        assert_eq!(p.attempts[2].rating, Some(Rating::Good));
        assert_eq!(p.cards.len(), 2);
        let stored = crate::storage::Backend::get(store.backend().unwrap(), "rapport.progress")
            .unwrap()
            .unwrap();
        assert!(
            stored.starts_with(r#"{"data":{"attempts":[["#) && stored.ends_with(r#""schema":4}"#),
            "{stored}"
        );
        assert_eq!(
            store.backend().unwrap().keys(),
            vec!["rapport.progress".to_owned()],
            "the backup is dropped once written"
        );
    }

    #[test]
    fn rows_pointing_nowhere_are_counted_and_kept_in_a_backup() {
        let text = r#"{"schema":4,"data":{"drills":["a"],"attempts":[[0,5,"x",50,0,0],[7,6,"y",50,0,9]],"cards":{}}}"#;
        let Decoded::Current(p) = decode::<Progress>(text) else {
            panic!("unreadable")
        };
        assert_eq!((p.attempts.len(), p.unreadable), (1, 1));

        let mut backend = MemoryBackend::new();
        crate::storage::Backend::set(&mut backend, "rapport.progress", text).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Progress>();
        let backup_key = "rapport.progress.backup-1".to_owned();
        assert_eq!(
            loaded.issues,
            vec![crate::storage::StorageIssue::PartlyRead {
                label: "practice history".into(),
                what: "one practised reply".into(),
                backup_key: Some(backup_key.clone()),
            }]
        );
        let backend = store.backend().unwrap();
        assert_eq!(
            crate::storage::Backend::get(backend, &backup_key)
                .unwrap()
                .as_deref(),
            Some(text),
            "the original, unreadable row and all, is kept byte for byte"
        );
        // A second load before any save does not make a second copy.
        let again = store.load::<Progress>();
        assert_eq!(again.issues, loaded.issues);
        assert_eq!(store.backend().unwrap().keys().len(), 2);
    }

    /// `n` JSON entries `"{prefix}{i}":{value}` (or list items, with no `value`).
    fn many(n: usize, prefix: &str, value: Option<&str>) -> String {
        (0..n)
            .map(|i| match value {
                Some(v) => format!("\"{prefix}{i:07}\":{v}"),
                None => format!("\"{prefix}{i:07}\""),
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn mark_lists_far_over_the_limit_are_read_to_it_and_reported_with_the_attempts_kept() {
        let n = crate::marks::LIMIT * 10;
        let numbers = vec!["1"; n].join(",");
        let text = format!(
            r#"{{"schema":4,"data":{{"drills":["a"],"attempts":[[0,5,"kept",50,0,0]],"cards":{{}},"deleted":[{}],"deleted_numbers":[{numbers}],"restored":{{{}}},"forgotten":{{"gone":{{{}}}}}}}}}"#,
            many(n, "d", None),
            many(n, "r", Some("2")),
            many(n, "f", Some("1")),
        );
        let mut backend = MemoryBackend::new();
        crate::storage::Backend::set(&mut backend, "rapport.progress", &text).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Progress>();
        let progress = &loaded.value;
        assert_eq!(progress.attempts.len(), 1, "the history itself is kept");
        assert_eq!(progress.deleted.len(), crate::marks::LIMIT);
        assert_eq!(progress.forgotten.len(), crate::marks::LIMIT);
        assert_eq!(
            loaded.issues,
            vec![crate::storage::StorageIssue::PartlyRead {
                label: "practice history".into(),
                what: "380,000 records of deleted replies (it keeps 20,000) and 180,000 records of forgotten drills (it keeps 20,000)".into(),
                backup_key: Some("rapport.progress.backup-1".into()),
            }]
        );
        let backup =
            crate::storage::Backend::get(store.backend().unwrap(), "rapport.progress.backup-1");
        assert_eq!(
            backup.unwrap().as_deref(),
            Some(text.as_str()),
            "kept byte for byte"
        );
    }

    #[test]
    fn a_malformed_mark_field_is_read_as_empty_and_reported_with_the_attempts_kept() {
        let attempts = r#""drills":["a"],"attempts":[[0,5,"kept",50,0,0],[0,6,"also kept",60,0,0]],"cards":{}"#;
        for (field, what) in [
            (r#""deleted":"x""#, "the list of deleted replies"),
            (
                r#""deleted":["18bcfe56be8-a"],"deleted_numbers":{"a":1}"#,
                "the list of deleted replies",
            ),
            (
                r#""restored":{"18bcfe56be8-a":"x"}"#,
                "the list of deleted replies",
            ),
            (r#""restored":["x"]"#, "the list of deleted replies"),
            (r#""forgotten":5"#, "the list of forgotten drills"),
            (
                r#""forgotten":{"gone":["a"]}"#,
                "the list of forgotten drills",
            ),
        ] {
            let text = format!(r#"{{"schema":4,"data":{{{attempts},{field}}}}}"#);
            let mut backend = MemoryBackend::new();
            crate::storage::Backend::set(&mut backend, "rapport.progress", &text).unwrap();
            let (mut store, _) = Store::open(Ok(backend));
            let loaded = store.load::<Progress>();
            assert_eq!(
                loaded.value.attempts.len(),
                2,
                "{field}: {:?}",
                loaded.issues
            );
            assert_eq!(
                loaded.issues,
                vec![crate::storage::StorageIssue::PartlyRead {
                    label: "practice history".into(),
                    what: what.into(),
                    backup_key: Some("rapport.progress.backup-1".into()),
                }],
                "{field}"
            );
            let backup =
                crate::storage::Backend::get(store.backend().unwrap(), "rapport.progress.backup-1");
            assert_eq!(
                backup.unwrap().as_deref(),
                Some(text.as_str()),
                "{field}: kept as it was"
            );
        }
    }

    #[test]
    fn a_schema_3_history_is_migrated_to_plain_text() {
        let v3 = "{\"schema\":3,\"data\":{\"drills\":[\"a\"],\"attempts\":[[0,5,70,3,3],[0,6,40,0,0]],\"text\":\"It sounds hard.\\u001e\u{e10b}\u{e800}\u{e810}\",\"cards\":{}}}";
        let Decoded::Migrated { value, from: 3 } = decode::<Progress>(v3) else {
            panic!("not migrated: {:?}", decode::<Progress>(v3))
        };
        let replies: Vec<&str> = value.attempts.iter().map(|a| a.response.as_str()).collect();
        assert_eq!(replies, ["It sounds hard.", "It sounds hard."]);
        let text = encode(&value).unwrap();
        assert!(text.contains(r#"[0,5,"It sounds hard.",70,3,3]"#), "{text}");
    }

    #[test]
    fn a_schema_3_history_whose_text_explodes_is_refused_not_expanded() {
        let bomb = format!(
            "{{\"schema\":3,\"data\":{{\"drills\":[\"a\"],\"attempts\":[[0,5,70,3,3]],\"text\":\"abcd{}\",\"cards\":{{}}}}}}",
            "\u{e1ff}\u{e800}\u{e804}".repeat(10_000)
        );
        let Decoded::Unreadable(why) = decode::<Progress>(&bomb) else {
            panic!("a bomb was expanded")
        };
        assert!(why.reason().contains("damaged"), "{}", why.reason());
    }

    #[test]
    fn an_old_partly_readable_history_keeps_its_backup() {
        let v2 = r#"{"schema":2,"data":{"drills":["a"],"attempts":[[0,5,"x",50,0,0],[7,6,"y",50,0,9]],"cards":{}}}"#;
        let mut backend = MemoryBackend::new();
        crate::storage::Backend::set(&mut backend, "rapport.progress", v2).unwrap();
        let (mut store, _) = Store::open(Ok(backend));
        let loaded = store.load::<Progress>();
        assert_eq!(loaded.value.attempts.len(), 1);
        let backend = store.backend().unwrap();
        assert_eq!(
            crate::storage::Backend::get(backend, "rapport.progress.backup-1")
                .unwrap()
                .as_deref(),
            Some(v2),
            "{:?}",
            loaded.issues
        );
        let v3 = r#"{"schema":3,"data":{"drills":["a"],"attempts":[[0,5,50,0,0],[7,6,50,0,9]],"text":"x\u001ey","cards":{}}}"#;
        assert!(matches!(decode::<Progress>(v3), Decoded::Unreadable(_)));
    }
}

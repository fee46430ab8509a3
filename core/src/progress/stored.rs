//! The compact stored form of the practice history (schema 2): drill ids listed once and
//! referenced by index, each attempt a short array, the coach's flags packed into one
//! number. It keeps large histories small in localStorage. Schema 1 (one verbose object
//! per attempt) is migrated on load.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Attempt, Progress};
use crate::coach::Roadblock;
use crate::schedule::{Card, Rating};

/// `[drill index, time, response, score, flags, rating]`
type Row = (usize, i64, String, u8, u32, u8);

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct Stored {
    drills: Vec<String>,
    attempts: Vec<Row>,
    cards: BTreeMap<String, Card>,
}

const REFLECTION: u32 = 1;
const FEELING: u32 = 1 << 1;
const QUESTION: u32 = 1 << 2;
const PARROTING: u32 = 1 << 3;
const CHECKED: u32 = 1 << 4;
/// Roadblock `i` (in Gordon's order) is bit `ROADBLOCKS + i`.
const ROADBLOCKS: u32 = 8;

fn pack(a: &Attempt) -> u32 {
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

impl From<Progress> for Stored {
    fn from(progress: Progress) -> Stored {
        let mut drills: Vec<String> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        let attempts = progress
            .attempts
            .into_iter()
            .map(|a| {
                let at = *index.entry(a.drill.clone()).or_insert_with(|| {
                    drills.push(a.drill.clone());
                    drills.len() - 1
                });
                let flags = pack(&a);
                (at, a.at, a.response, a.score, flags, rating_code(a.rating))
            })
            .collect();
        Stored {
            drills,
            attempts,
            cards: progress.cards,
        }
    }
}

impl From<Stored> for Progress {
    fn from(stored: Stored) -> Progress {
        let attempts = stored
            .attempts
            .into_iter()
            .filter_map(|(drill, at, response, score, flags, rating)| {
                let drill = stored.drills.get(drill)?.clone();
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
        Progress {
            attempts,
            cards: stored.cards,
        }
    }
}

/// Schema 1: one object per attempt.
#[derive(Deserialize)]
struct V1 {
    #[serde(default)]
    attempts: Vec<AttemptV1>,
    #[serde(default)]
    cards: BTreeMap<String, Card>,
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

/// Turns data written under an older schema into schema 2.
pub(super) fn migrate(from: u32, data: Value) -> Result<Value, String> {
    match from {
        1 => {
            let old: V1 = serde_json::from_value(data)
                .map_err(|e| format!("schema 1 data is malformed: {e}"))?;
            let progress = Progress {
                attempts: old
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
                    .collect(),
                cards: old.cards,
            };
            serde_json::to_value(Stored::from(progress)).map_err(|e| e.to_string())
        }
        other => Err(format!(
            "this version of Rapport cannot read practice history in format {other}"
        )),
    }
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
            cards: BTreeMap::from([("pinged-at-ten".into(), Card::new(1_000))]),
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
            stored.starts_with(r#"{"data":{"attempts":[["#) && stored.ends_with(r#""schema":2}"#),
            "{stored}"
        );
        assert_eq!(
            store.backend().unwrap().keys(),
            vec!["rapport.progress".to_owned()],
            "the backup is dropped once written"
        );
    }

    #[test]
    fn rows_pointing_nowhere_are_dropped_not_fatal() {
        let text = r#"{"schema":2,"data":{"drills":["a"],"attempts":[[0,5,"x",50,0,0],[7,6,"y",50,0,9]],"cards":{}}}"#;
        let Decoded::Current(p) = decode::<Progress>(text) else {
            panic!("unreadable")
        };
        assert_eq!(p.attempts.len(), 1);
    }
}

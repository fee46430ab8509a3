//! The compact stored form of the practice history (schema 3): drill ids listed once and
//! referenced by index, each attempt a short array, the coach's flags packed into one
//! number, and the text of every reply compressed together (replies repeat each other a
//! great deal). It keeps ten thousand replies under a megabyte. Schemas 1 (one verbose
//! object per attempt) and 2 (rows with the reply text inline) are migrated on load.

use crate::sorted::SortedMap;

use crate::json::{Fields, FromJson, Json, ToJson};

use super::pack::{pack, unpack};
use super::{Attempt, Progress};
use crate::coach::Roadblock;
use crate::schedule::{Card, Rating};

/// `[drill index, time, score, flags, rating]`
type Row = (usize, i64, u8, u32, u8);

/// A row of schema 2: the reply inline, after the time.
type RowWithText = (usize, i64, String, u8, u32, u8);

/// Separates replies in the packed text; replies never contain it (see [`Attempt::new`]).
pub(super) const SEPARATOR: char = '\u{1e}';

#[derive(Debug, Clone, Default)]
pub(super) struct Stored {
    drills: Vec<String>,
    attempts: Vec<Row>,
    /// Every reply, in attempt order, joined by [`SEPARATOR`] and packed.
    text: String,
    cards: SortedMap<String, Card>,
}

impl ToJson for Stored {
    fn to_json(&self) -> Json {
        let rows = self
            .attempts
            .iter()
            .map(|(drill, at, score, flags, rating)| {
                Json::Arr(vec![
                    drill.to_json(),
                    at.to_json(),
                    score.to_json(),
                    flags.to_json(),
                    rating.to_json(),
                ])
            });
        Json::object([
            ("drills", self.drills.to_json()),
            ("attempts", Json::Arr(rows.collect())),
            ("text", self.text.to_json()),
            ("cards", self.cards.to_json()),
        ])
    }
}

impl FromJson for Stored {
    fn from_json(json: &Json) -> Result<Self, String> {
        let f = Fields::of(json)?;
        let attempts = rows(&f, |row| match row {
            [drill, at, score, flags, rating] => Ok((
                usize::from_json(drill)?,
                i64::from_json(at)?,
                u8::from_json(score)?,
                u32::from_json(flags)?,
                u8::from_json(rating)?,
            )),
            _ => Err(format!("expected 5 numbers, found {}", row.len())),
        })?;
        Ok(Stored {
            drills: f.or_default("drills")?,
            attempts,
            text: f.or_default("text")?,
            cards: f.or_default("cards")?,
        })
    }
}

/// Schema 2: the reply inline in each row.
fn v2(data: &Json) -> Result<Progress, String> {
    let f = Fields::of(data)?;
    let rows = rows(&f, |row| match row {
        [drill, at, text, score, flags, rating] => Ok((
            usize::from_json(drill)?,
            i64::from_json(at)?,
            String::from_json(text)?,
            u8::from_json(score)?,
            u32::from_json(flags)?,
            u8::from_json(rating)?,
        )),
        _ => Err(format!("expected 6 values, found {}", row.len())),
    })?;
    Ok(from_rows(
        f.or_default("drills")?,
        rows,
        f.or_default("cards")?,
    ))
}

/// The `attempts` rows, each a list taken apart by position with `row`.
fn rows<T>(f: &Fields, row: impl Fn(&[Json]) -> Result<T, String>) -> Result<Vec<T>, String> {
    let lists: Vec<Vec<Json>> = f.or_default("attempts")?;
    lists
        .iter()
        .enumerate()
        .map(|(i, list)| row(list).map_err(|e| format!("`attempts`: item {}: {e}", i + 1)))
        .collect()
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

impl From<Progress> for Stored {
    fn from(progress: Progress) -> Stored {
        let mut drills: Vec<String> = Vec::new();
        let mut index: SortedMap<String, usize> = SortedMap::new();
        let mut replies: Vec<String> = Vec::with_capacity(progress.attempts.len());
        let attempts = progress
            .attempts
            .into_iter()
            .map(|a| {
                let at = *index.get_or_insert_with(a.drill.clone(), || {
                    drills.push(a.drill.clone());
                    drills.len() - 1
                });
                let flags = flags(&a);
                replies.push(a.response.replace(SEPARATOR, " "));
                (at, a.at, a.score, flags, rating_code(a.rating))
            })
            .collect();
        let text = pack(&replies.join(&SEPARATOR.to_string()));
        Stored {
            drills,
            attempts,
            text,
            cards: progress.cards,
        }
    }
}

impl From<Stored> for Progress {
    fn from(stored: Stored) -> Progress {
        // Text that cannot be unpacked loses the replies' words, not the attempts themselves.
        let text = unpack(&stored.text).unwrap_or_default();
        let mut replies = text.split(SEPARATOR).map(str::to_owned);
        let rows: Vec<RowWithText> = stored
            .attempts
            .into_iter()
            .map(|(drill, at, score, flags, rating)| {
                (
                    drill,
                    at,
                    replies.next().unwrap_or_default(),
                    score,
                    flags,
                    rating,
                )
            })
            .collect();
        from_rows(stored.drills, rows, stored.cards)
    }
}

/// Attempts from rows; a row naming a drill index that does not exist is dropped.
fn from_rows(
    drills: Vec<String>,
    rows: Vec<RowWithText>,
    cards: SortedMap<String, Card>,
) -> Progress {
    let attempts = rows
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
    Progress { attempts, cards }
}

/// Stored by name, `"advising"`, in schema 1.
impl FromJson for Roadblock {
    fn from_json(json: &Json) -> Result<Self, String> {
        let name = String::from_json(json)?;
        Roadblock::ALL
            .into_iter()
            .find(|r| r.name() == name)
            .ok_or_else(|| format!("unknown roadblock `{name}`"))
    }
}

/// Schema 1: one object per attempt.
fn v1(data: &Json) -> Result<Progress, String> {
    let f = Fields::of(data)?;
    let attempt = |json: &Json| -> Result<Attempt, String> {
        let a = Fields::of(json)?;
        let (drill, at): (String, i64) = (a.required("drill")?, a.required("at")?);
        Ok(Attempt {
            id: format!("{at:x}-{drill}"),
            drill,
            at,
            response: a.required("response")?,
            score: a.required("score")?,
            reflection: a.required("reflection")?,
            feeling: a.required("feeling")?,
            question: a.required("question")?,
            parroting: a.required("parroting")?,
            checked: false,
            roadblocks: a.or_default("roadblocks")?,
            rating: a.or_default("rating")?,
        })
    };
    let rows: Vec<Json> = f.or_default("attempts")?;
    let attempts = rows
        .iter()
        .enumerate()
        .map(|(i, row)| attempt(row).map_err(|e| format!("`attempts`: item {}: {e}", i + 1)))
        .collect::<Result<_, String>>()?;
    Ok(Progress {
        attempts,
        cards: f.or_default("cards")?,
    })
}

/// Turns data written under an older schema into the current one.
pub(super) fn migrate(from: u32, data: Json) -> Result<Json, String> {
    let progress = match from {
        1 => v1(&data).map_err(|e| format!("schema 1 data is malformed: {e}"))?,
        2 => v2(&data).map_err(|e| format!("schema 2 data is malformed: {e}"))?,
        other => {
            return Err(format!(
                "this version of Rapport cannot read practice history in format {other}"
            ))
        }
    };
    Ok(Stored::from(progress).to_json())
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

    #[test]
    fn ten_thousand_replies_stay_under_a_megabyte() {
        let progress = ten_thousand();
        let raw: usize = progress.attempts.iter().map(|a| a.response.len()).sum();
        let text = encode(&progress).unwrap();
        let (chars, bytes) = (text.chars().count(), text.len());
        println!("10,000 attempts: replies {raw} bytes raw; stored record {chars} characters, {bytes} bytes UTF-8");
        assert!(
            chars < 1_000_000 && bytes < 1_000_000,
            "{chars} characters, {bytes} bytes"
        );
        assert_eq!(decode::<Progress>(&text), Decoded::Current(progress));
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
            stored.starts_with(r#"{"data":{"attempts":[["#) && stored.ends_with(r#""schema":3}"#),
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
        let text = r#"{"schema":3,"data":{"drills":["a"],"attempts":[[0,5,50,0,0],[7,6,50,0,9]],"text":"x\u001ey","cards":{}}}"#;
        let Decoded::Current(p) = decode::<Progress>(text) else {
            panic!("unreadable")
        };
        assert_eq!(p.attempts.len(), 1);
    }
}

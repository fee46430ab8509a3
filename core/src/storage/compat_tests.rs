//! What every record looks like on disk, pinned: a sample of each, rich in the awkward
//! cases (quotes, control characters, emoji, empty and absent values), against the text
//! that earlier builds wrote for it. A build that writes something else, or cannot read
//! what an earlier build wrote, fails here before any learner's progress is at stake.

use crate::packs::{Draft, InstalledPack, Packs};
use crate::practice::Session;
use crate::progress::{Attempt, Progress};
use crate::scenario::engine::Answer;
use crate::scenario::play::Plays;
use crate::schedule::{Card, Rating};
use crate::settings::Settings;
use crate::sorted::{SortedMap, SortedSet};
use crate::workshop::{Activity, Checklist, Plan, Step, Timer, Workshop};

use super::{decode, encode, Decoded, Record};

/// Text with every kind of character a writer must escape or pass through.
const AWKWARD: &str =
    "She said \"no\" \\ then\nleft\ttoo \u{1} caf\u{e9} \u{2713} \u{1f600} \u{2028}";

fn settings() -> Settings {
    Settings {
        large_text: true,
        practice_filter: "theme=reliability;kind=drill".into(),
    }
}

fn session() -> Session {
    Session {
        queue: vec!["pinged-at-ten".into(), "async-silence".into()],
        index: 1,
        draft: AWKWARD.into(),
        checked: Some("It sounds hard.".into()),
        attempt: None,
        repeated: vec![],
        attempts: vec!["18c5f2a4b00-pinged-at-ten".into()],
        started: 1_700_000_000_000,
    }
}

fn plays() -> Plays {
    let mut plays = Plays::default();
    plays.runs.insert(
        "the-handover".into(),
        vec![
            Answer::Choice(2),
            Answer::Reply(AWKWARD.into()),
            Answer::Choice(0),
        ],
    );
    plays.runs.insert("empty".into(), vec![]);
    plays.endings.insert(
        "the-handover".into(),
        SortedSet::from_iter(["steady".to_owned(), "cold".to_owned()]),
    );
    plays.notes.insert("the-handover".into(), AWKWARD.into());
    plays
}

fn workshop() -> Workshop {
    let mut workshop = Workshop {
        plan: Plan {
            title: "Trust, \"remotely\"".into(),
            steps: vec![
                Step {
                    activity: Activity::Opening,
                    minutes: 5,
                },
                Step {
                    activity: Activity::DrillRound {
                        drill: "pinged-at-ten".into(),
                    },
                    minutes: 10,
                },
                Step {
                    activity: Activity::Triad { scenario: None },
                    minutes: 20,
                },
                Step {
                    activity: Activity::RoomPlay {
                        scenario: "the-handover".into(),
                    },
                    minutes: 15,
                },
            ],
        },
        ..Workshop::default()
    };
    workshop.step = 1;
    workshop.phase = 0;
    workshop.timer = Timer {
        length_ms: 600_000.0,
        banked_ms: 1_234.5,
        started_at: Some(1_700_000_000_000.0),
    };
    workshop.muted = true;
    workshop.room = vec![Answer::Choice(1), Answer::Reply("Go on.".into())];
    workshop
}

fn checklist() -> Checklist {
    let mut checklist = Checklist::default();
    checklist.counts.insert("advice".into(), 3);
    checklist.counts.insert("feeling".into(), 0);
    checklist
}

fn packs() -> Packs {
    Packs {
        list: vec![InstalledPack {
            header: crate::content::pack::PackHeader {
                id: "team-north".into(),
                title: "Team North".into(),
                author: "A. Facilitator".into(),
                version: 3,
                language: "pt-BR".into(),
            },
            file: "team north.txt".into(),
            source: format!("pack: team-north\n{AWKWARD}\n"),
            enabled: true,
            imported_at: 1_700_000_123_456,
            drills: vec!["team-north-late".into()],
            scenarios: vec![],
        }],
    }
}

fn draft() -> Draft {
    Draft {
        text: format!("pack: team-north\n{AWKWARD}\n"),
        edited_at: 1_700_000_234_567,
        // Nothing set aside: a draft without any is written as earlier builds wrote it.
        set_aside: Vec::new(),
    }
}

fn progress() -> Progress {
    let attempt = |drill: &str, at: i64, response: &str, roadblocks, rating| Attempt {
        id: format!("{at:x}-{drill}"),
        drill: drill.into(),
        at,
        response: response.into(),
        score: 81,
        reflection: true,
        feeling: false,
        question: true,
        parroting: false,
        checked: true,
        roadblocks,
        rating,
    };
    let mut reviewed = Card::new(1_700_000_000_000);
    reviewed.reps = 2;
    reviewed.interval_days = 6.5;
    reviewed.ease = 2.36;
    reviewed.due = 1_700_561_600_000;
    reviewed.lapses = 1;
    reviewed.reviews = 3;
    Progress {
        attempts: vec![
            attempt(
                "pinged-at-ten",
                1_700_000_000_000,
                AWKWARD,
                vec![],
                Some(Rating::Good),
            ),
            attempt(
                "async-silence",
                1_700_000_100_000,
                "You should post it again.",
                vec![crate::coach::Roadblock::Advising],
                None,
            ),
        ],
        cards: SortedMap::from([
            ("pinged-at-ten".into(), reviewed),
            ("async-silence".into(), Card::new(1_700_000_100_000)),
        ]),
        ..Default::default()
    }
}

/// One record's sample against its pinned text: written exactly so, and read back whole.
fn pinned<T: Record + PartialEq + std::fmt::Debug>(value: T, text: &str) {
    assert_eq!(
        encode(&value).unwrap(),
        text,
        "{} is written as pinned",
        T::KEY
    );
    assert_eq!(
        decode::<T>(text),
        Decoded::Current(value),
        "{} reads back",
        T::KEY
    );
}

const PINNED: &str = include_str!("../../tests/fixtures/stored-records.txt");

/// The pinned text of `key`'s sample.
fn text_of(key: &str) -> &'static str {
    PINNED
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('\t'))
        .unwrap_or_else(|| panic!("no pinned text for {key}"))
}

#[test]
fn every_record_is_written_and_read_as_earlier_builds_did() {
    pinned(settings(), text_of(Settings::KEY));
    pinned(session(), text_of(Session::KEY));
    pinned(plays(), text_of(Plays::KEY));
    pinned(workshop(), text_of(Workshop::KEY));
    pinned(checklist(), text_of(Checklist::KEY));
    pinned(packs(), text_of(Packs::KEY));
    pinned(draft(), text_of(Draft::KEY));
    pinned(progress(), text_of(Progress::KEY));
}

/// What the build before plain-text replies stored (schema 3 of the practice history, the
/// other records as today): every record must read back as the same value.
const BEFORE_PLAIN_TEXT: &str = include_str!("../../tests/fixtures/stored-records-schema-3.txt");

fn old_text_of(key: &str) -> &'static str {
    BEFORE_PLAIN_TEXT
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('\t'))
        .unwrap_or_else(|| panic!("no earlier text for {key}"))
}

fn reads_back<T: Record + PartialEq + std::fmt::Debug>(value: T) {
    assert_eq!(
        decode::<T>(old_text_of(T::KEY)),
        Decoded::Current(value),
        "{}",
        T::KEY
    );
}

#[test]
fn every_record_the_build_before_stored_reads_back_unchanged() {
    reads_back(settings());
    reads_back(session());
    reads_back(plays());
    reads_back(workshop());
    reads_back(checklist());
    reads_back(packs());
    assert_eq!(
        decode::<Progress>(old_text_of(Progress::KEY)),
        Decoded::Migrated {
            value: progress(),
            from: 3
        }
    );
}

/// Writes the pinned file from the current build: run once, by hand, when a record's
/// format changes on purpose (with a new schema number and a migration).
#[test]
#[ignore]
fn write_pinned_records() {
    let lines = [
        (Settings::KEY, encode(&settings())),
        (Session::KEY, encode(&session())),
        (Plays::KEY, encode(&plays())),
        (Workshop::KEY, encode(&workshop())),
        (Checklist::KEY, encode(&checklist())),
        (Packs::KEY, encode(&packs())),
        (Progress::KEY, encode(&progress())),
        (Draft::KEY, encode(&draft())),
    ]
    .map(|(key, text)| format!("{key}\t{}\n", text.unwrap()));
    std::fs::write(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/stored-records.txt"
        ),
        lines.concat(),
    )
    .unwrap();
}

//! A sliced import against one made at once, on the same file and the same device.

use super::*;
use crate::progress::Attempt;
use crate::schedule::{Card, Rating};

const NOW: i64 = 1_750_000_000_000;

fn attempt(i: usize, drill: &str, at: i64) -> Attempt {
    Attempt {
        id: format!("{at:x}-{drill}"),
        drill: drill.to_owned(),
        at,
        response: format!("It sounds like a long week ({i})."),
        score: (i % 101) as u8,
        reflection: i % 2 == 0,
        feeling: false,
        question: false,
        parroting: false,
        checked: false,
        roadblocks: Vec::new(),
        rating: (i % 3 == 0).then_some(Rating::Good),
    }
}

/// A device with its own replies, one deleted that the file brings back, a forgotten
/// drill, a card and an ending; and an export from another device of `n` replies, some
/// the device has, one listed twice, with cards and endings of its own.
fn device_and_file(n: usize) -> (Rc<Progress>, Rc<Plays>, String) {
    let drills = ["pinged-at-ten", "async-silence"];
    let theirs: Vec<Attempt> = (0..n)
        .map(|i| attempt(i, drills[i % 2], 1_700_000_000_000 + i as i64 * 60_000))
        .collect();
    let shared = (n / 2).min(100);
    let mut mine = Progress {
        attempts: theirs[..shared].to_vec(),
        ..Progress::default()
    };
    mine.attempts
        .push(attempt(9, "pinged-at-ten", 1_600_000_000_000));
    mine.attempts.iter_mut().for_each(|a| a.rating = None);
    mine.delete(&theirs[5].id.clone());
    mine.forget(&["no-longer-here".to_owned()]);
    mine.cards
        .insert("pinged-at-ten".into(), Card::new(1_700_000_000_000));
    let mut file = Progress {
        attempts: theirs.clone(),
        ..Progress::default()
    };
    file.attempts.push(theirs[7].clone());
    file.cards
        .insert("async-silence".into(), Card::new(1_700_000_000_000));
    let mut their_plays = Plays::default();
    their_plays
        .endings
        .get_or_default("the-handover".into())
        .insert("steady".into());
    let text = exchange::export(&file, &their_plays, NOW).unwrap();
    (Rc::new(mine), Rc::new(Plays::default()), text)
}

/// Steps `text` through to the end against the device, with every status on the way.
fn run(
    text: &str,
    progress: &Rc<Progress>,
    plays: &Rc<Plays>,
) -> (Result<Box<Prepared>, ImportError>, Vec<Status>) {
    let content = Catalog::default();
    let mut importing = Importing::start(text.to_owned(), NOW);
    let mut statuses = Vec::new();
    loop {
        match importing.step(progress, plays, &content) {
            Next::Going(next, status) => {
                statuses.push(status);
                importing = *next;
            }
            Next::Ready(prepared) => return (Ok(prepared), statuses),
            Next::Failed(error) => return (Err(error), statuses),
        }
    }
}

#[test]
fn a_sliced_import_ends_as_one_made_at_once() {
    let (progress, plays, text) = device_and_file(3 * SLICE + 500);
    let (prepared, statuses) = run(&text, &progress, &plays);
    let prepared = prepared.unwrap();

    let incoming = exchange::read(&text, NOW, &Catalog::default()).unwrap();
    assert_eq!(prepared.incoming, incoming);
    assert!(
        !incoming.skipped.is_empty(),
        "the reply listed twice is said"
    );
    let at_once = exchange::merge(&progress, &plays, &incoming);
    assert_eq!(prepared.preview, at_once.2);
    assert_eq!(prepared.preview_for(&progress, &plays), at_once.2);
    assert_eq!(prepared.applied_to(&progress, &plays), at_once);
    // The device's 100 but the one deleted there, which the file brings back.
    assert_eq!(at_once.2.attempts_duplicate, 99);
    assert!(at_once.2.attempts_new > 3 * SLICE);

    // Reading, then the count of replies compared, never more than a slice a step.
    let total = incoming.progress.attempts.len();
    let counts: Vec<usize> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Comparing { done, total: t } => {
                assert_eq!(*t, total);
                Some(*done)
            }
            Status::Reading => None,
        })
        .collect();
    assert_eq!(statuses[0], Status::Reading);
    assert_eq!(counts.first(), Some(&0));
    assert_eq!(counts.last(), Some(&total));
    assert!(
        counts
            .windows(2)
            .all(|w| w[1] >= w[0] && w[1] - w[0] <= SLICE),
        "{counts:?}"
    );
    assert!(counts.len() > 4, "in several steps: {counts:?}");
}

#[test]
fn applied_to_records_changed_since_it_is_merged_again_at_once() {
    let (progress, plays, text) = device_and_file(SLICE + 10);
    let (prepared, _) = run(&text, &progress, &plays);
    let prepared = prepared.unwrap();
    // Another tab saved a reply meanwhile; this tab merged it in.
    let mut changed = Progress::clone(&progress);
    changed.add(attempt(1, "async-silence", 1_650_000_000_000));
    let changed = Rc::new(changed);
    let at_once = exchange::merge(&changed, &plays, &prepared.incoming);
    assert_eq!(prepared.preview_for(&changed, &plays), at_once.2);
    assert_eq!(prepared.clone().applied_to(&changed, &plays), at_once);
    // Equal records, but not the ones it was merged into, are merged again too.
    let copy = Rc::new(Progress::clone(&progress));
    let again = exchange::merge(&copy, &plays, &prepared.incoming);
    assert_eq!(prepared.applied_to(&copy, &plays), again);
}

#[test]
fn an_import_not_merged_ahead_is_merged_when_applied() {
    let (progress, plays, text) = device_and_file(50);
    let incoming = exchange::read(&text, NOW, &Catalog::default()).unwrap();
    let prepared = Prepared::from(incoming.clone());
    let at_once = exchange::merge(&progress, &plays, &incoming);
    assert_eq!(prepared.preview_for(&progress, &plays), at_once.2);
    assert_eq!(prepared.applied_to(&progress, &plays), at_once);
}

#[test]
fn a_file_that_cannot_be_imported_fails_at_its_step_as_at_once() {
    let (progress, plays, text) = device_and_file(10);
    for bad in [
        "{not json".to_owned(),
        r#"{"format":"something else"}"#.to_owned(),
        text.replace("It sounds like a long week (3).", &"x".repeat(5_000)),
    ] {
        let (result, _) = run(&bad, &progress, &plays);
        let at_once = exchange::read(&bad, NOW, &Catalog::default());
        assert_eq!(result.err(), at_once.err(), "{}", &bad[..bad.len().min(40)]);
    }
}

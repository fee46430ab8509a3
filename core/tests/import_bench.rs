//! How long importing a 50,000-attempt export takes, stage by stage as the learner meets
//! them on the Your data page: choosing the file (parse, screen, the preview's merge), then
//! Import (the summary, the reducer's merge and the save's encoding); all at once, as the
//! page did it before, and in steps, as it does now. Prints figures, asserts nothing
//! about time (the machine is shared):
//! `cargo test --release -p rapport-core --test import_bench -- --ignored --nocapture`.

#[path = "large_device/attempts.rs"]
mod history;

use std::time::Instant;

use rapport_core::content::Catalog;
use rapport_core::practice::Practice;
use rapport_core::progress::exchange::{self, Incoming};
use rapport_core::progress::importing::{Importing, Next};
use rapport_core::progress::Progress;
use rapport_core::scenario::play::Plays;
use rapport_core::settings::Settings;
use rapport_core::state::{Action, AppState};

/// `n` attempts over the built-in drills, a minute apart from `start`, their replies
/// varied as real ones are.
fn attempts(n: usize, start: i64) -> Progress {
    let openings = [
        "It sounds like you're",
        "So you feel",
        "You sound",
        "I hear that you're",
    ];
    let middles = [
        "worn out by the late messages from the other time zone",
        "left out when decisions happen in meetings you can't join",
        "worried the client will lose trust after the delay",
        "torn between two managers with different priorities",
    ];
    history::history_from(n, start, |i| {
        format!(
            "{} {} (attempt {i}). Is that right?",
            openings[i % 4],
            middles[(i / 4) % 4]
        )
    })
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1_000.0
}

fn device(mine: &Progress) -> AppState {
    AppState::new(
        Settings::default(),
        Practice::default(),
        Plays::default(),
        [],
    )
    .with_practice(mine.clone(), Default::default())
}

/// Milliseconds of the import all at once, as the page made it before it was taken in
/// steps: [read and screen, preview merge, summary merge, reducer, encoding the save].
fn at_once(file: &str, mine: &Progress, now: i64) -> Vec<f64> {
    let state = device(mine);
    let start = Instant::now();
    let incoming: Incoming = exchange::read(file, now, &Catalog::default()).unwrap();
    let read = ms(start);
    let start = Instant::now();
    let (_, _, preview) = exchange::merge(&state.practice.progress, &state.plays, &incoming);
    let previewed = ms(start);
    assert_eq!(preview.attempts_in_file, 50_000);
    let start = Instant::now();
    let _ = exchange::merge(&state.practice.progress, &state.plays, &incoming);
    let summarised = ms(start);
    let start = Instant::now();
    let state = state.apply(Action::Import(Box::new(incoming.into())));
    let reduced = ms(start);
    let start = Instant::now();
    let saved = rapport_core::storage::encode(&*state.practice.progress).unwrap();
    let encoded = ms(start);
    assert!(saved.len() > 1_000_000);
    vec![read, previewed, summarised, reduced, encoded]
}

/// Milliseconds of the import in steps, as the page makes it now: [all the steps, the
/// longest step, the number of steps, the summary, the reducer, encoding the save].
fn in_steps(file: &str, mine: &Progress, now: i64) -> Vec<f64> {
    let state = device(mine);
    let content = Catalog::default();
    let (progress, plays) = (&state.practice.progress, &state.plays);
    let mut importing = Importing::start(file.to_owned(), now);
    let (mut total, mut longest, mut steps) = (0.0, 0.0_f64, 0);
    let prepared = loop {
        let start = Instant::now();
        let next = importing.step(progress, plays, &content);
        let took = ms(start);
        total += took;
        longest = longest.max(took);
        steps += 1;
        match next {
            Next::Going(next, _) => importing = *next,
            Next::Ready(prepared) => break prepared,
            Next::Failed(e) => panic!("{e:?}"),
        }
    };
    let start = Instant::now();
    assert_eq!(
        prepared.preview_for(progress, plays).attempts_in_file,
        50_000
    );
    let summarised = ms(start);
    let start = Instant::now();
    let state = state.apply(Action::Import(prepared));
    let reduced = ms(start);
    let start = Instant::now();
    let saved = rapport_core::storage::encode(&*state.practice.progress).unwrap();
    assert!(saved.len() > 1_000_000);
    vec![total, longest, steps as f64, summarised, reduced, ms(start)]
}

fn medians(runs: &[Vec<f64>]) -> Vec<f64> {
    (0..runs[0].len())
        .map(|i| {
            let mut values: Vec<f64> = runs.iter().map(|r| r[i]).collect();
            values.sort_by(f64::total_cmp);
            values[values.len() / 2]
        })
        .collect()
}

#[test]
#[ignore = "a benchmark: run with --ignored --nocapture"]
fn importing_fifty_thousand_attempts() {
    let start = 1_700_000_000_000;
    let now = start + 50_000 * 61_000 + 1;
    let file = exchange::export(&attempts(50_000, start), &Plays::default(), now).unwrap();
    println!(
        "import of an export of {:.1} MB, 50,000 attempts (median of 5 runs, ms):",
        file.len() as f64 / 1e6
    );
    // The device's own history, older than the file's, and none of it.
    let own = attempts(10_000, start - 10_000 * 61_000 - 1);
    for (device, mine) in [
        ("an empty device", Progress::default()),
        ("a device with 10,000 attempts", own),
    ] {
        let mut once = Vec::new();
        let mut steps = Vec::new();
        // Taken in turn, so that a change in the machine's load falls on both alike.
        for _ in 0..5 {
            once.push(at_once(&file, &mine, now));
            steps.push(in_steps(&file, &mine, now));
        }
        let (a, b) = (medians(&once), medians(&steps));
        println!(
            "  into {device}, all at once: choosing the file {:.0} (read and screen {:.0}, preview merge {:.0}), \
             Import {:.0} (summary merge {:.0}, reducer {:.0}, encoding the save {:.0})",
            a[0] + a[1], a[0], a[1], a[2] + a[3] + a[4], a[2], a[3], a[4]
        );
        println!(
            "  into {device}, in steps: choosing the file {:.0} in {:.0} steps, the longest {:.0}; \
             Import {:.0} (summary {:.1}, reducer {:.1}, encoding the save {:.0})",
            b[0], b[2], b[1], b[3] + b[4] + b[5], b[3], b[4], b[5]
        );
    }
}

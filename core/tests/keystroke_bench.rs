//! What one keystroke costs the app state with a long history and four large packs on the
//! device: the reducer as the app's shell runs it (the state cloned, then the action
//! applied). Prints figures, asserts nothing about time (the machine is shared):
//! `cargo test --release -p rapport-core --test keystroke_bench -- --ignored --nocapture`.

mod large_device;

use std::time::Instant;

use std::rc::Rc;

use rapport_core::content::Catalog;
use rapport_core::packs::Packs;
use rapport_core::practice::{PracticeAction, Session};
use rapport_core::progress::Progress;
use rapport_core::scenario::play::Plays;
use rapport_core::settings::Settings;
use rapport_core::state::{Action, AppState};
use rapport_core::workshop::{Checklist, Workshop};

use large_device::loaded;

/// The state as the shell copied it before the records were shared: each one anew.
fn copy_everything(state: &AppState) -> AppState {
    let mut copy = state.clone();
    copy.settings = Rc::new(Settings::clone(&state.settings));
    copy.practice.progress = Rc::new(Progress::clone(&state.practice.progress));
    copy.practice.session = Rc::new(Session::clone(&state.practice.session));
    copy.plays = Rc::new(Plays::clone(&state.plays));
    copy.workshop = Rc::new(Workshop::clone(&state.workshop));
    copy.checklist = Rc::new(Checklist::clone(&state.checklist));
    copy.content = Rc::new(Catalog::clone(&state.content));
    copy.packs = Rc::new(Packs::clone(&state.packs));
    copy
}

/// Median and best milliseconds per draft edit for each way of copying the state, over
/// `rounds` edits each, taken in turn so that a change in the machine's load falls on
/// all alike. Each edit is applied as the shell does: to a copy, the state before it
/// still held (Yew keeps it until the new one is in place).
fn per_keystroke(state: &AppState, rounds: usize, copies: &[Copy]) -> Vec<(f64, f64)> {
    let mut states: Vec<AppState> = copies.iter().map(|_| state.clone()).collect();
    let mut times: Vec<Vec<f64>> = copies.iter().map(|_| Vec::with_capacity(rounds)).collect();
    let mut draft = String::from("It sounds");
    for i in 0..rounds {
        draft.push(if i % 5 == 4 { ' ' } else { 'a' });
        for (n, copy) in copies.iter().enumerate() {
            let start = Instant::now();
            let next =
                copy(&states[n]).apply(Action::Practice(PracticeAction::Draft(draft.clone())));
            times[n].push(start.elapsed().as_secs_f64() * 1_000.0);
            states[n] = next;
        }
    }
    assert!(states.iter().all(|s| s.practice.session.draft == draft));
    times
        .into_iter()
        .map(|mut t| {
            t.sort_by(f64::total_cmp);
            (t[rounds / 2], t[0])
        })
        .collect()
}

type Copy = fn(&AppState) -> AppState;

#[test]
#[ignore = "a benchmark: run with --ignored --nocapture"]
fn one_keystroke_with_ten_thousand_attempts_and_four_large_packs() {
    let (state, bytes) = loaded();
    let figures = per_keystroke(&state, 300, &[AppState::clone, copy_everything]);
    println!(
        "keystroke: 10,000 attempts, four packs of {} KB in all, median (best) per draft edit:",
        bytes / 1_000
    );
    for ((median, best), how) in figures.iter().zip(["records shared", "everything copied"]) {
        println!("  {how}: {median:.3} ms ({best:.3} ms)");
    }
}

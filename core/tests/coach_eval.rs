//! The listening coach measured on labelled replies (core/tests/coach/, format in
//! LABELS.md): prints the metrics of every set and fails when a figure moves more than two
//! points away from the one committed beside it in figures.txt, so a regression fails and
//! an improvement must raise the bar. Show the figures with
//! `cargo test -p rapport-core --test coach_eval -- --nocapture --test-threads=1`.

#[path = "coach/labelled.rs"]
mod labelled;

use std::path::Path;

use labelled::{against_the_bar, measure, parse, print, print_figures, Case};

const FIGURES: &str = include_str!("coach/figures.txt");

/// Every `.txt` file of a folder under core/tests/coach, in name order, as one set.
fn folder(name: &str) -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/coach")
        .join(name);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("a readable set");
        let label = format!("{name}/{}", path.file_name().unwrap().to_string_lossy());
        let first_group = cases.last().map_or(0, |c: &Case| c.group);
        cases.extend(parse(&label, &text, first_group));
    }
    cases
}

/// Prints a set's figures (and, with RAPPORT_COACH_MISSES=1, every reply it got wrong) and
/// returns what moved past the bar.
fn report(set: &str, cases: &[Case]) -> Vec<String> {
    let m = measure(cases, false);
    print(&format!("{set}, no annotations"), &m);
    print(&format!("{set}, with annotations"), &measure(cases, true));
    if std::env::var_os("RAPPORT_COACH_MISSES").is_some() {
        for failure in &m.failures {
            println!("  miss: {failure}");
        }
    }
    print_figures(set, &m);
    against_the_bar(set, &m, FIGURES)
}

fn hold(problems: Vec<String>) {
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A frozen set is large enough to mean something: at least 600 replies to 60 statements.
fn frozen(name: &str) {
    let cases = folder(name);
    let statements = cases.last().map_or(0, |c| c.group);
    assert!(
        cases.len() >= 600 && statements >= 60,
        "{name}: {} replies, {statements} statements",
        cases.len()
    );
    hold(report(name, &cases));
}

#[test]
fn first_frozen_set() {
    frozen("frozen-1");
}

#[test]
fn second_frozen_set() {
    frozen("frozen-2");
}

#[test]
fn third_frozen_set() {
    frozen("frozen-3");
}

#[test]
fn fourth_frozen_set() {
    frozen("frozen-4");
}

#[test]
fn fifth_frozen_set() {
    frozen("frozen-5");
}

#[test]
fn sixth_frozen_set() {
    frozen("frozen-6");
}

#[test]
fn seventh_frozen_set() {
    frozen("frozen-7");
}

#[test]
fn eighth_frozen_set() {
    frozen("frozen-8");
}

#[test]
fn ninth_frozen_set() {
    frozen("frozen-9");
}

#[test]
fn tenth_frozen_set() {
    frozen("frozen-10");
}

#[test]
fn eleventh_frozen_set() {
    frozen("frozen-11");
}

#[test]
fn twelfth_frozen_set() {
    frozen("frozen-12");
}

#[test]
fn thirteenth_frozen_set() {
    frozen("frozen-13");
}

#[test]
fn fourteenth_frozen_set() {
    frozen("frozen-14");
}

#[test]
fn fifteenth_frozen_set() {
    frozen("frozen-15");
}

#[test]
fn sixteenth_frozen_set() {
    frozen("frozen-16");
}

#[test]
fn seventeenth_frozen_set() {
    frozen("frozen-17");
}

#[test]
fn eighteenth_frozen_set() {
    frozen("frozen-18");
}

#[test]
fn training_set() {
    hold(report("train", &folder("train")));
}

#[test]
fn first_generation_sets() {
    let problems = [
        ("devset", include_str!("coach/devset.txt")),
        ("heldout", include_str!("coach/heldout.txt")),
        ("blind", include_str!("coach/blind.txt")),
    ]
    .into_iter()
    .flat_map(|(set, text)| report(set, &parse(set, text, 0)))
    .collect();
    hold(problems);
}

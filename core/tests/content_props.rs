//! Hostile input for the content reader and validator (what `rapport check` and, later, pack
//! import run on a stranger's file): arbitrary text and randomly assembled scenario graphs,
//! including loops and dangling targets, never panic and never hang.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use rapport_core::content::check::check;

/// A line of a scenario file from the format's own vocabulary, with any indentation.
fn scenario_line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "beat",
        "mood",
        "says",
        "thought",
        "choice",
        "feedback",
        "trust",
        "set",
        "clear",
        "next",
        "if",
        "respond",
        "feelings",
        "point",
        "pass",
        "example",
        "good",
        "poor",
        "else",
        "good-trust",
        "poor-trust",
        "good-set",
        "ending",
        "debrief",
        "question",
        "when",
        "",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            "a",
            "b",
            "c",
            "start",
            "end",
            "+2",
            "-3",
            "99",
            "trust >= 1",
            "honest",
            "not honest",
            "x when honest",
            "b when trust < -2"
        ])
        .prop_map(str::to_owned),
        "\\PC{0,30}",
    ];
    (0usize..4, key, value).prop_map(|(indent, key, value)| {
        if key.is_empty() {
            format!("{}{value}", "  ".repeat(indent))
        } else {
            format!("{}{key}: {value}", "  ".repeat(indent))
        }
    })
}

fn scenario_file() -> impl Strategy<Value = String> {
    prop::collection::vec(scenario_line(), 0..80).prop_map(|lines| {
        format!(
            "scenario: fuzzed\ntitle: T\nsummary: S\nthemes: empathy\ncharacter: Ana, lead, Lima\ncontext: C\n\nbeat: start\n  mood: calm\n  says: Hi\n{}\n",
            lines.join("\n")
        )
    })
}

const BOUND: Duration = Duration::from_secs(5);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_is_checked_without_panic(text in "\\PC{0,2000}") {
        let started = Instant::now();
        let _ = check(&[("pack.txt", &text)]);
        prop_assert!(started.elapsed() < BOUND);
    }

    #[test]
    fn random_scenario_graphs_are_checked_without_panic_or_hang(text in scenario_file()) {
        let started = Instant::now();
        let checked = check(&[("fuzzed.txt", &text)]);
        prop_assert!(started.elapsed() < BOUND, "took {:?}", started.elapsed());
        // Anything left out of the library is explained by at least one problem.
        prop_assert!(checked.scenarios == 1 || !checked.problems.is_empty());
        for problem in &checked.problems {
            prop_assert!(!problem.message.is_empty());
        }
    }

    #[test]
    fn random_drill_files_are_checked_without_panic(lines in prop::collection::vec(
        (0usize..3, prop::sample::select(vec!["drill", "kind", "title", "themes", "difficulty", "channel", "from", "message", "post", "feelings", "point", "model", "why"]), "\\PC{0,40}"),
        0..60,
    )) {
        let text: String = lines.iter().map(|(indent, key, value)| format!("{}{key}: {value}\n", "  ".repeat(*indent))).collect();
        let _ = check(&[("drills.txt", &text)]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn packs_with_arbitrary_bodies_are_checked_without_panic(
        body in prop::collection::vec(prop_oneof![scenario_line(), "\\PC{0,40}".prop_map(|s| s)], 0..60),
        drill_first in any::<bool>(),
    ) {
        let start = if drill_first { "drill: d\n" } else { "scenario: s\n" };
        let text = format!("pack: fuzz\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n{start}{}\n", body.join("\n"));
        let started = Instant::now();
        let (_, problems) = rapport_core::content::pack::read_pack("fuzz.txt", &text);
        prop_assert!(started.elapsed() < BOUND);
        for problem in &problems {
            prop_assert!(problem.line <= text.lines().count());
        }
    }
}

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

/// A line of a pack from the format's own vocabulary: drills, scenarios and their keys, a
/// drill line the reader cannot read as one (`drill:x`), ids used twice, with any indent.
fn pack_line() -> impl Strategy<Value = String> {
    let start = prop::sample::select(vec![
        "drill: d",
        "drill: d",
        "drill: e",
        "drill:x",
        "drill:",
        "scenario: s",
        "scenario: s",
        "scenario: the-handover",
        "drill: async-silence",
        "",
        "# a comment",
    ])
    .prop_map(str::to_owned);
    let drill_key = (
        0usize..3,
        prop::sample::select(vec![
            "kind",
            "title",
            "themes",
            "difficulty",
            "channel",
            "from",
            "message",
            "post",
            "feelings",
            "point",
            "model",
            "why",
            "modle",
            "wyh",
            "auther",
        ]),
        prop::sample::select(vec![
            "reflect",
            "summarise",
            "2",
            "9",
            "virtual-teams",
            "frustrated",
            "Ana, lead, Lima",
            "I waited all week and nobody answered me.",
            "So you waited all week and heard nothing. That sounds frustrating. Is that right?",
        ]),
    )
        .prop_map(|(indent, key, value)| format!("{}{key}: {value}", "  ".repeat(indent)));
    prop_oneof![start, drill_key, scenario_line()]
}

/// The studio's stepped check, one step at a time, against the import's reading in one go
/// with the maps drawn from it: the same problems, in the same order, the same drills, the
/// same scenarios and maps.
fn stepped_and_in_one_go(text: &str) -> Result<(), TestCaseError> {
    use rapport_core::content::pack::read_pack_keeping;
    use rapport_core::content::problems::{studio_check, STUDIO_FILE};
    use rapport_core::content::stepped::SteppedCheck;
    use rapport_core::content::Checking;
    use rapport_core::scenario::studio_map::studio_maps;

    let mut check = SteppedCheck::new(text);
    let parts = check.parts();
    let mut found = None;
    for done in 1..=parts {
        prop_assert!(found.is_none(), "finished before its last part");
        found = check.step();
        prop_assert_eq!(check.done(), done);
    }
    prop_assert!(check.step().is_none());
    let found = found.expect("the last step gives the check");
    let (pack, problems) = read_pack_keeping(STUDIO_FILE, text, Checking::Full, true);
    prop_assert_eq!(&found.problems, &problems);
    match pack {
        None => prop_assert!(found.maps.is_empty() && found.drills.is_empty()),
        Some(pack) => {
            prop_assert_eq!(&found.drills, &pack.drills);
            let mut scenarios: Vec<_> = pack.scenarios.iter().chain(&pack.faulty).collect();
            scenarios.sort_by_key(|s| s.line);
            prop_assert_eq!(
                found.scenarios.iter().collect::<Vec<_>>(),
                scenarios.clone()
            );
            prop_assert_eq!(&found.maps, &studio_maps(&scenarios, &problems));
        }
    }
    prop_assert_eq!(studio_check(text), found);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_stepped_check_finds_what_one_go_finds(
        lines in prop::collection::vec(pack_line(), 0..70),
        header in any::<bool>(),
    ) {
        let head = if header { "pack: fuzz\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n" } else { "" };
        let text = format!("{head}{}\n", lines.join("\n"));
        stepped_and_in_one_go(&text)?;
    }

    #[test]
    fn the_stepped_check_of_any_text_is_the_same_too(text in "\\PC{0,600}") {
        stepped_and_in_one_go(&text)?;
    }
}

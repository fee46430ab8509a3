//! The engine and the validator, on the built-in scenario and on deliberately broken ones.

use super::engine::{trust_words, Answer, EngineError, State};
use super::library::{built_in, load, SCENARIO_FILES};
use super::map::map;
use super::read::read;
use super::validate::validate;

fn handover() -> &'static super::Scenario {
    super::library::find("the-handover").expect("built in")
}

#[test]
fn built_in_scenarios_are_valid_and_substantial() {
    let (scenarios, problems) = load(SCENARIO_FILES);
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(report.is_empty(), "\n{}", report.join("\n"));
    assert_eq!(scenarios.len(), SCENARIO_FILES.len());
    assert_eq!(built_in(), &scenarios[..]);
    for s in &scenarios {
        assert!(s.decision_points() >= 3, "{}", s.id);
        assert!(s.endings().count() >= 2, "{}", s.id);
    }
}

#[test]
fn the_same_answers_give_the_same_path() {
    let s = handover();
    let answers = [Answer::Choice(0), Answer::Choice(0), Answer::Choice(0)];
    let a = State::replay(s, &answers).unwrap();
    let b = State::replay(s, &answers).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.beat, "trust-rebuilt");
    assert!(a.ended(s));
    assert_eq!(a.trust_over_time(s), vec![0, 2, 4, 6]);
    assert_eq!(trust_words(a.trust), "strong");
    assert_eq!(
        super::engine::trust_change(0, 2),
        "Trust moves from guarded to warming (+2)."
    );
    assert_eq!(
        super::engine::trust_change(4, 6),
        "Trust grows a little, still strong (+2)."
    );
    assert_eq!(super::engine::trust_change(1, 1), "Trust stays guarded.");
}

#[test]
fn conditions_hide_choices_and_pick_targets() {
    let s = handover();
    // Blamed at the start: the "defend you in the postmortem" choice is hidden, the harsh one shown.
    let blamed = State::replay(s, &[Answer::Choice(1), Answer::Reply("Whatever.".into())]).unwrap();
    assert_eq!(blamed.beat, "working");
    let shown: Vec<usize> = blamed.visible_choices(s).iter().map(|(i, _)| *i).collect();
    assert_eq!(shown, vec![1, 2, 3]);
    assert_eq!(
        blamed.step(s, Answer::Choice(0)),
        Err(EngineError::ChoiceHidden(0))
    );
    assert_eq!(blamed.step(s, Answer::Choice(3)).unwrap().beat, "broken");
}

#[test]
fn a_free_text_turn_is_scored_by_the_coach() {
    let s = handover();
    let good = "You asked Jonas twice, in writing, and it sounds like my question felt unfair and hurtful. Is that right?";
    let run = State::replay(s, &[Answer::Choice(1), Answer::Reply(good.into())]).unwrap();
    let turn = run.turns.last().unwrap();
    let (verdict, passed) = turn.coached.as_ref().unwrap();
    assert!(*passed, "{verdict:?}");
    assert!(run.flags.contains("acknowledged"));
    let poor = State::replay(
        s,
        &[
            Answer::Choice(1),
            Answer::Reply("Calm down, let's just fix it.".into()),
        ],
    )
    .unwrap();
    assert!(!poor.turns.last().unwrap().coached.as_ref().unwrap().1);
    assert_eq!(poor.trust, -3);
    // Why, in words that agree with the trust change.
    let (verdict, passed) = turn.coached.as_ref().unwrap();
    assert!(crate::scenario::engine::landing(verdict, *passed, 55).starts_with("It landed: "));
    let (verdict, passed) = poor.turns.last().unwrap().coached.as_ref().unwrap();
    let why = crate::scenario::engine::landing(verdict, *passed, 55);
    assert!(why.contains("got in the way"), "{why}");
}

#[test]
fn rewinding_is_replaying_fewer_answers() {
    let s = handover();
    let full = State::replay(s, &[Answer::Choice(0), Answer::Choice(2)]).unwrap();
    let rewound = State::replay(s, &full.answers()[..1]).unwrap();
    assert_eq!(rewound.beat, "support");
    assert_eq!(rewound.path(), vec![s.start.clone(), "support".to_owned()]);
    assert_eq!(full.path().len(), 3);
    assert_eq!(rewound.trust, 2);
    assert!(!rewound.flags.contains("blamed_jonas"));
}

#[test]
fn stale_answers_stop_the_replay_where_they_no_longer_fit() {
    let s = handover();
    let (state, error) = State::replay(s, &[Answer::Choice(0), Answer::Choice(9)]).unwrap_err();
    assert_eq!(state.beat, "support");
    assert_eq!(error, EngineError::NoSuchChoice(9));
    let ended = State::replay(
        s,
        &[Answer::Choice(0), Answer::Choice(0), Answer::Choice(0)],
    )
    .unwrap();
    assert_eq!(ended.step(s, Answer::Choice(0)), Err(EngineError::Ended));
}

#[test]
fn the_map_marks_the_path_taken() {
    let s = handover();
    let run = State::replay(
        s,
        &[Answer::Choice(0), Answer::Choice(0), Answer::Choice(0)],
    )
    .unwrap();
    let mut path: Vec<String> = run.turns.iter().map(|t| t.beat.clone()).collect();
    path.push(run.beat.clone());
    let m = map(s, &path);
    assert_eq!(m.nodes.len(), s.beats.len());
    let taken: Vec<(String, String)> = m
        .edges
        .iter()
        .filter(|e| e.taken)
        .map(|e| (m.nodes[e.from].id.clone(), m.nodes[e.to].id.clone()))
        .collect();
    assert_eq!(taken.len(), 3, "{taken:?}");
    assert!(m.edges.iter().any(|e| !e.taken));
    assert_eq!(m.nodes[0].layer, 0);
    assert!(m.nodes.iter().filter(|n| n.ending).all(|n| n.layer >= 2));
}

const BROKEN: &str = "\
scenario: broken-one
title: Broken on purpose
themes: empathy, trust-theme
character: Ana, lead, Lisbon
beat: start
  mood: tense
  says: Hello.
  choice: Hi.
    next: middle
  choice: Hey.
    feedback: fine
    if: never_set
    next: nowhere
beat: middle
  mood: calm
  says: Ok.
beat: lonely
  mood: calm
  says: Nobody comes here.
  ending: Alone
";

#[test]
fn check_names_each_problem_on_its_line() {
    let (scenario, mut problems) = read("broken.txt", BROKEN);
    problems.extend(validate(&scenario.unwrap()));
    let found: Vec<(usize, String)> = problems
        .iter()
        .map(|p| (p.line, p.message.clone()))
        .collect();
    let has = |line: usize, text: &str| found.iter().any(|(l, m)| *l == line && m.contains(text));
    assert!(has(3, "unknown theme `trust-theme`"), "{found:#?}");
    assert!(has(8, "this choice has no `feedback:`"), "{found:#?}");
    assert!(
        has(12, "reads flag `never_set`, which nothing sets"),
        "{found:#?}"
    );
    assert!(
        has(13, "names a beat that does not exist: `nowhere`"),
        "{found:#?}"
    );
    assert!(
        has(14, "beat `middle` has no way forward and is not an ending"),
        "{found:#?}"
    );
    assert!(has(17, "ending `lonely` has no `debrief:`"), "{found:#?}");
    assert!(has(17, "has 0 reflection questions"), "{found:#?}");
}

#[test]
fn exploration_finds_trust_dead_ends_and_unreachable_endings() {
    let source = "\
scenario: dead-ends
title: T
themes: empathy
character: Ana, lead, Lisbon
beat: start
  mood: tense
  says: Hello.
  choice: Kind words.
    feedback: good
    trust: +1
    next: gate
  choice: Harsh words.
    feedback: bad
    trust: -1
    next: gate
  choice: Round and round.
    feedback: loops
    next: circle
beat: circle
  mood: dizzy
  says: Again?
  choice: Again.
    feedback: loops
    next: start
beat: gate
  mood: wary
  says: Well?
  choice: Carry on.
    feedback: ok
    next: good-end if trust >= 1
  choice: Never shown.
    if: trust >= 5
    feedback: ok
    next: secret-end
beat: good-end
  mood: warm
  says: Thanks.
  ending: Good
  debrief: Fine.
  question: One?
  question: Two?
beat: secret-end
  mood: warm
  says: Secret.
  ending: Secret
  debrief: Hidden.
  question: One?
  question: Two?
";
    let (scenario, problems) = read("dead.txt", source);
    assert_eq!(problems, vec![]);
    let found: Vec<String> = validate(&scenario.unwrap())
        .iter()
        .map(|p| format!("{}: {}", p.line, p.message))
        .collect();
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("25: at beat `gate` with trust -1")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("42: ending `secret-end` can never be reached")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.contains("1 reachable ending")),
        "{found:#?}"
    );
}

/// A role-play where one path circles forever.
const NO_EXIT: &str = "\
scenario: no-exit
title: T
themes: empathy
character: Ana, lead, Lisbon
beat: start
  mood: tense
  says: Hello.
  choice: Go in circles.
    feedback: loops
    next: circle
  choice: Leave.
    feedback: ends
    next: end
beat: circle
  mood: dizzy
  says: Again?
  choice: Again.
    feedback: loops
    next: circle
beat: end
  mood: calm
  says: Bye.
  ending: End
  debrief: Done.
  question: One?
  question: Two?
";

#[test]
fn a_loop_with_no_exit_is_reported() {
    let (scenario, problems) = read("loop.txt", NO_EXIT);
    assert_eq!(problems, vec![]);
    let found: Vec<String> = validate(&scenario.unwrap())
        .iter()
        .map(|p| format!("{}: {}", p.line, p.message))
        .collect();
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("14: from beat `circle` some runs loop forever")),
        "{found:#?}"
    );
}

#[test]
fn a_stored_pack_is_not_explored_again() {
    // Exploring every path is the import's check; at start the app reads what it accepted.
    let scenario = read("loop.txt", NO_EXIT).0.unwrap();
    let explored = |p: &crate::content::Diagnostic| p.message.contains("loop forever");
    assert!(validate(&scenario).iter().any(explored));
    let accepted = super::validate::validate_with(&scenario, crate::content::Checking::Accepted);
    assert!(!accepted.iter().any(explored), "{accepted:#?}");
}

#[test]
fn a_new_scenario_needs_its_summary_and_context() {
    let (_, source) = SCENARIO_FILES
        .iter()
        .find(|(f, _)| f.ends_with("the-handover.txt"))
        .unwrap();
    let without: String = source
        .lines()
        .filter(|l| !l.starts_with("summary:") && !l.starts_with("context:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let scenario = read("handover.txt", &without).0.unwrap();
    let messages: Vec<String> = validate(&scenario).into_iter().map(|p| p.message).collect();
    for key in ["summary", "context"] {
        assert!(
            messages
                .iter()
                .any(|m| m == &format!("scenario `the-handover` has no `{key}:`")),
            "{messages:#?}"
        );
    }
    // A pack this device accepted before the rule keeps its role-play.
    let accepted = super::validate::validate_with(&scenario, crate::content::Checking::Accepted);
    assert!(accepted.is_empty(), "{accepted:#?}");
}

#[test]
fn a_free_text_example_must_pass_its_own_bar() {
    let (_, source) = SCENARIO_FILES
        .iter()
        .find(|(f, _)| f.ends_with("the-handover.txt"))
        .unwrap();
    let start = source.find("    example: ").unwrap();
    let end = start + source[start..].find('\n').unwrap();
    let broken = format!(
        "{}    example: You should just calm down and fix it.{}",
        &source[..start],
        &source[end..]
    );
    let (scenario, _) = read("handover.txt", &broken);
    let problems = validate(&scenario.unwrap());
    let bar = problems
        .iter()
        .find(|p| p.message.contains("does not pass its own bar"))
        .unwrap_or_else(|| panic!("{problems:#?}"));
    // The roadblocks by the names the coach's hints use, not as a Rust list.
    assert!(
        bar.message.contains("with roadblocks: advising") && !bar.message.contains('['),
        "{}",
        bar.message
    );
    // It points at the example, not at the `respond:` line, and says why, in the coach's words.
    let example_line = broken[..start].matches('\n').count() + 1;
    assert_eq!(bar.line, example_line, "{}", bar.message);
    assert!(
        bar.message.contains(". The coach says: "),
        "{}",
        bar.message
    );
    assert!(
        bar.message.contains("solution before they feel heard"),
        "{}",
        bar.message
    );
}

#[test]
fn the_scenarios_cover_the_themes_with_varied_characters() {
    let required = [
        "realistic-commitments",
        "accountability",
        "honouring-agreements",
        "transparency",
        "expectations-boundaries",
        "cultural-differences",
        "rebuilding-trust",
        "virtual-teams",
        "leading-trust",
    ];
    let scenarios = built_in();
    assert!(scenarios.len() >= 16, "{} scenarios", scenarios.len());
    for theme in required {
        assert!(
            scenarios
                .iter()
                .any(|s| s.themes.iter().any(|t| t == theme)),
            "no scenario for {theme}"
        );
    }
    let mut names: Vec<&str> = scenarios
        .iter()
        .map(|s| s.character.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        scenarios.len(),
        "every scenario has its own character"
    );
    for s in scenarios {
        assert!(
            s.beats.iter().all(|b| !b.thought.is_empty()),
            "{}: every beat needs a thought for swap seats",
            s.id
        );
    }
}

#[test]
fn every_scenario_file_is_embedded() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/scenarios");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            format!(
                "content/scenarios/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    on_disk.sort();
    let embedded: Vec<String> = SCENARIO_FILES.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(on_disk, embedded);
}

#[test]
fn choices_are_shuffled_by_the_run_s_seed_and_the_best_is_not_always_first() {
    let s = handover();
    let state = State::start(s);
    let written: Vec<usize> = state.visible_choices(s).iter().map(|(i, _)| *i).collect();
    let order = |seed| -> Vec<usize> {
        state
            .choices_in_order(s, seed)
            .iter()
            .map(|(i, _)| *i)
            .collect()
    };
    assert_eq!(order(7), order(7), "the same seed, the same order");
    let mut sorted = order(7);
    sorted.sort_unstable();
    assert_eq!(sorted, written, "every choice once");
    let orders: std::collections::BTreeSet<Vec<usize>> = (0..50).map(order).collect();
    assert!(orders.len() > 1, "seeds give different orders");

    // Over many runs of every built-in role-play, the author's first choice (their best
    // in all of them) leads no more often than its fair share, with some slack.
    for scenario in built_in() {
        let start = State::start(scenario);
        let n = start.visible_choices(scenario).len();
        let first = start.visible_choices(scenario)[0].0;
        let leads = (0..400u32)
            .filter(|seed| start.choices_in_order(scenario, *seed)[0].0 == first)
            .count();
        assert!(
            leads < 400 / n + 60,
            "{}: first choice leads {leads} of 400 runs with {n} choices",
            scenario.id
        );
    }

    let mut kept = s.clone();
    kept.keep_choice_order = true;
    let as_written: Vec<usize> = state
        .choices_in_order(&kept, 7)
        .iter()
        .map(|(i, _)| *i)
        .collect();
    assert_eq!(as_written, written);
}

#[test]
fn a_scenario_may_keep_its_choices_in_the_order_written() {
    let text = include_str!("../../../content/scenarios/the-handover.txt");
    let kept = text.replacen("\ncontext:", "\nchoice-order: as written\ncontext:", 1);
    assert_ne!(kept, text);
    let (s, problems) = read("kept.txt", &kept);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(s.unwrap().keep_choice_order);
    let wrong = text.replacen("\ncontext:", "\nchoice-order: random\ncontext:", 1);
    let (_, problems) = read("wrong.txt", &wrong);
    let message = problems.iter().map(ToString::to_string).collect::<String>();
    assert!(
        message.contains("`choice-order: random` is not an order")
            && message.contains("choice-order: as written"),
        "{message}"
    );
}

#[test]
fn the_debrief_knows_which_choices_the_path_hid_and_why() {
    let s = super::library::find("blamed-in-public").unwrap();
    // A vague sorry, then the offer to correct it in public: the correction itself is
    // never offered, because the specific apology that opens it was not made.
    let answers = [Answer::Choice(1), Answer::Choice(0), Answer::Choice(1)];
    let state = State::replay(s, &answers).unwrap();
    assert!(state.ended(s));
    let hidden = super::hidden::hidden_choices(s, &state);
    assert_eq!(hidden.len(), 1, "{hidden:?}");
    assert_eq!(hidden[0].turn, 3);
    assert!(hidden[0].text.starts_with("I'll post a correction"));
    assert!(
        hidden[0].why.starts_with(
            "This option opens after an earlier answer such as \u{201c}Yes. I was wrong yesterday."
        ),
        "{}",
        hidden[0].why
    );
    // With the specific apology, nothing is hidden.
    let state = State::replay(
        s,
        &[Answer::Choice(0), Answer::Choice(0), Answer::Choice(0)],
    )
    .unwrap();
    assert_eq!(super::hidden::hidden_choices(s, &state), vec![]);
}

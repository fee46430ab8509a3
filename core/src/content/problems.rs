//! Every problem of a pack's text at once, for the authoring studio to list as the author
//! types: the checks an import makes, read past each line they cannot read and past each
//! broken target, so that mending one layer of problems does not uncover another.

use super::diagnostic::Diagnostic;
use super::drill::Drill;
use super::pack::read_pack;
use super::stepped::SteppedCheck;
use crate::scenario::studio_map::StudioMap;
use crate::scenario::Scenario;

/// The name the studio's text goes by in its problems and in the pack it imports.
pub const STUDIO_FILE: &str = "the studio";

/// The most problems the studio lists; a text of 20,000 unreadable lines has a problem on
/// each, and a list that long helps nobody (the rest are counted, not shown).
pub const LISTED_AT_MOST: usize = 200;

/// Every problem of the pack `text`, by line and column, with its fix: exactly what an
/// import checks (the limits first, before anything grows with the text), so a text with
/// none imports, and any import's refusal is among them.
pub fn pack_problems(text: &str) -> Vec<Diagnostic> {
    read_pack(STUDIO_FILE, text).1
}

/// What one check of the studio's text found: its problems, as [`pack_problems`] lists
/// them, and the map of every scenario that could be read, faulty or not, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StudioCheck {
    pub problems: Vec<Diagnostic>,
    pub maps: Vec<StudioMap>,
    /// The scenarios mapped, in the same order, for a play-test to run.
    pub scenarios: Vec<Scenario>,
    /// The drills read without problems, for the author to try.
    pub drills: Vec<Drill>,
}

/// Checks the studio's `text` once, for both its list of problems and its maps: the
/// stepped check ([`SteppedCheck`]) run to its end in one go.
pub fn studio_check(text: &str) -> StudioCheck {
    SteppedCheck::new(text).run()
}

/// Where a problem at `line` and `column` (both 1-based, the column in characters) is in
/// `text`, counted in UTF-16 code units as a browser's text field counts its selection;
/// the end of the text when it is shorter, and the start for a problem of the whole text.
pub fn utf16_offset(text: &str, line: usize, column: usize) -> usize {
    if line == 0 {
        return 0;
    }
    let mut offset = 0;
    for (number, content) in text.split_inclusive('\n').enumerate() {
        if number + 1 == line {
            let within: usize = content
                .trim_end_matches('\n')
                .chars()
                .take(column.saturating_sub(1))
                .map(char::len_utf16)
                .sum();
            return offset + within;
        }
        offset += content.encode_utf16().count();
    }
    offset
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::document::MAX_LINES;
    use crate::content::pack::{EXAMPLE, MAX_DRILLS, MAX_PACK_BYTES, MAX_SCENARIOS};
    use crate::packs::{ImportReport, Packs};

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines()
            .position(|l| l.trim_start().starts_with(needle))
            .expect("the needle is in the text")
            + 1
    }

    fn places(problems: &[Diagnostic]) -> Vec<(usize, String)> {
        problems
            .iter()
            .map(|p| (p.line, p.message.clone()))
            .collect()
    }

    /// The example broken three ways, each of which used to hide the next: a line that is
    /// not `key: value` (the whole scenario went unread), a `next:` naming no beat (the
    /// structure went unchecked), and too few decision points.
    pub(crate) fn broken_three_ways() -> String {
        EXAMPLE
            .replace("beat: cost\n", "This line lost its key\n\nbeat: cost\n")
            .replace("    next: fix\n", "    next: fixx\n")
            .replace(
                "  choice: The branch status was in the tracker, though.\n    feedback: Pointing elsewhere makes her carry the cost and the blame.\n    trust: -2\n    next: cost\n",
                "",
            )
    }

    #[test]
    fn a_pack_broken_three_ways_reports_all_three_at_once() {
        let text = broken_three_ways();
        let problems = pack_problems(&text);
        let scenario = line_of(&text, "scenario:");
        assert_eq!(
            places(&problems),
            vec![
                (
                    scenario,
                    "scenario `team-north-missed-handoff` has 2 decision points; it needs at least 3".to_owned()
                ),
                (
                    line_of(&text, "This line lost its key"),
                    "expected `key: value`, found \u{201c}This line lost its key\u{201d}".to_owned()
                ),
                (
                    line_of(&text, "next: fixx"),
                    "`next:` names a beat that does not exist: `fixx`".to_owned()
                ),
            ]
        );
        assert!(problems
            .iter()
            .all(|p| p.fix.is_some() || p.line == scenario));
        assert_eq!(problems[2].fix.as_deref(), Some("did you mean `fix`?"));
        assert_eq!(problems[1].column, 1);
    }

    #[test]
    fn too_few_endings_are_said_beside_a_broken_target() {
        let text = EXAMPLE
            .replace("    next: fix\n", "    next: fixx\n")
            .replace("  ending: Planning around you\n", "");
        let problems = pack_problems(&text);
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(
            messages.contains(&"scenario `team-north-missed-handoff` has 1 ending(s); it needs at least 2 reachable endings"),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("`fixx`")),
            "{messages:?}"
        );
        // Once the target is mended, the exploration counts the endings it reaches.
        let mended = text.replace("next: fixx", "next: fix");
        let messages: Vec<_> = pack_problems(&mended)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert!(
            messages
                .iter()
                .any(|m| m.ends_with("has 1 reachable ending(s); it needs at least 2")),
            "{messages:?}"
        );
    }

    /// The one problem `text` has, or a failure listing all of them.
    fn only_problem(text: &str) -> Diagnostic {
        let problems = pack_problems(text);
        assert_eq!(problems.len(), 1, "{:?}", places(&problems));
        problems.into_iter().next().unwrap()
    }

    #[test]
    fn a_difficulty_out_of_range_is_one_problem_naming_the_allowed_values() {
        let text = EXAMPLE.replace("difficulty: 1", "difficulty: 4");
        let problem = only_problem(&text);
        assert_eq!(
            (problem.line, problem.message.as_str()),
            (
                line_of(&text, "difficulty:"),
                "difficulty `4` is not 1, 2 or 3"
            )
        );
        assert_eq!(
            problem.fix.as_deref(),
            Some("use 1 (starter), 2 (core) or 3 (stretch)")
        );
    }

    #[test]
    fn a_misspelt_key_is_one_problem_with_its_fix() {
        // (the line as written, the typo, the key it was meant to be)
        let typos = [
            ("author: Ana Lima", "auther: Ana Lima", "author"),
            ("author: Ana Lima", "autor: Ana Lima", "author"),
            ("language: en", "langauge: en", "language"),
            ("title: The quiet demo", "titel: The quiet demo", "title"),
            ("kind: reflect", "knid: reflect", "kind"),
            (
                "feelings: disappointed, ignored",
                "feelins: disappointed, ignored",
                "feelings",
            ),
            ("point: he presented", "piont: he presented", "point"),
            (
                "why: Reflects the effort",
                "wyh: Reflects the effort",
                "why",
            ),
            ("from: Tomás", "form: Tomás", "from"),
            ("character: Priya", "charcter: Priya", "character"),
            (
                "themes: virtual-teams, accountability",
                "themse: virtual-teams, accountability",
                "themes",
            ),
            (
                "  says: So what changes?",
                "  sayz: So what changes?",
                "says",
            ),
            (
                "  thought: Maybe this time",
                "  thougth: Maybe this time",
                "thought",
            ),
            ("  mood: relieved", "  moood: relieved", "mood"),
            (
                "  debrief: When the fix",
                "  debreif: When the fix",
                "debrief",
            ),
            ("    feedback: \"Try\"", "    feedbak: \"Try\"", "feedback"),
            ("    example: So it's", "    exampel: So it's", "example"),
            ("    poor: She needed", "    pore: She needed", "poor"),
            ("    good: You reflected", "    godo: You reflected", "good"),
            ("    next: fix", "    nxt: fix", "next"),
            ("    else: fix", "    els: fix", "else"),
            ("    next: cost", "    nxet: cost", "next"),
            ("    point: second time", "    pont: second time", "point"),
            (
                "  ending: Planning around you",
                "  endng: Planning around you",
                "ending",
            ),
            (
                "model: You put two weeks",
                "modle: You put two weeks",
                "model",
            ),
        ];
        for (written, typo, meant) in typos {
            assert!(EXAMPLE.contains(written), "{written}");
            let text = EXAMPLE.replacen(written, typo, 1);
            let problem = only_problem(&text);
            let line = line_of(&text, typo.trim_start());
            assert_eq!(problem.line, line, "{typo}: {}", problem.message);
            assert_eq!(
                problem.fix.as_deref(),
                Some(format!("did you mean `{meant}:`?").as_str()),
                "{typo}: {}",
                problem.message
            );
        }
    }

    #[test]
    fn a_person_is_written_name_role_place() {
        let people = [
            (
                "character: Priya Nair, developer, Bengaluru",
                "character: Mia Chen",
                "a role and a place",
            ),
            (
                "character: Priya Nair, developer, Bengaluru",
                "character: Mia Chen, designer",
                "a place",
            ),
            (
                "from: Tomás Reyes, designer, Montevideo",
                "from: Mia Chen",
                "a role and a place",
            ),
        ];
        for (written, short, lacking) in people {
            let text = EXAMPLE.replace(written, short);
            let problem = only_problem(&text);
            let key = short.split(':').next().unwrap();
            assert_eq!(problem.line, line_of(&text, short), "{}", problem.message);
            assert_eq!(
                problem.message,
                format!("`{short}` needs {lacking}: a person is written `Name, role, place`")
            );
            assert_eq!(
                problem.fix,
                Some(format!("write it like `{key}: Mia Chen, designer, Lisbon`"))
            );
            // A pack already on a device, checked as accepted, still loads without them.
            let (_, accepted) = crate::content::pack::read_pack_with(
                STUDIO_FILE,
                &text,
                crate::content::Checking::Accepted,
            );
            assert_eq!(places(&accepted), Vec::new());
        }
    }

    /// Issue #20's defects, each as the line of the example it breaks and the broken line.
    const DEFECTS: [(&str, &str); 8] = [
        ("character: Priya Nair, developer, Bengaluru", "character: Mia Chen"),
        ("difficulty: 1", "difficulty: 4"),
        ("author: Ana Lima", "auther: Ana Lima"),
        (
            "    example: So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?",
            "    example: Don't worry, it happens to everyone. You should set a reminder.",
        ),
        ("drill: team-north-quiet-demo", "drill: async-silence"),
        ("scenario: team-north-missed-handoff", "scenario: the-handover"),
        ("  says: So what changes?", "  sayz: So what changes?"),
        ("why: Reflects the effort", "wyh: Reflects the effort"),
    ];

    pub(crate) fn broken_but(mended: Option<usize>) -> String {
        let mut text = EXAMPLE.to_owned();
        for (n, (written, broken)) in DEFECTS.iter().enumerate() {
            assert!(text.contains(written), "{written}");
            if Some(n) != mended {
                text = text.replacen(written, broken, 1);
            }
        }
        text
    }

    #[test]
    fn every_defect_of_a_pack_is_reported_in_one_pass() {
        let all = pack_problems(&broken_but(None));
        assert_eq!(all.len(), DEFECTS.len(), "{:?}", places(&all));
        // Mending any one of them uncovers nothing that was not already listed.
        for (n, (_, broken)) in DEFECTS.iter().enumerate() {
            let fewer = pack_problems(&broken_but(Some(n)));
            assert_eq!(fewer.len(), DEFECTS.len() - 1, "{:?}", places(&fewer));
            for problem in &fewer {
                assert!(
                    all.iter().any(|p| p.message == problem.message),
                    "mending {broken:?} uncovered {problem:?}"
                );
            }
        }
    }

    #[test]
    fn a_scenario_id_used_twice_is_said_beside_the_first_one_s_problems() {
        let at = EXAMPLE.find("\nscenario:").unwrap();
        let scenario = &EXAMPLE[at..];
        let text = format!(
            "{}{}",
            EXAMPLE.replace("  says: So what changes?", "  sayz: So what changes?"),
            scenario
        );
        let messages: Vec<_> = pack_problems(&text)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .contains(&"scenario id `team-north-missed-handoff` is already used".to_owned()),
            "{messages:?}"
        );
    }

    #[test]
    fn a_misspelt_key_s_text_is_checked_in_the_same_pass() {
        let good = "    example: So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?";
        let text = EXAMPLE.replace(
            good,
            "    exampel: Don't worry, it happens to everyone. You should set a reminder.",
        );
        let problems = pack_problems(&text);
        let line = line_of(&text, "exampel:");
        assert_eq!(problems.len(), 2, "{:?}", places(&problems));
        assert!(
            problems.iter().all(|p| p.line == line),
            "{:?}",
            places(&problems)
        );
        assert!(problems
            .iter()
            .any(|p| p.message.contains("does not pass its own bar")));
        let text = EXAMPLE.replace(
            "character: Priya Nair, developer, Bengaluru",
            "charcter: Mia Chen",
        );
        let messages: Vec<_> = pack_problems(&text)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(
            messages
                .iter()
                .any(|m| m.contains("needs a role and a place")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_refused_example_points_at_itself_and_says_why_in_the_coach_s_words() {
        let good = "    example: So it's the second time this month, and today you lost half a day. That sounds really frustrating. Have I got that right?";
        let poor = "Don't worry, it happens to everyone. You should set a reminder.";
        let text = EXAMPLE.replace(good, &format!("    example: {poor}"));
        let problem = only_problem(&text);
        assert_eq!(
            problem.line,
            line_of(&text, "example:"),
            "{}",
            problem.message
        );
        assert!(
            problem.message.contains("(needs 50)"),
            "{}",
            problem.message
        );
        let annotations = crate::coach::Annotations {
            feelings: vec!["frustrated".into(), "disappointed".into()],
            key_points: vec![
                "second time this month|it has happened before".into(),
                "lost half a day|lost her morning".into(),
            ],
        };
        let says = "It's not just today. It's the second time this month.";
        let verdict = crate::coach::assess(says, poor, Some(&annotations));
        crate::content::verdicts::assert_carries_hints(&problem.message, &verdict);
    }

    #[test]
    fn a_problem_s_place_is_found_in_the_browser_s_units() {
        let text = "pack: a\nt\u{e9}\u{1f600}x: y\n\nlast";
        assert_eq!(utf16_offset(text, 1, 1), 0);
        assert_eq!(utf16_offset(text, 2, 1), 8);
        // é is one unit, the emoji two.
        assert_eq!(utf16_offset(text, 2, 4), 8 + 1 + 1 + 2);
        assert_eq!(utf16_offset(text, 3, 1), 8 + 9);
        assert_eq!(utf16_offset(text, 4, 3), 8 + 9 + 1 + 2);
        // Past the end of a line, or of the text, is its end.
        assert_eq!(utf16_offset(text, 2, 99), 8 + 8);
        assert_eq!(utf16_offset(text, 9, 1), text.encode_utf16().count());
        assert_eq!(utf16_offset(text, 0, 0), 0);
    }

    #[test]
    fn a_valid_pack_has_none() {
        assert_eq!(places(&pack_problems(EXAMPLE)), Vec::new());
    }

    #[test]
    fn one_check_lists_the_problems_and_maps_even_a_faulty_scenario() {
        let text = broken_three_ways();
        let check = studio_check(&text);
        assert_eq!(check.problems, pack_problems(&text));
        assert_eq!(check.maps.len(), 1);
        let ids: Vec<_> = check.maps[0].beats.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["start", "cost", "fix", "kept", "wary"]);
        assert_eq!(studio_check(EXAMPLE).maps.len(), 1);
        assert_eq!(studio_check("").maps, Vec::new());
    }

    #[test]
    fn the_problems_agree_with_the_import() {
        let import = |text: &str| Packs::default().import(STUDIO_FILE, text, 1_700_000_000_000);
        let (packs, report) = import(EXAMPLE);
        assert!(packs.is_some(), "{report:?}");
        assert!(matches!(report, ImportReport::Imported(_)));
        let broken = [
            broken_three_ways(),
            EXAMPLE.replace("author: Ana Lima\n", "auther: Ana Lima\n"),
            EXAMPLE.replace("difficulty: 1", "difficulty: 4"),
            EXAMPLE.replace("  mood: guarded\n", "\tmood: guarded\n"),
            EXAMPLE.replace(
                "scenario: team-north-missed-handoff",
                "scenario: the-handover",
            ),
            String::new(),
            format!("{EXAMPLE}\n{}", "drill: d\n".repeat(MAX_DRILLS + 1)),
        ];
        for text in &broken {
            let problems = pack_problems(text);
            assert!(!problems.is_empty(), "{text}");
            match import(text) {
                (
                    None,
                    ImportReport::Refused {
                        problems: refused, ..
                    },
                ) => {
                    for problem in &refused {
                        assert!(
                            problems.contains(problem),
                            "{problem:?} not in {problems:?}"
                        );
                    }
                }
                other => panic!("imported a pack with problems: {other:?}"),
            }
        }
    }

    #[test]
    fn hostile_text_stays_bounded() {
        // A text at the byte limit made of unreadable lines: it is refused by its line count
        // before a single line is read.
        let bomb = "x\n".repeat(MAX_PACK_BYTES / 2);
        let started = std::time::Instant::now();
        let problems = pack_problems(&bomb);
        assert!(started.elapsed().as_secs() < 2);
        assert_eq!(problems.len(), 1, "{:?}", places(&problems));
        assert!(problems[0]
            .message
            .contains(&format!("at most {MAX_LINES}")));
        // Under the line limit, each unreadable line is one problem.
        let header = "pack: b\ntitle: B\nauthor: T\nversion: 1\nlanguage: en\n";
        let lines = format!("{header}drill: d\n{}", "no key\n".repeat(MAX_LINES - 10));
        let problems = pack_problems(&lines);
        assert!(problems.len() >= MAX_LINES - 10);
        assert!(problems.len() < MAX_LINES + 20);
    }

    /// The largest pack the limits allow: 400 drills, 40 role-plays and text up to 1,000 KB,
    /// every drill's message long, so the coach reads as much as it ever can.
    pub(crate) fn largest_pack() -> String {
        let body_at = EXAMPLE.find("\ndrill:").unwrap();
        let scenario_at = EXAMPLE.find("\nscenario:").unwrap();
        let (header, drill, scenario) = (
            &EXAMPLE[..body_at],
            &EXAMPLE[body_at..scenario_at],
            &EXAMPLE[scenario_at..],
        );
        let mut text = header.to_owned();
        for n in 0..MAX_SCENARIOS {
            text.push_str(&scenario.replace("team-north-", &format!("team-north-{n}-")));
        }
        let padding =
            "  It was a long fortnight, and the work mattered to the whole team and to me.\n";
        let room = MAX_PACK_BYTES - 8_000 - text.len() - MAX_DRILLS * drill.len();
        let per_drill = room / MAX_DRILLS / padding.len();
        for n in 0..MAX_DRILLS {
            // Each message its own, so no verdict of the coach serves two drills.
            let mine = drill
                .replace("team-north-", &format!("team-north-{n}-"))
                .replace(
                    "  I spent two weeks on it.\n",
                    &format!(
                        "  I spent two weeks on it, in sprint {n:03}.\n{}",
                        padding.repeat(per_drill)
                    ),
                );
            text.push_str(&mine);
        }
        text
    }

    /// Not a timed assertion: the figure is printed for the note (run with `--release --
    /// --nocapture`), and the test checks only that the pack is as large as allowed and valid.
    #[test]
    fn benchmark_the_largest_pack() {
        let text = largest_pack();
        assert!(
            text.len() <= MAX_PACK_BYTES && text.len() > MAX_PACK_BYTES - 40_000,
            "{} bytes",
            text.len()
        );
        assert!(text.lines().count() <= MAX_LINES);
        let started = std::time::Instant::now();
        let problems = pack_problems(&text);
        let clean = started.elapsed();
        assert_eq!(places(&problems), Vec::new());
        // A keystroke's pause: one drill's model answer changed, the rest as before.
        let edited = text.replacen(
            "why: Names the feeling, the effort and the silence, then checks.",
            "why: Names the feeling, the effort and the silence, and checks.",
            1,
        );
        let edited = edited.replacen("met complete silence", "met total silence", 1);
        let started = std::time::Instant::now();
        let problems = pack_problems(&edited);
        let pause = started.elapsed();
        assert_eq!(places(&problems), Vec::new());
        let broken = text.replacen("    next: fix\n", "    next: fixx\n", 1);
        let started = std::time::Instant::now();
        let problems = pack_problems(&broken);
        let with_problem = started.elapsed();
        assert_eq!(problems.len(), 1);
        println!(
            "pack_problems on the largest pack ({} KB, {} lines, {MAX_DRILLS} drills, {MAX_SCENARIOS} role-plays): {:.0} ms the first time, {:.0} ms after one model answer is edited, {:.0} ms with one problem",
            text.len() / 1000,
            text.lines().count(),
            clean.as_secs_f64() * 1000.0,
            pause.as_secs_f64() * 1000.0,
            with_problem.as_secs_f64() * 1000.0
        );
    }
}

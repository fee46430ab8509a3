//! Checks of meaning over a set of drills: unique ids, known themes and feelings,
//! annotations present, a thread of the right length, and model answers that the
//! listening coach itself reads as clean reflections.

use crate::sorted::SortedMap;

use super::diagnostic::{closest, Diagnostic};
use super::drill::{Drill, DrillKind};
use super::Checking;
use crate::coach::lexicon::feelings;
use crate::themes::{self, THEMES};

/// Every problem in `drills`, in file order.
pub fn validate(drills: &[Drill]) -> Vec<Diagnostic> {
    validate_with(drills, Checking::Full)
}

/// Every problem in `drills` that `checking` looks for, in file order.
pub fn validate_with(drills: &[Drill], checking: Checking) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut ids: SortedMap<&str, &Drill> = SortedMap::new();
    for drill in drills {
        let before = ids.insert(&drill.id, drill);
        validate_one(drill, before, checking, &mut problems);
    }
    crate::order::sort_by(&mut problems, |a, b| {
        (&a.file, a.line).cmp(&(&b.file, b.line))
    });
    problems
}

/// The problems of one `drill` that `checking` looks for, added to `problems` in the order
/// they are checked; `before` is the last drill before it with the same id, if any. The
/// checks of a set of drills and the studio's check of one drill at a time both come here.
pub fn validate_one(
    drill: &Drill,
    before: Option<&Drill>,
    checking: Checking,
    problems: &mut Vec<Diagnostic>,
) {
    let at = |message: String| Diagnostic::new(&drill.file, drill.line, 1, message);
    if let Some(first) = before {
        problems.push(
            at(format!(
                "drill id `{}` is already used at {}:{}",
                drill.id, first.file, first.line
            ))
            .fix("give every drill its own id"),
        );
    }
    if !super::is_id(&drill.id) {
        problems.push(
            at(format!(
                "drill id `{}` is not lower-case words joined by hyphens",
                drill.id
            ))
            .fix("for example `late-night-pings`"),
        );
    }
    for theme in &drill.themes {
        let at =
            |message: String| Diagnostic::new(&drill.file, drill.line_of("themes"), 1, message);
        if themes::find(theme).is_none() {
            let fix = match closest(theme, THEMES.iter().map(|t| t.id)) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!(
                    "themes are: {}",
                    THEMES.iter().map(|t| t.id).collect::<Vec<_>>().join(", ")
                ),
            };
            problems.push(
                at(format!(
                    "drill `{}` names an unknown theme `{theme}`",
                    drill.id
                ))
                .fix(fix),
            );
        }
    }
    if checking == Checking::Full {
        check_people(drill, problems);
    }
    check_annotations(drill, problems);
    check_thread(drill, problems);
    check_models(drill, checking, problems);
}

fn check_annotations(drill: &Drill, problems: &mut Vec<Diagnostic>) {
    let at = |message: String| Diagnostic::new(&drill.file, drill.line, 1, message);
    if drill.kind != DrillKind::Summarise && drill.feelings.is_empty() {
        problems.push(
            at(format!("drill `{}` has no `feelings:`", drill.id))
                .fix("list the feelings a good reflection could name"),
        );
    }
    let lexicon = feelings::lexicon();
    for feeling in &drill.feelings {
        if lexicon.family_of_label(feeling).is_none() {
            let at = |message: String| {
                Diagnostic::new(&drill.file, drill.line_of("feelings"), 1, message)
            };
            problems.push(
                at(format!("the coach does not know the feeling `{feeling}` in drill `{}`", drill.id))
                    .fix("use a common feeling word such as frustrated, worried, hurt, overwhelmed or left out"),
            );
        }
    }
    if drill.points.is_empty() {
        problems.push(
            at(format!("drill `{}` has no `point:`", drill.id))
                .fix("add the key points a good reply should capture"),
        );
    }
}

fn check_people(drill: &Drill, problems: &mut Vec<Diagnostic>) {
    if drill.kind != DrillKind::Summarise {
        problems.extend(
            drill
                .from
                .problem(&drill.file, drill.line_of("from"), "from"),
        );
    }
    for post in &drill.posts {
        problems.extend(post.author.problem(&drill.file, post.line, "post"));
    }
}

fn check_thread(drill: &Drill, problems: &mut Vec<Diagnostic>) {
    if drill.kind != DrillKind::Summarise {
        return;
    }
    if !(3..=6).contains(&drill.posts.len()) {
        problems.push(
            Diagnostic::new(
                &drill.file,
                drill.line,
                1,
                format!(
                    "drill `{}` has {} posts; a thread needs 3 to 6",
                    drill.id,
                    drill.posts.len()
                ),
            )
            .fix("add or remove `post:` entries"),
        );
    }
    for post in &drill.posts {
        if post.author.name.is_empty() || post.text.is_empty() {
            problems.push(
                Diagnostic::new(
                    &drill.file,
                    post.line,
                    1,
                    "a post needs an author and, indented below, its text",
                )
                .fix("write `post: Name, role, place` and the message on the next lines, indented"),
            );
        }
    }
}

fn check_models(drill: &Drill, checking: Checking, problems: &mut Vec<Diagnostic>) {
    if !(2..=3).contains(&drill.models.len()) {
        problems.push(
            Diagnostic::new(
                &drill.file,
                drill.line,
                1,
                format!(
                    "drill `{}` has {} model answers; it needs 2 or 3",
                    drill.id,
                    drill.models.len()
                ),
            )
            .fix("add `model:` lines, each followed by `why:`"),
        );
    }
    let statement = drill.statement();
    let annotations = drill.annotations();
    for model in &drill.models {
        let at = |message: String| Diagnostic::new(&drill.file, model.line, 1, message);
        if model.why.is_empty() {
            problems.push(
                at("this model answer has no `why:`".into()).fix("say in one line why it works"),
            );
        }
        if checking == Checking::Accepted {
            continue;
        }
        let verdict = super::verdicts::verdict(&statement, &model.text, &annotations);
        let mut faults = Vec::new();
        if !verdict.reflection {
            faults.push("not a reflection".to_owned());
        }
        if verdict.parroting {
            faults.push("repeats the message nearly word for word".to_owned());
        }
        if !verdict.roadblocks.is_empty() {
            let names: Vec<_> = verdict.roadblocks.iter().map(|r| r.name()).collect();
            faults.push(format!("roadblocks: {}", names.join(", ")));
        }
        let captured = verdict
            .annotations
            .as_ref()
            .map_or(0, |a| a.key_points.captured.len());
        if captured == 0 {
            faults.push("captures none of the key points".to_owned());
        }
        if !faults.is_empty() {
            problems.push(
                at(format!(
                    "the coach does not accept this model answer: {}{}",
                    faults.join("; "),
                    super::verdicts::coach_says(&verdict)
                ))
                .fix("rephrase it as a reflection of their point (and feeling) in your own words"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::drill::read;
    use super::*;

    const BASE: &str = "\
drill: late-pings
kind: reflect
title: Always on
themes: expectations-boundaries
difficulty: 1
from: Dana Levi, support engineer, Tel Aviv
message: The team in San Francisco pings me at 10pm and I never switch off.
feelings: exhausted
point: pinged late at night|messages at 10pm
model: It sounds exhausting to get messages at 10pm, like work never ends for you. Is that right?
why: Names the feeling and checks.
model: You're worn out because the late messages from San Francisco never stop.
why: Reflects cause and feeling.
";

    fn problems(source: &str) -> Vec<String> {
        let (drills, mut found) = read("d.txt", source);
        found.extend(validate(&drills));
        found
            .into_iter()
            .map(|d| format!("{}: {}", d.line, d.message))
            .collect()
    }

    #[test]
    fn a_sound_drill_passes() {
        assert_eq!(problems(BASE), Vec::<String>::new());
    }

    #[test]
    fn duplicates_unknown_themes_and_feelings_are_named() {
        let twice = format!(
            "{BASE}{}",
            BASE.replace("expectations-boundaries", "empaty")
                .replace("exhausted", "blorp")
        );
        let found = problems(&twice);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("14: drill id `late-pings` is already used at d.txt:1")),
            "{found:?}"
        );
        assert!(found.iter().any(|p| p.contains("unknown theme `empaty`")));
        assert!(found
            .iter()
            .any(|p| p.contains("does not know the feeling `blorp`")));
    }

    #[test]
    fn a_model_answer_with_advice_is_refused_on_its_line() {
        let bad = BASE.replace(
            "model: You're worn out because the late messages from San Francisco never stop.",
            "model: You should turn off notifications after 6pm.",
        );
        let found = problems(&bad);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("12: the coach does not accept this model answer"),
            "{found:?}"
        );
        assert!(found[0].contains("advising"));
        // And why, in the coach's own words.
        let drill = &read("d.txt", &bad).0[0];
        let verdict = crate::coach::assess(
            &drill.statement(),
            &drill.models[1].text,
            Some(&drill.annotations()),
        );
        crate::content::verdicts::assert_carries_hints(&found[0], &verdict);
    }

    #[test]
    fn a_post_s_author_is_written_name_role_place() {
        let thread = "drill: t\nkind: summarise\ntitle: T\nthemes: transparency\ndifficulty: 2\npoint: March\npost: Ana Souza, product lead\n  We promised March.\npost: Ben Okafor, engineer, Lagos\n  It depends on the API.\npost: Chen Wei, tester, Taipei\n  Testing needs a week.\n";
        let found = problems(thread);
        assert!(
            found.contains(&"7: `post: Ana Souza, product lead` needs a place: a person is written `Name, role, place`".to_owned()),
            "{found:?}"
        );
        assert_eq!(
            found
                .iter()
                .filter(|p| p.contains("a person is written"))
                .count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn missing_annotations_and_models_are_reported() {
        let bare = "drill: x\nkind: paraphrase\ntitle: X\nthemes: empathy\ndifficulty: 2\nfrom: A, b, c\nmessage: Hello there.\n";
        let found = problems(bare);
        assert!(found.iter().any(|p| p.contains("has no `feelings:`")));
        assert!(found.iter().any(|p| p.contains("has no `point:`")));
        assert!(found.iter().any(|p| p.contains("0 model answers")));
    }
}

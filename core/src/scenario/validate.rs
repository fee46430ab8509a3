//! Checks of meaning over a scenario: every target exists, every beat is reachable and
//! has a way forward, endings have a debrief, choices have feedback, conditions read only
//! flags something sets, and, by exploring every reachable (beat, trust, flags) state,
//! that no combination of choices leaves the learner stuck short of an ending.

use std::collections::HashSet;

use super::model::{Beat, Effect, Scenario, Target};
use crate::coach::lexicon::feelings;
use crate::content::diagnostic::{closest, Diagnostic};
use crate::content::Checking;
use crate::themes::{self, THEMES};

/// The most states explored before a scenario is declared too complex to check. The
/// built-in scenarios have at most 46; a pack of 40 scenarios at this limit is checked in
/// about a tenth of a second.
pub const MAX_STATES: usize = 5_000;

/// The most beats in one scenario: far more than a good conversation needs, few enough
/// that a hostile pack cannot make checking it slow.
pub const MAX_BEATS: usize = 100;

/// Every problem in `scenario`.
pub fn validate(s: &Scenario) -> Vec<Diagnostic> {
    validate_with(s, Checking::Full)
}

/// Every problem in `scenario` that `checking` looks for.
pub fn validate_with(s: &Scenario, checking: Checking) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let at = |line: usize, message: String| Diagnostic::new(&s.file, line, 1, message);
    if s.beats.len() > MAX_BEATS {
        problems.push(
            at(
                s.line,
                format!(
                    "scenario `{}` has {} beats; a scenario can have at most {MAX_BEATS}",
                    s.id,
                    s.beats.len()
                ),
            )
            .fix("split it into several scenarios"),
        );
        return problems;
    }
    if !crate::content::is_id(&s.id) {
        problems.push(at(
            s.line,
            format!(
                "scenario id `{}` is not lower-case words joined by hyphens",
                s.id
            ),
        ));
    }
    for theme in &s.themes {
        if themes::find(theme).is_none() {
            let fix = closest(theme, THEMES.iter().map(|t| t.id))
                .map_or("use a theme id from the themes list".to_owned(), |n| {
                    format!("did you mean `{n}`?")
                });
            problems.push(at(s.themes_line, format!("unknown theme `{theme}`")).fix(fix));
        }
    }
    if checking == Checking::Full {
        problems.extend(s.character.problem(&s.file, s.character_line, "character"));
        // The list of role-plays shows the summary and the first screen the context: without
        // them the learner starts a conversation knowing nothing of it. Packs accepted before
        // this rule keep working (their role-play shows without them).
        for (key, empty, fix) in [
            (
                "summary",
                s.summary.trim().is_empty(),
                "add `summary:` with one line for the list of role-plays",
            ),
            (
                "context",
                s.context.trim().is_empty(),
                "add `context:` with what the learner knows before the conversation starts",
            ),
        ] {
            if empty {
                problems.push(at(s.line, format!("scenario `{}` has no `{key}:`", s.id)).fix(fix));
            }
        }
    }
    let mut ids = HashSet::new();
    for beat in &s.beats {
        if !ids.insert(beat.id.as_str()) {
            problems.push(
                at(beat.line, format!("beat id `{}` is used twice", beat.id))
                    .fix("give every beat its own id"),
            );
        }
    }
    let start_exists = s.beat(&s.start).is_some();
    if !start_exists {
        problems.push(
            at(
                s.line,
                format!("the start beat `{}` does not exist", s.start),
            )
            .fix("add a `beat:` with that id, or fix `start:`"),
        );
    }
    let set_somewhere: HashSet<&str> = s
        .beats
        .iter()
        .flat_map(|b| {
            let choice_effects = b.choices.iter().map(|c| &c.effect);
            let reply_effects = b
                .respond
                .iter()
                .flat_map(|r| [&r.good.effect, &r.poor.effect]);
            choice_effects
                .chain(reply_effects)
                .collect::<Vec<&Effect>>()
        })
        .flat_map(|e| e.set.iter().map(String::as_str))
        .collect();
    for beat in &s.beats {
        check_beat(s, beat, &set_somewhere, checking, &mut problems);
    }
    // The exploration below needs the start beat and every target to exist and every beat
    // id to be unique.
    let sound = start_exists
        && ids.len() == s.beats.len()
        && s.beats
            .iter()
            .flat_map(|b| b.targets())
            .all(|t| s.beat(&t.beat).is_some());
    if !sound {
        // What can be known without following the targets is still said, in the same pass
        // as the broken target: fewer than two endings written means fewer than two
        // reachable, whatever the targets will name once they are mended.
        let endings = s.endings().count();
        if endings < 2 {
            problems.push(at(
                s.line,
                format!(
                    "scenario `{}` has {endings} ending(s); it needs at least 2 reachable endings",
                    s.id
                ),
            ));
        }
    } else if checking == Checking::Full {
        // Exploring every path is an author's check, done when a pack is imported: the
        // engine reports a dead end as an error, so nothing the app does relies on it.
        explore(s, &mut problems);
    }
    // Counted from the beats alone, so said whatever the targets are.
    if s.decision_points() < 3 {
        problems.push(at(
            s.line,
            format!(
                "scenario `{}` has {} decision points; it needs at least 3",
                s.id,
                s.decision_points()
            ),
        ));
    }
    problems
}

fn check_beat(
    s: &Scenario,
    beat: &Beat,
    set_somewhere: &HashSet<&str>,
    checking: Checking,
    problems: &mut Vec<Diagnostic>,
) {
    let at = |line: usize, message: String| Diagnostic::new(&s.file, line, 1, message);
    let name = &beat.id;
    if beat.says.is_empty() {
        problems.push(
            at(beat.line, format!("beat `{name}` has no `says:`"))
                .fix("write what the colleague says"),
        );
    }
    if beat.thought.is_empty() {
        problems.push(
            at(beat.line, format!("beat `{name}` has no `thought:`"))
                .fix("write what the colleague thinks but does not say, for swap seats"),
        );
    }
    if beat.mood.is_empty() {
        problems.push(
            at(beat.line, format!("beat `{name}` has no `mood:`"))
                .fix("say in a word or two how the colleague feels"),
        );
    }
    match &beat.ending {
        Some(ending) => {
            if ending.debrief.is_empty() {
                problems.push(
                    at(beat.line, format!("ending `{name}` has no `debrief:`"))
                        .fix("explain what this ending shows about trust"),
                );
            }
            if !(2..=3).contains(&ending.questions.len()) {
                problems.push(at(
                    beat.line,
                    format!(
                        "ending `{name}` has {} reflection questions; it needs 2 or 3",
                        ending.questions.len()
                    ),
                ));
            }
            if !beat.choices.is_empty() || beat.respond.is_some() {
                problems.push(
                    at(beat.line, format!("ending `{name}` also has choices"))
                        .fix("an ending closes the conversation; remove its choices"),
                );
            }
        }
        None => {
            if beat.choices.is_empty() && beat.respond.is_none() {
                problems.push(
                    at(beat.line, no_way_forward(name))
                        .fix("add `choice:` lines, a `respond:`, or `ending: a title`"),
                );
            }
            if !beat.choices.is_empty() && beat.respond.is_some() {
                problems.push(
                    at(
                        beat.line,
                        format!("beat `{name}` has both choices and a free-text reply"),
                    )
                    .fix("keep one kind of turn per beat"),
                );
            }
        }
    }
    for choice in &beat.choices {
        if choice.feedback.is_empty() {
            problems.push(
                at(choice.line, "this choice has no `feedback:`".into())
                    .fix("say why it helps or hurts trust"),
            );
        }
        if choice.next.is_empty() {
            problems.push(
                at(choice.line, "this choice has no `next:`".into()).fix("say which beat follows"),
            );
        }
        for flag in choice.shown.flags() {
            if !set_somewhere.contains(flag) {
                problems.push(
                    at(
                        choice.shown.line.max(choice.line),
                        format!("the condition reads flag `{flag}`, which nothing sets"),
                    )
                    .fix("set it with `set:` on some choice, or fix its name"),
                );
            }
        }
    }
    if let Some(r) = &beat.respond {
        if r.good.next.is_empty() || r.poor.next.is_empty() {
            problems.push(at(
                r.line,
                "a free-text reply needs `next:` (good reply) and `else:` (poor reply)".into(),
            ));
        }
        if r.good.feedback.is_empty() || r.poor.feedback.is_empty() {
            problems.push(at(
                r.line,
                "a free-text reply needs `good:` and `poor:` feedback".into(),
            ));
        }
        if r.points.is_empty() {
            problems.push(at(
                r.line,
                "a free-text reply needs at least one `point:` for the coach".into(),
            ));
        }
        if r.example.is_empty() {
            problems.push(
                at(
                    r.line,
                    "a free-text reply needs an `example:` of a reply that passes".into(),
                )
                .fix("write one way to say it well"),
            );
        } else if checking == Checking::Full {
            let annotations = crate::coach::Annotations {
                feelings: r.feelings.clone(),
                key_points: r.points.clone(),
            };
            let verdict = crate::content::verdicts::verdict(&beat.says, &r.example, &annotations);
            if verdict.score < r.threshold || !verdict.roadblocks.is_empty() {
                let blocks = if verdict.roadblocks.is_empty() {
                    String::new()
                } else {
                    let names: Vec<_> = verdict.roadblocks.iter().map(|r| r.name()).collect();
                    format!(", with roadblocks: {}", names.join(", "))
                };
                problems.push(
                    at(r.example_line, format!("the `example:` does not pass its own bar: the coach scores it {} (needs {}){blocks}{}", verdict.score, r.threshold, crate::content::verdicts::coach_says(&verdict)))
                        .fix("rephrase the example as a reflection of the colleague's point and feeling, or lower `pass:`"),
                );
            }
        }
        for feeling in &r.feelings {
            if feelings::lexicon().family_of_label(feeling).is_none() {
                problems.push(at(
                    r.line,
                    format!("the coach does not know the feeling `{feeling}`"),
                ));
            }
        }
    }
    for target in beat.targets() {
        check_target(s, target, set_somewhere, problems);
    }
}

fn check_target(
    s: &Scenario,
    target: &Target,
    set_somewhere: &HashSet<&str>,
    problems: &mut Vec<Diagnostic>,
) {
    if s.beat(&target.beat).is_none() {
        let fix = closest(&target.beat, s.beats.iter().map(|b| b.id.as_str()))
            .map_or("name an existing beat".to_owned(), |n| {
                format!("did you mean `{n}`?")
            });
        problems.push(
            Diagnostic::new(
                &s.file,
                target.line,
                1,
                format!(
                    "`next:` names a beat that does not exist: `{}`",
                    target.beat
                ),
            )
            .fix(fix),
        );
    }
    for flag in target.when.flags() {
        if !set_somewhere.contains(flag) {
            problems.push(Diagnostic::new(
                &s.file,
                target.line,
                1,
                format!("the condition reads flag `{flag}`, which nothing sets"),
            ));
        }
    }
}

/// Explores every reachable state; reports beats never reached, endings never reached,
/// states with no way forward, and states from which no ending can be reached.
fn explore(s: &Scenario, problems: &mut Vec<Diagnostic>) {
    let at = |line: usize, message: String| Diagnostic::new(&s.file, line, 1, message);
    let found = super::explore::explore(s, MAX_STATES);
    if found.too_many {
        problems.push(
            at(
                s.line,
                format!(
                    "scenario `{}` has more than {MAX_STATES} states to check",
                    s.id
                ),
            )
            .fix("use fewer flags or a smaller trust range"),
        );
        return;
    }
    for (beat, reached) in s.beats.iter().zip(&found.reached) {
        if !reached {
            problems.push(
                at(beat.line, never_reached(beat))
                    .fix("lead to it from a choice, or check the conditions on the way"),
            );
        }
    }
    for (beat, trust, flags) in &found.stuck {
        let beat = &s.beats[*beat];
        let with = if flags.is_empty() {
            String::new()
        } else {
            format!(
                " and flags {}",
                flags.iter().cloned().collect::<Vec<_>>().join(", ")
            )
        };
        problems.push(
            at(
                beat.line,
                format!("{}{trust}{with}{STUCK}", stuck_at(&beat.id)),
            )
            .fix("add a choice or a `next:` without a condition"),
        );
    }
    let mut looping: Vec<&Beat> = s
        .beats
        .iter()
        .zip(&found.looping)
        .filter(|(_, looping)| **looping)
        .map(|(beat, _)| beat)
        .collect();
    crate::order::sort_by(&mut looping, |a, b| a.id.cmp(&b.id));
    for beat in looping {
        problems.push(at(
            beat.line,
            format!(
                "from beat `{}` some runs loop forever without reaching an ending",
                beat.id
            ),
        ));
    }
    let reached: HashSet<&str> = s
        .beats
        .iter()
        .zip(&found.reached)
        .filter(|(_, reached)| **reached)
        .map(|(beat, _)| beat.id.as_str())
        .collect();
    let endings = s
        .endings()
        .filter(|b| reached.contains(b.id.as_str()))
        .count();
    if endings < 2 {
        problems.push(at(
            s.line,
            format!(
                "scenario `{}` has {endings} reachable ending(s); it needs at least 2",
                s.id
            ),
        ));
    }
}

/// What a check says of one beat that the studio's map marks on the beat itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BeatProblem {
    /// No run reaches it.
    Unreachable,
    /// A run can stop there short of an ending: no way forward is written, or in some
    /// state no choice is shown or no `next:` condition holds.
    DeadEnd,
}

/// Which of the map's marks `problem` puts on `beat`, if any: read from the message the
/// check wrote, with the same words, so the map marks exactly what the list says.
pub fn beat_problem(beat: &Beat, problem: &Diagnostic) -> Option<BeatProblem> {
    if problem.line != beat.line {
        return None;
    }
    let message = problem.message.as_str();
    if message == never_reached(beat) {
        Some(BeatProblem::Unreachable)
    } else if message == no_way_forward(&beat.id)
        || (message.starts_with(&stuck_at(&beat.id)) && message.ends_with(STUCK))
    {
        Some(BeatProblem::DeadEnd)
    } else {
        None
    }
}

fn never_reached(beat: &Beat) -> String {
    let what = if beat.ending.is_some() {
        "ending"
    } else {
        "beat"
    };
    format!("{what} `{}` can never be reached", beat.id)
}

fn no_way_forward(id: &str) -> String {
    format!("beat `{id}` has no way forward and is not an ending")
}

fn stuck_at(id: &str) -> String {
    format!("at beat `{id}` with trust ")
}

const STUCK: &str = ", no choice is shown or no `next:` condition holds";

//! Reading a scenario file (one scenario per file) from the content format, with a
//! diagnostic naming the line for every problem of form.
//!
//! ```text
//! scenario: the-handover
//! title: The handover that never happened
//! beat: start
//!   mood: stressed
//!   says: Jonas promised a write-up. There isn't one.
//!   thought: I'm scared this outage will be pinned on me.
//!   choice: That sounds stressful. What do you need right now?
//!     feedback: Acknowledges the stress and offers help.
//!     trust: +2
//!     set: acknowledged
//!     next: plan if trust >= 1
//!     next: stuck
//! ```

use crate::content::diagnostic::{meant, Diagnostic};
use crate::content::document::{parse_all_from, Node};
use crate::content::drill::{list, Person};

use super::model::*;

pub(crate) const SCENARIO_KEYS: &[&str] = &[
    "scenario",
    "title",
    "summary",
    "themes",
    "character",
    "context",
    "start",
    "trust",
    "choice-order",
    "beat",
];
pub(crate) const BEAT_KEYS: &[&str] = &[
    "mood", "says", "thought", "choice", "respond", "ending", "debrief", "question",
];
pub(crate) const CHOICE_KEYS: &[&str] = &["feedback", "trust", "set", "clear", "if", "next"];
pub(crate) const RESPOND_KEYS: &[&str] = &[
    "feelings",
    "point",
    "pass",
    "example",
    "good",
    "good-trust",
    "good-set",
    "next",
    "poor",
    "poor-trust",
    "poor-set",
    "else",
];

/// Reads the scenario in `source`; it comes back even with problems, so checks of meaning
/// can report theirs too.
pub fn read(file: &str, source: &str) -> (Option<Scenario>, Vec<Diagnostic>) {
    read_from(file, source, 0)
}

/// The same for a scenario that is part of a larger file, after `before` lines of it.
pub fn read_from(file: &str, source: &str, before: usize) -> (Option<Scenario>, Vec<Diagnostic>) {
    // A line that cannot be read is reported and left out, so the rest of the scenario is
    // still checked in the same pass.
    let (nodes, mut problems) = parse_all_from(file, source, before);
    let Some(first) = nodes.first() else {
        if problems.is_empty() {
            problems.push(
                Diagnostic::new(file, 0, 0, "the file is empty")
                    .fix("start it with `scenario: an-id`"),
            );
        }
        return (None, problems);
    };
    if first.key != "scenario" {
        problems.push(
            Diagnostic::new(
                file,
                first.line,
                first.column,
                "a scenario file must start with `scenario:`",
            )
            .fix("put `scenario: an-id` on the first line"),
        );
        return (None, problems);
    }
    let mut s = Scenario {
        id: first.value.to_owned(),
        title: String::new(),
        summary: String::new(),
        themes: Vec::new(),
        character: Person::default(),
        context: String::new(),
        start: String::new(),
        trust: 0,
        beats: Vec::new(),
        keep_choice_order: false,
        file: file.to_owned(),
        line: first.line,
        themes_line: first.line,
        character_line: first.line,
    };
    let mut unknown = Vec::new();
    for node in &nodes[1..] {
        let text = node.text();
        match node.key {
            "title" => s.title = text,
            "summary" => s.summary = text,
            "themes" => {
                s.themes = list(&text);
                s.themes_line = node.line;
            }
            "character" => {
                s.character = Person::parse(&text);
                s.character_line = node.line;
            }
            "context" => s.context = text,
            "start" => s.start = text,
            "trust" => s.trust = number(file, node, &mut problems),
            "choice-order" => match text.as_str() {
                "shuffled" => s.keep_choice_order = false,
                "as written" => s.keep_choice_order = true,
                _ => problems.push(
                    Diagnostic::new(
                        file,
                        node.line,
                        node.column,
                        format!("`choice-order: {text}` is not an order"),
                    )
                    .fix("write `choice-order: shuffled` (the default) or `choice-order: as written`"),
                ),
            },
            "beat" => {
                if let Some(beat) = beat(file, node, &mut problems) {
                    s.beats.push(beat);
                }
            }
            _ => unknown.push(node.clone()),
        }
    }
    if s.start.is_empty() {
        s.start = s.beats.first().map(|b| b.id.clone()).unwrap_or_default();
    }
    let missing = lacking([
        ("title", s.title.is_empty()),
        ("themes", s.themes.is_empty()),
        ("character", s.character.name.is_empty()),
    ]);
    let misspelt = unknown_keys(
        file,
        &unknown,
        "a scenario",
        SCENARIO_KEYS,
        &missing,
        &mut problems,
    );
    for key in missing {
        if !misspelt.iter().any(|(k, _)| *k == key) {
            problems.push(Diagnostic::new(
                file,
                s.line,
                1,
                format!("scenario `{}` has no `{key}:`", s.id),
            ));
        }
    }
    (Some(s), problems)
}

/// The keys whose flag says they are lacking.
fn lacking<const N: usize>(keys: [(&'static str, bool); N]) -> Vec<&'static str> {
    keys.into_iter()
        .filter(|(_, lacking)| *lacking)
        .map(|(key, _)| key)
        .collect()
}

/// Reports the keys of `unknown` (found in `inside`, which knows `known` and lacks
/// `missing`), each once, with the key it was likely meant to be; and gives the missing
/// keys a typo was taken for, which are then not reported missing as well, each with the
/// typo's node.
fn unknown_keys<'n, 'a>(
    file: &str,
    unknown: &'n [Node<'a>],
    inside: &str,
    known: &[&'static str],
    missing: &[&'static str],
    problems: &mut Vec<Diagnostic>,
) -> Vec<(&'static str, &'n Node<'a>)> {
    let mut taken = Vec::new();
    for node in unknown {
        let d = Diagnostic::new(
            file,
            node.line,
            node.column,
            format!("unknown key `{}:` in {inside}", node.key),
        );
        problems.push(match meant(node.key, missing, known) {
            Some(near) => {
                if missing.contains(&near) {
                    taken.push((near, node));
                }
                d.fix(format!("did you mean `{near}:`?"))
            }
            None => d.fix(format!("{inside} uses: {}", known.join(", "))),
        });
    }
    taken
}

fn keys(taken: Vec<(&'static str, &Node)>) -> Vec<&'static str> {
    taken.into_iter().map(|(key, _)| key).collect()
}

fn number(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> i32 {
    let text = node.value.trim();
    match text.strip_prefix('+').unwrap_or(text).parse::<i32>() {
        Ok(n) if n.abs() <= 10 => n,
        _ => {
            problems.push(
                Diagnostic::new(
                    file,
                    node.line,
                    node.value_column(),
                    format!("`{text}` is not a whole number from -10 to 10"),
                )
                .fix("write a change such as +1 or -2"),
            );
            0
        }
    }
}

/// `flag`, `!flag`, `trust >= 2`, joined by `and`.
pub fn condition(file: &str, node: &Node, text: &str, problems: &mut Vec<Diagnostic>) -> Condition {
    let mut parts = Vec::new();
    for part in text.split(" and ").map(str::trim).filter(|p| !p.is_empty()) {
        let words: Vec<&str> = part.split_whitespace().collect();
        let test = match words.as_slice() {
            ["trust", op, n] => {
                let comparison = match *op {
                    ">=" => Some(Comparison::AtLeast),
                    "<=" => Some(Comparison::AtMost),
                    ">" => Some(Comparison::Above),
                    "<" => Some(Comparison::Below),
                    _ => None,
                };
                comparison
                    .zip(n.parse::<i32>().ok())
                    .map(|(c, n)| Test::Trust(c, n))
            }
            ["not", flag] => flag_name(flag).map(|f| Test::NotFlag(f.to_owned())),
            [flag] => match flag.strip_prefix('!') {
                Some(rest) => flag_name(rest).map(|f| Test::NotFlag(f.to_owned())),
                None => flag_name(flag).map(|f| Test::Flag(f.to_owned())),
            },
            _ => None,
        };
        match test {
            Some(test) => parts.push(test),
            None => problems.push(
                Diagnostic::new(
                    file,
                    node.line,
                    node.value_column(),
                    format!("cannot read the condition `{part}`"),
                )
                .fix("write a flag, `!flag`, or `trust >= 2` (also <=, >, <), joined by `and`"),
            ),
        }
    }
    Condition {
        parts,
        line: node.line,
    }
}

fn flag_name(text: &str) -> Option<&str> {
    let ok = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    ok.then_some(text)
}

/// `beat-id` or `beat-id if condition`.
fn target(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> Target {
    let text = node.value.trim();
    let (beat, when) = match text.split_once(" if ") {
        Some((beat, cond)) => (beat.trim(), condition(file, node, cond, problems)),
        None => (text, Condition::default()),
    };
    Target {
        beat: beat.to_owned(),
        when,
        line: node.line,
    }
}

fn flags(text: &str) -> Vec<String> {
    list(text)
}

fn children<'a>(file: &str, node: &Node<'a>, problems: &mut Vec<Diagnostic>) -> Vec<Node<'a>> {
    let (children, found) = node.children_all(file);
    problems.extend(found);
    children
}

fn beat(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> Option<Beat> {
    let mut beat = Beat {
        id: node.value.to_owned(),
        mood: String::new(),
        says: String::new(),
        thought: String::new(),
        choices: Vec::new(),
        respond: None,
        ending: None,
        line: node.line,
        misspelt: Vec::new(),
    };
    let mut unknown = Vec::new();
    let mut debrief = String::new();
    let mut questions = Vec::new();
    let mut ending_title = None;
    for child in children(file, node, problems) {
        let text = child.text();
        match child.key {
            "mood" => beat.mood = text,
            "says" => beat.says = text,
            "thought" => beat.thought = text,
            "choice" => beat.choices.push(choice(file, &child, problems)),
            "respond" => beat.respond = Some(respond(file, &child, problems)),
            "ending" => ending_title = Some(text),
            "debrief" => debrief = text,
            "question" => questions.push(text),
            _ => unknown.push(child),
        }
    }
    let missing = lacking([
        ("mood", beat.mood.is_empty()),
        ("says", beat.says.is_empty()),
        ("thought", beat.thought.is_empty()),
        ("debrief", ending_title.is_some() && debrief.is_empty()),
        (
            "ending",
            ending_title.is_none() && beat.choices.is_empty() && beat.respond.is_none(),
        ),
    ]);
    for (key, node) in unknown_keys(file, &unknown, "a beat", BEAT_KEYS, &missing, problems) {
        // Read as the ending it was meant to be: otherwise one typo leaves a dead end, a
        // debrief out of place and every run stuck there, each reported.
        if key == "ending" {
            ending_title = Some(node.text());
        }
        beat.misspelt.push(key);
    }
    if let Some(title) = ending_title {
        beat.ending = Some(Ending {
            title,
            debrief,
            questions,
        });
    } else if !debrief.is_empty() || !questions.is_empty() {
        problems.push(
            Diagnostic::new(
                file,
                beat.line,
                node.column,
                format!("beat `{}` has a debrief but is not an ending", beat.id),
            )
            .fix("add `ending: a title` to the beat, or move the debrief to an ending"),
        );
    }
    Some(beat)
}

fn choice(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> Choice {
    let mut choice = Choice {
        text: node.value.trim().to_owned(),
        feedback: String::new(),
        effect: Effect::default(),
        shown: Condition::default(),
        next: Vec::new(),
        line: node.line,
        misspelt: Vec::new(),
    };
    let mut unknown = Vec::new();
    for child in children(file, node, problems) {
        match child.key {
            "feedback" => choice.feedback = child.text(),
            "trust" => choice.effect.trust = number(file, &child, problems),
            "set" => choice.effect.set.extend(flags(&child.text())),
            "clear" => choice.effect.clear.extend(flags(&child.text())),
            "if" => choice.shown = condition(file, &child, &child.text(), problems),
            "next" => choice.next.push(target(file, &child, problems)),
            _ => unknown.push(child),
        }
    }
    let missing = lacking([
        ("feedback", choice.feedback.is_empty()),
        ("next", choice.next.is_empty()),
    ]);
    choice.misspelt = keys(unknown_keys(
        file,
        &unknown,
        "a choice",
        CHOICE_KEYS,
        &missing,
        problems,
    ));
    choice
}

fn respond(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> Respond {
    let mut r = Respond {
        prompt: node.value.trim().to_owned(),
        feelings: Vec::new(),
        points: Vec::new(),
        threshold: 60,
        example: String::new(),
        example_line: node.line,
        good: Outcome::default(),
        poor: Outcome::default(),
        line: node.line,
        misspelt: Vec::new(),
    };
    let mut unknown = Vec::new();
    for child in children(file, node, problems) {
        let text = child.text();
        match child.key {
            "feelings" => r.feelings = list(&text),
            "point" => r.points.extend(
                text.split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned),
            ),
            "pass" => match text.parse::<u8>() {
                Ok(n) if n <= 100 => r.threshold = n,
                _ => problems.push(
                    Diagnostic::new(
                        file,
                        child.line,
                        child.value_column(),
                        format!("`{text}` is not a score from 0 to 100"),
                    )
                    .fix("write the coach score a reply needs, such as 60"),
                ),
            },
            "example" => {
                r.example = text;
                r.example_line = child.line;
            }
            "good" => r.good.feedback = text,
            "good-trust" => r.good.effect.trust = number(file, &child, problems),
            "good-set" => r.good.effect.set.extend(flags(&text)),
            "next" => r.good.next.push(target(file, &child, problems)),
            "poor" => r.poor.feedback = text,
            "poor-trust" => r.poor.effect.trust = number(file, &child, problems),
            "poor-set" => r.poor.effect.set.extend(flags(&text)),
            "else" => r.poor.next.push(target(file, &child, problems)),
            _ => unknown.push(child),
        }
    }
    let missing = lacking([
        ("point", r.points.is_empty()),
        ("example", r.example.is_empty()),
        ("good", r.good.feedback.is_empty()),
        ("next", r.good.next.is_empty()),
        ("poor", r.poor.feedback.is_empty()),
        ("else", r.poor.next.is_empty()),
    ]);
    r.misspelt = keys(unknown_keys(
        file,
        &unknown,
        "a free-text reply",
        RESPOND_KEYS,
        &missing,
        problems,
    ));
    r
}

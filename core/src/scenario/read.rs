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
        if !scenario_field(file, &mut s, node.key, node, &mut problems) {
            unknown.push(node.clone());
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
    let taken = unknown_keys(
        file,
        &unknown,
        "a scenario",
        SCENARIO_KEYS,
        &missing,
        &mut problems,
    );
    for &(key, node) in &taken {
        scenario_field(file, &mut s, key, node, &mut problems);
    }
    for key in missing {
        if !taken.iter().any(|(k, _)| *k == key) {
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

/// Reads `node` into the scenario as the field `key` (its own key, or the one a typo stands
/// for); false when a scenario has no such field.
fn scenario_field(
    file: &str,
    s: &mut Scenario,
    key: &str,
    node: &Node,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let text = node.text();
    match key {
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
        "trust" => s.trust = number(file, node, problems),
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
            if let Some(beat) = beat(file, node, problems) {
                s.beats.push(beat);
            }
        }
        _ => return false,
    }
    true
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
/// keys a typo was taken for, each with the typo's node. The caller reads each as the key it
/// stands for, so that key is not reported missing as well and what the line says is
/// checked in the same pass.
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

/// What a beat says of its ending, gathered until the beat is read.
#[derive(Default)]
struct EndingParts {
    title: Option<String>,
    debrief: String,
    questions: Vec<String>,
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
    };
    let mut ending = EndingParts::default();
    let mut unknown = Vec::new();
    for child in children(file, node, problems) {
        if !beat_field(file, &mut beat, &mut ending, child.key, &child, problems) {
            unknown.push(child);
        }
    }
    let missing = lacking([
        ("mood", beat.mood.is_empty()),
        ("says", beat.says.is_empty()),
        ("thought", beat.thought.is_empty()),
        (
            "debrief",
            ending.title.is_some() && ending.debrief.is_empty(),
        ),
        // Without a way forward, `endng:` is read as the ending it stands for: otherwise one
        // typo leaves a dead end, a debrief out of place and every run stuck there.
        (
            "ending",
            ending.title.is_none() && beat.choices.is_empty() && beat.respond.is_none(),
        ),
    ]);
    for (key, child) in unknown_keys(file, &unknown, "a beat", BEAT_KEYS, &missing, problems) {
        beat_field(file, &mut beat, &mut ending, key, child, problems);
    }
    let EndingParts {
        title,
        debrief,
        questions,
    } = ending;
    if let Some(title) = title {
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

/// Reads `child` into the beat as the field `key`; false when a beat has no such field.
fn beat_field(
    file: &str,
    beat: &mut Beat,
    ending: &mut EndingParts,
    key: &str,
    child: &Node,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let text = child.text();
    match key {
        "mood" => beat.mood = text,
        "says" => beat.says = text,
        "thought" => beat.thought = text,
        "choice" => beat.choices.push(choice(file, child, problems)),
        "respond" => beat.respond = Some(respond(file, child, problems)),
        "ending" => ending.title = Some(text),
        "debrief" => ending.debrief = text,
        "question" => ending.questions.push(text),
        _ => return false,
    }
    true
}

fn choice(file: &str, node: &Node, problems: &mut Vec<Diagnostic>) -> Choice {
    let mut choice = Choice {
        text: node.value.trim().to_owned(),
        feedback: String::new(),
        effect: Effect::default(),
        shown: Condition::default(),
        next: Vec::new(),
        line: node.line,
    };
    let mut unknown = Vec::new();
    for child in children(file, node, problems) {
        if !choice_field(file, &mut choice, child.key, &child, problems) {
            unknown.push(child);
        }
    }
    let missing = lacking([
        ("feedback", choice.feedback.is_empty()),
        ("next", choice.next.is_empty()),
    ]);
    for (key, child) in unknown_keys(file, &unknown, "a choice", CHOICE_KEYS, &missing, problems) {
        choice_field(file, &mut choice, key, child, problems);
    }
    choice
}

/// Reads `child` into the choice as the field `key`; false when a choice has no such field.
fn choice_field(
    file: &str,
    choice: &mut Choice,
    key: &str,
    child: &Node,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    match key {
        "feedback" => choice.feedback = child.text(),
        "trust" => choice.effect.trust = number(file, child, problems),
        "set" => choice.effect.set.extend(flags(&child.text())),
        "clear" => choice.effect.clear.extend(flags(&child.text())),
        "if" => choice.shown = condition(file, child, &child.text(), problems),
        "next" => choice.next.push(target(file, child, problems)),
        _ => return false,
    }
    true
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
    };
    let mut unknown = Vec::new();
    for child in children(file, node, problems) {
        if !respond_field(file, &mut r, child.key, &child, problems) {
            unknown.push(child);
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
    let inside = "a free-text reply";
    for (key, child) in unknown_keys(file, &unknown, inside, RESPOND_KEYS, &missing, problems) {
        respond_field(file, &mut r, key, child, problems);
    }
    r
}

/// Reads `child` into the free-text turn as the field `key`; false when a free-text turn
/// has no such field.
fn respond_field(
    file: &str,
    r: &mut Respond,
    key: &str,
    child: &Node,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    let text = child.text();
    match key {
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
        "good-trust" => r.good.effect.trust = number(file, child, problems),
        "good-set" => r.good.effect.set.extend(flags(&text)),
        "next" => r.good.next.push(target(file, child, problems)),
        "poor" => r.poor.feedback = text,
        "poor-trust" => r.poor.effect.trust = number(file, child, problems),
        "poor-set" => r.poor.effect.set.extend(flags(&text)),
        "else" => r.poor.next.push(target(file, child, problems)),
        _ => return false,
    }
    true
}

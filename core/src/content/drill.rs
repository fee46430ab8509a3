//! Active-listening drills: what they hold, and how they are read from the content
//! format. A file holds any number of drills, each opened by a `drill:` line.

use serde::Serialize;

use super::diagnostic::{closest, meant, Diagnostic};
use super::document::{parse_all_from, Node};

/// What the learner is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DrillKind {
    /// Restate the point in your own words and check it.
    Paraphrase,
    /// Name what the colleague seems to feel and why.
    Reflect,
    /// Summarise a short thread: positions and the open question.
    Summarise,
}

impl DrillKind {
    pub const ALL: [DrillKind; 3] = [
        DrillKind::Paraphrase,
        DrillKind::Reflect,
        DrillKind::Summarise,
    ];

    /// The word used in content files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            DrillKind::Paraphrase => "paraphrase",
            DrillKind::Reflect => "reflect",
            DrillKind::Summarise => "summarise",
        }
    }

    pub fn from_id(id: &str) -> Option<DrillKind> {
        DrillKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The name shown to learners.
    pub fn label(self) -> &'static str {
        match self {
            DrillKind::Paraphrase => "Paraphrase",
            DrillKind::Reflect => "Reflect the feeling",
            DrillKind::Summarise => "Summarise the thread",
        }
    }

    /// How a reply might begin, shown in the empty reply box.
    pub fn placeholder(self) -> &'static str {
        match self {
            DrillKind::Paraphrase => "So what you're saying is\u{2026}",
            DrillKind::Reflect => "It sounds like\u{2026}",
            DrillKind::Summarise => "So far, \u{2026} The open question is\u{2026}",
        }
    }

    /// The instruction shown above the reply box.
    pub fn instruction(self) -> &'static str {
        match self {
            DrillKind::Paraphrase => {
                "Restate their point in your own words, then check you got it right."
            }
            DrillKind::Reflect => "Name what they seem to feel, and why, tentatively.",
            DrillKind::Summarise => {
                "Summarise where each person stands and the question still open."
            }
        }
    }
}

/// Where a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Chat,
    Email,
    Call,
}

impl Channel {
    pub fn from_id(id: &str) -> Option<Channel> {
        match id {
            "chat" => Some(Channel::Chat),
            "email" => Some(Channel::Email),
            "call" => Some(Channel::Call),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Channel::Chat => "Chat message",
            Channel::Email => "Email",
            Channel::Call => "From a call",
        }
    }
}

/// A person: "Haruka Sato, data engineer, Osaka".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub role: String,
    pub place: String,
}

impl Person {
    /// Reads "Name, role, place" (role and place optional).
    pub fn parse(text: &str) -> Person {
        let mut parts = text.split(',').map(str::trim);
        Person {
            name: parts.next().unwrap_or_default().to_owned(),
            role: parts.next().unwrap_or_default().to_owned(),
            place: parts.collect::<Vec<_>>().join(", "),
        }
    }

    /// The problem with a person written `key: …` on `line`, when it lacks a role or a
    /// place. Every page that names a colleague reads better with both, so new text needs
    /// them; text already imported reads without them, shown without stray commas.
    pub fn problem(&self, file: &str, line: usize, key: &str) -> Option<Diagnostic> {
        let lacking = match (self.role.is_empty(), self.place.is_empty()) {
            _ if self.name.is_empty() => return None,
            (false, false) => return None,
            (true, true) => "a role and a place",
            (true, false) => "a role",
            (false, true) => "a place",
        };
        let written = [self.name.as_str(), self.role.as_str(), self.place.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let or = |given: &str, example: &str| match given {
            "" => example.to_owned(),
            given => given.to_owned(),
        };
        Some(
            Diagnostic::new(
                file,
                line,
                1,
                format!(
                    "`{key}: {written}` needs {lacking}: a person is written `Name, role, place`"
                ),
            )
            .fix(format!(
                "write it like `{key}: {}, {}, {}`",
                self.name,
                or(&self.role, "designer"),
                or(&self.place, "Lisbon")
            )),
        )
    }

    /// Role and place as written, without empty parts: "lead, Lisbon", "lead" or "".
    pub fn detail(&self) -> String {
        [self.role.as_str(), self.place.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The name followed by whatever detail there is: "Ana, lead, Lisbon" or just "Ana".
    pub fn described(&self) -> String {
        match self.detail() {
            d if d.is_empty() => self.name.clone(),
            d => format!("{}, {d}", self.name),
        }
    }
}

/// One message of a thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Post {
    pub author: Person,
    pub text: String,
    pub line: usize,
}

/// A model answer and why it works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModelAnswer {
    pub text: String,
    pub why: String,
    pub line: usize,
}

/// One drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drill {
    pub id: String,
    pub kind: DrillKind,
    pub title: String,
    pub themes: Vec<String>,
    /// 1 (starter) to 3 (stretch).
    pub difficulty: u8,
    pub channel: Channel,
    /// Who wrote the message (paraphrase and reflect drills).
    pub from: Person,
    pub message: String,
    /// The thread (summarise drills).
    pub posts: Vec<Post>,
    pub feelings: Vec<String>,
    pub points: Vec<String>,
    pub models: Vec<ModelAnswer>,
    pub file: String,
    pub line: usize,
    /// The line of each field, for diagnostics.
    #[serde(skip)]
    pub field_lines: Vec<(&'static str, usize)>,
    /// The last line of the drill's block.
    #[serde(skip)]
    pub end_line: usize,
}

impl Drill {
    /// The line where `key:` was written, or the drill's own line.
    pub fn line_of(&self, key: &str) -> usize {
        self.field_lines
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(self.line, |(_, line)| *line)
    }

    /// The text the coach compares a reply with.
    pub fn statement(&self) -> String {
        if self.posts.is_empty() {
            return self.message.clone();
        }
        self.posts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The coach's annotations for this drill.
    pub fn annotations(&self) -> crate::coach::Annotations {
        crate::coach::Annotations {
            feelings: self.feelings.clone(),
            key_points: self.points.clone(),
        }
    }

    /// "Starter", "Core" or "Stretch".
    pub fn difficulty_label(&self) -> &'static str {
        difficulty_label(self.difficulty)
    }
}

/// The name of a difficulty level.
pub fn difficulty_label(level: u8) -> &'static str {
    match level {
        1 => "Starter",
        2 => "Core",
        _ => "Stretch",
    }
}

pub(crate) const KEYS: &[&str] = &[
    "drill",
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
];

/// Reads every drill in a file, with a diagnostic for each problem of form. Drills come
/// back even when faulty, so that checks of meaning (over all files together) can report
/// their problems too; [`super::library::Library::load`] leaves faulty drills out.
pub fn read(file: &str, source: &str) -> (Vec<Drill>, Vec<Diagnostic>) {
    read_from(file, source, 0)
}

/// The same for drills that are part of a larger file, after `before` lines of it.
pub fn read_from(file: &str, source: &str, before: usize) -> (Vec<Drill>, Vec<Diagnostic>) {
    // A line that cannot be read is reported and left out, so the drills around it are
    // still checked in the same pass.
    let (nodes, mut problems) = parse_all_from(file, source, before);
    let mut drills = Vec::new();
    let mut current: Option<Builder> = None;
    for node in &nodes {
        if node.key == "drill" {
            if let Some(builder) = current.take() {
                drills.push(builder.finish(&mut problems));
            }
            current = Some(Builder::new(file, node));
            continue;
        }
        match current.as_mut() {
            Some(builder) => builder.field(node, &mut problems),
            None => problems.push(
                Diagnostic::new(
                    file,
                    node.line,
                    node.column,
                    format!("`{}:` comes before any `drill:` line", node.key),
                )
                .fix("start each drill with `drill: an-id`"),
            ),
        }
    }
    if let Some(builder) = current.take() {
        drills.push(builder.finish(&mut problems));
    }
    (drills, problems)
}

struct Builder<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    drill: Drill,
    seen: Vec<&'static str>,
    /// Lines whose key a drill does not know, reported once the drill is read and it is
    /// known which keys it lacks; each with the key it was read as already, if any.
    unknown: Vec<(Node<'a>, Option<&'static str>)>,
}

impl<'a> Builder<'a> {
    fn new(file: &'a str, node: &Node<'a>) -> Self {
        Builder {
            file,
            line: node.line,
            column: node.value_column(),
            seen: Vec::new(),
            unknown: Vec::new(),
            drill: Drill {
                id: node.value.to_owned(),
                kind: DrillKind::Paraphrase,
                title: String::new(),
                themes: Vec::new(),
                difficulty: 0,
                channel: Channel::Chat,
                from: Person::default(),
                message: String::new(),
                posts: Vec::new(),
                feelings: Vec::new(),
                points: Vec::new(),
                models: Vec::new(),
                file: file.to_owned(),
                line: node.line,
                end_line: node.line,
                field_lines: Vec::new(),
            },
        }
    }

    fn at(&self, node: &Node, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.file, node.line, node.value_column(), message)
    }

    fn once(&mut self, key: &'static str, node: &Node, problems: &mut Vec<Diagnostic>) -> bool {
        if self.seen.contains(&key) {
            problems.push(
                self.at(
                    node,
                    format!("`{key}:` is given twice in drill `{}`", self.drill.id),
                )
                .fix("keep one"),
            );
            return false;
        }
        self.seen.push(key);
        self.drill.field_lines.push((key, node.line));
        true
    }

    fn field(&mut self, node: &Node<'a>, problems: &mut Vec<Diagnostic>) {
        self.drill.end_line = node.body.last().map_or(node.line, |l| l.number);
        if let Some(key) = KEYS.iter().find(|k| **k == node.key) {
            self.read_as(key, node, problems);
            return;
        }
        // A model answer and its `why:` are read in order, so a typo of either is read as
        // what it stands for at once: the answer is then coached, and the `why:` after it
        // is not a stray.
        let why_lacking = self.drill.models.last().is_some_and(|m| m.why.is_empty());
        let now: &[&'static str] = if why_lacking {
            &["why", "model"]
        } else {
            &["model"]
        };
        // At the bar of any typo: this reading is taken before the drill is all known.
        let read = closest(node.key, now.iter().copied());
        if let Some(key) = read {
            self.read_as(key, node, problems);
        }
        self.unknown.push((node.clone(), read));
    }

    /// Reads `node` as the field `key`, which is its own key or the one a typo stands for.
    fn read_as(&mut self, key: &'static str, node: &Node, problems: &mut Vec<Diagnostic>) {
        let text = node.text();
        match key {
            "kind" if self.once("kind", node, problems) => match DrillKind::from_id(&text) {
                Some(kind) => self.drill.kind = kind,
                None => problems.push(
                    self.at(node, format!("unknown drill kind `{text}`"))
                        .fix("use `paraphrase`, `reflect` or `summarise`"),
                ),
            },
            "title" if self.once("title", node, problems) => self.drill.title = text,
            "themes" if self.once("themes", node, problems) => self.drill.themes = list(&text),
            "difficulty" if self.once("difficulty", node, problems) => match text.parse::<u8>() {
                Ok(level @ 1..=3) => self.drill.difficulty = level,
                _ => problems.push(
                    self.at(node, format!("difficulty `{text}` is not 1, 2 or 3"))
                        .fix("use 1 (starter), 2 (core) or 3 (stretch)"),
                ),
            },
            "channel" if self.once("channel", node, problems) => match Channel::from_id(&text) {
                Some(channel) => self.drill.channel = channel,
                None => problems.push(
                    self.at(node, format!("unknown channel `{text}`"))
                        .fix("use `chat`, `email` or `call`"),
                ),
            },
            "from" if self.once("from", node, problems) => self.drill.from = Person::parse(&text),
            "message" if self.once("message", node, problems) => self.drill.message = text,
            "feelings" if self.once("feelings", node, problems) => {
                self.drill.feelings = list(&text)
            }
            "post" => {
                let body = Node {
                    value: "",
                    ..node.clone()
                }
                .text();
                self.drill.posts.push(Post {
                    author: Person::parse(node.value),
                    text: body,
                    line: node.line,
                });
            }
            "point" => self.drill.points.extend(
                text.split(';')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned),
            ),
            "model" => self.drill.models.push(ModelAnswer {
                text,
                why: String::new(),
                line: node.line,
            }),
            "why" => match self.drill.models.last_mut() {
                Some(model) if model.why.is_empty() => model.why = text,
                _ => problems.push(
                    self.at(node, "`why:` does not follow a `model:`")
                        .fix("put each `why:` right after its `model:`"),
                ),
            },
            "kind" | "title" | "themes" | "difficulty" | "channel" | "from" | "message"
            | "feelings" => {}
            _ => {}
        }
    }

    /// The required keys the drill lacks, whether the reader or the checks of meaning say so.
    fn missing(&self) -> Vec<&'static str> {
        let d = &self.drill;
        let talk = d.kind != DrillKind::Summarise;
        [
            ("kind", !self.seen.contains(&"kind")),
            ("title", d.title.is_empty()),
            ("themes", d.themes.is_empty()),
            // A difficulty given but out of range has its own problem already.
            ("difficulty", !self.seen.contains(&"difficulty")),
            ("message", talk && d.message.is_empty()),
            ("from", talk && d.from.name.is_empty()),
            ("feelings", talk && d.feelings.is_empty()),
            ("point", d.points.is_empty()),
        ]
        .into_iter()
        .filter(|(_, lacking)| *lacking)
        .map(|(key, _)| key)
        .collect()
    }

    fn finish(mut self, problems: &mut Vec<Diagnostic>) -> Drill {
        // The drill is returned even with problems, so meaning checks can report theirs too;
        // the library leaves out any drill with a problem inside its lines.
        let missing = self.missing();
        for (node, read) in std::mem::take(&mut self.unknown) {
            let near = read.or_else(|| meant(node.key, &missing, KEYS));
            if let Some(key) = near.filter(|key| read.is_none() && missing.contains(key)) {
                // Read as the key it stands for, so what it says is checked in this pass and
                // nothing that key decides (a summarise drill needs no `message:`) is wrong.
                self.read_as(key, &node, problems);
            }
            let problem = Diagnostic::new(
                self.file,
                node.line,
                node.column,
                format!("unknown key `{}:` in a drill", node.key),
            );
            problems.push(match near {
                Some(near) => problem.fix(format!("did you mean `{near}:`?")),
                None => problem.fix(format!("drills use: {}", KEYS.join(", "))),
            });
        }
        let lacking = self.missing();
        let d = &self.drill;
        let missing = |what: &str| {
            Diagnostic::new(
                self.file,
                self.line,
                self.column,
                format!("drill `{}` has no `{what}:`", d.id),
            )
        };
        for key in ["kind", "title", "themes", "difficulty"] {
            if lacking.contains(&key) {
                problems.push(missing(key));
            }
        }
        if d.kind == DrillKind::Summarise {
            if !d.message.is_empty() {
                problems
                    .push(missing("post").fix(
                        "a summarise drill holds its thread in `post:` lines, not `message:`",
                    ));
            }
        } else {
            if lacking.contains(&"message") {
                problems.push(missing("message"));
            }
            if lacking.contains(&"from") {
                problems.push(missing("from").fix("write `from: Name, role, place`"));
            }
        }
        self.drill
    }
}

/// A comma-separated list, trimmed, without empty items.
pub(crate) fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "\
drill: late-pings
kind: reflect
title: Always on
themes: expectations-boundaries, virtual-teams
difficulty: 1
channel: chat
from: Dana Levi, support engineer, Tel Aviv
message: The team in San Francisco pings me at 10pm
  and I never switch off.
feelings: exhausted, overwhelmed
point: pinged late at night
point: can never switch off|never off duty
model: It sounds exhausting, like work never ends for you. Is that right?
why: Names the feeling and checks.
model: You're worn out because the late messages never stop.
why: Reflects cause and feeling.
";

    #[test]
    fn reads_a_complete_drill() {
        let (drills, problems) = read("d.txt", GOOD);
        assert_eq!(problems, vec![]);
        let d = &drills[0];
        assert_eq!(
            (d.id.as_str(), d.kind, d.difficulty),
            ("late-pings", DrillKind::Reflect, 1)
        );
        assert_eq!(
            d.from,
            Person {
                name: "Dana Levi".into(),
                role: "support engineer".into(),
                place: "Tel Aviv".into()
            }
        );
        assert_eq!(
            d.message,
            "The team in San Francisco pings me at 10pm and I never switch off."
        );
        assert_eq!(d.points.len(), 2);
        assert_eq!(d.models[1].why, "Reflects cause and feeling.");
        assert_eq!(d.models[1].line, 15);
    }

    #[test]
    fn a_person_without_role_or_place_is_described_without_stray_commas() {
        let full = Person::parse("Ana Souza, product lead, Lisbon");
        assert_eq!(full.described(), "Ana Souza, product lead, Lisbon");
        assert_eq!(full.detail(), "product lead, Lisbon");
        let bare = Person::parse("Mia Chen");
        assert_eq!(
            (bare.described().as_str(), bare.detail().as_str()),
            ("Mia Chen", "")
        );
        let no_place = Person::parse("Mia Chen, designer");
        assert_eq!(no_place.described(), "Mia Chen, designer");
    }

    #[test]
    fn reads_a_thread() {
        let source = "drill: t\nkind: summarise\ntitle: T\nthemes: transparency\ndifficulty: 2\npost: Ana Souza, product lead\n  We promised March.\npost: Ben Okafor, engineering\n  It depends on the API.\n";
        let (drills, problems) = read("t.txt", source);
        assert_eq!(problems, vec![]);
        assert_eq!(drills[0].posts[1].author.name, "Ben Okafor");
        assert_eq!(
            drills[0].statement(),
            "We promised March. It depends on the API."
        );
    }

    #[test]
    fn a_misspelt_key_is_read_as_the_key_it_stands_for() {
        let source = "drill: t\nknid: summarise\ntitle: T\nthemes: transparency\ndifficulty: 2\npost: Ana Souza, product lead, Lisbon\n  We promised March.\n";
        let (drills, problems) = read("t.txt", source);
        let lines: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        // Read as a summarise drill, so not also a paraphrase without its message.
        assert_eq!(lines, [(2, "unknown key `knid:` in a drill")]);
        assert_eq!(drills[0].kind, DrillKind::Summarise);
        let source = GOOD
            .replace("model: You're worn out", "modle: You're worn out")
            .replace("why: Names the feeling", "wyh: Names the feeling");
        let (drills, problems) = read("d.txt", &source);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(drills[0].models.len(), 2);
        assert!(drills[0].models.iter().all(|m| !m.why.is_empty()));
    }

    #[test]
    fn every_problem_is_reported_with_its_line() {
        let source = "kind: reflect\ndrill: x\nkind: reflex\ndifficulty: 5\nmesage: hi\nwhy: orphan\ntitle: A\ntitle: B\n";
        let (drills, problems) = read("bad.txt", source);
        assert_eq!(
            drills.len(),
            1,
            "returned for further checks; the library leaves it out"
        );
        let lines: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str()))
            .collect();
        assert!(
            lines.contains(&(1, "`kind:` comes before any `drill:` line")),
            "{lines:?}"
        );
        assert!(lines.contains(&(3, "unknown drill kind `reflex`")));
        assert!(lines.contains(&(4, "difficulty `5` is not 1, 2 or 3")));
        assert!(lines.contains(&(5, "unknown key `mesage:` in a drill")));
        assert!(lines.contains(&(6, "`why:` does not follow a `model:`")));
        assert!(lines.contains(&(8, "`title:` is given twice in drill `x`")));
        assert!(
            !lines.iter().any(|(_, m)| m.contains("has no `message:`")),
            "the typo `mesage:` is reported once: {lines:?}"
        );
        assert!(
            !lines
                .iter()
                .any(|(_, m)| m.contains("has no `difficulty:`")),
            "an out-of-range difficulty is not also missing: {lines:?}"
        );
        let typo = problems.iter().find(|p| p.line == 5).unwrap();
        assert_eq!(typo.fix.as_deref(), Some("did you mean `message:`?"));
    }
}

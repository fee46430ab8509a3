//! Content packs: one plain-text file a facilitator writes, a short header (id, title,
//! author, version, language) followed by drills and scenarios in the built-in format.
//! A pack gets every check the built-in content gets, plus limits that keep a hostile file
//! from exhausting memory or time, and ids that cannot shadow built-in exercises.
//!
//! ```text
//! pack: team-north
//! title: Team North practice
//! author: Ana Lima
//! version: 2
//! language: en
//!
//! drill: …
//! scenario: …
//! ```

use serde::{Deserialize, Serialize};

use super::diagnostic::{meant, Diagnostic};
use super::document::{key_of, parse_all_from, MAX_LINES};
use super::drill::Drill;
use super::library::built_in;
use super::stepped::PackSteps;
use super::Checking;
use crate::scenario::library::built_in as built_in_scenarios;
use crate::scenario::model::Scenario;

/// The largest pack, in bytes of UTF-8.
pub const MAX_PACK_BYTES: usize = 1_000_000;
/// The most scenarios and drills in one pack.
pub const MAX_SCENARIOS: usize = 40;
pub const MAX_DRILLS: usize = 400;
/// The header's keys, all required.
pub const HEADER_KEYS: &[&str] = &["pack", "title", "author", "version", "language"];

/// Who wrote a pack, and which version it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PackHeader {
    pub id: String,
    pub title: String,
    pub author: String,
    /// A whole number; a higher one replaces a lower one on re-import.
    pub version: u32,
    /// A language tag such as `en` or `pt-BR`.
    pub language: String,
}

/// A pack that was read; valid only when its problems are none.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub header: PackHeader,
    pub drills: Vec<Drill>,
    pub scenarios: Vec<Scenario>,
    /// The scenarios that were read but have problems, kept only when the reader was asked
    /// to (for the studio's map); never imported.
    pub faulty: Vec<Scenario>,
}

/// The example pack from the authoring guide, offered in the app as a starting point.
pub const EXAMPLE: &str = include_str!("../../../docs/example-pack.txt");

/// Whether `source` is a pack: its first line of content is `pack: …`.
pub fn is_pack(source: &str) -> bool {
    source
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| l.starts_with("pack:"))
}

/// One part of the file: the header, a drill, or one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Header,
    Drill,
    Scenario,
}

/// The part a line of the file begins, if it begins one.
fn starts(line: &str) -> Option<Part> {
    if line.starts_with("scenario:") {
        Some(Part::Scenario)
    } else if line.starts_with("drill:") {
        Some(Part::Drill)
    } else {
        None
    }
}

/// The limits the file is over: its size, then what is counted from its lines alone, so
/// that a file far over them is refused before any work that grows with its parts.
pub(crate) fn over_limits(file: &str, source: &str) -> Vec<Diagnostic> {
    if source.len() > MAX_PACK_BYTES {
        return vec![Diagnostic::new(
            file,
            0,
            0,
            format!(
                "this pack is {} KB; a pack can be at most {} KB",
                source.len() / 1000,
                MAX_PACK_BYTES / 1000
            ),
        )
        .fix("split it into smaller packs")];
    }
    let (mut lines, mut drills, mut scenarios) = (0, 0, 0);
    for line in source.lines() {
        lines += 1;
        match starts(line) {
            Some(Part::Drill) => drills += 1,
            Some(Part::Scenario) => scenarios += 1,
            _ => {}
        }
    }
    let mut problems = Vec::new();
    for (count, what, most) in [
        (lines, "lines", MAX_LINES),
        (scenarios, "scenarios", MAX_SCENARIOS),
        (drills, "drills", MAX_DRILLS),
    ] {
        if count > most {
            problems.push(
                Diagnostic::new(
                    file,
                    0,
                    0,
                    format!("this pack has {count} {what}; a pack can have at most {most}"),
                )
                .fix("split it into smaller packs"),
            );
        }
    }
    problems
}

/// The file cut into parts at each top-level `scenario:` line and at each drill: each
/// part is its text in the file and the number of lines before it, so diagnostics keep the
/// file's line numbers without copying the file.
///
/// Within a run of drills a part begins only where the drill reader begins a drill (a
/// `drill:` line it can read as one), so each drill is read on its own, a part of the
/// studio's stepped check, exactly as it is read within the run: the fields after a line
/// such as `drill:x`, which is not `key: value`, still belong to the drill before it.
pub(crate) fn parts(source: &str) -> Vec<(Part, usize, &str)> {
    let mut parts = Vec::new();
    let (mut kind, mut before, mut start) = (Part::Header, 0, 0);
    let mut at = 0;
    for (number, line) in source.split_inclusive('\n').enumerate() {
        match starts(line) {
            Some(Part::Drill) if kind == Part::Drill && key_of(line) != Some("drill") => {}
            Some(next) => {
                parts.push((kind, before, &source[start..at]));
                (kind, before, start) = (next, number, at);
            }
            None => {}
        }
        at += line.len();
    }
    parts.push((kind, before, &source[start..]));
    parts
}

/// Reads and checks a pack. The pack comes back whenever its header could be read, with
/// every problem found; only a pack without problems may be imported.
pub fn read_pack(file: &str, source: &str) -> (Option<Pack>, Vec<Diagnostic>) {
    read_pack_with(file, source, Checking::Full)
}

/// The same, checking as much as `checking` says: a stored pack was checked in full when
/// it was imported, and is read again at every start. It is the reading a part at a time
/// ([`PackSteps`]) run to its end in one go, without the faulty scenarios the studio maps.
pub fn read_pack_with(
    file: &str,
    source: &str,
    checking: Checking,
) -> (Option<Pack>, Vec<Diagnostic>) {
    let (mut pack, problems) = PackSteps::new(file, source, checking).run();
    if let Some(pack) = pack.as_mut() {
        pack.faulty = Vec::new();
    }
    (pack, problems)
}

/// The checks of the pack as a whole, once every part is read: ids that a built-in drill or
/// role-play has, and a pack with nothing in it; then `problems` (all the parts' problems
/// and these) in the order of the file. Each pair is the parts read without problems and
/// those read with some.
pub(crate) fn pack_wide(
    file: &str,
    pack_id: &str,
    (drills, faulty_drills): (&[Drill], &[Drill]),
    (scenarios, faulty): (&[Scenario], &[Scenario]),
    problems: &mut Vec<Diagnostic>,
) {
    // Faulty parts are checked too, so a built-in id is said in the same pass as their
    // other problems, not once those are mended.
    for drill in drills.iter().chain(faulty_drills) {
        if built_in().drill(&drill.id).is_some() {
            problems.push(shadowing(file, drill.line, "drill", &drill.id, pack_id));
        }
    }
    for scenario in scenarios.iter().chain(faulty) {
        if built_in_scenarios().iter().any(|s| s.id == scenario.id) {
            problems.push(shadowing(
                file,
                scenario.line,
                "scenario",
                &scenario.id,
                pack_id,
            ));
        }
    }
    if drills.is_empty() && scenarios.is_empty() && problems.is_empty() {
        problems.push(
            Diagnostic::new(file, 0, 0, "this pack has no drills and no scenarios")
                .fix("add at least one `drill:` or `scenario:` after the header"),
        );
    }
    crate::order::sort_by_key(problems, |p| (p.line, p.column));
}

fn shadowing(file: &str, line: usize, what: &str, id: &str, pack: &str) -> Diagnostic {
    Diagnostic::new(
        file,
        line,
        1,
        format!("{what} id `{id}` is already used by a built-in {what}"),
    )
    .fix(format!(
        "give it an id of its own, for example `{pack}-{id}`"
    ))
}

/// Reads the header part `text`, its problems added to `problems`.
pub(crate) fn header(file: &str, text: &str, problems: &mut Vec<Diagnostic>) -> PackHeader {
    let mut header = PackHeader::default();
    let (nodes, found) = parse_all_from(file, text, 0);
    problems.extend(found);
    let mut seen: Vec<&str> = Vec::new();
    // Reported once the header is read, when it is known which keys it lacks.
    let mut unknown = Vec::new();
    let mut first_line = 1;
    for node in &nodes {
        if seen.is_empty() {
            first_line = node.line;
        }
        let value = node.text();
        let at = |message: String| Diagnostic::new(file, node.line, node.value_column(), message);
        match node.key {
            "pack" if !super::is_id(&value) => problems.push(
                at(format!(
                    "pack id `{value}` is not lower-case words joined by hyphens"
                ))
                .fix("write it like `team-north-2026`"),
            ),
            "pack" => header.id = value,
            "title" | "author" if value.trim().is_empty() => {
                problems.push(at(format!("the pack's {} is empty", node.key)))
            }
            "title" => header.title = value,
            "author" => header.author = value,
            "version" => match value.trim().parse::<u32>() {
                Ok(n) if n > 0 => header.version = n,
                _ => problems.push(
                    at(format!(
                        "version `{value}` is not a whole number above zero"
                    ))
                    .fix("write `version: 1`, and raise it each time you change the pack"),
                ),
            },
            "language" if !is_language(&value) => problems.push(
                at(format!("language `{value}` is not a language tag"))
                    .fix("write a tag such as `en`, `fr` or `pt-BR`"),
            ),
            "language" => header.language = value,
            _ => {
                unknown.push(node);
                continue;
            }
        }
        if seen.contains(&node.key) {
            problems.push(
                Diagnostic::new(
                    file,
                    node.line,
                    node.column,
                    format!("`{}:` appears twice in the header", node.key),
                )
                .fix("keep one"),
            );
        }
        seen.push(node.key);
    }
    let mut missing: Vec<&str> = HEADER_KEYS
        .iter()
        .copied()
        .filter(|key| !seen.contains(key))
        .collect();
    let mut taken = Vec::new();
    for node in unknown {
        let mut problem = Diagnostic::new(
            file,
            node.line,
            node.column,
            format!("`{}:` is not a pack header key", node.key),
        );
        problem = match meant(node.key, &missing, HEADER_KEYS) {
            Some(near) => {
                taken.push(near);
                problem.fix(format!("did you mean `{near}:`?"))
            }
            None => problem.fix(format!(
                "the header has only {}",
                HEADER_KEYS
                    .iter()
                    .map(|k| format!("`{k}:`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        problems.push(problem);
    }
    missing.retain(|key| !taken.contains(key));
    for key in missing {
        problems.push(
            Diagnostic::new(
                file,
                first_line,
                1,
                format!("the pack header has no `{key}:`"),
            )
            .fix(format!(
                "add `{key}: …` to the header at the top of the file"
            )),
        );
    }
    header
}

/// `en`, `fra`, `pt-BR`, `zh-Hant-TW`: a primary language and optional subtags.
fn is_language(tag: &str) -> bool {
    let mut parts = tag.trim().split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The example pack in the authoring guide, exactly as written there (a fixture for tests
/// across the crate, so the guide's example is what they exercise).
#[cfg(test)]
pub(crate) fn example() -> String {
    let guide = include_str!("../../../docs/authoring.md");
    let start = guide
        .find("```pack\n")
        .expect("the guide has a ```pack block")
        + 8;
    let end = start + guide[start..].find("```").expect("the block is closed");
    guide[start..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::library::Library;

    fn messages(problems: &[Diagnostic]) -> Vec<String> {
        problems
            .iter()
            .map(|p| format!("{}:{} {}", p.line, p.column, p.message))
            .collect()
    }

    #[test]
    fn the_downloadable_example_is_the_guides() {
        assert_eq!(EXAMPLE, example());
    }

    #[test]
    fn the_guides_example_is_a_valid_pack() {
        let text = example();
        assert!(is_pack(&text));
        let (pack, problems) = read_pack("example.txt", &text);
        assert_eq!(messages(&problems), Vec::<String>::new());
        let pack = pack.unwrap();
        assert_eq!(
            pack.header,
            PackHeader {
                id: "team-north".into(),
                title: "Team North: listening across time zones".into(),
                author: "Ana Lima".into(),
                version: 1,
                language: "en".into(),
            }
        );
        assert_eq!(pack.drills.len(), 1);
        assert_eq!(pack.scenarios.len(), 1);
        let line_of = |needle: &str| text.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
        assert_eq!(pack.drills[0].line, line_of("drill:"));
        assert_eq!(pack.scenarios[0].line, line_of("scenario:"));
    }

    #[test]
    fn problems_point_at_the_packs_own_lines() {
        let text = example().replace("next: fix\n", "next: fixx\n");
        let broken = text.lines().position(|l| l.trim() == "next: fixx").unwrap() + 1;
        let (_, problems) = read_pack("example.txt", &text);
        assert!(!problems.is_empty());
        assert!(
            problems
                .iter()
                .any(|p| p.line == broken && p.message.contains("fixx")),
            "{:?}",
            messages(&problems)
        );
    }

    /// The example's body, drill and scenario, repeated `copies` times with ids of their own.
    fn long_pack(copies: usize) -> String {
        let text = example();
        let body_at = text.find("\ndrill:").unwrap();
        let mut long = text[..body_at].to_owned();
        for n in 0..copies {
            long.push_str(&text[body_at..].replace("team-north-", &format!("team-north-{n}-")));
        }
        long
    }

    #[test]
    fn a_long_packs_last_parts_keep_their_line_numbers() {
        // A part far down a long pack is read on its own, and must still report the pack's lines.
        let mut long = long_pack(MAX_SCENARIOS);
        let last = long.rfind("next: wary").unwrap();
        long.replace_range(last..last + "next: wary".len(), "next: wray");
        let line = long[..last].matches('\n').count() + 1;
        let started = std::time::Instant::now();
        let (pack, problems) = read_pack("long.txt", &long);
        assert!(started.elapsed().as_secs() < 5);
        assert!(pack.is_some());
        assert_eq!(problems.len(), 1, "{:?}", messages(&problems));
        assert_eq!(problems[0].line, line, "{:?}", messages(&problems));
        assert!(problems[0].message.contains("wray"));
    }

    #[test]
    fn a_late_drills_problems_keep_the_packs_line_numbers() {
        let mut long = long_pack(3);
        let last = long.rfind("difficulty: 1").unwrap();
        long.replace_range(last..last + "difficulty: 1".len(), "difficulty: 5");
        let line_of = |at: usize| long[..at].matches('\n').count() + 1;
        let line = line_of(last);
        let (_, problems) = read_pack("long.txt", &long);
        // One problem: a difficulty out of range is not also reported missing.
        assert_eq!(
            messages(&problems),
            vec![format!("{line}:13 difficulty `5` is not 1, 2 or 3")]
        );
    }

    #[test]
    fn a_line_bomb_is_refused_by_its_limits() {
        let header = "pack: b\ntitle: B\nauthor: T\nversion: 1\nlanguage: en\n\n";
        let bomb = format!("{header}{}", "drill:\nscenario:\n".repeat(46_000));
        let (pack, problems) = read_pack("bomb.txt", &bomb);
        assert!(pack.is_none());
        assert_eq!(
            messages(&problems),
            vec![
                "0:0 this pack has 92006 lines; a pack can have at most 20000",
                "0:0 this pack has 46000 scenarios; a pack can have at most 40",
                "0:0 this pack has 46000 drills; a pack can have at most 400",
            ]
        );
        let drills = format!("{header}{}", "drill: d\n".repeat(MAX_DRILLS + 1));
        let (pack, problems) = read_pack("drills.txt", &drills);
        assert!(pack.is_none());
        assert_eq!(
            messages(&problems),
            vec!["0:0 this pack has 401 drills; a pack can have at most 400"]
        );
    }

    #[test]
    fn parts_are_the_packs_own_text_not_padded_copies() {
        // A pack with as many parts as the limits allow: cut into parts, it must take no
        // more text than it has, whatever line each part starts on.
        let long = long_pack(MAX_SCENARIOS);
        let cut = parts(&long);
        assert_eq!(cut.len(), 1 + 2 * MAX_SCENARIOS);
        let mut taken = 0;
        for &(_, before, text) in &cut {
            assert_eq!(before, long[..taken].matches('\n').count());
            assert!(long[taken..].starts_with(text));
            taken += text.len();
        }
        assert_eq!(taken, long.len());
    }

    #[test]
    fn a_run_of_drills_read_a_drill_at_a_time_is_read_as_it_was_all_at_once() {
        let text = example();
        let (at, end) = (
            text.find("\ndrill:").unwrap(),
            text.find("\nscenario:").unwrap(),
        );
        let drill = &text[at..end];
        let header = &text[..at];
        let texts = [
            format!("{header}{drill}{drill}{drill}"),
            format!("{header}{drill}\ndrill:x\nkind: reflect{drill}\ndrill:\ntitle: T\ndrill: \n"),
            format!("{header}\ndrill:x\ntitle: T\n  more\ndrill: a\r\nkind: reflect\r\ndrill:b\n"),
            format!(
                "{header}{}",
                drill.replace("kind: reflect", "\tkind: reflect").repeat(2)
            ),
        ];
        for text in &texts {
            // The drills parts, and the same text cut into runs as it was before.
            let cut: Vec<_> = parts(text)
                .into_iter()
                .filter(|(p, _, _)| *p == Part::Drill)
                .map(|(_, before, part)| (FILE, part, before))
                .collect();
            let first = cut[0];
            let last = cut[cut.len() - 1];
            let start = first.1.as_ptr() as usize - text.as_ptr() as usize;
            let run = &text[start
                ..start + (last.1.as_ptr() as usize - first.1.as_ptr() as usize) + last.1.len()];
            let each = Library::load_parts_keeping(&cut, Checking::Full);
            let all = Library::load_parts_keeping(&[(FILE, run, first.2)], Checking::Full);
            assert!(cut.len() > 1, "{text}");
            assert_eq!(each.0.drills, all.0.drills, "{text}");
            assert_eq!(each.1, all.1, "{text}");
            assert_eq!(each.2, all.2, "{text}");
        }
    }

    const FILE: &str = "p.txt";

    #[test]
    fn a_drills_part_begins_where_the_drill_reader_begins_a_drill() {
        let header = "pack: p\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n";
        for line in [
            "drill: b\n",
            "drill:\n",
            "drill:\r\n",
            "drill:\r\r\n",
            "drill:   \r\n",
            "drill:x\n",
            "drill:\tb\n",
            "drill:\r",
            "drill:\r\r",
        ] {
            let text = format!("{header}drill: a\ntitle: T\n{line}kind: reflect\n");
            let cut: Vec<_> = parts(&text)
                .into_iter()
                .filter(|(p, _, _)| *p == Part::Drill)
                .collect();
            let run = &text[header.len()..];
            let (nodes, _) = parse_all_from(FILE, run, 0);
            let begun = nodes.iter().filter(|n| n.key == "drill").count();
            assert_eq!(cut.len(), begun, "{line:?}");
        }
    }

    #[test]
    fn header_problems_are_named_with_a_fix() {
        let body = example();
        let body = &body[body.find("drill:").unwrap()..];
        let text = format!("pack: Team North\ntitle: T\nauther: Ana\nversion: one\nlanguage: english\nlanguage: en\n\n{body}");
        let (_, problems) = read_pack("p.txt", &text);
        let all = messages(&problems).join("\n");
        assert!(
            all.contains("1:7 pack id `Team North` is not lower-case"),
            "{all}"
        );
        assert!(
            all.contains("3:1 `auther:` is not a pack header key"),
            "{all}"
        );
        assert!(problems
            .iter()
            .any(|p| p.fix.as_deref() == Some("did you mean `author:`?")));
        assert!(all.contains("version `one` is not a whole number"), "{all}");
        assert!(
            all.contains("language `english` is not a language tag"),
            "{all}"
        );
        assert!(all.contains("`language:` appears twice"), "{all}");
        assert!(
            !all.contains("the pack header has no `author:`"),
            "the typo `auther:` is reported once, with its fix: {all}"
        );
        assert!(
            is_language("pt-BR")
                && is_language("zh-Hant-TW")
                && !is_language("e")
                && !is_language("EN")
        );
    }

    #[test]
    fn built_in_ids_cannot_be_shadowed() {
        let text = example().replace("drill: team-north-quiet-demo", "drill: async-silence");
        let (_, problems) = read_pack("p.txt", &text);
        let shadow = problems
            .iter()
            .find(|p| p.message.contains("already used by a built-in drill"))
            .expect("reported");
        assert_eq!(
            shadow.fix.as_deref(),
            Some("give it an id of its own, for example `team-north-async-silence`")
        );
    }

    #[test]
    fn limits_give_a_clear_error() {
        let huge = format!("pack: big\n# {}\n", "x".repeat(MAX_PACK_BYTES));
        let (pack, problems) = read_pack("big.txt", &huge);
        assert!(pack.is_none());
        assert!(problems[0].message.contains("at most 1000 KB"));
        let many = format!("pack: many\n{}", "scenario: s\n".repeat(MAX_SCENARIOS + 1));
        let (_, problems) = read_pack("many.txt", &many);
        assert!(problems[0].message.contains("at most 40"));
        let beats: String = (0..3_000)
            .map(|i| format!("beat: b{i}\n  mood: calm\n  says: Hi.\n  choice: On.\n    feedback: Ok.\n    next: b{}\n", i + 1))
            .collect();
        let long = format!("{}\n{beats}", example());
        let started = std::time::Instant::now();
        let (_, problems) = read_pack("long.txt", &long);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        assert_eq!(problems.len(), 1, "{:?}", messages(&problems));
        assert!(
            problems[0]
                .message
                .ends_with("has 3005 beats; a scenario can have at most 100"),
            "{}",
            problems[0].message
        );
        let empty = "pack: empty\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n";
        let (_, problems) = read_pack("empty.txt", empty);
        assert_eq!(
            messages(&problems),
            vec!["0:0 this pack has no drills and no scenarios"]
        );
    }
}

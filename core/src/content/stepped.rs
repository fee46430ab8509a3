//! A pack read and checked a part at a time, so that a page can check a 1,000 KB pack in
//! turns short enough to handle a keystroke between any two of them. Each step reads and
//! checks one part: the header, one drill, one scenario, and last the checks of the pack as
//! a whole. [`PackSteps`] is every reading of a pack, the import's
//! ([`super::pack::read_pack`], which runs it to its end in one go) and the studio's;
//! [`SteppedCheck`] is the studio's, which also maps each scenario in its last step, and
//! run to its end is [`super::problems::studio_check`].

use std::borrow::Cow;
use std::ops::Range;

use super::diagnostic::Diagnostic;
use super::drill::{self, Drill};
use super::library::has_problems;
use super::pack::{header, over_limits, pack_wide, parts, Pack, PackHeader, Part};
use super::problems::{StudioCheck, STUDIO_FILE};
use super::validate::validate_one;
use super::Checking;
use crate::scenario::library::ScenariosRead;
use crate::scenario::studio_map::studio_maps;
use crate::scenario::Scenario;

/// A reading of a pack under way, of a text it borrows (the import's, read in one go) or
/// owns (the studio's, read over many turns of the page).
pub struct PackSteps<'a> {
    file: String,
    checking: Checking,
    text: Cow<'a, str>,
    /// Each part of the text: what it is, how many lines come before it, and where it is.
    /// Empty when the text is over the limits, which the first step then reports.
    cut: Vec<(Part, usize, Range<usize>)>,
    /// Steps taken so far.
    done: usize,
    header: PackHeader,
    problems: Vec<Diagnostic>,
    /// Every drill read, in the order of the text, and whether it has problems.
    drills: Vec<(Drill, bool)>,
    scenarios: ScenariosRead,
}

impl<'a> PackSteps<'a> {
    /// A reading of `text`, the pack `file`, checked as much as `checking` says, with no
    /// part done yet. Only the text's limits are checked and its parts found here: a count
    /// of its lines, which must come before any work that grows with its parts (so a
    /// hostile text is refused at once).
    pub fn new(file: &str, text: impl Into<Cow<'a, str>>, checking: Checking) -> Self {
        let text = text.into();
        let problems = over_limits(file, &text);
        let cut = if problems.is_empty() {
            let start = text.as_ptr() as usize;
            parts(&text)
                .into_iter()
                .map(|(part, before, within)| {
                    let at = within.as_ptr() as usize - start;
                    (part, before, at..at + within.len())
                })
                .collect()
        } else {
            Vec::new()
        };
        PackSteps {
            file: file.to_owned(),
            checking,
            text,
            cut,
            done: 0,
            header: PackHeader::default(),
            problems,
            drills: Vec::new(),
            scenarios: ScenariosRead::default(),
        }
    }

    /// How many parts the reading has in all: the header, each drill, each scenario and
    /// the checks of the whole pack; one for a text refused by its limits.
    pub fn parts(&self) -> usize {
        if self.cut.is_empty() {
            1
        } else {
            self.cut.len() + 1
        }
    }

    /// How many parts are done.
    pub fn done(&self) -> usize {
        self.done
    }

    /// Whether every part is done.
    pub fn is_finished(&self) -> bool {
        self.done == self.parts()
    }

    /// Does the next part; once it has done the last one, gives the pack (none when the
    /// text is over the limits), with the scenarios that have problems in [`Pack::faulty`],
    /// and every problem in the order of the text; nothing before it or after it.
    pub fn step(&mut self) -> Option<(Option<Pack>, Vec<Diagnostic>)> {
        if self.is_finished() {
            return None;
        }
        self.done += 1;
        if self.cut.is_empty() {
            return Some((None, std::mem::take(&mut self.problems)));
        }
        match self.cut.get(self.done - 1).cloned() {
            Some((Part::Header, _, at)) => {
                self.header = header(&self.file, &self.text[at], &mut self.problems);
            }
            Some((Part::Drill, before, at)) => self.drill(before, at),
            Some((Part::Scenario, before, at)) => self.scenario(before, at),
            None => return Some(self.finish()),
        }
        None
    }

    /// Runs the reading to its end.
    pub fn run(mut self) -> (Option<Pack>, Vec<Diagnostic>) {
        loop {
            if let Some(read) = self.step() {
                return read;
            }
        }
    }

    /// Reads and checks the drill at `at`: a part holds one, or none when it follows the
    /// header or a scenario and begins with a line such as `drill:x`, which the drill reader
    /// does not read as a drill's start (within a run of drills such a line is no cut).
    fn drill(&mut self, before: usize, at: Range<usize>) {
        let (read, mut problems) = drill::read_from(&self.file, &self.text[at], before);
        for drill in read {
            let same = self.drills.iter().rev().find(|(d, _)| d.id == drill.id);
            validate_one(&drill, same.map(|(d, _)| d), self.checking, &mut problems);
            let faulty = has_problems(&drill, &problems);
            self.drills.push((drill, faulty));
        }
        self.problems.extend(problems);
    }

    fn scenario(&mut self, before: usize, at: Range<usize>) {
        let found = self
            .scenarios
            .part(&self.file, &self.text[at], before, self.checking);
        self.problems.extend(found);
    }

    /// The checks of the whole pack.
    fn finish(&mut self) -> (Option<Pack>, Vec<Diagnostic>) {
        let (mut drills, mut faulty_drills) = (Vec::new(), Vec::new());
        for (drill, faulty) in std::mem::take(&mut self.drills) {
            if faulty {
                faulty_drills.push(drill);
            } else {
                drills.push(drill);
            }
        }
        let mut problems = std::mem::take(&mut self.problems);
        pack_wide(
            &self.file,
            &self.header.id,
            (&drills, &faulty_drills),
            (&self.scenarios.valid, &self.scenarios.faulty),
            &mut problems,
        );
        let scenarios = std::mem::take(&mut self.scenarios);
        let pack = Pack {
            header: std::mem::take(&mut self.header),
            drills,
            scenarios: scenarios.valid,
            faulty: scenarios.faulty,
        };
        (Some(pack), problems)
    }

    /// The text of the part the next step reads, for the tests to see how much that is.
    #[cfg(test)]
    fn next_part(&self) -> Option<&str> {
        let (_, _, at) = self.cut.get(self.done)?;
        Some(&self.text[at.clone()])
    }
}

/// The studio's check of its text under way: the pack read a part at a time, checked in
/// full, and in its last step each scenario mapped, faulty or not.
pub struct SteppedCheck(PackSteps<'static>);

impl SteppedCheck {
    /// A check of `text` with no part done yet (see [`PackSteps::new`]).
    pub fn new(text: impl Into<String>) -> Self {
        SteppedCheck(PackSteps::new(STUDIO_FILE, text.into(), Checking::Full))
    }

    /// How many parts the check has in all (see [`PackSteps::parts`]).
    pub fn parts(&self) -> usize {
        self.0.parts()
    }

    /// How many parts are done.
    pub fn done(&self) -> usize {
        self.0.done()
    }

    /// Whether every part is done.
    pub fn is_finished(&self) -> bool {
        self.0.is_finished()
    }

    /// Does the next part of the check; gives what the check found once it has done the
    /// last one, and nothing before it or after it.
    pub fn step(&mut self) -> Option<StudioCheck> {
        let (pack, problems) = self.0.step()?;
        let Some(pack) = pack else {
            return Some(StudioCheck {
                problems,
                ..StudioCheck::default()
            });
        };
        let mut scenarios: Vec<Scenario> = pack.scenarios.into_iter().chain(pack.faulty).collect();
        crate::order::sort_by_key(&mut scenarios, |s| s.line);
        let maps = studio_maps(&scenarios.iter().collect::<Vec<_>>(), &problems);
        Some(StudioCheck {
            problems,
            maps,
            scenarios,
            drills: pack.drills,
        })
    }

    /// Runs the check to its end.
    pub fn run(mut self) -> StudioCheck {
        loop {
            if let Some(check) = self.step() {
                return check;
            }
        }
    }

    #[cfg(test)]
    fn next_part(&self) -> Option<&str> {
        self.0.next_part()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::library::Library;
    use crate::content::pack::{EXAMPLE, MAX_DRILLS, MAX_SCENARIOS};
    use crate::content::problems::tests::{broken_but, broken_three_ways, largest_pack};
    use crate::scenario::library::load_parts_keeping;
    use proptest::prelude::*;

    /// The text cut as it was before a run of drills was cut at each drill: neighbouring
    /// drill parts joined again, so that a wrong boundary between two drills shows as a
    /// difference from the stepped check.
    fn runs(text: &str) -> Vec<(Part, usize, &str)> {
        let mut runs: Vec<(Part, usize, &str)> = Vec::new();
        for (part, before, within) in parts(text) {
            match runs.last_mut() {
                Some((Part::Drill, _, run)) if part == Part::Drill => {
                    let start = run.as_ptr() as usize - text.as_ptr() as usize;
                    *run = &text[start..start + run.len() + within.len()];
                }
                _ => runs.push((part, before, within)),
            }
        }
        runs
    }

    /// The pack read as it was before it went a part at a time, and as `rapport check`
    /// reads files: every drill at once, then every scenario, then the pack as a whole;
    /// with the maps drawn from it, as the studio drew them.
    fn in_one_go(text: &str) -> StudioCheck {
        let problems = over_limits(STUDIO_FILE, text);
        if !problems.is_empty() {
            return StudioCheck {
                problems,
                ..StudioCheck::default()
            };
        }
        let cut = runs(text);
        let mut problems = Vec::new();
        let header = header(STUDIO_FILE, cut[0].2, &mut problems);
        let of = |kind: Part| -> Vec<(&str, &str, usize)> {
            cut.iter()
                .filter(|(part, _, _)| *part == kind)
                .map(|&(_, before, text)| (STUDIO_FILE, text, before))
                .collect()
        };
        let (library, found, faulty_drills) =
            Library::load_parts_keeping(&of(Part::Drill), Checking::Full);
        problems.extend(found);
        let (scenarios, found, faulty) =
            load_parts_keeping(&of(Part::Scenario), Checking::Full, true);
        problems.extend(found);
        pack_wide(
            STUDIO_FILE,
            &header.id,
            (&library.drills, &faulty_drills),
            (&scenarios, &faulty),
            &mut problems,
        );
        let mut scenarios: Vec<Scenario> = scenarios.into_iter().chain(faulty).collect();
        crate::order::sort_by_key(&mut scenarios, |s| s.line);
        let maps = studio_maps(&scenarios.iter().collect::<Vec<_>>(), &problems);
        StudioCheck {
            problems,
            maps,
            scenarios,
            drills: library.drills,
        }
    }

    /// The stepped check of `text`, a step at a time, checking its count as it goes.
    fn stepped(text: &str) -> StudioCheck {
        let mut check = SteppedCheck::new(text);
        let parts = check.parts();
        for done in 1..parts {
            assert!(
                check.step().is_none(),
                "finished early, at {done} of {parts}"
            );
            assert_eq!((check.done(), check.is_finished()), (done, false));
        }
        let found = check.step().expect("the last part gives what was found");
        assert_eq!((check.done(), check.is_finished()), (parts, true));
        assert!(check.step().is_none(), "a finished check does nothing more");
        assert_eq!(check.done(), parts);
        found
    }

    fn id_thrice() -> String {
        let at = EXAMPLE.find("\ndrill:").unwrap();
        let end = EXAMPLE.find("\nscenario:").unwrap();
        let drill = &EXAMPLE[at..end];
        format!("{}{drill}{drill}", &EXAMPLE[..end])
    }

    /// Texts whose parts hide a difference between reading a run of drills at once and
    /// one drill at a time, or the pack's parts one by one and all together.
    fn awkward() -> Vec<String> {
        let header = "pack: p\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n";
        let at = EXAMPLE.find("\ndrill:").unwrap();
        let scenario = &EXAMPLE[EXAMPLE.find("\nscenario:").unwrap()..];
        vec![
            EXAMPLE.to_owned(),
            broken_three_ways(),
            broken_but(None),
            id_thrice(),
            // A line that begins like a drill but is not one: what follows is the drill
            // before it's, in a run of drills, and no drill's after the header or a scenario.
            id_thrice().replacen(
                "\ndrill: team-north-quiet-demo",
                "\ndrill:team-north-quiet-demo",
                2,
            ),
            format!("{header}drill:x\nkind: reflect\n{scenario}drill:y\ntitle: T\ndrill: z\n"),
            format!("{header}drill:\ndrill: \ndrill: a b\ndrill:\r\ntitle: x\r\n"),
            format!("{header}drill: a\ntitle: T\ndrill:\r\r\nkind: reflect\ndrill:\r\r"),
            format!("{EXAMPLE}{scenario}"),
            EXAMPLE.replace(
                "scenario: team-north-missed-handoff",
                "scenario: the-handover",
            ),
            EXAMPLE.replace("drill: team-north-quiet-demo", "drill: async-silence"),
            format!("{}{}", &EXAMPLE[..at], "\n\n# only a comment\n"),
            header.to_owned(),
            String::new(),
            "scenario: s\n".repeat(MAX_SCENARIOS + 1),
            format!("{EXAMPLE}\n{}", "drill: d\n".repeat(MAX_DRILLS + 1)),
            "x".repeat(crate::content::pack::MAX_PACK_BYTES + 1),
        ]
    }

    #[test]
    fn a_part_at_a_time_finds_what_one_go_finds() {
        for text in awkward() {
            let once = in_one_go(&text);
            assert_eq!(stepped(&text), once, "{text}");
            assert_eq!(super::super::problems::studio_check(&text), once);
            // The import's reading is the same steps, without the maps.
            let (pack, problems) = crate::content::pack::read_pack(STUDIO_FILE, &text);
            assert_eq!(problems, once.problems);
            assert_eq!(pack.map(|p| p.drills).unwrap_or_default(), once.drills);
        }
    }

    /// A line of a pack from the format's own vocabulary: drills, scenarios and their keys,
    /// a drill line the reader cannot read as one (`drill:x`), ids used twice or used by
    /// the built-in content, typos, with any indentation.
    fn pack_line() -> impl Strategy<Value = String> {
        let key = prop::sample::select(vec![
            "drill: d",
            "drill: d",
            "drill: e",
            "drill:x",
            "drill:",
            "scenario: s",
            "scenario: s",
            "scenario: the-handover",
            "drill: async-silence",
            "kind",
            "title",
            "themes",
            "difficulty",
            "from",
            "message",
            "post",
            "feelings",
            "point",
            "model",
            "why",
            "modle",
            "auther",
            "summary",
            "character",
            "context",
            "beat",
            "mood",
            "says",
            "choice",
            "feedback",
            "trust",
            "next",
            "respond",
            "example",
            "ending",
            "debrief",
            "",
            "# a comment",
        ]);
        let value = prop::sample::select(vec![
            "reflect",
            "summarise",
            "2",
            "9",
            "start",
            "end",
            "virtual-teams",
            "frustrated",
            "Ana, lead, Lima",
            "I waited all week and nobody answered me.",
            "So you waited all week and heard nothing. That sounds frustrating. Is that right?",
        ]);
        (0usize..3, key, value).prop_map(|(indent, key, value)| {
            if key.contains(':') || key.starts_with('#') || key.is_empty() {
                key.to_owned()
            } else {
                format!("{}{key}: {value}", "  ".repeat(indent))
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn the_stepped_check_of_a_generated_pack_finds_what_one_go_finds(
            lines in prop::collection::vec(pack_line(), 0..70),
            header in any::<bool>(),
        ) {
            let head = if header { "pack: fuzz\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n" } else { "" };
            let text = format!("{head}{}\n", lines.join("\n"));
            prop_assert_eq!(stepped(&text), in_one_go(&text));
        }

        #[test]
        fn the_stepped_check_of_any_text_finds_what_one_go_finds(text in "\\PC{0,600}") {
            prop_assert_eq!(stepped(&text), in_one_go(&text));
        }
    }

    #[test]
    fn the_imports_reading_borrows_the_text() {
        // A megabyte copied for every pack read at each start would be wasted.
        let steps = PackSteps::new(STUDIO_FILE, EXAMPLE, Checking::Full);
        assert!(matches!(steps.text, Cow::Borrowed(_)));
        assert!(matches!(SteppedCheck::new(EXAMPLE).0.text, Cow::Owned(_)));
    }

    #[test]
    fn each_part_is_one_step() {
        // The header, the drill, the scenario and the pack as a whole.
        assert_eq!(SteppedCheck::new(EXAMPLE).parts(), 4);
        // A refusal by the limits is one step, taken before anything is read.
        let many = "scenario: s\n".repeat(MAX_SCENARIOS + 1);
        let mut check = SteppedCheck::new(many);
        assert_eq!(check.parts(), 1);
        let refused = check.step().expect("refused at once");
        assert_eq!(refused.problems.len(), 1);
        assert!(refused.problems[0].message.contains("at most 40"));
    }

    /// Bounded work per step: on the largest pack the limits allow, every step reads one
    /// part, the header or a single drill or scenario, never a run of them. The time of the
    /// longest step is printed for the note (run with `--release -- --nocapture`).
    #[test]
    fn no_step_reads_more_than_one_part_of_the_largest_pack() {
        let text = largest_pack();
        let mut check = SteppedCheck::new(text.as_str());
        assert_eq!(check.parts(), 1 + MAX_DRILLS + MAX_SCENARIOS + 1);
        let (mut longest, mut biggest) = (std::time::Duration::ZERO, 0);
        let mut found = None;
        while !check.is_finished() {
            let part = check.next_part().unwrap_or_default();
            let starts = part
                .lines()
                .filter(|l| l.starts_with("drill:") || l.starts_with("scenario:"))
                .count();
            assert!(starts <= 1, "a step of {starts} parts:\n{part}");
            biggest = biggest.max(part.len());
            let started = std::time::Instant::now();
            found = check.step();
            longest = longest.max(started.elapsed());
        }
        assert!(biggest < text.len() / 40, "a part of {biggest} bytes");
        let found = found.expect("the last step gives the check");
        assert_eq!(found.problems, Vec::new());
        assert_eq!(found.drills.len(), MAX_DRILLS);
        println!(
            "the stepped check of the largest pack: {} parts, the largest {biggest} bytes, the longest step {:.1} ms",
            1 + MAX_DRILLS + MAX_SCENARIOS + 1,
            longest.as_secs_f64() * 1000.0
        );
    }

    /// The limit of that bound: a part is read in one step however long it is, so the two
    /// worst shapes, a megabyte with no `drill:` or `scenario:` line and one drill with a
    /// huge message, take their longest step on nearly the whole text. The README states
    /// this limit with the times printed here (run with `--release -- --nocapture`).
    #[test]
    fn a_single_long_part_is_read_in_one_step() {
        let header = "pack: p\ntitle: T\nauthor: A\nversion: 1\nlanguage: en\n";
        let line = "  and the words go on and on, as a long text does.\n";
        let body = line.repeat(19_000);
        let drill = "drill: d\nkind: reflect\ntitle: T\ndifficulty: 1\nthemes: virtual-teams\nmessage: It began\n";
        for (shape, text, parts) in [
            ("no drill: or scenario: line", format!("{header}{body}"), 2),
            (
                "one drill with a huge message",
                format!("{header}{drill}{body}"),
                3,
            ),
        ] {
            assert!(text.len() > 950_000 && over_limits(STUDIO_FILE, &text).is_empty());
            let mut check = SteppedCheck::new(text.as_str());
            assert_eq!(check.parts(), parts, "{shape}");
            let (mut longest, mut biggest) = (std::time::Duration::ZERO, 0);
            while !check.is_finished() {
                biggest = biggest.max(check.next_part().map_or(0, str::len));
                let started = std::time::Instant::now();
                check.step();
                longest = longest.max(started.elapsed());
            }
            assert!(biggest > text.len() - drill.len() - header.len(), "{shape}");
            println!(
                "{shape}: a part of {biggest} bytes, the longest step {:.1} ms",
                longest.as_secs_f64() * 1000.0
            );
        }
    }
}

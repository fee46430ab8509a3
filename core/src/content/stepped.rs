//! The studio's check of a pack a part at a time, so that a page can check a 1,000 KB pack
//! in turns short enough to handle a keystroke between any two of them. Each step reads
//! and checks one part: the header, one drill, one scenario, and last the checks of the
//! pack as a whole, with the maps. Run to its end it is [`super::problems::studio_check`];
//! its problems are those the import finds reading the pack in one go
//! ([`super::pack::read_pack`]), since both are made of the same checks of each part.

use std::ops::Range;

use super::diagnostic::Diagnostic;
use super::drill::{self, Drill};
use super::pack::{header, over_limits, pack_wide, parts, PackHeader, Part};
use super::problems::{StudioCheck, STUDIO_FILE};
use super::validate::validate_one;
use super::Checking;
use crate::scenario::library::load_part;
use crate::scenario::studio_map::studio_maps;
use crate::scenario::Scenario;

/// A check of the studio's text under way.
pub struct SteppedCheck {
    text: String,
    /// Each part of the text: what it is, how many lines come before it, and where it is.
    /// None when the text is over the limits, which the first step then reports.
    cut: Vec<(Part, usize, Range<usize>)>,
    /// Steps taken so far.
    done: usize,
    header: PackHeader,
    problems: Vec<Diagnostic>,
    /// Every drill read, in the order of the text, and whether it has problems.
    drills: Vec<(Drill, bool)>,
    /// The scenarios read without problems and those read with some.
    scenarios: Vec<Scenario>,
    faulty: Vec<Scenario>,
}

impl SteppedCheck {
    /// A check of `text` with no part done yet. Only the text's limits are checked and its
    /// parts found here: a count of its lines, which must come before any work that grows
    /// with its parts (so a hostile text is refused at once).
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let problems = over_limits(STUDIO_FILE, &text);
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
        SteppedCheck {
            text,
            cut,
            done: 0,
            header: PackHeader::default(),
            problems,
            drills: Vec::new(),
            scenarios: Vec::new(),
            faulty: Vec::new(),
        }
    }

    /// How many parts the check has in all: the header, each drill, each scenario and the
    /// checks of the whole pack; one for a text refused by its limits.
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

    /// Does the next part of the check; gives what the check found once it has done the
    /// last one, and nothing before it or after it.
    pub fn step(&mut self) -> Option<StudioCheck> {
        if self.is_finished() {
            return None;
        }
        self.done += 1;
        if self.cut.is_empty() {
            return Some(StudioCheck {
                problems: std::mem::take(&mut self.problems),
                ..StudioCheck::default()
            });
        }
        match self.cut.get(self.done - 1).cloned() {
            Some((Part::Header, _, at)) => {
                self.header = header(STUDIO_FILE, &self.text[at], &mut self.problems);
            }
            Some((Part::Drills, before, at)) => self.drill(before, at),
            Some((Part::Scenario, before, at)) => self.scenario(before, at),
            None => return Some(self.finish()),
        }
        None
    }

    /// Runs the check to its end.
    pub fn run(mut self) -> StudioCheck {
        loop {
            if let Some(check) = self.step() {
                return check;
            }
        }
    }

    /// Reads and checks the drill at `at` (a part holds one, or none when it is a line
    /// such as `drill:x` that cannot be read as a drill's start).
    fn drill(&mut self, before: usize, at: Range<usize>) {
        let (read, mut problems) = drill::read_from(STUDIO_FILE, &self.text[at], before);
        for drill in read {
            let same = self.drills.iter().rev().find(|(d, _)| d.id == drill.id);
            validate_one(&drill, same.map(|(d, _)| d), Checking::Full, &mut problems);
            let lines = drill.line..=drill.end_line;
            let faulty = problems.iter().any(|p| lines.contains(&p.line));
            self.drills.push((drill, faulty));
        }
        self.problems.extend(problems);
    }

    fn scenario(&mut self, before: usize, at: Range<usize>) {
        let (scenarios, faulty) = (&self.scenarios, &self.faulty);
        let (read, found) = load_part(STUDIO_FILE, &self.text[at], before, Checking::Full, |id| {
            scenarios.iter().chain(faulty).any(|s| s.id == id)
        });
        if let Some(scenario) = read {
            if found.is_empty() {
                self.scenarios.push(scenario);
            } else {
                self.faulty.push(scenario);
            }
        }
        self.problems.extend(found);
    }

    /// The checks of the whole pack, and the maps.
    fn finish(&mut self) -> StudioCheck {
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
            STUDIO_FILE,
            &self.header.id,
            (&drills, &faulty_drills),
            (&self.scenarios, &self.faulty),
            &mut problems,
        );
        let mut scenarios: Vec<Scenario> = std::mem::take(&mut self.scenarios)
            .into_iter()
            .chain(std::mem::take(&mut self.faulty))
            .collect();
        crate::order::sort_by_key(&mut scenarios, |s| s.line);
        let maps = studio_maps(&scenarios.iter().collect::<Vec<_>>(), &problems);
        StudioCheck {
            problems,
            maps,
            scenarios,
            drills,
        }
    }

    /// The text of the part the next step reads, for the tests to see how much that is.
    #[cfg(test)]
    fn next_part(&self) -> Option<&str> {
        let (_, _, at) = self.cut.get(self.done)?;
        Some(&self.text[at.clone()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::{read_pack_keeping, EXAMPLE, MAX_DRILLS, MAX_SCENARIOS};
    use crate::content::problems::tests::{broken_but, broken_three_ways, largest_pack};

    /// The check as the import reads a pack, in one go, with the maps drawn from it: what
    /// the studio's check was before it went a part at a time, and must still be.
    fn in_one_go(text: &str) -> StudioCheck {
        let (pack, problems) = read_pack_keeping(STUDIO_FILE, text, Checking::Full, true);
        let Some(pack) = pack else {
            return StudioCheck {
                problems,
                ..StudioCheck::default()
            };
        };
        let mut scenarios: Vec<Scenario> = pack.scenarios.into_iter().chain(pack.faulty).collect();
        crate::order::sort_by_key(&mut scenarios, |s| s.line);
        let maps = studio_maps(&scenarios.iter().collect::<Vec<_>>(), &problems);
        StudioCheck {
            problems,
            maps,
            scenarios,
            drills: pack.drills,
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
            assert_eq!(stepped(&text), in_one_go(&text), "{text}");
            assert_eq!(
                super::super::problems::studio_check(&text),
                in_one_go(&text)
            );
        }
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
}

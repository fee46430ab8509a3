//! Checking any mix of content files, as `rapport check` and pack import do: each file is a
//! pack when it starts with `pack:`, a scenario when it starts with `scenario:`, and a set of
//! drills otherwise.

use super::diagnostic::Diagnostic;
use super::document::parse;
use super::library::Library;
use super::pack::{is_pack, read_pack};
use crate::scenario;

/// A file's path and text.
type File<'a> = (&'a str, &'a str);

/// What a check found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checked {
    /// Valid drills and scenarios.
    pub drills: usize,
    pub scenarios: usize,
    /// Every problem, by file and line.
    pub problems: Vec<Diagnostic>,
}

/// Checks `files` (path, text) together.
pub fn check(files: &[(&str, &str)]) -> Checked {
    let is_scenario = |source: &str| {
        parse("", source)
            .ok()
            .and_then(|nodes| nodes.first().map(|n| n.key == "scenario"))
            .unwrap_or(false)
    };
    let (pack_files, files): (Vec<File>, Vec<File>) = files
        .iter()
        .copied()
        .partition(|(_, source)| is_pack(source));
    let (scenario_files, drill_files): (Vec<File>, Vec<File>) = files
        .into_iter()
        .partition(|(_, source)| is_scenario(source));
    let (library, mut problems) = Library::load(&drill_files);
    let (scenarios, scenario_problems) = scenario::library::load(&scenario_files);
    problems.extend(scenario_problems);
    let (mut drills, mut scenario_count) = (library.drills.len(), scenarios.len());
    for (file, source) in pack_files {
        let (pack, found) = read_pack(file, source);
        if let (Some(pack), true) = (pack, found.is_empty()) {
            drills += pack.drills.len();
            scenario_count += pack.scenarios.len();
        }
        problems.extend(found);
    }
    crate::order::sort_by(&mut problems, |a, b| {
        (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column))
    });
    Checked {
        drills,
        scenarios: scenario_count,
        problems,
    }
}

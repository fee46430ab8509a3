//! Checking any mix of content files, as `rapport check` and (later) pack import do: each
//! file is a scenario when it starts with `scenario:`, and a set of drills otherwise.

use super::diagnostic::Diagnostic;
use super::document::parse;
use super::library::Library;
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
    let (scenario_files, drill_files): (Vec<File>, Vec<File>) = files
        .iter()
        .copied()
        .partition(|(_, source)| is_scenario(source));
    let (library, mut problems) = Library::load(&drill_files);
    let (scenarios, scenario_problems) = scenario::library::load(&scenario_files);
    problems.extend(scenario_problems);
    problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    Checked {
        drills: library.drills.len(),
        scenarios: scenarios.len(),
        problems,
    }
}

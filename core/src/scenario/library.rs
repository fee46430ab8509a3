//! The built-in scenarios, embedded at build time from `content/scenarios/`.

use std::sync::OnceLock;

use super::model::Scenario;
use super::read::{read, read_from};
use super::validate::validate_with;
use crate::content::diagnostic::Diagnostic;
use crate::content::Checking;

/// Every built-in scenario file, by its path in the repository.
#[rustfmt::skip]
pub const SCENARIO_FILES: &[(&str, &str)] = &[
    ("content/scenarios/after-the-layoffs.txt", include_str!("../../../content/scenarios/after-the-layoffs.txt")),
    ("content/scenarios/blamed-in-public.txt", include_str!("../../../content/scenarios/blamed-in-public.txt")),
    ("content/scenarios/decided-while-away.txt", include_str!("../../../content/scenarios/decided-while-away.txt")),
    ("content/scenarios/it-may-be-difficult.txt", include_str!("../../../content/scenarios/it-may-be-difficult.txt")),
    ("content/scenarios/not-by-friday.txt", include_str!("../../../content/scenarios/not-by-friday.txt")),
    ("content/scenarios/one-more-feature.txt", include_str!("../../../content/scenarios/one-more-feature.txt")),
    ("content/scenarios/second-language-meeting.txt", include_str!("../../../content/scenarios/second-language-meeting.txt")),
    ("content/scenarios/the-bad-news-report.txt", include_str!("../../../content/scenarios/the-bad-news-report.txt")),
    ("content/scenarios/the-handover.txt", include_str!("../../../content/scenarios/the-handover.txt")),
    ("content/scenarios/the-invisible-work.txt", include_str!("../../../content/scenarios/the-invisible-work.txt")),
    ("content/scenarios/the-lapsed-update.txt", include_str!("../../../content/scenarios/the-lapsed-update.txt")),
    ("content/scenarios/the-late-meeting.txt", include_str!("../../../content/scenarios/the-late-meeting.txt")),
    ("content/scenarios/the-quiet-new-hire.txt", include_str!("../../../content/scenarios/the-quiet-new-hire.txt")),
    ("content/scenarios/the-slip-to-tell.txt", include_str!("../../../content/scenarios/the-slip-to-tell.txt")),
    ("content/scenarios/the-ten-pm-ping.txt", include_str!("../../../content/scenarios/the-ten-pm-ping.txt")),
    ("content/scenarios/the-withdrawn-report.txt", include_str!("../../../content/scenarios/the-withdrawn-report.txt")),
];

/// Reads and validates scenario files; faulty scenarios are left out and their problems returned.
pub fn load(files: &[(&str, &str)]) -> (Vec<Scenario>, Vec<Diagnostic>) {
    load_with(files, Checking::Full)
}

/// The same, checking as much as `checking` says.
pub fn load_with(files: &[(&str, &str)], checking: Checking) -> (Vec<Scenario>, Vec<Diagnostic>) {
    let parts: Vec<_> = files
        .iter()
        .map(|&(file, source)| (file, source, 0))
        .collect();
    load_parts(&parts, checking)
}

/// The same for scenarios that are parts of larger files, each given with the number of
/// lines of its file before it.
pub fn load_parts(
    parts: &[(&str, &str, usize)],
    checking: Checking,
) -> (Vec<Scenario>, Vec<Diagnostic>) {
    let (scenarios, problems, _) = load_parts_keeping(parts, checking, false);
    (scenarios, problems)
}

/// The same, also giving the faulty scenarios that could be read when `keep` says so (the
/// studio maps a scenario while its author mends it).
pub fn load_parts_keeping(
    parts: &[(&str, &str, usize)],
    checking: Checking,
    keep: bool,
) -> (Vec<Scenario>, Vec<Diagnostic>, Vec<Scenario>) {
    let mut read = ScenariosRead::default();
    let mut problems = Vec::new();
    for &(file, source, before) in parts {
        problems.extend(read.part(file, source, before, checking));
    }
    if !keep {
        read.faulty = Vec::new();
    }
    (read.valid, problems, read.faulty)
}

/// The scenarios read so far, those without problems and those with some. The checks of a
/// set of scenarios and the studio's check of one scenario at a time both read into one.
#[derive(Debug, Default)]
pub struct ScenariosRead {
    pub valid: Vec<Scenario>,
    pub faulty: Vec<Scenario>,
}

impl ScenariosRead {
    /// Reads and checks one scenario, `source`, a part of `file` after `before` lines of
    /// it, keeping it if it could be read; gives its problems (none when it is valid).
    pub fn part(
        &mut self,
        file: &str,
        source: &str,
        before: usize,
        checking: Checking,
    ) -> Vec<Diagnostic> {
        let (scenario, mut found) = read_from(file, source, before);
        let Some(scenario) = scenario else {
            return found;
        };
        found.extend(validate_with(&scenario, checking));
        // Faulty ones count too, so a repeated id is said in the same pass as their problems.
        if self
            .valid
            .iter()
            .chain(&self.faulty)
            .any(|s| s.id == scenario.id)
        {
            found.push(Diagnostic::new(
                file,
                scenario.line,
                1,
                format!("scenario id `{}` is already used", scenario.id),
            ));
        }
        if found.is_empty() {
            self.valid.push(scenario);
        } else {
            self.faulty.push(scenario);
        }
        found
    }
}

/// The built-in scenarios (validated by this crate's tests; only read at run time).
pub fn built_in() -> &'static [Scenario] {
    static SCENARIOS: OnceLock<Vec<Scenario>> = OnceLock::new();
    SCENARIOS.get_or_init(|| {
        SCENARIO_FILES
            .iter()
            .filter_map(|(file, source)| read(file, source).0)
            .collect()
    })
}

/// The built-in scenario with this id.
pub fn find(id: &str) -> Option<&'static Scenario> {
    built_in().iter().find(|s| s.id == id)
}

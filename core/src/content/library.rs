//! The built-in content, embedded at build time from `content/`, parsed once.

use std::sync::OnceLock;

use super::diagnostic::Diagnostic;
use super::drill::{self, Drill};
use super::validate::validate_with;
use super::Checking;

/// Every built-in drill file, by its path in the repository.
pub const DRILL_FILES: &[(&str, &str)] = &[
    (
        "content/drills/boundaries.txt",
        include_str!("../../../content/drills/boundaries.txt"),
    ),
    (
        "content/drills/commitments.txt",
        include_str!("../../../content/drills/commitments.txt"),
    ),
    (
        "content/drills/cultures.txt",
        include_str!("../../../content/drills/cultures.txt"),
    ),
    (
        "content/drills/recognition.txt",
        include_str!("../../../content/drills/recognition.txt"),
    ),
    (
        "content/drills/repair.txt",
        include_str!("../../../content/drills/repair.txt"),
    ),
    (
        "content/drills/threads.txt",
        include_str!("../../../content/drills/threads.txt"),
    ),
];

/// A set of drills ready to practise.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub drills: Vec<Drill>,
}

impl Library {
    /// Reads and validates `files`; drills with problems are left out, and the problems returned.
    pub fn load(files: &[(&str, &str)]) -> (Library, Vec<Diagnostic>) {
        Self::load_with(files, Checking::Full)
    }

    /// The same, checking as much as `checking` says.
    pub fn load_with(files: &[(&str, &str)], checking: Checking) -> (Library, Vec<Diagnostic>) {
        let parts: Vec<_> = files
            .iter()
            .map(|&(file, source)| (file, source, 0))
            .collect();
        Self::load_parts(&parts, checking)
    }

    /// The same for drills that are parts of larger files, each given with the number of
    /// lines of its file before it.
    pub fn load_parts(
        parts: &[(&str, &str, usize)],
        checking: Checking,
    ) -> (Library, Vec<Diagnostic>) {
        let (library, problems, _) = Self::load_parts_keeping(parts, checking);
        (library, problems)
    }

    /// The same, also giving the drills left out for their problems, for checks that
    /// should say theirs in the same pass.
    pub fn load_parts_keeping(
        parts: &[(&str, &str, usize)],
        checking: Checking,
    ) -> (Library, Vec<Diagnostic>, Vec<Drill>) {
        let mut drills = Vec::new();
        let mut problems = Vec::new();
        for &(file, source, before) in parts {
            let (found, form) = drill::read_from(file, source, before);
            drills.extend(found);
            problems.extend(form);
        }
        problems.extend(validate_with(&drills, checking));
        let (faulty, drills): (Vec<Drill>, Vec<Drill>) =
            drills.into_iter().partition(|d| has_problems(d, &problems));
        crate::order::sort_by(&mut problems, |a, b| {
            (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column))
        });
        (Library { drills }, problems, faulty)
    }

    /// The drill with this id.
    pub fn drill(&self, id: &str) -> Option<&Drill> {
        self.drills.iter().find(|d| d.id == id)
    }
}

/// Whether a problem is on one of the drill's lines: the rule that leaves a drill out, for
/// the checks of a set of drills and the studio's of one drill at a time alike.
pub(crate) fn has_problems(drill: &Drill, problems: &[Diagnostic]) -> bool {
    let lines = drill.line..=drill.end_line;
    problems
        .iter()
        .any(|p| p.file == drill.file && lines.contains(&p.line))
}

/// How many built-in drills there are, counted without reading them (for the home page,
/// which should not pay for parsing every drill).
pub fn drill_count() -> usize {
    DRILL_FILES
        .iter()
        .map(|(_, source)| source.lines().filter(|l| l.starts_with("drill: ")).count())
        .sum()
}

/// The built-in library. Its files are validated by this crate's tests, so at run time
/// they are only read: validating would run the coach over every model answer at startup.
pub fn built_in() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library {
        drills: DRILL_FILES
            .iter()
            .flat_map(|(file, source)| drill::read(file, source).0)
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drill_has_the_problems_on_its_own_lines_of_its_own_file() {
        let drill = built_in().drills[0].clone();
        let on = |file: &str, line| vec![Diagnostic::new(file, line, 1, "x")];
        assert!(has_problems(&drill, &on(&drill.file, drill.line)));
        assert!(has_problems(&drill, &on(&drill.file, drill.end_line)));
        assert!(!has_problems(&drill, &on(&drill.file, drill.end_line + 1)));
        assert!(!has_problems(&drill, &on("another.txt", drill.line)));
    }
    use crate::content::DrillKind;

    #[test]
    fn built_in_drills_are_all_valid() {
        let (library, problems) = Library::load(DRILL_FILES);
        let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(report.is_empty(), "\n{}", report.join("\n"));
        assert!(
            library.drills.len() >= 80,
            "{} drills",
            library.drills.len()
        );
        for kind in DrillKind::ALL {
            let count = library.drills.iter().filter(|d| d.kind == kind).count();
            assert!(count >= 15, "{count} {kind:?} drills");
        }
        for theme in crate::themes::THEMES {
            assert!(
                library
                    .drills
                    .iter()
                    .any(|d| d.themes.iter().any(|t| t == theme.id)),
                "no drill for {}",
                theme.id
            );
        }
    }

    #[test]
    fn the_cheap_count_matches() {
        assert_eq!(drill_count(), built_in().drills.len());
    }

    #[test]
    fn the_run_time_library_is_the_validated_one() {
        assert_eq!(built_in().drills, Library::load(DRILL_FILES).0.drills);
    }

    #[test]
    fn every_content_file_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/drills");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                format!(
                    "content/drills/{}",
                    e.unwrap().file_name().to_string_lossy()
                )
            })
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = DRILL_FILES.iter().map(|(f, _)| f.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }
}

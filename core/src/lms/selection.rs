//! What a SCORM package holds: a versioned selection of exercises (role-plays and drills),
//! the course's id and title and the SCORM version, shipped in the package as a small JSON
//! file that the app reads when an LMS launches it. The limits here are what make every
//! learner's progress fit in SCORM 1.2's suspend data, so they are enforced when the package
//! is made, not discovered in a learner's session.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::content::{is_id, Catalog};

/// The selection file's format; a file with another one is refused, not guessed at.
pub const FORMAT: u32 = 1;
/// The file in the package that holds the selection.
pub const FILE: &str = "rapport-selection.json";
/// The file in the package that holds a content pack the selection draws on.
pub const PACK_FILE: &str = "rapport-pack.txt";
/// The most exercises in one package: at this many, the largest progress still fits in
/// 4,096 characters of suspend data (proven by `suspend::MAX_ENCODED` and its test).
pub const MAX_EXERCISES: usize = 100;
/// The longest exercise id in a package, so that interaction ids stay within SCORM 1.2's
/// 255 characters whatever the beat.
pub const MAX_ID: usize = 64;
/// The most choices one beat of a packaged role-play may offer: each is answered to the LMS
/// as one letter (`a` to `z`), the only choice identifiers SCORM 1.2 allows besides digits.
pub const MAX_CHOICES: usize = 26;
/// The longest title: SCORM 2004's limit for an organization's or item's title.
pub const MAX_TITLE: usize = 200;
/// The largest selection file read; a real one is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 32 * 1024;

/// Which SCORM the package is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScormVersion {
    #[serde(rename = "1.2")]
    V12,
    /// SCORM 2004 4th edition.
    #[serde(rename = "2004")]
    V2004,
}

impl ScormVersion {
    /// The version as written on the command line: `1.2` or `2004`.
    pub fn parse(text: &str) -> Option<ScormVersion> {
        match text {
            "1.2" => Some(ScormVersion::V12),
            "2004" => Some(ScormVersion::V2004),
            _ => None,
        }
    }
}

/// The exercises of one package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    /// [`FORMAT`].
    pub format: u32,
    /// The course's identifier in the LMS (and the manifest's).
    pub course: String,
    pub title: String,
    pub scorm: ScormVersion,
    /// Role-play ids, in the order the learner sees them.
    pub scenarios: Vec<String>,
    /// Drill ids, in the order the learner sees them.
    pub drills: Vec<String>,
    /// The package's file holding the content pack some exercises come from ([`PACK_FILE`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<String>,
    /// Whether a drill reply's own words go to the LMS with its verdict. Off unless the
    /// package's author asks: the organisation gets how a reply did, not what it said.
    #[serde(default)]
    pub send_replies: bool,
}

/// Why a selection cannot be packaged (or read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectionError {
    Empty,
    TooMany(usize),
    UnknownDrill(String),
    UnknownScenario(String),
    IdTooLong(String),
    TooManyChoices {
        scenario: String,
        beat: String,
        choices: usize,
    },
    Title,
    Unreadable(String),
    Format(u32),
}

impl fmt::Display for SelectionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SelectionError::Empty => write!(
                f,
                "the package has no exercises: name at least one with --scenario, --drill, --pack or --plan"
            ),
            SelectionError::TooMany(n) => write!(
                f,
                "the package has {n} exercises; a package can have at most {MAX_EXERCISES}, so that a learner's progress fits in SCORM 1.2's 4,096 characters of suspend data"
            ),
            SelectionError::UnknownDrill(id) => write!(f, "there is no drill called `{id}`"),
            SelectionError::UnknownScenario(id) => {
                write!(f, "there is no role-play called `{id}`")
            }
            SelectionError::IdTooLong(id) => write!(
                f,
                "the exercise id `{id}` is longer than {MAX_ID} characters, too long for an LMS's interaction records"
            ),
            SelectionError::TooManyChoices {
                scenario,
                beat,
                choices,
            } => write!(
                f,
                "role-play `{scenario}` offers {choices} choices at beat `{beat}`; a packaged role-play can offer at most {MAX_CHOICES}"
            ),
            SelectionError::Title => write!(
                f,
                "the title must have between 1 and {MAX_TITLE} characters, none of them control characters"
            ),
            SelectionError::Unreadable(why) => write!(f, "the selection cannot be read: {why}"),
            SelectionError::Format(n) => write!(
                f,
                "the selection is in format {n}, which this version of Rapport does not know (it reads format {FORMAT})"
            ),
        }
    }
}

impl Selection {
    /// A selection of these exercises, each listed once, in the order first named.
    pub fn new(
        title: &str,
        scorm: ScormVersion,
        scenarios: &[String],
        drills: &[String],
    ) -> Selection {
        Selection {
            format: FORMAT,
            course: course_id(title),
            title: title.trim().to_owned(),
            scorm,
            scenarios: once_each(scenarios),
            drills: once_each(drills),
            pack: None,
            send_replies: false,
        }
    }

    /// How many exercises the package holds.
    pub fn len(&self) -> usize {
        self.scenarios.len() + self.drills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every problem that keeps this selection out of a package, given the exercises that
    /// exist (the built-in ones and the package's pack).
    pub fn problems(&self, content: &Catalog) -> Vec<SelectionError> {
        let mut problems = Vec::new();
        let title = self.title.chars().count();
        if title == 0 || title > MAX_TITLE || self.title.chars().any(char::is_control) {
            problems.push(SelectionError::Title);
        }
        if self.is_empty() {
            problems.push(SelectionError::Empty);
        }
        if self.len() > MAX_EXERCISES {
            problems.push(SelectionError::TooMany(self.len()));
        }
        for id in self.drills.iter().chain(&self.scenarios) {
            if id.len() > MAX_ID {
                problems.push(SelectionError::IdTooLong(id.clone()));
            }
        }
        for id in &self.drills {
            if !is_id(id) || content.drill(id).is_none() {
                problems.push(SelectionError::UnknownDrill(id.clone()));
            }
        }
        for id in &self.scenarios {
            let Some(scenario) = content.scenario(id).filter(|_| is_id(id)) else {
                problems.push(SelectionError::UnknownScenario(id.clone()));
                continue;
            };
            for beat in &scenario.beats {
                if beat.choices.len() > MAX_CHOICES {
                    problems.push(SelectionError::TooManyChoices {
                        scenario: id.clone(),
                        beat: beat.id.clone(),
                        choices: beat.choices.len(),
                    });
                }
            }
        }
        problems
    }

    /// The selection as its file holds it.
    pub fn to_json(&self) -> String {
        // A struct of strings and a bool always serialises.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The selection in a package's file: the size is checked before it is parsed, and a
    /// format this version does not know is refused.
    pub fn read(json: &str) -> Result<Selection, SelectionError> {
        if json.len() > MAX_FILE_BYTES {
            return Err(SelectionError::Unreadable(format!(
                "the file is over {MAX_FILE_BYTES} bytes"
            )));
        }
        #[derive(Deserialize)]
        struct Versioned {
            format: u32,
        }
        let versioned: Versioned =
            serde_json::from_str(json).map_err(|e| SelectionError::Unreadable(e.to_string()))?;
        if versioned.format != FORMAT {
            return Err(SelectionError::Format(versioned.format));
        }
        let selection: Selection =
            serde_json::from_str(json).map_err(|e| SelectionError::Unreadable(e.to_string()))?;
        if selection.len() > MAX_EXERCISES {
            return Err(SelectionError::TooMany(selection.len()));
        }
        Ok(selection)
    }
}

/// `items` without repeats, in the order first seen.
fn once_each(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// The course's identifier, made from its title: `rapport-` and the title's letters and
/// digits in lower case, words joined by hyphens, at most 64 characters in all (an
/// identifier an LMS and both manifests accept).
pub fn course_id(title: &str) -> String {
    let mut id = String::from("rapport");
    let mut gap = true;
    for c in title.chars() {
        if id.len() >= 64 {
            break;
        }
        if c.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            gap = false;
        } else {
            gap = true;
        }
    }
    id.truncate(64);
    id.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::pack::{example, read_pack};

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_selection_of_built_in_exercises_has_no_problems_and_reads_back() {
        let selection = Selection::new(
            "Trust at a distance",
            ScormVersion::V2004,
            &ids(&["not-by-friday", "the-late-meeting", "not-by-friday"]),
            &ids(&["async-silence", "interesting-means-no"]),
        );
        assert_eq!(
            selection.scenarios,
            ids(&["not-by-friday", "the-late-meeting"])
        );
        assert_eq!(selection.course, "rapport-trust-at-a-distance");
        assert!(selection.problems(&Catalog::default()).is_empty());
        let json = selection.to_json();
        assert!(json.contains("\"scorm\": \"2004\""), "{json}");
        assert_eq!(Selection::read(&json).unwrap(), selection);
    }

    #[test]
    fn unknown_ids_an_empty_selection_and_a_bad_title_are_each_named() {
        let selection = Selection::new(
            "",
            ScormVersion::V12,
            &ids(&["no-such-play"]),
            &ids(&["Bad Id"]),
        );
        let problems = selection.problems(&Catalog::default());
        assert_eq!(
            problems,
            vec![
                SelectionError::Title,
                SelectionError::UnknownDrill("Bad Id".into()),
                SelectionError::UnknownScenario("no-such-play".into()),
            ]
        );
        let empty = Selection::new("T", ScormVersion::V12, &[], &[]);
        assert_eq!(
            empty.problems(&Catalog::default()),
            vec![SelectionError::Empty]
        );
        assert!(SelectionError::Empty.to_string().contains("--scenario"));
    }

    #[test]
    fn a_selection_over_the_limit_is_refused_when_made_and_when_read() {
        let drills: Vec<String> = crate::content::library::built_in()
            .drills
            .iter()
            .map(|d| d.id.clone())
            .collect();
        let scenarios: Vec<String> = crate::scenario::library::built_in()
            .iter()
            .map(|s| s.id.clone())
            .collect();
        let fits = Selection::new(
            "All",
            ScormVersion::V12,
            &scenarios,
            &drills[..MAX_EXERCISES.min(drills.len() + scenarios.len()) - scenarios.len()],
        );
        assert!(fits.problems(&Catalog::default()).is_empty());
        let mut over = drills.clone();
        over.extend((0..=MAX_EXERCISES - drills.len()).map(|i| format!("extra-{i}")));
        let selection = Selection::new("All", ScormVersion::V12, &[], &over);
        assert_eq!(selection.len(), MAX_EXERCISES + 1);
        let problems = selection.problems(&Catalog::default());
        assert_eq!(problems[0], SelectionError::TooMany(MAX_EXERCISES + 1));
        assert!(problems[0].to_string().contains("4,096"));
        assert!(matches!(
            Selection::read(&selection.to_json()),
            Err(SelectionError::TooMany(_))
        ));
    }

    #[test]
    fn a_packs_exercises_count_once_the_pack_is_in_the_catalog() {
        let (pack, _) = read_pack("north.txt", &example());
        let catalog = Catalog::with_packs(vec![pack.unwrap()]);
        let selection = Selection::new(
            "North",
            ScormVersion::V12,
            &ids(&["team-north-missed-handoff"]),
            &ids(&["team-north-quiet-demo"]),
        );
        assert!(selection.problems(&catalog).is_empty());
        assert_eq!(selection.problems(&Catalog::default()).len(), 2);
    }

    #[test]
    fn another_format_or_a_broken_file_is_reported() {
        let json = Selection::new("T", ScormVersion::V12, &[], &ids(&["async-silence"]))
            .to_json()
            .replace("\"format\": 1", "\"format\": 2");
        assert_eq!(Selection::read(&json), Err(SelectionError::Format(2)));
        assert!(matches!(
            Selection::read("{"),
            Err(SelectionError::Unreadable(_))
        ));
        let huge = " ".repeat(MAX_FILE_BYTES + 1);
        assert!(matches!(
            Selection::read(&huge),
            Err(SelectionError::Unreadable(_))
        ));
    }

    #[test]
    fn course_ids_are_short_identifiers() {
        assert_eq!(course_id("Équipe: Nord & Sud!"), "rapport-quipe-nord-sud");
        assert_eq!(course_id("***"), "rapport");
        let long = course_id(&"word ".repeat(50));
        assert!(long.len() <= 64 && !long.ends_with('-'), "{long}");
    }
}

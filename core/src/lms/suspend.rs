//! The learner's progress in a package as the LMS keeps it between sessions, in
//! `cmi.suspend_data`: compact, versioned and always within SCORM 1.2's 4,096 characters,
//! so that a learner who starts on one device resumes on another.
//!
//! Version 1 is plain ASCII, five fields joined by `.`:
//!
//! ```text
//! R1.Kx3_.7.--BZ.oab,e
//! ```
//!
//! `R1` (the version), the selection's fingerprint (4 characters: a package whose exercise
//! list changed does not read another's progress), how many interaction records were sent
//! (decimal, so the next one is numbered after them), two characters per drill in the
//! selection's order (`--` not yet done, else its best coach score in base 64), and one entry
//! per role-play, comma-separated: `e` once an ending was reached or `o` before, then the
//! current run's choices, one letter each (`a` for a beat's first choice). A run is kept up
//! to its first free-text turn (a reply's words are not kept in the LMS) and to [`MAX_RUN`]
//! choices; a run resumed elsewhere goes on from there.

use std::fmt;

use super::selection::{Selection, MAX_CHOICES, MAX_EXERCISES};
use crate::progress::Progress;
use crate::scenario::engine::Answer;
use crate::scenario::play::Plays;

/// SCORM 1.2's limit on `cmi.suspend_data`, in characters (2004's is 64,000).
pub const LIMIT: usize = 4096;
/// The most choices of one run kept.
pub const MAX_RUN: usize = 38;
/// The interaction count saturates here (six decimal digits).
pub const MAX_INTERACTIONS: u32 = 999_999;
const VERSION: u32 = 1;
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The longest encoding of the largest selection: `R1.` + fingerprint + `.` + six digits +
/// `.` + `.`, then, at worst, every exercise a role-play with a full run and its comma.
pub const MAX_ENCODED: usize = 3 + 4 + 1 + 6 + 1 + 1 + MAX_EXERCISES * (1 + MAX_RUN + 1) - 1;
const _: () = assert!(MAX_ENCODED <= LIMIT);
// A drill's two characters never cost more than a role-play's entry.
const _: () = assert!(2 <= 1 + MAX_RUN + 1);

/// Where the learner stands in one packaged role-play.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScenarioProgress {
    /// An ending has been reached (in any run).
    pub ended: bool,
    /// The current run's choices, each an index among its beat's choices (below
    /// [`MAX_CHOICES`]), at most [`MAX_RUN`].
    pub run: Vec<u8>,
}

/// The learner's progress in one package, in the selection's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackageProgress {
    /// Each packaged drill's best coach score (0 to 100), `None` until it is done.
    pub drills: Vec<Option<u8>>,
    pub scenarios: Vec<ScenarioProgress>,
    /// Interaction records sent so far: the next one's index.
    pub interactions: u32,
}

/// Why suspend data was not read. The learner's local progress is kept as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SuspendError {
    TooLong,
    /// Written by another version of Rapport (an older one's format no longer read, or a
    /// newer one's).
    Version(String),
    /// Written for a package with other exercises.
    OtherSelection,
    Corrupt(&'static str),
}

impl fmt::Display for SuspendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SuspendError::TooLong => write!(f, "the saved progress is over {LIMIT} characters"),
            SuspendError::Version(v) => write!(
                f,
                "the saved progress was written by another version of Rapport (format {v})"
            ),
            SuspendError::OtherSelection => {
                write!(
                    f,
                    "the saved progress belongs to a package with other exercises"
                )
            }
            SuspendError::Corrupt(why) => write!(f, "the saved progress cannot be read: {why}"),
        }
    }
}

impl PackageProgress {
    /// Nothing done yet.
    pub fn fresh(selection: &Selection) -> PackageProgress {
        PackageProgress {
            drills: vec![None; selection.drills.len()],
            scenarios: vec![ScenarioProgress::default(); selection.scenarios.len()],
            interactions: 0,
        }
    }

    /// The package's progress in this device's records: each drill's best attempt, each
    /// role-play's endings and current run.
    pub fn from_records(
        selection: &Selection,
        progress: &Progress,
        plays: &Plays,
        interactions: u32,
    ) -> PackageProgress {
        let drills = selection
            .drills
            .iter()
            .map(|id| {
                progress
                    .attempts
                    .iter()
                    .filter(|a| &a.drill == id)
                    .map(|a| a.score.min(100))
                    .max()
            })
            .collect();
        let scenarios = selection
            .scenarios
            .iter()
            .map(|id| ScenarioProgress {
                ended: plays.endings.get(id).is_some_and(|e| !e.is_empty()),
                run: plays
                    .runs
                    .get(id)
                    .map_or_else(Vec::new, |answers| kept_run(answers)),
            })
            .collect();
        PackageProgress {
            drills,
            scenarios,
            interactions: interactions.min(MAX_INTERACTIONS),
        }
    }

    /// This progress and `other` (say, the LMS's and this device's) together: each drill's
    /// better score, an ending reached on either, the longer run, the higher count.
    pub fn merged(&self, other: &PackageProgress) -> PackageProgress {
        let drills = self
            .drills
            .iter()
            .zip(&other.drills)
            .map(|(a, b)| (*a).max(*b))
            .collect();
        let scenarios = self
            .scenarios
            .iter()
            .zip(&other.scenarios)
            .map(|(a, b)| ScenarioProgress {
                ended: a.ended || b.ended,
                run: if b.run.len() > a.run.len() {
                    b.run.clone()
                } else {
                    a.run.clone()
                },
            })
            .collect();
        PackageProgress {
            drills,
            scenarios,
            interactions: self.interactions.max(other.interactions),
        }
    }

    /// The suspend data for this progress in `selection`'s package; at most [`MAX_ENCODED`]
    /// characters whatever the progress (values out of range are clamped, lists cut to
    /// the selection's length).
    pub fn encode(&self, selection: &Selection) -> String {
        let mut out = String::with_capacity(64);
        out.push_str(&format!(
            "R{VERSION}.{}.{}.",
            fingerprint(selection),
            self.interactions.min(MAX_INTERACTIONS)
        ));
        for i in 0..selection.drills.len() {
            match self.drills.get(i).copied().flatten() {
                Some(score) => {
                    let score = usize::from(score.min(100));
                    out.push(char::from(DIGITS[score / 64]));
                    out.push(char::from(DIGITS[score % 64]));
                }
                None => out.push_str("--"),
            }
        }
        out.push('.');
        for i in 0..selection.scenarios.len() {
            if i > 0 {
                out.push(',');
            }
            let fresh = ScenarioProgress::default();
            let scenario = self.scenarios.get(i).unwrap_or(&fresh);
            out.push(if scenario.ended { 'e' } else { 'o' });
            for &choice in scenario.run.iter().take(MAX_RUN) {
                out.push(char::from(b'a' + choice.min(MAX_CHOICES as u8 - 1)));
            }
        }
        out
    }

    /// The progress in suspend data for `selection`'s package. Empty data (a first launch)
    /// is fresh progress. Anything over [`LIMIT`] characters is refused before it is read,
    /// and what is read allocates by the selection's size, not the data's.
    pub fn decode(data: &str, selection: &Selection) -> Result<PackageProgress, SuspendError> {
        // A character is at most four bytes: longer text is over the limit uncounted.
        if data.len() > 4 * LIMIT || data.chars().count() > LIMIT {
            return Err(SuspendError::TooLong);
        }
        if data.is_empty() {
            return Ok(PackageProgress::fresh(selection));
        }
        let mut fields = data.splitn(5, '.');
        let version = fields.next().unwrap_or_default();
        match version.strip_prefix('R') {
            Some("1") => {}
            Some(v) if !v.is_empty() && v.len() <= 9 && v.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(SuspendError::Version(v.to_owned()))
            }
            _ => return Err(SuspendError::Corrupt("it does not start with a version")),
        }
        let (Some(print), Some(count), Some(drills), Some(scenarios)) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(SuspendError::Corrupt("a part is missing"));
        };
        if print != fingerprint(selection) {
            return Err(SuspendError::OtherSelection);
        }
        if count.is_empty() || count.len() > 6 || !count.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SuspendError::Corrupt(
                "the interaction count is not a number",
            ));
        }
        let interactions = count
            .parse()
            .map_err(|_| SuspendError::Corrupt("the interaction count is not a number"))?;
        let drills = read_drills(drills, selection.drills.len())?;
        let scenarios = read_scenarios(scenarios, selection.scenarios.len())?;
        Ok(PackageProgress {
            drills,
            scenarios,
            interactions,
        })
    }
}

/// The part of a run the LMS keeps: its choices, up to its first free-text turn.
fn kept_run(answers: &[Answer]) -> Vec<u8> {
    answers
        .iter()
        .take(MAX_RUN)
        .map_while(|answer| match answer {
            Answer::Choice(i) if *i < MAX_CHOICES => u8::try_from(*i).ok(),
            _ => None,
        })
        .collect()
}

fn digit(byte: u8) -> Option<usize> {
    DIGITS.iter().position(|&d| d == byte)
}

fn read_drills(field: &str, count: usize) -> Result<Vec<Option<u8>>, SuspendError> {
    if field.len() != 2 * count {
        return Err(SuspendError::Corrupt("it holds another number of drills"));
    }
    let mut drills = Vec::with_capacity(count);
    for pair in field.as_bytes().chunks(2) {
        drills.push(match pair {
            b"--" => None,
            [high, low] => {
                let score = digit(*high)
                    .zip(digit(*low))
                    .map(|(h, l)| h * 64 + l)
                    .filter(|s| *s <= 100)
                    .ok_or(SuspendError::Corrupt("a drill's score is out of range"))?;
                Some(score as u8)
            }
            _ => return Err(SuspendError::Corrupt("a drill's score is cut short")),
        });
    }
    Ok(drills)
}

fn read_scenarios(field: &str, count: usize) -> Result<Vec<ScenarioProgress>, SuspendError> {
    if count == 0 {
        return match field {
            "" => Ok(Vec::new()),
            _ => Err(SuspendError::Corrupt(
                "it holds role-plays this package does not have",
            )),
        };
    }
    let mut scenarios = Vec::with_capacity(count);
    for entry in field.split(',') {
        if scenarios.len() == count {
            return Err(SuspendError::Corrupt(
                "it holds another number of role-plays",
            ));
        }
        let bytes = entry.as_bytes();
        let ended = match bytes.first() {
            Some(b'e') => true,
            Some(b'o') => false,
            _ => {
                return Err(SuspendError::Corrupt(
                    "a role-play's entry is not `e` or `o`",
                ))
            }
        };
        let run = &bytes[1..];
        if run.len() > MAX_RUN
            || !run
                .iter()
                .all(|b| (b'a'..b'a' + MAX_CHOICES as u8).contains(b))
        {
            return Err(SuspendError::Corrupt(
                "a role-play's run is not a list of choices",
            ));
        }
        scenarios.push(ScenarioProgress {
            ended,
            run: run.iter().map(|b| b - b'a').collect(),
        });
    }
    if scenarios.len() != count {
        return Err(SuspendError::Corrupt(
            "it holds another number of role-plays",
        ));
    }
    Ok(scenarios)
}

/// Four characters that change when the selection's exercises or their order change:
/// 24 bits of FNV-1a over the ids.
pub fn fingerprint(selection: &Selection) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let parts = selection
        .drills
        .iter()
        .map(|d| ("d", d))
        .chain(selection.scenarios.iter().map(|s| ("s", s)));
    for (kind, id) in parts {
        for byte in kind.bytes().chain(id.bytes()).chain([0]) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    (0..4)
        .map(|i| char::from(DIGITS[((hash >> (6 * i)) & 63) as usize]))
        .collect()
}

#[cfg(test)]
mod tests;

//! The calls an LMS receives, as data: for a SCORM version and a change in the learner's
//! session, the `(CMI element, value)` pairs to set, in the order to set them. The app only
//! hands these to `LMSSetValue` / `SetValue` and commits; every value is within its
//! element's length and vocabulary in that version (the tests hold each to its rule).

use super::rules::{done, score, status, Interaction, LessonStatus, Response};
use super::selection::{ScormVersion, Selection};
use super::suspend::PackageProgress;
use crate::when::{date, Fixed};

/// What happened in the session.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    /// The learner's progress in the package changed: status, score and suspend data.
    Progress {
        selection: &'a Selection,
        progress: &'a PackageProgress,
    },
    /// One answer, recorded as interaction number `index` (the progress's count before it).
    Answered {
        index: u32,
        interaction: &'a Interaction,
    },
    /// The session ends after `millis` milliseconds: its time, and an exit that keeps the
    /// suspend data for the next launch.
    Exit { millis: u64 },
}

/// The pairs to set for `change` in `version`.
pub fn calls(version: ScormVersion, change: Change<'_>) -> Vec<(String, String)> {
    let pair = |element: &str, value: String| (element.to_owned(), value);
    match (version, change) {
        (
            ScormVersion::V12,
            Change::Progress {
                selection,
                progress,
            },
        ) => vec![
            pair(
                "cmi.core.lesson_status",
                match status(progress) {
                    LessonStatus::Completed => "completed",
                    LessonStatus::Incomplete => "incomplete",
                }
                .into(),
            ),
            pair("cmi.core.score.raw", score(progress).to_string()),
            pair("cmi.core.score.min", "0".into()),
            pair("cmi.core.score.max", "100".into()),
            pair("cmi.suspend_data", progress.encode(selection)),
        ],
        (
            ScormVersion::V2004,
            Change::Progress {
                selection,
                progress,
            },
        ) => {
            let score = score(progress);
            let (finished, of) = done(progress);
            vec![
                pair(
                    "cmi.completion_status",
                    match status(progress) {
                        LessonStatus::Completed => "completed",
                        LessonStatus::Incomplete => "incomplete",
                    }
                    .into(),
                ),
                pair("cmi.progress_measure", fraction(finished as u32, of as u32)),
                pair("cmi.score.scaled", fraction(u32::from(score), 100)),
                pair("cmi.score.raw", score.to_string()),
                pair("cmi.score.min", "0".into()),
                pair("cmi.score.max", "100".into()),
                pair("cmi.suspend_data", progress.encode(selection)),
            ]
        }
        (version, Change::Answered { index, interaction }) => {
            let n = |field: &str| format!("cmi.interactions.{index}.{field}");
            let v12 = version == ScormVersion::V12;
            let (kind, response, result) = match &interaction.response {
                Response::Choice(i) => ("choice", choice_id(*i), "neutral".to_owned()),
                Response::Reply {
                    score,
                    passed,
                    verdict,
                    words,
                } => (
                    if v12 { "performance" } else { "other" },
                    cut(
                        words.as_deref().unwrap_or(verdict),
                        if v12 { 255 } else { 4000 },
                    ),
                    match passed {
                        Some(true) => "correct".to_owned(),
                        Some(false) if v12 => "wrong".to_owned(),
                        Some(false) => "incorrect".to_owned(),
                        None => score.min(&100).to_string(),
                    },
                ),
            };
            let mut pairs = vec![
                (n("id"), cut(&interaction.id, 255)),
                (n("type"), kind.to_owned()),
            ];
            if v12 {
                pairs.push((n("student_response"), response));
                pairs.push((n("result"), result));
            } else {
                pairs.push((n("learner_response"), response));
                pairs.push((n("result"), result));
                pairs.push((n("timestamp"), timestamp(interaction.at)));
            }
            pairs
        }
        (ScormVersion::V12, Change::Exit { millis }) => vec![
            pair("cmi.core.session_time", timespan_12(millis)),
            pair("cmi.core.exit", "suspend".into()),
        ],
        (ScormVersion::V2004, Change::Exit { millis }) => vec![
            pair("cmi.session_time", duration_2004(millis)),
            pair("cmi.exit", "suspend".into()),
        ],
    }
}

/// A choice's identifier: `a` for a beat's first choice (SCORM 1.2 allows one character,
/// `a`–`z` or `0`–`9`; packages keep to 26 choices a beat).
fn choice_id(index: usize) -> String {
    char::from(b'a' + index.min(25) as u8).to_string()
}

/// `text` cut to `most` characters.
fn cut(text: &str, most: usize) -> String {
    text.chars().take(most).collect()
}

/// `part / whole` as a decimal from 0 to 1 with at most two places ("0.72", "1", "0").
fn fraction(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "0".into();
    }
    let hundredths = (part.min(whole) * 200 + whole) / (whole * 2);
    match hundredths {
        100 => "1".into(),
        0 => "0".into(),
        h if h % 10 == 0 => format!("0.{}", h / 10),
        h => format!("0.{h:02}"),
    }
}

/// A SCORM 1.2 timespan, `HHHH:MM:SS.SS`, at most 9999:59:59.99.
pub fn timespan_12(millis: u64) -> String {
    let centis = (millis / 10).min(9999 * 360_000 + 359_999);
    format!(
        "{:04}:{:02}:{:02}.{:02}",
        centis / 360_000,
        centis / 6_000 % 60,
        centis / 100 % 60,
        centis % 100
    )
}

/// A SCORM 2004 time interval, ISO 8601 with hundredths at most: `PT1H2M3.5S`, `PT0S`.
pub fn duration_2004(millis: u64) -> String {
    let centis = millis / 10;
    let (hours, minutes, seconds, rest) = (
        centis / 360_000,
        centis / 6_000 % 60,
        centis / 100 % 60,
        centis % 100,
    );
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    match rest {
        0 if seconds == 0 && out.len() > 2 => {}
        0 => out.push_str(&format!("{seconds}S")),
        r if r % 10 == 0 => out.push_str(&format!("{seconds}.{}S", r / 10)),
        r => out.push_str(&format!("{seconds}.{r:02}S")),
    }
    out
}

/// A SCORM 2004 timestamp in UTC, `YYYY-MM-DDThh:mm:ss.sZ` (the standard puts a zone only
/// after fractional seconds), its year within the standard's 1970 to 2038.
pub fn timestamp(at: i64) -> String {
    const LAST: i64 = 2_147_483_647_000; // 2038-01-19T03:14:07Z
    let at = at.clamp(0, LAST);
    let day = at.rem_euclid(86_400_000);
    format!(
        "{}T{:02}:{:02}:{:02}.{}Z",
        date(at, &Fixed(0)),
        day / 3_600_000,
        day / 60_000 % 60,
        day / 1_000 % 60,
        day % 1_000 / 100
    )
}

#[cfg(test)]
mod tests;

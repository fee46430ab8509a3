//! What an import may bring in. A file can say anything: a reply longer than any the app
//! lets a learner write is refused outright (it cannot be a Rapport export), and values no
//! Rapport ever stores (a time in the far future, a review interval of centuries, an ending
//! of a role-play that is not here) are left out and listed, so the preview can say what
//! was skipped and why.

use std::collections::HashSet;

use super::exchange::{ImportError, Incoming};
use crate::content::Catalog;
use crate::practice::MAX_REPLY;
use crate::scenario::engine::Answer;
use crate::scenario::play::MAX_NOTE;
use crate::schedule::EASES;
use crate::words::plural;

const DAY: i64 = 24 * 60 * 60 * 1000;
/// A clock a day fast is plausible on another device; beyond that a time is made up.
const FUTURE_SLACK: i64 = DAY;
/// Nothing stored in Rapport is older than this (2020-01-01).
const EARLIEST: i64 = 1_577_836_800_000;
/// The schedule never sets a review further ahead than a year; a little over that allows
/// for a clock that differs between devices.
const LATEST_DUE_AHEAD: i64 = 400 * DAY;
const MAX_INTERVAL_DAYS: f64 = 365.0;

/// Refuses a file whose replies no Rapport could have written; otherwise removes what no
/// Rapport would store and returns plain sentences saying what was left out.
pub fn screen(
    incoming: &mut Incoming,
    now: i64,
    content: &Catalog,
) -> Result<Vec<String>, ImportError> {
    let longest = |texts: &mut dyn Iterator<Item = &String>| texts.map(|t| t.chars().count()).max();
    let runs = incoming.plays.runs.values().flatten();
    let replies = incoming
        .progress
        .attempts
        .iter()
        .map(|a| &a.response)
        .chain(runs.filter_map(|answer| match answer {
            Answer::Reply(text) => Some(text),
            Answer::Choice(_) => None,
        }));
    for (what, chars, limit) in [
        ("reply", longest(&mut { replies }), MAX_REPLY),
        (
            "note",
            longest(&mut incoming.plays.notes.values()),
            MAX_NOTE,
        ),
    ] {
        if let Some(chars) = chars.filter(|c| *c > limit) {
            return Err(ImportError::TooLong { what, chars, limit });
        }
    }
    let mut skipped = Vec::new();
    // "3 replies dated in the future", when there are any.
    let mut note = |n: usize, one: &str, many: &str, why: &str| {
        if n > 0 {
            skipped.push(format!("{} {why}", plural(n, one, many)));
        }
    };
    let in_time = |at: i64| (EARLIEST..=now + FUTURE_SLACK).contains(&at);

    let progress = &mut incoming.progress;
    let before = progress.attempts.len();
    let mut seen = HashSet::with_capacity(before);
    progress.attempts.retain(|a| seen.insert(a.id.clone()));
    let repeated = before - progress.attempts.len();
    note(
        repeated,
        "reply",
        "replies",
        "listed twice in the file (counted once)",
    );
    let before = progress.attempts.len();
    progress.attempts.retain(|a| in_time(a.at));
    let dated = before - progress.attempts.len();
    note(
        dated,
        "reply",
        "replies",
        "dated in the future or before Rapport existed",
    );
    let before = progress.cards.len();
    progress.cards.retain(|_, c| {
        in_time(c.introduced)
            && (EARLIEST..=now + LATEST_DUE_AHEAD).contains(&c.due)
            && (0.0..=MAX_INTERVAL_DAYS).contains(&c.interval_days)
            && EASES.contains(&c.ease)
    });
    let cards = before - progress.cards.len();
    note(
        cards,
        "review schedule",
        "review schedules",
        "with dates or intervals no schedule sets",
    );

    let plays = &mut incoming.plays;
    let mut unknown = 0;
    plays.endings.retain(|scenario, endings| {
        let Some(known) = content.scenario(scenario) else {
            unknown += endings.len();
            return false;
        };
        let before = endings.len();
        *endings = std::mem::take(endings)
            .into_iter()
            .filter(|id| known.endings().any(|b| b.id == *id))
            .collect();
        unknown += before - endings.len();
        !endings.is_empty()
    });
    note(
        unknown,
        "ending",
        "endings",
        "of role-plays that are not on this device",
    );
    let before = plays.runs.len() + plays.notes.len();
    plays
        .runs
        .retain(|scenario, _| content.scenario(scenario).is_some());
    plays
        .notes
        .retain(|scenario, _| content.scenario(scenario).is_some());
    let elsewhere = before - plays.runs.len() - plays.notes.len();
    note(
        elsewhere,
        "run or note",
        "runs or notes",
        "for role-plays that are not on this device",
    );
    Ok(skipped)
}

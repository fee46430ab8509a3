//! Parroting: a reply that repeats the statement nearly word for word, once the
//! speaker's "I" has become "you". Measured with shared three-word runs, so a paraphrase
//! that borrows a phrase or two is not mistaken for an echo.

use crate::sorted::SortedSet;

use super::lexicon::words::swap_person;
use super::text::Text;

/// What the comparison found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Echo {
    /// Share of the reply's words inside a run copied from the statement.
    pub copied: f32,
    /// Share of the statement's runs that reappear in the reply.
    pub covered: f32,
    /// The longest copied run, as word indices into the reply (end exclusive).
    pub longest: Option<(usize, usize)>,
}

impl Echo {
    /// Whether the reply is mostly an echo of the statement: most of its words copied, and
    /// either most of the statement or a long run of it (repeating one sentence of two is
    /// still repeating).
    pub fn is_parroting(&self) -> bool {
        let run = self.longest.map_or(0, |(a, b)| b - a);
        self.copied >= 0.7 && (self.covered >= 0.55 || run >= 7)
    }
}

/// Compares a reply with the statement it answers; words marked in `framing` (openers
/// such as "so what you're saying is", checks such as "is that right?") do not count
/// against the copied share.
pub fn echo(statement: &Text, reply: &Text, framing: &[bool]) -> Echo {
    let said: Vec<&str> = statement
        .words
        .iter()
        .map(|w| swap_person(&w.norm))
        .collect();
    let heard: Vec<&str> = reply.words.iter().map(|w| swap_person(&w.norm)).collect();
    let n = if said.len() < 6 { 2 } else { 3 };
    if said.len() < n || heard.len() < n {
        return Echo {
            copied: 0.0,
            covered: 0.0,
            longest: None,
        };
    }
    let said_runs: SortedSet<&[&str]> = said.windows(n).collect();
    let heard_runs: SortedSet<&[&str]> = heard.windows(n).collect();
    let mut in_run = vec![false; heard.len()];
    for (i, run) in heard.windows(n).enumerate() {
        if said_runs.contains(run) {
            in_run[i..i + n].iter_mut().for_each(|w| *w = true);
        }
    }
    let own = (0..heard.len())
        .filter(|&i| !framing.get(i).copied().unwrap_or(false) || in_run[i])
        .count();
    let copied = in_run.iter().filter(|c| **c).count() as f32 / own.max(1) as f32;
    let covered = said_runs
        .iter()
        .filter(|run| heard_runs.contains(*run))
        .count() as f32
        / said_runs.len() as f32;
    let mut longest = None;
    let mut start = None;
    for (i, &copy) in in_run.iter().chain(std::iter::once(&false)).enumerate() {
        match (copy, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                if longest.is_none_or(|(a, b)| i - s > b - a) {
                    longest = Some((s, i));
                }
                start = None;
            }
            _ => {}
        }
    }
    Echo {
        copied,
        covered,
        longest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(statement: &str, reply: &str) -> Echo {
        echo(&Text::new(statement), &Text::new(reply), &[])
    }

    #[test]
    fn swapped_pronouns_still_count_as_repeating() {
        let e = check(
            "I'm worried the release will slip because QA is short-staffed.",
            "You're worried the release will slip because QA is short-staffed.",
        );
        assert!(e.is_parroting(), "{e:?}");
        assert_eq!(e.longest, Some((0, 11)));
    }

    #[test]
    fn a_paraphrase_is_not_an_echo() {
        let e = check(
            "I'm worried the release will slip because QA is short-staffed.",
            "Sounds like you're anxious the launch is at risk with testing stretched thin.",
        );
        assert!(!e.is_parroting(), "{e:?}");
    }

    #[test]
    fn tiny_inputs_are_safe() {
        assert!(!check("", "").is_parroting());
        assert!(!check("hi", "hi").is_parroting());
        assert!(check("I quit today", "you quit today").is_parroting());
    }
}

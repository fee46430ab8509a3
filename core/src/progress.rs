//! The learner's practice history: every attempt (drill, time, reply, score, the coach's
//! flags, self-rating) and each drill's review card. Persisted as one record.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::coach::{Assessment, Roadblock};
use crate::schedule::{Card, Rating};
use crate::storage::Record;

/// One checked reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique across tabs and devices: time and drill.
    pub id: String,
    pub drill: String,
    /// Unix milliseconds.
    pub at: i64,
    pub response: String,
    pub score: u8,
    pub reflection: bool,
    /// A feeling was reflected.
    pub feeling: bool,
    pub question: bool,
    pub parroting: bool,
    pub roadblocks: Vec<Roadblock>,
    /// Set when the learner rates the drill.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
}

impl Attempt {
    /// The attempt for `response` to `drill`, as the coach assessed it at `at`.
    pub fn new(drill: &str, at: i64, response: &str, assessment: &Assessment) -> Attempt {
        Attempt {
            id: format!("{at:x}-{drill}"),
            drill: drill.to_owned(),
            at,
            response: response.to_owned(),
            score: assessment.score,
            reflection: assessment.reflection,
            feeling: assessment.feeling.reflected,
            question: assessment.question,
            parroting: assessment.parroting,
            roadblocks: assessment.roadblocks.clone(),
            rating: None,
        }
    }
}

/// All practice history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Oldest first.
    pub attempts: Vec<Attempt>,
    /// Review state by drill id.
    pub cards: BTreeMap<String, Card>,
}

impl Record for Progress {
    const KEY: &'static str = "rapport.progress";
    const LABEL: &'static str = "practice history";
    const SCHEMA: u32 = 1;
}

impl Progress {
    /// Records a rating: on the attempt with `attempt_id`, and in the drill's card.
    pub fn rate(&mut self, attempt_id: &str, rating: Rating, now: i64) {
        let Some(attempt) = self.attempts.iter_mut().rev().find(|a| a.id == attempt_id) else {
            return;
        };
        attempt.rating = Some(rating);
        let card = self
            .cards
            .get(&attempt.drill)
            .cloned()
            .unwrap_or_else(|| Card::new(now));
        self.cards
            .insert(attempt.drill.clone(), card.review(rating, now));
    }

    /// The most recent attempts, newest first.
    pub fn recent(&self, count: usize) -> impl Iterator<Item = &Attempt> {
        self.attempts.iter().rev().take(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::assess;
    use crate::storage::{decode, encode, Decoded};

    #[test]
    fn an_attempt_keeps_the_coach_flags_and_round_trips() {
        let a = assess("I was up all night.", "You should sleep more.", None);
        let mut progress = Progress::default();
        progress
            .attempts
            .push(Attempt::new("late", 1_000, "You should sleep more.", &a));
        progress.rate("3e8-late", Rating::Again, 2_000);
        let attempt = &progress.attempts[0];
        assert_eq!(attempt.roadblocks, vec![Roadblock::Advising]);
        assert_eq!(attempt.rating, Some(Rating::Again));
        assert_eq!(progress.cards["late"].lapses, 1);
        let text = encode(&progress).unwrap();
        assert_eq!(decode::<Progress>(&text), Decoded::Current(progress));
    }

    #[test]
    fn rating_an_unknown_attempt_changes_nothing() {
        let mut progress = Progress::default();
        progress.rate("nope", Rating::Good, 0);
        assert_eq!(progress, Progress::default());
    }
}

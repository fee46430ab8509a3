//! Scenarios: branching conversations with a remote colleague. A scenario is a graph of
//! beats; each beat is the colleague's line (with a mood and an inner thought for swap
//! seats) followed by the learner's turn: choices, a free-text reply scored by the coach,
//! or nothing, when the beat is an ending.

use crate::sorted::{SortedMap, SortedSet};

use serde::Serialize;

use crate::content::drill::Person;

/// A condition on the run's state: every part must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub parts: Vec<Test>,
    /// Where it was written (0 when absent).
    pub line: usize,
}

/// One test inside a condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Test {
    Flag(String),
    NotFlag(String),
    /// `trust >= n` and friends, kept as (operator, n).
    Trust(Comparison, i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Comparison {
    AtLeast,
    AtMost,
    Above,
    Below,
}

impl Condition {
    /// Whether the condition holds for this trust and these flags.
    pub fn holds(&self, trust: i32, flags: &SortedSet<String>) -> bool {
        self.parts.iter().all(|test| match test {
            Test::Flag(f) => flags.contains(f),
            Test::NotFlag(f) => !flags.contains(f),
            Test::Trust(Comparison::AtLeast, n) => trust >= *n,
            Test::Trust(Comparison::AtMost, n) => trust <= *n,
            Test::Trust(Comparison::Above, n) => trust > *n,
            Test::Trust(Comparison::Below, n) => trust < *n,
        })
    }

    /// The flags this condition reads.
    pub fn flags(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|t| match t {
            Test::Flag(f) | Test::NotFlag(f) => Some(f.as_str()),
            Test::Trust(..) => None,
        })
    }
}

/// Where a choice (or reply) leads: the first target whose condition holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub beat: String,
    pub when: Condition,
    pub line: usize,
}

/// What a choice does to the run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Effect {
    pub trust: i32,
    pub set: Vec<String>,
    pub clear: Vec<String>,
}

/// One option the learner can say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub text: String,
    /// Why it helps or hurts trust.
    pub feedback: String,
    pub effect: Effect,
    /// Shown only when this holds.
    pub shown: Condition,
    pub next: Vec<Target>,
    pub line: usize,
}

/// A free-text turn, scored by the listening coach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Respond {
    pub prompt: String,
    pub feelings: Vec<String>,
    pub points: Vec<String>,
    /// The coach score at or above which the reply counts as good.
    pub threshold: u8,
    /// One way to say it, shown after the learner's own attempt.
    pub example: String,
    /// Where the `example:` is, so a problem with it points there.
    pub example_line: usize,
    pub good: Outcome,
    pub poor: Outcome,
    pub line: usize,
}

/// What follows a good or a poor free-text reply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub feedback: String,
    pub effect: Effect,
    pub next: Vec<Target>,
}

/// The end of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ending {
    pub title: String,
    pub debrief: String,
    pub questions: Vec<String>,
}

/// One step of the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Beat {
    pub id: String,
    pub mood: String,
    pub says: String,
    /// What the colleague thinks but does not say, for swap seats.
    pub thought: String,
    pub choices: Vec<Choice>,
    pub respond: Option<Respond>,
    pub ending: Option<Ending>,
    pub line: usize,
}

impl Beat {
    /// Every target this beat can lead to.
    pub fn targets(&self) -> impl Iterator<Item = &Target> {
        let from_choices = self.choices.iter().flat_map(|c| c.next.iter());
        let from_reply = self
            .respond
            .iter()
            .flat_map(|r| r.good.next.iter().chain(r.poor.next.iter()));
        from_choices.chain(from_reply)
    }
}

/// A whole scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub themes: Vec<String>,
    pub character: Person,
    /// What the learner knows before the conversation starts.
    pub context: String,
    pub start: String,
    pub trust: i32,
    pub beats: Vec<Beat>,
    /// The learner sees each beat's choices in the author's order (`choice-order: as
    /// written`) instead of shuffled per run, for a pack whose choices read as a sequence.
    pub keep_choice_order: bool,
    pub file: String,
    pub line: usize,
    pub themes_line: usize,
    /// Where `character:` is, so a problem with it points there.
    pub character_line: usize,
}

impl Scenario {
    pub fn beat(&self, id: &str) -> Option<&Beat> {
        self.beats.iter().find(|b| b.id == id)
    }

    /// Each beat's position in [`Scenario::beats`], by id, for walks that visit many.
    pub fn beat_positions(&self) -> SortedMap<&str, usize> {
        self.beats
            .iter()
            .enumerate()
            .map(|(i, b)| (b.id.as_str(), i))
            .collect()
    }

    /// The endings, in file order.
    pub fn endings(&self) -> impl Iterator<Item = &Beat> {
        self.beats.iter().filter(|b| b.ending.is_some())
    }

    /// Beats where the learner decides something.
    pub fn decision_points(&self) -> usize {
        self.beats
            .iter()
            .filter(|b| b.choices.len() > 1 || b.respond.is_some())
            .count()
    }
}

/// Trust is kept within these bounds, so runs stay comparable and finite.
pub const TRUST_RANGE: std::ops::RangeInclusive<i32> = -10..=10;

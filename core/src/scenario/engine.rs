//! Running a scenario. A run is only the list of answers given; its state (current beat,
//! trust, flags, transcript) is derived by replaying them, which makes runs deterministic,
//! small to save, trivially resumable after a reload, and rewindable to any earlier turn.
//!
//! A choice's effect applies first; then the first `next` whose condition holds on the
//! new state is taken.

use crate::sorted::SortedSet;

use serde::{Deserialize, Serialize};

use super::model::{Beat, Choice, Effect, Scenario, Target, TRUST_RANGE};
use crate::coach::{assess, Annotations, Assessment};

/// One answer the learner gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The index of the choice, among all the beat's choices.
    Choice(usize),
    /// A free-text reply.
    Reply(String),
}

/// A completed turn of the transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub beat: String,
    pub answer: Answer,
    /// What the learner said.
    pub said: String,
    /// The author's feedback on it.
    pub feedback: String,
    /// For a free-text reply: the coach's assessment and whether it passed.
    pub coached: Option<(Assessment, bool)>,
    pub trust_before: i32,
    pub trust_after: i32,
    pub next: String,
}

/// Where a run stands.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub beat: String,
    pub trust: i32,
    pub flags: SortedSet<String>,
    pub turns: Vec<Turn>,
}

/// Why an answer cannot be applied (for example, saved by an older version of the content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    NoSuchBeat(String),
    NoSuchChoice(usize),
    ChoiceHidden(usize),
    NotThisKindOfTurn,
    Ended,
    NoWayForward(String),
}

impl State {
    /// The state at the start of `scenario`.
    pub fn start(scenario: &Scenario) -> State {
        State {
            beat: scenario.start.clone(),
            trust: scenario.trust,
            flags: SortedSet::new(),
            turns: Vec::new(),
        }
    }

    /// The beat on screen.
    pub fn current<'a>(&self, scenario: &'a Scenario) -> Option<&'a Beat> {
        scenario.beat(&self.beat)
    }

    /// Whether the run has reached an ending.
    pub fn ended(&self, scenario: &Scenario) -> bool {
        self.current(scenario).is_some_and(|b| b.ending.is_some())
    }

    /// The choices the learner may pick now, with their indices.
    pub fn visible_choices<'a>(&self, scenario: &'a Scenario) -> Vec<(usize, &'a Choice)> {
        let Some(beat) = self.current(scenario) else {
            return Vec::new();
        };
        beat.choices
            .iter()
            .enumerate()
            .filter(|(_, c)| c.shown.holds(self.trust, &self.flags))
            .collect()
    }

    /// The choices the learner may pick now, in the order the run shows them: shuffled by
    /// the run's `seed` (the same seed, the same order, so a resumed or replayed run looks
    /// as it did), or as written when the scenario asks for that.
    pub fn choices_in_order<'a>(
        &self,
        scenario: &'a Scenario,
        seed: u32,
    ) -> Vec<(usize, &'a Choice)> {
        let mut choices = self.visible_choices(scenario);
        if !scenario.keep_choice_order {
            let beat = scenario
                .beats
                .iter()
                .position(|b| b.id == self.beat)
                .unwrap_or(0);
            crate::order::sort_by_key(&mut choices, |(index, _)| shuffle_key(seed, beat, *index));
        }
        choices
    }

    /// The beats the run has been through, the current one last (the debrief map's path).
    pub fn path(&self) -> Vec<String> {
        self.turns
            .iter()
            .map(|t| t.beat.clone())
            .chain(std::iter::once(self.beat.clone()))
            .collect()
    }

    /// The trust level after each turn, starting with the initial one.
    pub fn trust_over_time(&self, scenario: &Scenario) -> Vec<i32> {
        std::iter::once(scenario.trust)
            .chain(self.turns.iter().map(|t| t.trust_after))
            .collect()
    }

    /// The state after `answer`.
    pub fn step(&self, scenario: &Scenario, answer: Answer) -> Result<State, EngineError> {
        let beat = self
            .current(scenario)
            .ok_or_else(|| EngineError::NoSuchBeat(self.beat.clone()))?;
        if beat.ending.is_some() {
            return Err(EngineError::Ended);
        }
        let (said, feedback, effect, targets, coached) = match &answer {
            Answer::Choice(index) => {
                let choice = beat
                    .choices
                    .get(*index)
                    .ok_or(EngineError::NoSuchChoice(*index))?;
                if !choice.shown.holds(self.trust, &self.flags) {
                    return Err(EngineError::ChoiceHidden(*index));
                }
                (
                    choice.text.clone(),
                    choice.feedback.clone(),
                    &choice.effect,
                    &choice.next,
                    None,
                )
            }
            Answer::Reply(text) => {
                let respond = beat
                    .respond
                    .as_ref()
                    .ok_or(EngineError::NotThisKindOfTurn)?;
                let annotations = Annotations {
                    feelings: respond.feelings.clone(),
                    key_points: respond.points.clone(),
                };
                let verdict = assess(&beat.says, text, Some(&annotations));
                let passed = verdict.score >= respond.threshold && verdict.roadblocks.is_empty();
                let outcome = if passed { &respond.good } else { &respond.poor };
                (
                    text.clone(),
                    outcome.feedback.clone(),
                    &outcome.effect,
                    &outcome.next,
                    Some((verdict, passed)),
                )
            }
        };
        let mut next = self.clone();
        apply(&mut next, effect);
        let target = choose(targets, next.trust, &next.flags)
            .ok_or_else(|| EngineError::NoWayForward(beat.id.clone()))?;
        next.beat = target.beat.clone();
        next.turns.push(Turn {
            beat: beat.id.clone(),
            answer,
            said,
            feedback,
            coached,
            trust_before: self.trust,
            trust_after: next.trust,
            next: target.beat.clone(),
        });
        Ok(next)
    }

    /// Replays `answers` from the start; the first answer that no longer fits stops the replay.
    pub fn replay(scenario: &Scenario, answers: &[Answer]) -> Result<State, (State, EngineError)> {
        let mut state = State::start(scenario);
        for answer in answers {
            state = match state.step(scenario, answer.clone()) {
                Ok(next) => next,
                Err(error) => return Err((state, error)),
            };
        }
        Ok(state)
    }

    /// The answers that led here, for saving.
    pub fn answers(&self) -> Vec<Answer> {
        self.turns.iter().map(|t| t.answer.clone()).collect()
    }
}

/// Where choice `index` of the beat at `beat` falls in a run shuffled by `seed`. The order
/// is part of what a saved run looks like, so it is computed here, with a fixed mixing
/// function (SplitMix64's finaliser), rather than by a random-number crate whose sequence
/// may change between versions and reorder every saved run.
fn shuffle_key(seed: u32, beat: usize, index: usize) -> u64 {
    let mut z = (u64::from(seed) << 32) ^ ((beat as u64) << 16) ^ index as u64;
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Applies an effect, keeping trust within bounds.
pub fn apply(state: &mut State, effect: &Effect) {
    state.trust = (state.trust + effect.trust).clamp(*TRUST_RANGE.start(), *TRUST_RANGE.end());
    for flag in &effect.set {
        state.flags.insert(flag.clone());
    }
    for flag in &effect.clear {
        state.flags.remove(flag);
    }
}

/// The first target whose condition holds.
pub fn choose<'a>(
    targets: &'a [Target],
    trust: i32,
    flags: &SortedSet<String>,
) -> Option<&'a Target> {
    targets.iter().find(|t| t.when.holds(trust, flags))
}

/// What a turn did to trust, in words.
pub fn trust_change(before: i32, after: i32) -> String {
    let (from, to) = (trust_words(before), trust_words(after));
    match after - before {
        0 => format!("Trust stays {from}."),
        d if from == to => format!(
            "Trust {} a little, still {to} ({d:+}).",
            if d > 0 { "grows" } else { "drops" }
        ),
        d => format!("Trust moves from {from} to {to} ({d:+})."),
    }
}

/// Why a free-text reply landed or not, in the same words as the trust change that follows:
/// it lands at `threshold` or more with no roadblock.
pub fn landing(verdict: &Assessment, passed: bool, threshold: u8) -> String {
    if passed {
        return format!(
            "It landed: {} against the {threshold} it needed, and nothing got in the way.",
            verdict.score
        );
    }
    if !verdict.roadblocks.is_empty() {
        let names: Vec<&str> = verdict.roadblocks.iter().map(|r| r.label()).collect();
        return format!(
            "It did not land: {} got in the way, whatever the score.",
            crate::words::list(&names)
        );
    }
    format!(
        "It did not land: {} of the {threshold} it needed.",
        verdict.score
    )
}

/// Trust in words, so it is never conveyed by a number or a colour alone.
pub fn trust_words(trust: i32) -> &'static str {
    match trust {
        i32::MIN..=-4 => "broken",
        -3..=-2 => "strained",
        -1..=1 => "guarded",
        2..=3 => "warming",
        _ => "strong",
    }
}

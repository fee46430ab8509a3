//! The choices a run never saw: at each of its turns, the options hidden by a condition
//! and why, in words, so the debrief can say what was not available ("this option opens
//! when trust is higher") and the learner learns from what their path closed.

use super::engine::{trust_words, State};
use super::model::{Comparison, Condition, Scenario, Test};

/// A choice hidden at one turn of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hidden {
    /// The turn it would have been offered at, from 1.
    pub turn: usize,
    pub text: String,
    /// Why it was not offered, as a sentence.
    pub why: String,
}

/// Every choice hidden along `state`'s path, turn by turn.
pub fn hidden_choices(scenario: &Scenario, state: &State) -> Vec<Hidden> {
    let mut now = State::start(scenario);
    let mut hidden = Vec::new();
    for (index, turn) in state.turns.iter().enumerate() {
        if let Some(beat) = now.current(scenario) {
            for choice in &beat.choices {
                if !choice.shown.holds(now.trust, &now.flags) {
                    hidden.push(Hidden {
                        turn: index + 1,
                        text: choice.text.clone(),
                        why: why(scenario, &choice.shown, now.trust, &now.flags),
                    });
                }
            }
        }
        match now.step(scenario, turn.answer.clone()) {
            Ok(next) => now = next,
            Err(_) => break,
        }
    }
    hidden
}

/// The first part of `condition` that failed, in words.
fn why(
    scenario: &Scenario,
    condition: &Condition,
    trust: i32,
    flags: &crate::sorted::SortedSet<String>,
) -> String {
    let failed = condition.parts.iter().find(|test| {
        !Condition {
            parts: vec![(*test).clone()],
            line: 0,
        }
        .holds(trust, flags)
    });
    let now = trust_words(trust);
    match failed {
        Some(Test::Trust(Comparison::AtLeast | Comparison::Above, _)) => {
            format!("This option opens when trust is higher (it was {now}).")
        }
        Some(Test::Trust(Comparison::AtMost | Comparison::Below, _)) => {
            format!("This option is there only while trust is lower (it was {now}).")
        }
        Some(Test::Flag(flag)) => match opened_by(scenario, flag) {
            Some(said) => {
                format!("This option opens after an earlier answer such as \u{201c}{said}\u{201d}.")
            }
            None => "This option opens only after something said earlier in the conversation."
                .to_owned(),
        },
        Some(Test::NotFlag(_)) => {
            "Something said earlier in the conversation closed this option.".to_owned()
        }
        None => "This option was not open at this point.".to_owned(),
    }
}

/// What the learner can say that sets `flag`: the first such choice, or a reply that lands
/// when a free-text turn sets it.
fn opened_by(scenario: &Scenario, flag: &str) -> Option<String> {
    let sets = |effect: &super::model::Effect| effect.set.iter().any(|f| f == flag);
    scenario.beats.iter().find_map(|beat| {
        let choice = beat.choices.iter().find(|c| sets(&c.effect));
        let reply = beat
            .respond
            .as_ref()
            .filter(|r| sets(&r.good.effect))
            .map(|r| r.example.clone());
        choice.map(|c| c.text.clone()).or(reply)
    })
}

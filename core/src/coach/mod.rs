//! The listening coach: explainable, offline feedback on a paraphrase or reflection.
//!
//! Given what a colleague said and the learner's reply (and, optionally, the feelings and
//! key points an author expects), [`assess`] says whether the reply reflects the speaker,
//! names a feeling, asks a question, parrots, or falls into one of Gordon's twelve
//! roadblocks, scores it from 0 to 100, and explains itself in hints tied to the words
//! that triggered them. Rules and word lists written for this project read each clause's
//! structure; a small model trained on the project's own labelled replies (`model.rs`)
//! weighs what they found. No network, the same result natively and in the browser.
//!
//! Spans are byte offsets into the reply, always on character boundaries.

mod analysis;
mod clause;
mod features;
pub mod highlight;
pub mod lexicon;
pub mod model;
mod overlap;
mod parrot;
pub mod pattern;
mod report;
mod score;
pub mod stem;
pub mod text;

use serde::Deserialize;

pub use lexicon::roadblocks::Roadblock;
pub use report::{
    AnnotationReport, Assessment, Captured, FeelingReport, FeelingWord, Hint, HintKind,
};

/// What an author expects a good reply to pick up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Annotations {
    /// Feelings a reflection could name ("frustrated", "left out"); any word of the same family counts.
    #[serde(default)]
    pub feelings: Vec<String>,
    /// Key points, each with alternative wordings separated by `|`.
    #[serde(default)]
    pub key_points: Vec<String>,
}

impl Annotations {
    /// Whether there is anything to check against.
    pub fn is_empty(&self) -> bool {
        self.feelings.is_empty() && self.key_points.is_empty()
    }
}

/// Assesses `response` as an active-listening reply to `statement`.
pub fn assess(statement: &str, response: &str, annotations: Option<&Annotations>) -> Assessment {
    assess_with(model::builtin(), statement, response, annotations)
}

/// [`assess`] with a given model (the trainer measures candidate models with it).
pub fn assess_with(
    model: &model::Model,
    statement: &str,
    response: &str,
    annotations: Option<&Annotations>,
) -> Assessment {
    let annotations = annotations.filter(|a| !a.is_empty());
    let mut found = analysis::analyse(statement, response);
    let parroting = found.echo.is_parroting();
    model.apply(&mut found, parroting);
    found.keep_checks_clear(response);
    score::report(&found, response, annotations)
}

/// The features the model is trained on, as the rules read the reply (for the trainer).
pub fn model_features(statement: &str, response: &str) -> Vec<String> {
    let found = analysis::analyse(statement, response);
    model::features_of(&found, found.echo.is_parroting())
}

#[cfg(test)]
mod tests;

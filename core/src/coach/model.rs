//! The coach's learned part: one logistic regression per verdict (is it a reflection; is
//! each roadblock there) over the features in `features`, trained by
//! `cargo run --release -p rapport-core --example train-coach` on the project's own labelled
//! replies and committed as text in `model.txt`, which is compiled in. The rules still
//! find every span: the model only weighs their findings together with the words of each
//! clause, and where it sees a roadblock the rules missed, it points at the clause whose
//! words weigh most towards it. No download, nothing at run time but these weights.

use std::sync::OnceLock;

use crate::sorted::SortedMap;

use super::analysis::{ClauseRead, Found, RoadblockHit};
use super::features::{clause_features, reply_features};
use super::lexicon::roadblocks::Roadblock;

/// What the model decides, in the order of the weights in `model.txt`.
pub const TARGETS: [&str; 13] = [
    "reflection",
    "ordering",
    "warning",
    "moralizing",
    "advising",
    "lecturing",
    "judging",
    "praising",
    "name_calling",
    "interpreting",
    "reassuring",
    "probing",
    "diverting",
];

/// Trained weights: for each feature, its weight towards each target.
#[derive(Debug, Clone, Default)]
pub struct Model {
    weights: SortedMap<String, Vec<(u8, f32)>>,
    /// The probability above which a target is taken to be there.
    thresholds: [f32; TARGETS.len()],
}

/// The model compiled into the coach; empty (rules only) if `model.txt` cannot be read,
/// which a test rules out.
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(include_str!("model.txt")).unwrap_or_default())
}

impl Model {
    /// A model from weights: `(feature, target index, weight)` and the thresholds.
    pub fn new(
        entries: impl IntoIterator<Item = (String, u8, f32)>,
        thresholds: [f32; TARGETS.len()],
    ) -> Self {
        let mut weights: SortedMap<String, Vec<(u8, f32)>> = SortedMap::new();
        for (feature, target, weight) in entries {
            weights.get_or_default(feature).push((target, weight));
        }
        Self {
            weights,
            thresholds,
        }
    }

    /// The same weights with other thresholds.
    pub fn with_thresholds(mut self, thresholds: [f32; TARGETS.len()]) -> Self {
        self.thresholds = thresholds;
        self
    }

    /// Reads `model.txt`: a `=threshold` line with one probability per target, then one
    /// line per feature, `feature<TAB>target:weight target:weight …`, every number in
    /// hundredths (so no float parser is compiled into the app for it).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut thresholds = [0.5; TARGETS.len()];
        let mut entries = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let at = |what: &str| format!("model.txt line {}: {what}", index + 1);
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let (feature, rest) = line.split_once('\t').ok_or_else(|| at("no tab"))?;
            for pair in rest.split(' ') {
                let (target, weight) = pair.split_once(':').ok_or_else(|| at("no colon"))?;
                let target: u8 = target.parse().map_err(|_| at("bad target"))?;
                let hundredths: i32 = weight.parse().map_err(|_| at("bad weight"))?;
                if usize::from(target) >= TARGETS.len() || hundredths.abs() > 100_000 {
                    return Err(at("target or weight out of range"));
                }
                let weight = hundredths as f32 / 100.0;
                if feature == "=threshold" {
                    thresholds[usize::from(target)] = weight;
                } else {
                    entries.push((feature.to_owned(), target, weight));
                }
            }
        }
        Ok(Self::new(entries, thresholds))
    }

    /// Writes the model back in the form `parse` reads, features in order.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# The listening coach's trained weights (core/src/coach/model.rs). Written by\n# `cargo run --release -p rapport-core --example train-coach`: do not edit by hand.\n",
        );
        let pairs = |items: &mut dyn Iterator<Item = (usize, f32)>| {
            items
                .map(|(t, w)| format!("{t}:{}", (w * 100.0).round() as i32))
                .collect::<Vec<_>>()
                .join(" ")
        };
        out.push_str("=threshold\t");
        out.push_str(&pairs(&mut self.thresholds.iter().copied().enumerate()));
        out.push('\n');
        for (feature, weights) in self.weights.iter() {
            out.push_str(feature);
            out.push('\t');
            out.push_str(&pairs(
                &mut weights.iter().map(|(t, w)| (usize::from(*t), *w)),
            ));
            out.push('\n');
        }
        out
    }

    /// Whether the model has any weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    fn add(&self, feature: &str, into: &mut [f32; TARGETS.len()]) {
        if let Some(weights) = self.weights.get(feature) {
            for (target, weight) in weights {
                into[usize::from(*target)] += weight;
            }
        }
    }

    /// The probability of each target for a reply the rules have read.
    pub fn probabilities(&self, found: &Found, parroting: bool) -> [f32; TARGETS.len()] {
        self.probabilities_of(&features_of(found, parroting))
    }

    /// The probability of each target for a reply with these features.
    pub fn probabilities_of(&self, features: &[String]) -> [f32; TARGETS.len()] {
        let mut logits = [0.0; TARGETS.len()];
        for feature in features {
            self.add(feature, &mut logits);
        }
        logits.map(|z| 1.0 / (1.0 + (-z).exp()))
    }

    /// Each clause's own lean towards every target: what its words alone add up to.
    fn leans(&self, clauses: &[ClauseRead]) -> Vec<[f32; TARGETS.len()]> {
        clauses
            .iter()
            .map(|c| {
                let mut sum = [0.0; TARGETS.len()];
                for f in clause_features(c) {
                    self.add(&f, &mut sum);
                }
                sum
            })
            .collect()
    }

    /// Weighs the rules' findings: adds the roadblocks the rules missed, each on the clause
    /// whose words weigh most towards it, then decides whether the reply reflects.
    pub fn apply(&self, found: &mut Found, parroting: bool) {
        if self.is_empty() || found.clauses.is_empty() {
            return;
        }
        let p = self.probabilities(found, parroting);
        let unnamed = TARGETS
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, name)| {
                !found
                    .roadblocks
                    .iter()
                    .any(|h| h.roadblock.name() == **name)
            })
            .map(|(t, _)| p[t])
            .fold(0.0f32, f32::max);
        found.confidence = Some((p[0], unnamed));
        // Summed only when first needed: most replies never need it.
        let mut leans: Option<Vec<[f32; TARGETS.len()]>> = None;
        // A reply the rules read as a clean reflection, and the model agrees reflects, takes a
        // roadblock from the model only when the model is all but sure of it.
        let clean_reflection =
            found.roadblocks.is_empty() && !found.reflective.is_empty() && p[0] >= 0.8;
        // Roadblocks first: one the model sees on a clause the rules took for a reflection
        // takes that clause out of the reflection.
        for (target, name) in TARGETS.iter().enumerate().skip(1) {
            let Some(roadblock) = Roadblock::from_name(name) else {
                continue;
            };
            let flagged = found.roadblocks.iter().any(|h| h.roadblock == roadblock);
            let bar = if clean_reflection {
                self.thresholds[target].max(0.8)
            } else {
                self.thresholds[target]
            };
            if flagged || p[target] < bar {
                continue;
            }
            // The model's roadblock goes on a clause the rules passed, preferably one they did
            // not take for a reflection either; on one they already flagged only when it is
            // all but sure (rules and model each have their blind spots).
            let sure = p[target] >= 0.8;
            let unblocked: Vec<usize> = (0..found.clauses.len())
                .filter(|i| sure || !found.clauses[*i].blocked)
                .collect();
            let open: Vec<usize> = unblocked
                .iter()
                .copied()
                .filter(|i| !found.clauses[*i].reflective)
                .collect();
            let pool = if open.is_empty() { &unblocked } else { &open };
            let leans = leans.get_or_insert_with(|| self.leans(&found.clauses));
            // Only a clause whose own words lean towards it: the rest of the reply may carry
            // the evidence (a roadblock the rules named differently), and an innocent clause
            // must not take the blame.
            let Some(i) = best(leans, target, pool).filter(|&i| leans[i][target] > 0.0) else {
                continue;
            };
            let clause = &mut found.clauses[i];
            clause.blocked = true;
            if clause.reflective {
                clause.reflective = false;
                let span = clause.span;
                found.reflective.retain(|s| *s != span);
            }
            found.roadblocks.push(RoadblockHit {
                roadblock,
                span: found.clauses[i].span,
            });
        }
        if p[0] < self.thresholds[0] {
            found.reflective.clear();
            found.clauses.iter_mut().for_each(|c| c.reflective = false);
        } else if found.reflective.is_empty() {
            let unblocked: Vec<usize> = (0..found.clauses.len())
                .filter(|i| !found.clauses[*i].blocked)
                .collect();
            let leans = leans.get_or_insert_with(|| self.leans(&found.clauses));
            if let Some(i) = best(leans, 0, &unblocked) {
                found.clauses[i].reflective = true;
                found.reflective.push(found.clauses[i].span);
            }
        }
    }
}

/// The candidate clause that leans most towards `target` (the first, on a tie).
fn best(leans: &[[f32; TARGETS.len()]], target: usize, candidates: &[usize]) -> Option<usize> {
    candidates
        .iter()
        .copied()
        .fold(None, |best: Option<usize>, i| match best {
            Some(b) if leans[b][target] >= leans[i][target] => Some(b),
            _ => Some(i),
        })
}

/// Every feature of a reply: the rules' findings and each clause's words.
pub fn features_of(found: &Found, parroting: bool) -> Vec<String> {
    let mut out = reply_features(found, parroting);
    for clause in &found.clauses {
        out.extend(clause_features(clause));
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_model_reads_and_writes_back_the_same() {
        let text = include_str!("model.txt");
        let model = Model::parse(text).expect("model.txt reads");
        assert!(!model.is_empty());
        assert_eq!(model.to_text(), text);
    }

    #[test]
    fn a_broken_model_file_is_an_error_not_a_panic() {
        for text in [
            "bias",
            "bias\tx:1",
            "bias\t99:1",
            "bias\t0:inf",
            "bias\t0:",
            "bias\t0:0.5",
        ] {
            assert!(Model::parse(text).is_err(), "{text}");
        }
    }
}

//! Trains the listening coach's model (core/src/coach/model.rs) on the project's own
//! labelled replies: the training set (core/tests/coach/train/), the first-generation
//! development set, the frozen sets whose misses have been read (development sets now, in
//! `READ_FROZEN_SETS`), and the built-in content's model answers. Never on the newest
//! frozen set, which is still unread.
//!
//! `cargo run --release -p rapport-core --example train-coach` prints a cross-validation
//! (each training file held out in turn, so a fold is a writer the model has not seen) of
//! the rules alone and of the rules with the model, then writes core/src/coach/model.txt.
//! `-- --check` writes nothing and fails if model.txt differs from what training gives.
//!
//! Logistic regression, one per target, full-batch gradient descent with Adam and L2, in a
//! fixed order: the same data gives the same weights, byte for byte.

// The same reader and measures as the coach's evaluation test.
#[allow(dead_code)]
#[path = "../tests/coach/labelled.rs"]
mod labelled;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use labelled::{measure_with, parse, print, Case, Share};
use rapport_core::coach::model::{Model, TARGETS};
use rapport_core::coach::{assess_with, model_features};

/// Frozen sets whose misses have been read, so they no longer measure the coach on new text:
/// their writers' voices teach the model instead. A set joins this list only once a newer
/// frozen set has been committed.
const READ_FROZEN_SETS: &[&str] = &[
    "frozen-1",
    "frozen-2",
    "frozen-3",
    "frozen-4",
    "frozen-5",
    "frozen-6",
    "frozen-7",
    "frozen-8",
    "frozen-9",
    "frozen-10",
    "frozen-11",
    "frozen-12",
    "frozen-13",
    "frozen-14",
    "frozen-15",
    "frozen-16",
    "frozen-17",
];

/// Threshold scores closer than this are a tie (see `choose_thresholds`).
const TIE: f64 = 0.002;
/// A feature must appear in this many training replies to get a weight.
const MIN_REPLIES: usize = 3;
/// L2 strength, per reply (`RAPPORT_L2` overrides it, for trying others).
fn l2() -> f64 {
    std::env::var("RAPPORT_L2")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0003)
}
const EPOCHS: usize = 200;
/// Folds of the cross-validation that sets the thresholds.
const FOLDS: usize = 5;
const RATE: f64 = 0.05;
/// Weights smaller than this are left out of model.txt (they are written to 0.01).
const KEEP: f64 = 0.01;

struct Example {
    file: String,
    features: Vec<String>,
    targets: [bool; TARGETS.len()],
}

fn sets() -> Vec<(String, Vec<Case>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coach");
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("train"))
        .expect("core/tests/coach/train")
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.push(root.join("devset.txt"));
    for set in READ_FROZEN_SETS {
        let mut read: Vec<PathBuf> = std::fs::read_dir(root.join(set))
            .expect("a frozen set's folder")
            .map(|e| e.expect("a readable folder").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        read.sort();
        files.extend(read);
    }
    let mut out = Vec::new();
    let mut group = 0;
    for path in files {
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("a readable set");
        let cases = parse(&name, &text, group);
        group = cases.last().map_or(group, |c| c.group);
        out.push((name, cases));
    }
    out.push(("built-in model answers".to_owned(), model_answers(group)));
    out
}

/// How many times each built-in model answer counts: the app shows them as what a good
/// reply looks like, so the model must accept every one, and a single example among
/// thirteen thousand is outweighed by a few words it shares with poor replies ("under"
/// in "over- or under-stating" leant towards lecturing).
const EXEMPLAR_WEIGHT: usize = 3;

/// The built-in drills' model answers and the role-plays' examples: reflections the
/// project's authors wrote and checked, among them summaries of whole threads.
fn model_answers(mut group: usize) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |statement: String, response: &str, label: &str, group: usize| {
        cases.push(Case {
            file: "content".to_owned(),
            line: 0,
            group,
            statement,
            annotations: Default::default(),
            labels: vec![label.to_owned()],
            response: response.to_owned(),
            checks: Vec::new(),
        });
    };
    for drill in &rapport_core::content::library::built_in().drills {
        group += 1;
        let label = if drill.posts.is_empty() {
            "feeling"
        } else {
            "summary"
        };
        for model in &drill.models {
            for _ in 0..EXEMPLAR_WEIGHT {
                add(drill.statement(), &model.text, label, group);
            }
        }
    }
    for scenario in rapport_core::scenario::library::built_in() {
        for beat in &scenario.beats {
            if let Some(respond) = &beat.respond {
                group += 1;
                for _ in 0..EXEMPLAR_WEIGHT {
                    add(beat.says.clone(), &respond.example, "feeling", group);
                }
            }
        }
    }
    cases
}

fn example(file: &str, case: &Case) -> Example {
    let mut targets = [false; TARGETS.len()];
    targets[0] = case.reflects();
    for (i, name) in TARGETS.iter().enumerate().skip(1) {
        targets[i] = case.labels.iter().any(|l| l == name);
    }
    Example {
        file: file.to_owned(),
        features: model_features(&case.statement, &case.response),
        targets,
    }
}

/// How many features each target keeps: the reflection model reads more of the words.
fn kept(target: usize) -> usize {
    if target == 0 {
        700
    } else {
        350
    }
}

/// Fits one logistic regression on the allowed features; returns its weights.
fn fit(
    rows: &[Vec<usize>],
    ys: &[f64],
    width: usize,
    allowed: &[bool],
    bias: Option<usize>,
) -> Vec<f64> {
    let n = rows.len() as f64;
    let l2 = l2();
    let mut w = vec![0.0f64; width];
    let (mut m, mut v) = (vec![0.0f64; width], vec![0.0f64; width]);
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    for epoch in 1..=EPOCHS {
        let mut grad = vec![0.0f64; width];
        for (row, y) in rows.iter().zip(ys) {
            let z: f64 = row.iter().filter(|&&j| allowed[j]).map(|&j| w[j]).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = (p - y) / n;
            for &j in row {
                if allowed[j] {
                    grad[j] += g;
                }
            }
        }
        for (j, g) in grad.iter_mut().enumerate() {
            if Some(j) != bias {
                *g += l2 * w[j];
            }
        }
        let (c1, c2) = (1.0 - b1.powi(epoch as i32), 1.0 - b2.powi(epoch as i32));
        for j in 0..width {
            if !allowed[j] {
                continue;
            }
            m[j] = b1 * m[j] + (1.0 - b1) * grad[j];
            v[j] = b2 * v[j] + (1.0 - b2) * grad[j] * grad[j];
            w[j] -= RATE * (m[j] / c1) / ((v[j] / c2).sqrt() + eps);
        }
    }
    w
}

/// Trains on `examples`; returns the model (with thresholds at 0.5). Each target is fitted
/// twice: once on every feature, then again on the ones that weighed most, so the committed
/// model stays small.
fn train(examples: &[&Example]) -> Model {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in examples {
        for f in &e.features {
            *counts.entry(f.as_str()).or_default() += 1;
        }
    }
    let vocabulary: Vec<&str> = counts
        .iter()
        .filter(|(f, n)| **n >= MIN_REPLIES || f.starts_with("r:") || **f == "bias")
        .map(|(f, _)| *f)
        .collect();
    let index: BTreeMap<&str, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i))
        .collect();
    let rows: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect()
        })
        .collect();
    let bias = index.get("bias").copied();
    // A roadblock's model learns from the words alone, not from the rules' verdict on that
    // roadblock, so that it still sees one phrased in a way the rules do not know.
    let rule_verdict: Vec<bool> = vocabulary
        .iter()
        .map(|f| f.starts_with("r:rb_") || *f == "r:all_blocked")
        .collect();
    let mut entries = Vec::new();
    for target in 0..TARGETS.len() {
        let ys: Vec<f64> = examples
            .iter()
            .map(|e| f64::from(u8::from(e.targets[target])))
            .collect();
        let mut allowed: Vec<bool> = (0..vocabulary.len())
            .map(|j| target == 0 || !rule_verdict[j])
            .collect();
        let first = fit(&rows, &ys, vocabulary.len(), &allowed, bias);
        let mut order: Vec<usize> = (0..vocabulary.len()).filter(|&j| allowed[j]).collect();
        order.sort_by(|&a, &b| first[b].abs().total_cmp(&first[a].abs()).then(a.cmp(&b)));
        let keep: Vec<usize> = order.into_iter().take(kept(target)).collect();
        allowed.iter_mut().for_each(|a| *a = false);
        for j in keep {
            allowed[j] = true;
        }
        if let Some(b) = bias {
            allowed[b] = true;
        }
        let w = fit(&rows, &ys, vocabulary.len(), &allowed, bias);
        for (j, weight) in w.iter().enumerate() {
            let rounded = (weight * 100.0).round() / 100.0;
            if allowed[j] && rounded.abs() >= KEEP {
                entries.push((vocabulary[j].to_owned(), target as u8, rounded as f32));
            }
        }
    }
    Model::new(entries, [0.5; TARGETS.len()])
}

struct Totals {
    reflections_found: Share,
    others_rejected: Share,
    ranked: Share,
    right_roadblock: Share,
    checks_clean: Share,
    good_clean: Share,
}

fn add(into: &mut Share, s: Share) {
    into.hit += s.hit;
    into.of += s.of;
}

fn report(name: &str, t: &Totals) {
    let pct = |s: Share| 100.0 * s.rate();
    println!(
        "{name:<28} balanced {:.3}  ranking {:5.1}%  right roadblock {:5.1}%  checks clean {:5.1}%  good clean {:5.1}%",
        (t.reflections_found.rate() + t.others_rejected.rate()) / 2.0,
        pct(t.ranked),
        pct(t.right_roadblock),
        pct(t.checks_clean),
        pct(t.good_clean),
    );
}

fn main() {
    let check = std::env::args().any(|a| a == "--check");
    let sets = sets();
    let examples: Vec<Example> = sets
        .iter()
        .flat_map(|(file, cases)| cases.iter().map(move |c| example(file, c)))
        .collect();
    let files: Vec<&String> = sets.iter().map(|(f, _)| f).collect();
    // Out-of-fold probabilities, each reply scored by a model that never saw its writer (the
    // files are dealt into FOLDS folds in name order); the thresholds are chosen on them.
    let fold_of = |file: &str| files.iter().position(|f| *f == file).unwrap_or(0) % FOLDS;
    let mut folds = Vec::new();
    let mut oof = vec![[0.0f32; TARGETS.len()]; examples.len()];
    for fold in 0..FOLDS {
        let held: Vec<&Example> = examples
            .iter()
            .filter(|e| fold_of(&e.file) != fold)
            .collect();
        let model = train(&held);
        for (i, e) in examples.iter().enumerate() {
            if fold_of(&e.file) == fold {
                oof[i] = model.probabilities_of(&e.features);
            }
        }
        folds.push(model);
    }
    let thresholds = choose_thresholds(&examples, &oof);
    println!("thresholds: {thresholds:?}");
    if !check {
        let empty = Model::default();
        let mut rules = new_totals();
        let mut learned = new_totals();
        for (file, cases) in &sets {
            let model = folds[fold_of(file)].clone().with_thresholds(thresholds);
            for (model, totals) in [(&empty, &mut rules), (&model, &mut learned)] {
                let m = measure_with(cases, false, &|s, r, a| assess_with(model, s, r, a));
                add(&mut totals.reflections_found, m.reflections_found);
                add(&mut totals.others_rejected, m.others_rejected);
                add(&mut totals.ranked, m.ranked);
                add(&mut totals.right_roadblock, m.right_roadblock);
                add(&mut totals.checks_clean, m.checks_clean);
                add(&mut totals.good_clean, m.good_clean);
            }
        }
        println!(
            "cross-validation over {} files ({} replies) in {FOLDS} folds, each file's writer unseen by its fold's model:",
            files.len(),
            examples.len()
        );
        report("rules alone", &rules);
        report("rules and model", &learned);
    }
    let all: Vec<&Example> = examples.iter().collect();
    let model = train(&all).with_thresholds(thresholds);
    let text = model.to_text();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/coach/model.txt");
    if check {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "core/src/coach/model.txt is not what training gives: run `cargo run --release -p rapport-core --example train-coach`"
        );
        println!("model.txt is what training gives");
        return;
    }
    std::fs::write(&path, &text).expect("model.txt written");
    let all_cases: Vec<Case> = sets.into_iter().flat_map(|(_, c)| c).collect();
    print(
        "training data, final model (in-sample)",
        &measure_with(&all_cases, false, &|s, r, a| assess_with(&model, s, r, a)),
    );
    println!("wrote {} ({} bytes)", path.display(), text.len());
}

/// For reflection, the threshold with the best balanced accuracy; for each roadblock, the
/// one with the best F1 of "the rules or the model flag it". Thresholds whose scores differ
/// by less than `TIE` are told apart by noise, not by the data, so among them the one
/// nearest 0.5 is taken: the choice then stays put when a retrain moves the optimum by a
/// hair.
fn choose_thresholds(examples: &[Example], oof: &[[f32; TARGETS.len()]]) -> [f32; TARGETS.len()] {
    let mut out = [0.5f32; TARGETS.len()];
    let candidates: Vec<f32> = (1..20).map(|i| i as f32 / 20.0).collect();
    for (target, slot) in out.iter_mut().enumerate() {
        let rule = format!("r:rb_{}", TARGETS[target]);
        let mut scores = Vec::with_capacity(candidates.len());
        for &t in &candidates {
            let (mut tp, mut fp, mut fneg, mut tn) = (0.0, 0.0, 0.0, 0.0);
            for (e, p) in examples.iter().zip(oof) {
                let flagged = p[target] >= t || (target > 0 && e.features.contains(&rule));
                match (flagged, e.targets[target]) {
                    (true, true) => tp += 1.0,
                    (true, false) => fp += 1.0,
                    (false, true) => fneg += 1.0,
                    (false, false) => tn += 1.0,
                }
            }
            let score = if target == 0 {
                (tp / (tp + fneg + 1e-9) + tn / (tn + fp + 1e-9)) / 2.0
            } else {
                2.0 * tp / (2.0 * tp + fp + fneg + 1e-9)
            };
            scores.push((t, score));
        }
        let best = scores.iter().map(|&(_, s)| s).fold(f64::MIN, f64::max);
        *slot = scores
            .iter()
            .filter(|&&(_, s)| s >= best - TIE)
            .min_by(|a, b| (a.0 - 0.5).abs().total_cmp(&(b.0 - 0.5).abs()))
            .map_or(0.5, |&(t, _)| t);
    }
    out
}

fn new_totals() -> Totals {
    Totals {
        reflections_found: Share::default(),
        others_rejected: Share::default(),
        ranked: Share::default(),
        right_roadblock: Share::default(),
        checks_clean: Share::default(),
        good_clean: Share::default(),
    }
}

//! Reads the labelled reply sets (devset.txt, heldout.txt) and measures the coach on them.

use rapport_core::coach::{assess, Annotations, Assessment, Roadblock};

pub struct Case {
    pub group: usize,
    pub statement: String,
    pub annotations: Annotations,
    pub label: String,
    pub response: String,
    pub line: usize,
}

pub fn parse(text: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let (mut group, mut statement, mut annotations) = (0, String::new(), Annotations::default());
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (tag, rest) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("line {line_no}: no label"));
        match tag {
            "S" => {
                group += 1;
                statement = rest.to_owned();
                annotations = Annotations::default();
            }
            "F" => annotations.feelings = rest.split(',').map(|s| s.trim().to_owned()).collect(),
            "K" => annotations.key_points = rest.split(';').map(|s| s.trim().to_owned()).collect(),
            label => {
                let known = ["good", "content", "parroting", "question"].contains(&label)
                    || Roadblock::from_name(label).is_some();
                assert!(known, "line {line_no}: unknown label {label}");
                cases.push(Case {
                    group,
                    statement: statement.clone(),
                    annotations: annotations.clone(),
                    label: label.to_owned(),
                    response: rest.to_owned(),
                    line: line_no,
                });
            }
        }
    }
    cases
}

/// Whether the coach put the reply in its labelled category.
pub fn categorised(label: &str, a: &Assessment) -> bool {
    match label {
        "good" => a.reflection && a.feeling.reflected && a.roadblocks.is_empty() && !a.parroting,
        "content" => a.reflection && a.roadblocks.is_empty() && !a.parroting,
        "parroting" => a.parroting && !a.reflection,
        "question" => a.question && a.roadblocks.contains(&Roadblock::Probing),
        roadblock => Roadblock::from_name(roadblock).is_some_and(|r| a.roadblocks.contains(&r)),
    }
}

pub struct Metrics {
    pub pairs: usize,
    pub ranked: usize,
    pub content_pairs: usize,
    pub content_ranked: usize,
    pub cases: usize,
    pub correct: usize,
    pub per_label: Vec<(String, usize, usize)>,
    pub clean_good: usize,
    pub goods: usize,
    pub failures: Vec<String>,
}

pub fn measure(cases: &[Case], with_annotations: bool) -> Metrics {
    let assessed: Vec<Assessment> = cases
        .iter()
        .map(|c| {
            assess(
                &c.statement,
                &c.response,
                with_annotations.then_some(&c.annotations),
            )
        })
        .collect();
    let poor = |label: &str| label != "good" && label != "content";
    let mut m = Metrics {
        pairs: 0,
        ranked: 0,
        content_pairs: 0,
        content_ranked: 0,
        cases: cases.len(),
        correct: 0,
        per_label: Vec::new(),
        clean_good: 0,
        goods: 0,
        failures: Vec::new(),
    };
    for (case, a) in cases.iter().zip(&assessed) {
        let ok = categorised(&case.label, a);
        m.correct += ok as usize;
        match m.per_label.iter_mut().find(|(l, _, _)| *l == case.label) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += ok as usize;
            }
            None => m.per_label.push((case.label.clone(), 1, ok as usize)),
        }
        if !ok {
            m.failures.push(format!(
                "line {} [{}] score {} refl {} q {} parrot {} feel {} roadblocks {:?}: {}",
                case.line,
                case.label,
                a.score,
                a.reflection,
                a.question,
                a.parroting,
                a.feeling.reflected,
                a.roadblocks,
                case.response
            ));
        }
        if case.label == "good" {
            m.goods += 1;
            m.clean_good += (a.roadblocks.is_empty() && !a.parroting) as usize;
        }
        if case.label != "good" && case.label != "content" {
            continue;
        }
        for (other, b) in cases.iter().zip(&assessed) {
            if other.group != case.group || !poor(&other.label) {
                continue;
            }
            let above = a.score > b.score;
            if case.label == "good" {
                m.pairs += 1;
                m.ranked += above as usize;
                if !above {
                    m.failures.push(format!(
                        "rank: line {} good {} <= line {} {} {}",
                        case.line, a.score, other.line, other.label, b.score
                    ));
                }
            } else {
                m.content_pairs += 1;
                m.content_ranked += above as usize;
            }
        }
    }
    m
}

pub fn print(name: &str, m: &Metrics) {
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!("== {name}: {} replies", m.cases);
    println!(
        "pairwise ranking, good above every poor reply: {}/{} = {:.1}%",
        m.ranked,
        m.pairs,
        pct(m.ranked, m.pairs)
    );
    println!(
        "pairwise ranking, paraphrase above every poor reply: {}/{} = {:.1}%",
        m.content_ranked,
        m.content_pairs,
        pct(m.content_ranked, m.content_pairs)
    );
    println!(
        "category accuracy: {}/{} = {:.1}%",
        m.correct,
        m.cases,
        pct(m.correct, m.cases)
    );
    println!(
        "good replies with no roadblock or parroting flagged: {}/{}",
        m.clean_good, m.goods
    );
    for (label, total, ok) in &m.per_label {
        println!("  {label:<13} {ok:>3}/{total:<3} {:.0}%", pct(*ok, *total));
    }
}

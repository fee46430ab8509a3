//! Reads the labelled reply sets (format: LABELS.md) and measures the listening coach on
//! them: reflection detection, ranking of good over poor replies, the right roadblock, and
//! check-backs never flagged as roadblocks.

use rapport_core::coach::{assess, Annotations, Assessment, HintKind, Roadblock};

/// Reflection kinds (LABELS.md).
pub const KINDS: &[&str] = &["simple", "feeling", "summary", "double", "tag", "rising"];
/// Labels for replies that get in the way without being a roadblock.
pub const OTHER_POOR: &[&str] = &["parroting", "minimal"];

/// One labelled reply.
pub struct Case {
    pub file: String,
    pub line: usize,
    pub group: usize,
    pub statement: String,
    pub annotations: Annotations,
    pub labels: Vec<String>,
    /// The reply with the check-back braces removed.
    pub response: String,
    /// Byte spans of the check-backs in `response`.
    pub checks: Vec<(usize, usize)>,
}

impl Case {
    pub fn reflects(&self) -> bool {
        self.labels.iter().any(|l| KINDS.contains(&l.as_str()))
    }

    fn gets_in_the_way(&self) -> bool {
        self.labels.iter().any(|l| !KINDS.contains(&l.as_str()))
    }

    pub fn good(&self) -> bool {
        self.reflects() && !self.gets_in_the_way()
    }

    pub fn poor(&self) -> bool {
        !self.reflects()
    }

    /// The roadblocks (and parroting) a poor reply is labelled with.
    fn expected_blocks(&self) -> Vec<&str> {
        self.labels
            .iter()
            .map(String::as_str)
            .filter(|l| *l == "parroting" || Roadblock::from_name(l).is_some())
            .collect()
    }
}

/// First-generation labels (devset.txt, heldout.txt, blind.txt) in today's vocabulary.
fn modern(label: &str) -> &str {
    match label {
        "good" => "feeling",
        "content" => "simple",
        "question" => "probing",
        other => other,
    }
}

/// Parses one file; panics with the file and line on anything malformed, so a bad set
/// cannot pass silently.
pub fn parse(file: &str, text: &str, first_group: usize) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut group = first_group;
    let (mut statement, mut annotations) = (String::new(), Annotations::default());
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (tag, rest) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("{file}:{line_no}: no label"));
        match tag {
            "S" => {
                group += 1;
                statement = rest.to_owned();
                annotations = Annotations::default();
            }
            "F" => annotations.feelings = rest.split(',').map(|s| s.trim().to_owned()).collect(),
            "K" => annotations.key_points = rest.split(';').map(|s| s.trim().to_owned()).collect(),
            labels => {
                assert!(!statement.is_empty(), "{file}:{line_no}: reply before S:");
                let labels: Vec<String> = labels.split('+').map(|l| modern(l).to_owned()).collect();
                for label in &labels {
                    let known = KINDS.contains(&label.as_str())
                        || OTHER_POOR.contains(&label.as_str())
                        || Roadblock::from_name(label).is_some();
                    assert!(known, "{file}:{line_no}: unknown label {label}");
                }
                let (response, checks) =
                    unbrace(rest).unwrap_or_else(|| panic!("{file}:{line_no}: unbalanced braces"));
                cases.push(Case {
                    file: file.to_owned(),
                    line: line_no,
                    group,
                    statement: statement.clone(),
                    annotations: annotations.clone(),
                    labels,
                    response,
                    checks,
                });
            }
        }
    }
    cases
}

/// Removes the braces around check-backs, returning the text and the spans they marked.
fn unbrace(text: &str) -> Option<(String, Vec<(usize, usize)>)> {
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut open = None;
    for c in text.chars() {
        match c {
            '{' if open.is_none() => open = Some(out.len()),
            '}' => spans.push((open.take()?, out.len())),
            '{' => return None,
            c => out.push(c),
        }
    }
    open.is_none().then_some((out, spans))
}

/// A count out of a total.
#[derive(Debug, Clone, Copy, Default)]
pub struct Share {
    pub hit: usize,
    pub of: usize,
}

impl Share {
    fn add(&mut self, hit: bool) {
        self.of += 1;
        self.hit += hit as usize;
    }

    pub fn rate(self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.hit as f64 / self.of as f64
        }
    }
}

pub struct Metrics {
    pub cases: usize,
    pub statements: usize,
    /// Reflections the coach calls reflections.
    pub reflections_found: Share,
    /// Non-reflections the coach does not call reflections.
    pub others_rejected: Share,
    /// Good replies scored above each poor reply to the same statement.
    pub ranked: Share,
    /// Poor replies flagged with (one of) their labelled roadblocks, or as parroting.
    pub right_roadblock: Share,
    /// Check-back spans that no roadblock hint overlaps.
    pub checks_clean: Share,
    /// Good replies with no roadblock and no parroting flagged.
    pub good_clean: Share,
    /// Poor replies not praised for putting the situation in their own words.
    pub no_false_praise: Share,
    /// Per label: how often the coach agreed (reflection found, or that roadblock flagged).
    pub per_label: Vec<(String, Share)>,
    pub failures: Vec<String>,
}

impl Metrics {
    pub fn balanced_accuracy(&self) -> f64 {
        (self.reflections_found.rate() + self.others_rejected.rate()) / 2.0
    }

    /// The figures a set's bars are set from, by name.
    pub fn figures(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("reflection_balanced_accuracy", self.balanced_accuracy()),
            ("reflections_found", self.reflections_found.rate()),
            ("others_rejected", self.others_rejected.rate()),
            ("ranking", self.ranked.rate()),
            ("right_roadblock", self.right_roadblock.rate()),
            ("checks_clean", self.checks_clean.rate()),
            ("good_clean", self.good_clean.rate()),
            ("no_false_praise", self.no_false_praise.rate()),
        ]
    }
}

fn agrees(label: &str, a: &Assessment) -> bool {
    match label {
        l if KINDS.contains(&l) => a.reflection,
        "parroting" => a.parroting,
        "minimal" => !a.reflection,
        l => Roadblock::from_name(l).is_some_and(|r| a.roadblocks.contains(&r)),
    }
}

fn describe(case: &Case, a: &Assessment) -> String {
    format!(
        "{}:{} [{}] score {} refl {} feel {} parrot {} roadblocks {:?}: {}",
        case.file,
        case.line,
        case.labels.join("+"),
        a.score,
        a.reflection,
        a.feeling.reflected,
        a.parroting,
        a.roadblocks,
        case.response
    )
}

pub fn measure(cases: &[Case], with_annotations: bool) -> Metrics {
    measure_with(cases, with_annotations, &assess)
}

/// A way of assessing a reply: the coach as built, or a candidate model (the trainer).
pub type Assessor<'a> = &'a dyn Fn(&str, &str, Option<&Annotations>) -> Assessment;

pub fn measure_with(cases: &[Case], with_annotations: bool, assess: Assessor) -> Metrics {
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
    let mut groups: Vec<usize> = cases.iter().map(|c| c.group).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut m = Metrics {
        cases: cases.len(),
        statements: groups.len(),
        reflections_found: Share::default(),
        others_rejected: Share::default(),
        ranked: Share::default(),
        right_roadblock: Share::default(),
        checks_clean: Share::default(),
        good_clean: Share::default(),
        no_false_praise: Share::default(),
        per_label: Vec::new(),
        failures: Vec::new(),
    };
    for (case, a) in cases.iter().zip(&assessed) {
        let mut wrong = Vec::new();
        if case.reflects() {
            m.reflections_found.add(a.reflection);
            if !a.reflection {
                wrong.push("reflection missed");
            }
        } else {
            m.others_rejected.add(!a.reflection);
            if a.reflection {
                wrong.push("called a reflection");
            }
        }
        for label in &case.labels {
            let entry = match m.per_label.iter_mut().position(|(l, _)| l == label) {
                Some(i) => &mut m.per_label[i].1,
                None => {
                    m.per_label.push((label.clone(), Share::default()));
                    &mut m.per_label.last_mut().expect("just pushed").1
                }
            };
            entry.add(agrees(label, a));
        }
        let expected = case.expected_blocks();
        if case.poor() && !expected.is_empty() {
            let hit = expected.iter().any(|l| agrees(l, a));
            m.right_roadblock.add(hit);
            if !hit {
                wrong.push("roadblock missed");
            }
        }
        if case.poor() {
            let praised = a
                .hints
                .iter()
                .any(|h| h.code == "captured_point" && h.kind == HintKind::WentWell);
            m.no_false_praise.add(!praised);
        }
        if case.good() {
            let clean = a.roadblocks.is_empty() && !a.parroting;
            m.good_clean.add(clean);
            if !clean {
                wrong.push("good reply flagged");
            }
        }
        for &(start, end) in &case.checks {
            let flagged = a.hints.iter().any(|h| {
                h.kind == HintKind::GotInTheWay
                    && Roadblock::from_name(h.code).is_some()
                    && h.start < end
                    && start < h.end
            });
            m.checks_clean.add(!flagged);
            if flagged {
                wrong.push("check-back flagged");
            }
        }
        if !wrong.is_empty() {
            m.failures
                .push(format!("{}: {}", wrong.join(", "), describe(case, a)));
        }
        if !case.good() {
            continue;
        }
        for (other, b) in cases.iter().zip(&assessed) {
            if other.group == case.group && other.poor() {
                let above = a.score > b.score;
                m.ranked.add(above);
                if !above {
                    m.failures.push(format!(
                        "rank: {}:{} scores {} <= {}:{} [{}] {}",
                        case.file,
                        case.line,
                        a.score,
                        other.file,
                        other.line,
                        other.labels.join("+"),
                        b.score
                    ));
                }
            }
        }
    }
    m
}

pub fn print(name: &str, m: &Metrics) {
    let line = |what: &str, s: Share| {
        println!(
            "  {what:<52} {:>4}/{:<4} = {:5.1}%",
            s.hit,
            s.of,
            100.0 * s.rate()
        )
    };
    println!(
        "== {name}: {} replies to {} statements",
        m.cases, m.statements
    );
    println!(
        "  {:<52} {:>16.3}",
        "reflection detection, balanced accuracy",
        m.balanced_accuracy()
    );
    line("reflections called reflections", m.reflections_found);
    line("non-reflections not called reflections", m.others_rejected);
    line(
        "good reply above poor reply to the same statement",
        m.ranked,
    );
    line(
        "poor replies flagged with their roadblock",
        m.right_roadblock,
    );
    line("check-backs not flagged as a roadblock", m.checks_clean);
    line("good replies with no roadblock or parroting", m.good_clean);
    line(
        "poor replies not praised as in your own words",
        m.no_false_praise,
    );
    let mut labels: Vec<&(String, Share)> = m.per_label.iter().collect();
    labels.sort_by(|a, b| a.0.cmp(&b.0));
    for (label, share) in labels {
        line(&format!("    {label}"), *share);
    }
}

/// The figures committed for `set` in figures.txt, as `(metric, value)`.
pub fn committed<'a>(figures: &'a str, set: &str) -> Vec<(&'a str, f64)> {
    figures
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (s, metric, value) = (parts.next()?, parts.next()?, parts.next()?);
            (s == set).then(|| (metric, value.parse().expect("a number in figures.txt")))
        })
        .collect()
}

/// What is wrong with a set's figures: each that fell more than two points below the
/// committed one, or rose more than two points above it (the committed figure, and with it
/// the bar, is then stale).
pub fn against_the_bar(set: &str, m: &Metrics, figures: &str) -> Vec<String> {
    let committed = committed(figures, set);
    let now = m.figures();
    let mut problems = Vec::new();
    if committed.is_empty() {
        problems.push(format!("figures.txt has no figures for {set}"));
    }
    for (metric, value) in committed {
        let (_, measured) = now
            .iter()
            .find(|(name, _)| *name == metric)
            .unwrap_or_else(|| panic!("figures.txt names an unknown metric {metric}"));
        if *measured < value - 0.02 {
            problems.push(format!(
                "{set} {metric}: {measured:.3} is more than 2 points below the committed {value:.3}"
            ));
        } else if *measured > value + 0.02 {
            problems.push(format!(
                "{set} {metric}: {measured:.3} is more than 2 points above the committed {value:.3}; raise it in figures.txt so the bar holds"
            ));
        }
    }
    problems
}

/// Prints every figure committed and measured, so the file can be brought up to date.
pub fn print_figures(set: &str, m: &Metrics) {
    for (metric, value) in m.figures() {
        println!("figure: {set} {metric} {value:.3}");
    }
}

//! From findings to verdict: the flags, a 0–100 score, and hints in the order a kind
//! coach would give them (what went well, what got in the way, one or two things to try).

use super::analysis::{Found, QuestionKind, Span};
use super::lexicon::feelings;
use super::lexicon::roadblocks::Roadblock;
use super::overlap::covers;
use super::report::{
    AnnotationReport, Assessment, Captured, FeelingReport, FeelingWord, Hint, HintKind,
};
use super::Annotations;
use crate::words::lower_first;

/// The longest reply that still reads as a reflection rather than a speech.
const LONG_REPLY: usize = 80;
/// The highest score of a reply that is not a reflection, and of one with a roadblock
/// (the tops of the "not a reflection yet" and "partly there" bands).
const NOT_YET: i32 = 34;
const PARTLY: i32 = 59;
/// Below this, more that got in the way lowers the score ever more gently instead of
/// stopping at 0, so replies with one and with three roadblocks still read apart.
const FLOOR: f32 = 10.0;

pub fn report(found: &Found, response: &str, annotations: Option<&Annotations>) -> Assessment {
    let whole = found.whole;
    if found.words == 0 {
        return Assessment {
            score: 0,
            reflection: false,
            question: false,
            parroting: false,
            roadblocks: Vec::new(),
            feeling: FeelingReport::default(),
            hints: vec![hint(
                HintKind::TryNext,
                "empty",
                "Write what you would say back to them, in a sentence or two.".into(),
                whole,
            )],
            annotations: annotations.map(|a| AnnotationReport {
                feelings: Captured {
                    captured: vec![],
                    missed: a.feelings.clone(),
                },
                key_points: Captured {
                    captured: vec![],
                    missed: a.key_points.clone(),
                },
            }),
        };
    }

    let parroting = found.echo.is_parroting();
    let mut roadblocks: Vec<Roadblock> = found.roadblocks.iter().map(|h| h.roadblock).collect();
    crate::order::sort(&mut roadblocks);
    roadblocks.dedup();
    let reflection = !parroting && !found.reflective.is_empty();
    let question = found.question_words * 2 >= found.words
        && found
            .questions
            .iter()
            .any(|(kind, _)| *kind != QuestionKind::Check);
    let feeling = FeelingReport {
        named: !found.feelings.is_empty(),
        reflected: found.feelings.iter().any(|f| f.reflected),
        words: found
            .feelings
            .iter()
            .map(|f| FeelingWord {
                text: response[f.span.start..f.span.end].to_owned(),
                family: f.family,
                reflected: f.reflected,
                start: f.span.start,
                end: f.span.end,
            })
            .collect(),
    };
    let coverage = annotations.map(|a| annotation_report(a, found));

    let mut score: i32 = 15;
    if reflection {
        score += 30;
    }
    score += if feeling.reflected {
        20
    } else if feeling.named {
        5
    } else {
        0
    };
    score += ((found.overlap / 0.3).min(1.0) * 15.0).round() as i32;
    score += if !found.checks.is_empty() {
        10
    } else if !found.tentative.is_empty() {
        5
    } else {
        0
    };
    score += match found.words {
        4..=LONG_REPLY => 5,
        0..=3 => 0,
        _ if found.words > 2 * LONG_REPLY => -10,
        _ => 0,
    };
    score -= roadblocks.iter().map(|r| r.penalty()).sum::<i32>();
    if parroting {
        score -= 40;
    }
    if let (Some(report), Some(a)) = (&coverage, annotations) {
        score += share(report.feelings.captured.len(), a.feelings.len(), 5);
        score += share(report.key_points.captured.len(), a.key_points.len(), 5);
    }
    // Between replies the rules read alike, the model's confidence orders them: more sure
    // it reflects, higher; more suspicious of a roadblock nobody named, lower.
    if let Some((reflects, suspect)) = found.confidence {
        score += ((reflects - 0.5) * 20.0).round() as i32;
        score -= (suspect * 20.0).round() as i32;
    }
    // The number never says more than the words: a reply that is not a reflection stays
    // "not a reflection yet", and one with a roadblock at most "partly there".
    if !reflection {
        score = score.min(NOT_YET);
    } else if !roadblocks.is_empty() {
        score = score.min(PARTLY);
    }

    Assessment {
        score: soft_floor(score).min(100) as u8,
        reflection,
        question,
        parroting,
        roadblocks,
        hints: hints(
            found,
            response,
            reflection,
            parroting,
            &feeling,
            annotations,
            coverage.as_ref(),
        ),
        feeling,
        annotations: coverage,
    }
}

/// The score with everything under [`FLOOR`] folded into 0..FLOOR, keeping the order.
fn soft_floor(score: i32) -> i32 {
    // f32, as the model's arithmetic is: one float library in the build, not two.
    let raw = score as f32;
    if raw >= FLOOR {
        score
    } else {
        (FLOOR * ((raw - FLOOR) / 30.0).exp()).round() as i32
    }
}

fn share(part: usize, whole: usize, points: i32) -> i32 {
    if whole == 0 {
        0
    } else {
        (points * part as i32) / whole as i32
    }
}

fn hint(kind: HintKind, code: &'static str, text: String, span: Span) -> Hint {
    Hint {
        kind,
        code,
        text,
        start: span.start,
        end: span.end,
        also: Vec::new(),
    }
}

/// One hint for several runs of words: the first is its span, the rest `also`.
fn hint_on_all(kind: HintKind, code: &'static str, text: String, spans: &[Span]) -> Hint {
    let mut out = hint(kind, code, text, spans[0]);
    out.also = spans[1..].iter().map(|s| (s.start, s.end)).collect();
    out
}

/// The quoted words of up to three spans, joined as a list ("“a”, “b”").
fn quotes(response: &str, spans: &[Span]) -> String {
    let quoted: Vec<String> = spans.iter().take(3).map(|s| quote(response, *s)).collect();
    quoted.join(", ")
}

fn annotation_report(annotations: &Annotations, found: &Found) -> AnnotationReport {
    let lex = feelings::lexicon();
    let named: Vec<&str> = found
        .feelings
        .iter()
        .filter(|f| f.reflected)
        .map(|f| f.family)
        .collect();
    let mut report = AnnotationReport::default();
    for label in &annotations.feelings {
        let hit = lex
            .family_of_label(label)
            .is_some_and(|family| named.contains(&family));
        let list = if hit {
            &mut report.feelings.captured
        } else {
            &mut report.feelings.missed
        };
        list.push(label.clone());
    }
    for point in &annotations.key_points {
        let list = if covers(&found.concepts, point) {
            &mut report.key_points.captured
        } else {
            &mut report.key_points.missed
        };
        list.push(point.clone());
    }
    report
}

fn quote(response: &str, span: Span) -> String {
    format!("\u{201c}{}\u{201d}", &response[span.start..span.end])
}

fn hints(
    found: &Found,
    response: &str,
    reflection: bool,
    parroting: bool,
    feeling: &FeelingReport,
    annotations: Option<&Annotations>,
    coverage: Option<&AnnotationReport>,
) -> Vec<Hint> {
    let mut out = Vec::new();
    // What went well.
    let named: Vec<Span> = feeling
        .words
        .iter()
        .filter(|w| w.reflected)
        .map(|w| Span {
            start: w.start,
            end: w.end,
            sentence: 0,
        })
        .collect();
    if !named.is_empty() {
        let what = if named.len() == 1 {
            "a feeling"
        } else {
            "feelings"
        };
        out.push(hint_on_all(
            HintKind::WentWell,
            "named_feeling",
            format!(
                "You named {what} ({}). Putting it into words shows you heard more than the facts.",
                quotes(response, &named)
            ),
            &named,
        ));
    }
    // "In your own words" only when nothing got in the way and what they said is there: a
    // key point the author named, or, without annotations, some of their content.
    let picked_up = match coverage {
        Some(report) if annotations.is_some_and(|a| !a.key_points.is_empty()) => {
            !report.key_points.captured.is_empty()
        }
        _ => found.overlap > 0.0,
    };
    if reflection && found.roadblocks.is_empty() && picked_up {
        if let Some(span) = found.reflective.first() {
            out.push(hint(
                HintKind::WentWell,
                "captured_point",
                "You put their situation in your own words, so they can tell you followed.".into(),
                *span,
            ));
        }
    }
    if !found.checks.is_empty() {
        out.push(hint_on_all(
            HintKind::WentWell,
            "checked_understanding",
            format!(
                "Checking ({}) lets them correct you, so the story stays theirs.",
                quotes(response, &found.checks)
            ),
            &found.checks,
        ));
    }
    if let Some(span) = found.tentative.first().filter(|_| reflection) {
        out.push(hint(
            HintKind::WentWell,
            "tentative",
            format!(
                "{} offers your reading gently, without telling them how they feel.",
                quote(response, *span)
            ),
            *span,
        ));
    }
    // What got in the way.
    if parroting {
        let span = found.echo_span.unwrap_or(found.whole);
        out.push(hint(
            HintKind::GotInTheWay,
            "parroting",
            "This repeats their words almost exactly. Say the point in your own words, so they hear that you understood it, not only that you heard it.".into(),
            span,
        ));
    }
    let mut seen = Vec::new();
    for hit in &found.roadblocks {
        let first_of_kind = !seen.contains(&hit.roadblock);
        seen.push(hit.roadblock);
        let text = if first_of_kind {
            hit.roadblock.hint().to_owned()
        } else {
            format!("Here too: {}", lower_first(hit.roadblock.hint()))
        };
        out.push(hint(
            HintKind::GotInTheWay,
            hit.roadblock.name(),
            text,
            hit.span,
        ));
    }
    // One or two things to try.
    let mut tries = Vec::new();
    if !reflection && !parroting && found.roadblocks.is_empty() {
        tries.push(hint(
            HintKind::TryNext,
            "reflect_first",
            "This does not yet reflect what they said. Try starting with \u{201c}it sounds like\u{2026}\u{201d} and their main point in your own words.".into(),
            found.whole,
        ));
    }
    if !feeling.reflected {
        let example = annotations.and_then(|a| a.feelings.first()).map_or_else(
            || "it sounds like that was frustrating".to_owned(),
            |f| format!("it sounds like you're feeling {f}"),
        );
        tries.push(hint(
            HintKind::TryNext,
            "name_feeling",
            format!(
                "Try naming what they might be feeling, tentatively: \u{201c}{example}\u{201d}."
            ),
            found.whole,
        ));
    }
    if let Some(missed) = coverage.and_then(|c| c.key_points.missed.first()) {
        let wording = missed.split('|').next().unwrap_or(missed).trim();
        tries.push(hint(
            HintKind::TryNext,
            "key_point",
            format!("You could also reflect this part of what they said: {wording}."),
            found.whole,
        ));
    }
    if reflection && found.checks.is_empty() {
        tries.push(hint(
            HintKind::TryNext,
            "add_check",
            "You could end with a light check such as \u{201c}is that right?\u{201d}, so they can correct you.".into(),
            found.whole,
        ));
    }
    if found.words > LONG_REPLY {
        tries.insert(
            0,
            hint(
                HintKind::TryNext,
                "shorter",
                "Shorter reflections land better: one or two sentences is plenty.".into(),
                found.whole,
            ),
        );
    }
    out.extend(tries.into_iter().take(2));
    out
}

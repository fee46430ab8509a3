//! What the coach finds in a reply, sentence by sentence: roadblocks, questions and what
//! kind they are, feeling words and whom they are about, listening moves, content
//! picked up from the statement, and echoes of it. Scoring and wording come later.

use crate::sorted::SortedSet;

use super::lexicon::feelings::{self, Family};
use super::lexicon::listening;
use super::lexicon::roadblocks::{self, Roadblock, IMPERATIVE_VERBS};
use super::lexicon::words::{FIRST_PERSON, QUESTION_OPENERS, SECOND_PERSON};
use super::overlap::{concept, concepts};
use super::parrot::{echo, Echo};
use super::pattern::PatternSet;
use super::text::{Text, Word};

/// A span of the reply (byte offsets) and the sentence it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

/// A roadblock and the words that triggered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoadblockHit {
    pub roadblock: Roadblock,
    pub span: Span,
}

/// A feeling word or phrase in the reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeelingHit {
    pub family: Family,
    pub span: Span,
    /// Said about the speaker (not about the listener, not inside a roadblock).
    pub reflected: bool,
}

/// How a question sentence works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// "Is that right?": invites correction.
    Check,
    /// "Are you feeling left out?": a reflection in question form.
    Reflective,
    /// Asks for facts or reasons before showing understanding.
    Probing,
}

/// Everything found in one reply.
#[derive(Debug, Clone)]
pub struct Found {
    pub words: usize,
    pub roadblocks: Vec<RoadblockHit>,
    pub feelings: Vec<FeelingHit>,
    pub checks: Vec<Span>,
    pub tentative: Vec<Span>,
    /// Sentences that reflect the speaker's content or feeling.
    pub reflective: Vec<Span>,
    /// Kind of every question sentence, with its span.
    pub questions: Vec<(QuestionKind, Span)>,
    /// Words that belong to question sentences, for "mainly a question".
    pub question_words: usize,
    /// Share of the statement's content concepts the reply picks up.
    pub overlap: f32,
    pub echo: Echo,
    /// The reply's echoed run, as a byte span.
    pub echo_span: Option<Span>,
    /// The reply's content concepts, for key points.
    pub concepts: SortedSet<String>,
    /// Byte span of the trimmed reply.
    pub whole: Span,
}

/// Finds everything the coach reasons about.
pub fn analyse(statement: &str, response: &str) -> Found {
    let said = Text::new(statement);
    let reply = Text::new(response);
    let trimmed_start = response.len() - response.trim_start().len();
    let whole = Span {
        start: trimmed_start,
        end: response.trim_end().len().max(trimmed_start),
        sentence: 0,
    };
    let statement_concepts = concepts(&said);
    let reply_concepts = concepts(&reply);
    let mut found = Found {
        words: reply.words.len(),
        roadblocks: Vec::new(),
        feelings: Vec::new(),
        checks: Vec::new(),
        tentative: Vec::new(),
        reflective: Vec::new(),
        questions: Vec::new(),
        question_words: 0,
        overlap: 0.0,
        echo: Echo {
            copied: 0.0,
            covered: 0.0,
            longest: None,
        },
        echo_span: None,
        concepts: SortedSet::new(),
        whole,
    };
    if !statement_concepts.is_empty() {
        let shared = statement_concepts.intersection(&reply_concepts).count();
        found.overlap = shared as f32 / statement_concepts.len() as f32;
    }

    let lex = listening::lexicon();
    let (obligations, own_obligations) = roadblocks::obligations();
    let speaker_obliged =
        (0..said.sentences.len()).any(|i| own_obligations.any(said.sentence_words(i)));
    for (index, sentence) in reply.sentences.iter().enumerate() {
        let words = reply.sentence_words(index);
        if words.is_empty() {
            continue;
        }
        let first_hit = found.roadblocks.len();
        find_patterned_roadblocks(words, index, &mut found.roadblocks);
        if !speaker_obliged {
            if let Some((_, m)) = obligations.find_all(words).first() {
                let span = span_of(&words[m.first..m.end], index);
                found.roadblocks.push(RoadblockHit {
                    roadblock: Roadblock::Ordering,
                    span,
                });
            }
        }
        let checks = matches(&lex.checks, words, index);
        let tentative = matches(&lex.tentative, words, index);
        found.checks.extend(&checks);
        found.tentative.extend(&tentative);

        let is_question = sentence.question_mark || sounds_like_question(words);
        let about_speaker = words
            .iter()
            .any(|w| SECOND_PERSON.contains(&w.norm.as_str()));
        let about_self = words
            .iter()
            .any(|w| FIRST_PERSON.contains(&w.norm.as_str()));
        let shared = words
            .iter()
            .filter_map(concept)
            .filter(|c| statement_concepts.contains(c))
            .count();

        if !is_question && found.roadblocks.len() == first_hit {
            if let Some(hit) = imperative(words, index) {
                found.roadblocks.push(hit);
            }
        }
        let sentence_hits = found.roadblocks.len() > first_hit;

        // Feelings: reflected when said about the speaker, outside any roadblock.
        let opener_about_them = !tentative.is_empty()
            || matches!(
                words[0].norm.as_str(),
                "that" | "it" | "this" | "being" | "having"
            );
        for (family, span) in feeling_words(words, index) {
            let inside_roadblock = found.roadblocks[first_hit..]
                .iter()
                .any(|hit| hit.span.start <= span.start && span.end <= hit.span.end);
            let reflected = !inside_roadblock
                && (about_speaker
                    || (opener_about_them && !about_self)
                    || tentative_about_them(&tentative, words));
            found.feelings.push(FeelingHit {
                family,
                span,
                reflected,
            });
        }
        let names_feeling = found
            .feelings
            .iter()
            .any(|f| f.span.sentence == index && f.reflected);

        if is_question {
            found.question_words += words.len();
            let reflective_shape = lex.reflective_questions.any(words);
            let kind = if !checks.is_empty() && words.len() <= 8 {
                QuestionKind::Check
            } else if reflective_shape && (names_feeling || shared >= 2) && !sentence_hits {
                QuestionKind::Reflective
            } else if !checks.is_empty() {
                QuestionKind::Check
            } else {
                QuestionKind::Probing
            };
            let span = sentence_span(words, index);
            found.questions.push((kind, span));
            match kind {
                QuestionKind::Reflective => found.reflective.push(span),
                QuestionKind::Probing if !sentence_hits => found.roadblocks.push(RoadblockHit {
                    roadblock: Roadblock::Probing,
                    span,
                }),
                _ => {}
            }
            continue;
        }

        if !sentence_hits
            && about_self
            && !about_speaker
            && tentative.is_empty()
            && talks_about_self(words)
        {
            found.roadblocks.push(RoadblockHit {
                roadblock: Roadblock::Diverting,
                span: sentence_span(words, index),
            });
            continue;
        }

        // A sentence that restates much of the statement reflects its content even when the
        // statement was about someone else ("People talk over Amara in meetings").
        let refers_to_them =
            about_speaker || !tentative.is_empty() || (opener_about_them && names_feeling);
        let restates = shared >= 3 && !about_self;
        if !sentence_hits && ((refers_to_them && (names_feeling || shared >= 1)) || restates) {
            found.reflective.push(sentence_span(words, index));
        }
    }
    let framing: Vec<bool> = reply
        .words
        .iter()
        .map(|w| {
            found
                .checks
                .iter()
                .chain(&found.tentative)
                .any(|s| s.start <= w.start && w.end <= s.end)
        })
        .collect();
    found.echo = echo(&said, &reply, &framing);
    found.echo_span = found
        .echo
        .longest
        .map(|(a, b)| span_of(&reply.words[a..b], reply.words[a].sentence));
    found.concepts = reply_concepts;
    found
}

fn span_of(words: &[Word], sentence: usize) -> Span {
    Span {
        start: words.first().map_or(0, |w| w.start),
        end: words.last().map_or(0, |w| w.end),
        sentence,
    }
}

fn sentence_span(words: &[Word], sentence: usize) -> Span {
    span_of(words, sentence)
}

fn matches(patterns: &PatternSet<()>, words: &[Word], sentence: usize) -> Vec<Span> {
    patterns
        .find_all(words)
        .into_iter()
        .map(|(_, m)| span_of(&words[m.first..m.end], sentence))
        .fold(Vec::new(), |mut kept: Vec<Span>, span| {
            // Keep the widest of overlapping matches ("it sounds like" over "sounds").
            if let Some(existing) = kept
                .iter_mut()
                .find(|k| k.start < span.end && span.start < k.end)
            {
                if span.end - span.start > existing.end - existing.start {
                    *existing = span;
                }
            } else {
                kept.push(span);
            }
            kept
        })
}

fn find_patterned_roadblocks(words: &[Word], sentence: usize, hits: &mut Vec<RoadblockHit>) {
    for (roadblock, m) in roadblocks::patterns().find_all(words) {
        // "It wasn't your choice" and "that's not your fault" deny the roadblock they contain.
        let denied = m.first > 0 && matches!(words[m.first - 1].norm.as_str(), "not" | "never");
        if denied && roadblock != Roadblock::Reassuring {
            continue;
        }
        let span = span_of(&words[m.first..m.end], sentence);
        let overlaps_same = hits.iter().any(|h| {
            h.roadblock == roadblock && h.span.start < span.end && span.start < h.span.end
        });
        if !overlaps_same {
            hits.push(RoadblockHit { roadblock, span });
        }
    }
}

/// Words skipped before looking at how a sentence starts.
const LEAD_INS: &[&str] = &[
    "so", "well", "ok", "okay", "honestly", "look", "and", "but", "just", "please", "oh", "then",
    "now",
];

fn lead(words: &[Word]) -> &[Word] {
    let skip = words
        .iter()
        .take_while(|w| LEAD_INS.contains(&w.norm.as_str()))
        .count();
    &words[skip..]
}

/// A sentence opening with a bare verb gives an order ("Send it today").
fn imperative(words: &[Word], sentence: usize) -> Option<RoadblockHit> {
    let rest = lead(words);
    let verb = rest.first()?;
    if !IMPERATIVE_VERBS.contains(&verb.norm.as_str()) {
        return None;
    }
    // "Tell me more" and "Let me check I understood" invite the speaker, they do not order.
    if rest
        .get(1)
        .is_some_and(|w| matches!(w.norm.as_str(), "me" | "us"))
    {
        return None;
    }
    Some(RoadblockHit {
        roadblock: Roadblock::Ordering,
        span: span_of(&rest[..rest.len().min(3)], sentence),
    })
}

/// Without a question mark: "why …", "what time …", "did you …".
fn sounds_like_question(words: &[Word]) -> bool {
    let rest = lead(words);
    let (Some(first), second) = (rest.first(), rest.get(1)) else {
        return false;
    };
    let first = first.norm.as_str();
    let second = second.map_or("", |w| w.norm.as_str());
    const AUX: &[&str] = &[
        "did", "do", "does", "is", "are", "was", "were", "have", "has", "can", "could", "would",
        "will", "should",
    ];
    const SUBJECTS: &[&str] = &[
        "you", "they", "he", "she", "it", "we", "anyone", "anybody", "someone", "nobody", "that",
        "there", "the",
    ];
    match first {
        "why" => true,
        "what" | "when" | "where" | "who" | "which" | "how" => AUX.contains(&second),
        _ => {
            QUESTION_OPENERS.contains(&first) && AUX.contains(&first) && SUBJECTS.contains(&second)
        }
    }
}

/// A sentence about the listener's own experience ("I had the same last year").
fn talks_about_self(words: &[Word]) -> bool {
    let rest = lead(words);
    let opens_with_self = rest
        .iter()
        .take(3)
        .any(|w| matches!(w.norm.as_str(), "i" | "my" | "me"));
    let empathic = rest
        .iter()
        .any(|w| matches!(w.norm.as_str(), "sorry" | "glad" | "thank" | "thanks"));
    opens_with_self && !empathic
}

/// "It sounds …", "That must …" refer to the speaker's situation even without "you".
fn tentative_about_them(tentative: &[Span], words: &[Word]) -> bool {
    !tentative.is_empty()
        && !lead(words)
            .first()
            .is_some_and(|w| w.norm == "i" && words.len() < 4)
}

/// Feeling words and phrases in one sentence, phrases first; a word after "not" is skipped
/// unless a phrase ("not valued") covers it.
fn feeling_words(words: &[Word], sentence: usize) -> Vec<(Family, Span)> {
    let lex = feelings::lexicon();
    let mut found: Vec<(Family, Span)> = Vec::new();
    let mut covered = vec![false; words.len()];
    for (family, m) in lex.phrases.find_all(words) {
        if covered[m.first..m.end].iter().any(|c| *c) {
            continue;
        }
        covered[m.first..m.end].iter_mut().for_each(|c| *c = true);
        found.push((family, span_of(&words[m.first..m.end], sentence)));
    }
    for (i, word) in words.iter().enumerate() {
        if covered[i] {
            continue;
        }
        let Some(family) = lex.family_of_stem(&word.stem) else {
            continue;
        };
        let negated = i > 0 && matches!(words[i - 1].norm.as_str(), "not" | "no" | "never");
        if !negated {
            found.push((family, span_of(&words[i..=i], sentence)));
        }
    }
    crate::order::sort_by_key(&mut found, |(_, span)| span.start);
    found
}

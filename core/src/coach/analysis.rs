//! What the coach finds in a reply, clause by clause: the frame of each clause (checks,
//! hedges, tentative openers, framings), the roadblocks that are the listener's own moves,
//! questions and how they ask, reflections recognised by their structure (a statement about
//! the speaker's experience), feeling words and whom they are about, the listener owning a
//! mistake, content picked up from the statement, and echoes of it. Scoring and wording
//! come later.

use crate::sorted::SortedSet;

use super::clause::{self, Form, Shape, Subject};
use super::lexicon::feelings::{self, Family};
use super::lexicon::listening;
use super::lexicon::roadblocks::{self, Roadblock, IMPERATIVE_VERBS, NOUN_OR_VERB};
use super::lexicon::words::swap_person;
use super::overlap::{concept, concepts};
use super::parrot::{echo, Echo};
use super::text::{Text, Word};

/// A span of the reply (byte offsets) and the sentence it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

impl Span {
    fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span without `other`'s bytes (the longer side when `other` is inside it), and
    /// without the spaces and punctuation left at its ends; `None` if nothing is left.
    pub(super) fn without(self, other: &Span, text: &str) -> Option<Span> {
        if !self.overlaps(other) {
            return Some(self);
        }
        let (start, end) = if other.start <= self.start {
            (other.end, self.end)
        } else if other.end >= self.end || other.start - self.start >= self.end - other.end {
            (self.start, other.start)
        } else {
            (other.end, self.end)
        };
        let part = text.get(start..end)?;
        let kept = part.trim_matches(|c: char| !c.is_alphanumeric());
        let offset = start
            + (part.len()
                - part
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len());
        (!kept.is_empty()).then_some(Span {
            start: offset,
            end: offset + kept.len(),
            sentence: self.sentence,
        })
    }
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

/// How a question works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// "Is that right?": invites correction.
    Check,
    /// "Are you feeling left out?", "You're worried it'll happen again?": a reflection in
    /// question form.
    Reflective,
    /// Asks for facts or reasons before showing understanding.
    Probing,
}

impl Found {
    /// A check-back invites correction, so no roadblock may cover it ("Correct me if I'm
    /// wrong, but you should…" points at the advice, not at the check): each hit loses the
    /// words of every check it overlaps, and a hit made only of them goes.
    pub fn keep_checks_clear(&mut self, response: &str) {
        let checks = &self.checks;
        self.roadblocks = self
            .roadblocks
            .iter()
            .filter_map(|hit| {
                let span = checks
                    .iter()
                    .try_fold(hit.span, |span, check| span.without(check, response))?;
                Some(RoadblockHit { span, ..*hit })
            })
            .collect();
    }
}

/// Everything found in one reply.
#[derive(Debug, Clone)]
pub struct Found {
    pub words: usize,
    pub roadblocks: Vec<RoadblockHit>,
    pub feelings: Vec<FeelingHit>,
    /// Check-backs and framings that invite correction.
    pub checks: Vec<Span>,
    /// Tentative openers and hedges.
    pub tentative: Vec<Span>,
    /// Clauses that reflect the speaker's content or feeling.
    pub reflective: Vec<Span>,
    /// Clauses in which the listener owns a mistake ("that was my call, and it was wrong").
    pub owned: Vec<Span>,
    /// Kind of every question clause, with its span.
    pub questions: Vec<(QuestionKind, Span)>,
    /// Words that belong to question clauses, for "mainly a question".
    pub question_words: usize,
    /// Share of the statement's content concepts the reply picks up.
    pub overlap: f32,
    pub echo: Echo,
    /// The reply's echoed run, as a byte span.
    pub echo_span: Option<Span>,
    /// The content concepts of the reply's statements and reflective questions, for key
    /// points: what a roadblock or a probing question mentions is not captured.
    pub concepts: SortedSet<String>,
    /// Byte span of the trimmed reply.
    pub whole: Span,
    /// Every clause with content, in order, for the model's features and its highlights.
    pub clauses: Vec<ClauseRead>,
    /// The model's confidence that the reply reflects, and that it holds a roadblock the
    /// verdict does not name (both 0 to 1), once the model has weighed it.
    pub confidence: Option<(f32, f32)>,
}

/// One clause as the coach read it.
#[derive(Debug, Clone)]
pub struct ClauseRead {
    pub span: Span,
    /// The normalised words of its body (after fillers, hedges, openers; before a tag).
    pub words: Vec<String>,
    /// The first word before its body, when there is one ("well" in "Well, you chose
    /// it", "so" in "So you stayed late"): the stance the body is said in.
    pub lead: Option<String>,
    pub subject: Subject,
    pub form: Form,
    pub reflective: bool,
    /// The rules found a roadblock in it.
    pub blocked: bool,
    /// It explains how things are, about neither of them (see `lecture_if_impersonal`).
    pub explains: bool,
    /// …and it says so of things in general ("never", "always", "most").
    pub general: bool,
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
        owned: Vec::new(),
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
        clauses: Vec::new(),
        confidence: None,
    };
    if !statement_concepts.is_empty() {
        let shared = statement_concepts.intersection(&reply_concepts).count();
        found.overlap = shared as f32 / statement_concepts.len() as f32;
    }
    let (_, own_obligations) = roadblocks::obligations();
    let context = Context {
        statement: &statement_concepts,
        said: said.words.iter().map(|w| swap_person(&w.norm)).collect(),
        speaker_obliged: (0..said.sentences.len())
            .any(|i| own_obligations.any(said.sentence_words(i))),
    };
    let mut captured: Vec<&Word> = Vec::new();
    for (index, sentence) in reply.sentences.iter().enumerate() {
        let words = reply.sentence_words(index);
        if words.is_empty() {
            continue;
        }
        let parts = clause::clauses(words);
        let last = parts.len() - 1;
        for (j, part) in parts.into_iter().enumerate() {
            let shape = clause::shape(words, part, sentence.question_mark && j == last);
            read_clause(&context, words, index, &shape, &mut found);
            // What a reassurance or a question mentions is not captured; what a statement
            // about their situation says is, even when it only elaborates a reflection.
            let read = found.clauses.last().filter(|c| c.span.sentence == index);
            if read.is_some_and(|c| !c.blocked && (c.reflective || c.form == Form::Statement)) {
                captured.extend(&words[shape.body.clone()]);
            }
        }
    }
    lecture_if_impersonal(&reply, &mut found);
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
    found.concepts = captured.into_iter().filter_map(concept).collect();
    found
}

/// What every clause is read against: the statement's content, and whether its speaker
/// named an obligation of their own ("I have to tell the team").
struct Context<'a> {
    statement: &'a SortedSet<String>,
    /// The statement's words as the listener would say them ("my mistake" as "your mistake").
    said: Vec<&'a str>,
    speaker_obliged: bool,
}

/// Reads one clause into `found`; returns whether it reflects.
fn read_clause(
    context: &Context,
    words: &[Word],
    sentence: usize,
    shape: &Shape,
    found: &mut Found,
) -> bool {
    let span = |r: &std::ops::Range<usize>| span_of(&words[r.clone()], sentence);
    if let Some(r) = shape.check.as_ref().or(shape.framing.as_ref()) {
        found.checks.push(span(r));
    }
    if let Some(r) = shape.framing.as_ref().filter(|_| shape.check.is_some()) {
        found.checks.push(span(r));
    }
    if let Some(r) = shape.hedge.as_ref().or(shape.tentative.as_ref()) {
        if is_tentative(words, r) {
            found.tentative.push(span(r));
        }
    }
    if shape.only_frame() {
        if shape.check.is_some() && shape.framing.is_none() {
            found.question_words += shape.words.len();
            found
                .questions
                .push((QuestionKind::Check, span(&shape.words)));
        }
        return false;
    }
    let body = &words[shape.body.clone()];
    let first_hit = found.roadblocks.len();
    // "Well, you knew the hours when you took the job": said as a challenge, "you knew …"
    // is the listener's verdict, not their thought voiced for them.
    let challenge = shape.words.start < shape.body.start
        && matches!(
            words[shape.words.start].norm.as_str(),
            "well" | "honestly" | "frankly" | "tbh" | "look"
        );
    if challenge || !voices_their_thought(body) {
        find_patterned_roadblocks(
            context,
            body,
            words,
            shape.body.start,
            sentence,
            &mut found.roadblocks,
        );
        let subordinate = |m: &super::pattern::Match| {
            m.first > 0
                && matches!(
                    body[m.first - 1].norm.as_str(),
                    "when"
                        | "if"
                        | "because"
                        | "that"
                        | "so"
                        | "and"
                        | "where"
                        | "since"
                        | "whenever"
                        | "until"
                        | "while"
                        | "like"
                        | "as"
                        | "what"
                        | "which"
                        | "who"
                        | "how"
                        | "whatever"
                )
        };
        let summary = words.first().is_some_and(|w| w.norm == "so");
        if !context.speaker_obliged && shape.form == Form::Statement && !shape.tagged && !summary {
            let (obligations, _) = roadblocks::obligations();
            let quoted = |m: &super::pattern::Match| body[m.first..m.end].iter().all(|w| w.quoted);
            if let Some((_, m)) = obligations
                .find_all(body)
                .into_iter()
                .find(|(_, m)| !subordinate(m) && !quoted(m))
            {
                found.roadblocks.push(RoadblockHit {
                    roadblock: Roadblock::Ordering,
                    span: span_of(&body[m.first..m.end], sentence),
                });
            }
        }
    }
    let shared = body
        .iter()
        .filter_map(concept)
        .filter(|c| context.statement.contains(c))
        .count();
    let asks = shape.form != Form::Statement;
    let feelings_here = feeling_words(body, sentence);
    // "Maybe book a slot" opens like a tentative reflection but suggests.
    let softened = shape.tentative.as_ref().is_some_and(|r| {
        matches!(
            words[r.start].norm.as_str(),
            "maybe" | "perhaps" | "possibly"
        )
    });
    if matches!(shape.form, Form::Statement | Form::Rising)
        && found.roadblocks.len() == first_hit
        && (shape.tentative.is_none() || softened)
    {
        // "Drop by with donuts?" suggests; "Drop by with donuts." orders. A clause that
        // goes on from another ("…, and keep going") describes; after a check or a hedge
        // ("Correct me if I'm wrong, but just close it") it is where the reply begins.
        let after_frame =
            shape.words.start > 0 && {
                let before = &words[shape.words.start - 1];
                found.checks.iter().chain(&found.tentative).any(|s| {
                    s.sentence == sentence && s.start <= before.start && before.end <= s.end
                })
            };
        let continues = shape.words.start > 0
            && !after_frame
            && matches!(
                words[shape.words.start].norm.as_str(),
                "but" | "and" | "then" | "or"
            );
        // "Let down, and …", "Cut off from them": a feeling phrase, not an order.
        let feeling_first = feelings_here.first().is_some_and(|(_, f)| {
            body.first().is_some_and(|w| w.start == f.start)
                && body.get(1).is_some_and(|second| second.end <= f.end)
        });
        let order = if continues || feeling_first {
            None
        } else {
            imperative(body, sentence, softened)
        };
        if let Some(mut hit) = order {
            if asks || softened {
                hit.roadblock = Roadblock::Advising;
            } else if threatens(body) {
                // "Keep picking up and they'll expect it": a consequence, not an order.
                hit.roadblock = Roadblock::Warning;
            }
            found.roadblocks.push(hit);
        }
    }
    if let Some(said) = tautology(body).filter(|_| found.roadblocks.len() == first_hit) {
        found.roadblocks.push(RoadblockHit {
            roadblock: Roadblock::Moralizing,
            span: span_of(said, sentence),
        });
    }
    if found.roadblocks.len() == first_hit
        && shape.form == Form::Statement
        && conditional_threat(body)
    {
        found.roadblocks.push(RoadblockHit {
            roadblock: Roadblock::Warning,
            span: span_of(body, sentence),
        });
    }
    let blocked = found.roadblocks.len() > first_hit;
    let mentions_you = body
        .iter()
        .any(|w| matches!(w.norm.as_str(), "you" | "your" | "yours" | "yourself"));
    let names_feeling = !feelings_here.is_empty();
    let whole_span = span(&shape.words);
    let body_span = span(&shape.body);

    let mut reflective = false;
    let mut question = None;
    match shape.form {
        Form::Wh => question = Some(QuestionKind::Probing),
        Form::Inverted => {
            // "Are you worried …?", "Is it wearing you down?": guesses at their experience.
            let reflective_shape = listening::lexicon().reflective_questions.any(body)
                || (names_feeling && mentions_you);
            question = Some(if reflective_shape && !blocked && body.len() >= 3 {
                QuestionKind::Reflective
            } else {
                QuestionKind::Probing
            });
        }
        Form::Statement | Form::Rising => {
            reflective = !blocked
                && (states_their_experience(shape, body, shared, names_feeling, mentions_you)
                    || (shape.form == Form::Rising
                        && (mentions_you
                            || shared >= 1
                            || body.iter().any(|w| w.norm.starts_with("feel")))));
            if shape.form == Form::Rising {
                question = Some(if reflective {
                    QuestionKind::Reflective
                } else {
                    QuestionKind::Probing
                });
            }
        }
    }
    if let Some(kind) = question {
        found.question_words += shape.words.len();
        found.questions.push((kind, whole_span));
        match kind {
            QuestionKind::Reflective => reflective = true,
            QuestionKind::Probing if !blocked => found.roadblocks.push(RoadblockHit {
                roadblock: Roadblock::Probing,
                span: body_span,
            }),
            _ => {}
        }
    }
    if question.is_none() && !blocked && !reflective && shape.subject == Subject::Listener {
        if owns_a_mistake(body) {
            found.owned.push(whole_span);
        } else if talks_about_self(body) {
            found.roadblocks.push(RoadblockHit {
                roadblock: Roadblock::Diverting,
                span: body_span,
            });
        }
    }
    let listener_feels = shape.subject == Subject::Listener && shape.tentative.is_none();
    for (family, fspan) in feelings_here {
        let inside_roadblock = found.roadblocks[first_hit..]
            .iter()
            .any(|hit| hit.span.overlaps(&fspan));
        found.feelings.push(FeelingHit {
            family,
            span: fspan,
            reflected: !inside_roadblock && !listener_feels && (reflective || !blocked),
        });
    }
    if reflective {
        found.reflective.push(whole_span);
    }
    found.clauses.push(ClauseRead {
        span: body_span,
        words: body.iter().map(|w| w.norm.clone()).collect(),
        lead: (shape.words.start < shape.body.start).then(|| words[shape.words.start].norm.clone()),
        subject: shape.subject,
        form: shape.form,
        reflective,
        blocked: found.roadblocks.len() > first_hit,
        general: body.iter().any(|w| GENERAL.contains(&w.norm.as_str())),
        explains: question.is_none()
            && !reflective
            && !shape.tagged
            && shape.words.start < words.len()
            && words[shape.words.start].norm != "so"
            && explains_the_world(shape, body, shared, names_feeling),
    });
    reflective
}

/// A reply with nothing of them in it (no "you", no feeling, no reflection, no other
/// roadblock) whose statements explain how things are lectures: "Hardware orders always
/// slip in December."
fn lecture_if_impersonal(reply: &Text, found: &mut Found) {
    let personal = reply
        .words
        .iter()
        .any(|w| matches!(w.norm.as_str(), "you" | "your" | "yours" | "yourself"));
    let summary = reply.words.first().is_some_and(|w| w.norm == "so");
    let general_claim = found.clauses.iter().any(|c| c.explains && c.general);
    // "The lists keep growing. That's how it sounds to me, anyway.": a reading offered for
    // correction describes their situation; it does not explain the world to them.
    let offered = !found.checks.is_empty();
    if ((personal || offered) && !general_claim)
        || summary
        || !found.feelings.is_empty()
        || !found.reflective.is_empty()
        || !found.roadblocks.is_empty()
    {
        return;
    }
    if let Some(clause) = found
        .clauses
        .iter_mut()
        .find(|c| c.explains && (!personal || c.general))
    {
        clause.blocked = true;
        found.roadblocks.push(RoadblockHit {
            roadblock: Roadblock::Lecturing,
            span: clause.span,
        });
    }
}

/// Whether a statement (or a statement said as a question) is about the speaker's
/// experience: its subject is them or what they live through, or it restates what they
/// said, or it is a bare feeling ("Exhausting.").
fn states_their_experience(
    shape: &Shape,
    body: &[Word],
    shared: usize,
    names_feeling: bool,
    mentions_you: bool,
) -> bool {
    let words = body.len();
    let evidence = names_feeling || shared >= 1 || experiential(body);
    match shape.subject {
        Subject::Speaker => (words >= 2 && evidence) || names_feeling,
        Subject::Experience => {
            (words >= 2 && (evidence || shape.tentative.is_some())) || names_feeling
        }
        Subject::Listener => false,
        Subject::Other => {
            shared >= 2
                || (mentions_you && (names_feeling || shared >= 1))
                || (names_feeling && words <= 8)
                || (shape.summarising && shared >= 1)
                || terse_restatement(body, shared)
        }
        Subject::None => {
            names_feeling
                || shared >= 2
                || (shape.tentative.is_some() && words >= 2)
                || terse_restatement(body, shared)
        }
    }
}

/// A statement about the world rather than about them: another subject, no "you", no
/// feeling, little of what they said.
/// Words that make a statement about things in general.
const GENERAL: &[&str] = &[
    "always",
    "usually",
    "normally",
    "typically",
    "generally",
    "most",
    "every",
    "never",
    "rarely",
    "often",
    "tend",
    "tends",
    "any",
    "all",
];

fn explains_the_world(shape: &Shape, body: &[Word], shared: usize, names_feeling: bool) -> bool {
    let states = body.iter().any(|w| {
        let w = w.norm.as_str();
        listening::AUXILIARIES.contains(&w) || GENERAL.contains(&w)
    });
    let you = body
        .iter()
        .any(|w| matches!(w.norm.as_str(), "you" | "your" | "yours" | "yourself"));
    let lived = body.iter().any(|w| {
        matches!(
            w.norm.as_str(),
            "felt" | "feel" | "feels" | "sounds" | "seems" | "must" | "hard" | "tough" | "rough"
        )
    });
    const EXPLAINING: &[&str] = &[
        "often",
        "tend",
        "tends",
        "studies",
        "research",
        "percent",
        "procedure",
        "typically",
        "usually",
        "generally",
        "frequently",
        "rarely",
        "statistically",
        "regardless",
        "according",
        "under",
        "policy",
        "rules",
        "market",
        "industry",
        "standard",
        "normal",
    ];
    let explaining = body.iter().any(|w| EXPLAINING.contains(&w.norm.as_str()));
    shape.form == Form::Statement
        && matches!(shape.subject, Subject::Other | Subject::Experience)
        && shape.tentative.is_none()
        && !you
        && !lived
        && body.len() >= 6
        && body.first().is_some_and(|w| w.norm != "so")
        && states
        && !names_feeling
        && (shared <= 1 || explaining)
}

/// "You feel …", "You're worried …", "You wonder whether …": what follows is their
/// thought, voiced for them, not the listener's move.
fn voices_their_thought(body: &[Word]) -> bool {
    const ADVERBS: &[&str] = &[
        "also",
        "still",
        "really",
        "just",
        "so",
        "quite",
        "maybe",
        "probably",
        "clearly",
        "obviously",
        "actually",
        "honestly",
        "genuinely",
        "kind",
        "sort",
        "of",
    ];
    let text: Vec<&str> = body
        .iter()
        .map(|w| w.norm.as_str())
        .filter(|w| !ADVERBS.contains(w))
        .take(4)
        .collect();
    matches!(
        text.as_slice(),
        [
            "you",
            "feel"
                | "felt"
                | "think"
                | "thought"
                | "worry"
                | "wonder"
                | "fear"
                | "believe"
                | "sense"
                | "suspect"
                | "know"
                | "knew"
                | "wish"
                | "want"
                | "wanted"
                | "hope"
                | "like"
                | "hate"
                | "love"
                | "miss"
                | "doubt",
            ..
        ] | [
            "you",
            "are" | "were",
            "not",
            "sure" | "convinced" | "certain",
            ..
        ] | [
            "you",
            "do" | "did",
            "not",
            "know" | "think" | "believe" | "want",
            ..
        ] | [
            "you",
            "are" | "were",
            "worried"
                | "afraid"
                | "scared"
                | "concerned"
                | "wondering"
                | "thinking"
                | "convinced"
                | "sure"
                | "anxious"
                | "nervous"
                | "feeling"
                | "telling",
            ..
        ] | [
            "you",
            "keep",
            "telling" | "thinking" | "wondering" | "asking",
            ..
        ] | [
            "you",
            "are" | "were",
            "a",
            "bit" | "little",
            "worried" | "afraid" | "scared" | "concerned",
            ..
        ]
    )
}

/// "… and they'll expect it every weekend": what follows an order is a consequence.
fn threatens(body: &[Word]) -> bool {
    body.windows(3).any(|w| {
        w[0].norm == "and"
            && matches!(
                w[1].norm.as_str(),
                "you"
                    | "they"
                    | "he"
                    | "she"
                    | "it"
                    | "everyone"
                    | "someone"
                    | "somebody"
                    | "the"
                    | "every"
                    | "people"
                    | "nobody"
            )
            && matches!(
                w[2].norm.as_str(),
                "will" | "would" | "is" | "are" | "could" | "might"
            )
    })
}

/// "An agreement's an agreement", "The rota is the rota", "rules are rules": a principle
/// stated as if it settled the matter. Returns the words that say it.
fn tautology(body: &[Word]) -> Option<&[Word]> {
    let article = |w: &Word| matches!(w.norm.as_str(), "a" | "an" | "the");
    let rest = body;
    let first = usize::from(rest.first().is_some_and(article));
    let noun = rest.get(first)?;
    // "agreement's" is read as "agreement": its "'s" is the verb here.
    let verb_in_noun = noun.end - noun.start == noun.norm.len() + 2;
    let after = if verb_in_noun {
        first + 1
    } else if rest
        .get(first + 1)
        .is_some_and(|v| matches!(v.norm.as_str(), "is" | "are"))
    {
        first + 2
    } else {
        return None;
    };
    if article(noun) {
        return None;
    }
    let second = after + usize::from(rest.get(after).is_some_and(article));
    let again = rest.get(second)?;
    // It ends there ("…, though"): "the deadline is the deadline you set" describes.
    let ends = rest
        .get(second + 1)
        .is_none_or(|w| w.after_comma || matches!(w.norm.as_str(), "though" | "mate" | "after"));
    (ends
        && again.norm == noun.norm
        && noun.norm.len() > 2
        && !matches!(noun.norm.as_str(), "it" | "that" | "this"))
    .then(|| &rest[..=second])
}

/// "If that goes to the ombudsman, you could end up …": a consequence held over them. Not
/// "if I understand", and not advice ("if you want, you could try").
fn conditional_threat(body: &[Word]) -> bool {
    let Some(first) = body.first() else {
        return false;
    };
    let second = body.get(1).map_or("", |w| w.norm.as_str());
    let third = body.get(2).map_or("", |w| w.norm.as_str());
    let framing = second == "i" || (second == "you" && matches!(third, "want" | "like" | "need"));
    // "It'll end up in your review unless you flag it": the consequence first.
    let unless = body.iter().position(|w| w.norm == "unless");
    if let Some(at) = unless.filter(|_| first.norm != "if") {
        let consequence = body[..at]
            .iter()
            .any(|w| matches!(w.norm.as_str(), "will" | "could" | "might" | "going"));
        let them = body
            .iter()
            .any(|w| matches!(w.norm.as_str(), "you" | "your"));
        return consequence && them;
    }
    if first.norm != "if" || framing {
        return false;
    }
    let modal = body.iter().skip(3).position(|w| {
        matches!(
            w.norm.as_str(),
            "will" | "could" | "may" | "might" | "would"
        )
    });
    let advice = body.iter().any(|w| {
        matches!(
            w.norm.as_str(),
            "try" | "want" | "like" | "help" | "helps" | "prefer"
        )
    });
    let them = body
        .iter()
        .any(|w| matches!(w.norm.as_str(), "you" | "your"));
    modal.is_some() && them && !advice
}

/// A terse restatement of what happened, without a verb of its own: "New rule, no
/// reason." "Twelve more pages, same Thursday."
fn terse_restatement(body: &[Word], shared: usize) -> bool {
    body.len() <= 8
        && shared >= 1
        && !body.iter().any(|w| {
            let w = w.norm.as_str();
            listening::AUXILIARIES.contains(&w)
                || matches!(w, "i" | "me" | "my" | "should" | "need")
        })
}

/// Words that say what living through it is like: "that sounds hard", "you care about",
/// "it's been a lot", "you'd rather hear it first".
fn experiential(body: &[Word]) -> bool {
    const WORDS: &[&str] = &[
        "feel",
        "feels",
        "felt",
        "feeling",
        "want",
        "wants",
        "wanted",
        "wish",
        "wishing",
        "hope",
        "hoping",
        "care",
        "cares",
        "cared",
        "value",
        "values",
        "need",
        "needed",
        "miss",
        "missing",
        "mind",
        "prefer",
        "rather",
        "worry",
        "wonder",
        "wondering",
        "think",
        "thinking",
        "believe",
        "expect",
        "expected",
        "trust",
        "matter",
        "matters",
        "mattered",
        "count",
        "counts",
        "sounds",
        "sound",
        "seems",
        "seem",
        "must",
        "hard",
        "tough",
        "rough",
        "heavy",
        "lot",
        "much",
        "big",
        "difficult",
        "spot",
        "position",
        "place",
        "situation",
        "bind",
        "mess",
        "week",
        "day",
        "month",
        "year",
        "time",
        "going",
        "through",
        "carrying",
        "left",
        "stuck",
        "caught",
        "torn",
        "lost",
        "alone",
        "own",
        "yourself",
        "part",
        "both",
        "mean",
        "means",
        "meant",
        "deserve",
        "deserved",
        "know",
        "knew",
        "sure",
        "unsure",
        "afraid",
        "tried",
        "trying",
        "done",
        "did",
        "put",
        "gave",
        "given",
        "been",
        "having",
        "getting",
        "losing",
        "handling",
        "juggling",
        "dealing",
        "holding",
        "keeping",
        "doing",
        "facing",
        "waiting",
        "watching",
        "hearing",
        "seeing",
        "finding",
        "working",
        "covering",
        "answering",
        "chasing",
        "told",
        "asked",
        "promised",
        "agreed",
        "said",
        "heard",
        "find",
        "found",
        "face",
        "faced",
    ];
    body.iter().any(|w| WORDS.contains(&w.norm.as_str()))
}

/// Hedges and real tentative openers; "that must" and "it is" are not tentative.
fn is_tentative(words: &[Word], range: &std::ops::Range<usize>) -> bool {
    !words[range.clone()].iter().all(|w| {
        matches!(
            w.norm.as_str(),
            "i" | "see" | "get" | "that" | "understand" | "can" | "tell"
        )
    })
}

fn span_of(words: &[Word], sentence: usize) -> Span {
    Span {
        start: words.first().map_or(0, |w| w.start),
        end: words.last().map_or(0, |w| w.end),
        sentence,
    }
}

/// Words before a match that make it someone else's words being reported ("he told you not
/// to worry", "they keep saying you should …"), or their fear being named ("you're worried
/// you'll be blamed"): content, not the listener's move.
const REPORTING: &[&str] = &[
    "told",
    "tells",
    "telling",
    "tell",
    "said",
    "says",
    "saying",
    "say",
    "asked",
    "asks",
    "asking",
    "wants",
    "want",
    "wanted",
    "expects",
    "expect",
    "expected",
    "suggested",
    "suggests",
    "promised",
    "reminded",
    "warned",
    "hear",
    "heard",
    "hearing",
    "called",
    "calling",
    "wrote",
    "writes",
    "replied",
    "answered",
    "insisted",
    "decided",
    "meaning",
    "get",
    "sure",
    "unsure",
    "got",
    "feel",
    "feels",
    "felt",
    "like",
    "worried",
    "worry",
    "worrying",
    "afraid",
    "scared",
    "fear",
    "fearing",
    "concerned",
    "dreading",
    "think",
    "thinks",
    "thought",
    "thinking",
    "believe",
    "believes",
    "wonder",
    "wondering",
    "looking",
    "look",
    "looks",
    "seem",
    "seeming",
    "sounding",
    "seen",
    "than",
    "whether",
    "label",
    "labelled",
    "labeled",
    "branded",
];

/// Words before "you could", "you can", "you might" that make them part of a description
/// ("the only thing you could offer", "what you could"), not a suggestion.
const RELATIVE: &[&str] = &[
    "thing",
    "things",
    "what",
    "all",
    "anything",
    "nothing",
    "everything",
    "only",
    "which",
    "that",
    "how",
    "where",
    "when",
    "whether",
    "if",
    "way",
    "best",
    "most",
    "much",
    "as",
    "before",
    "after",
    "until",
    "more",
    "less",
];

fn find_patterned_roadblocks(
    context: &Context,
    body: &[Word],
    words: &[Word],
    offset: usize,
    sentence: usize,
    hits: &mut Vec<RoadblockHit>,
) {
    for (roadblock, m) in roadblocks::patterns().find_all(body) {
        // Only the clause's own words count: a tentative opener ("sounds like") is not a
        // report.
        let before = |back: usize| {
            (offset + m.first)
                .checked_sub(back)
                .filter(|i| *i >= offset)
                .map_or("", |i| words[i].norm.as_str())
        };
        let matched = &body[m.first..m.end];
        // "It wasn't your choice" and "that's not your fault" deny the roadblock they contain.
        let denied = matches!(before(1), "not" | "never")
            || (matches!(before(2), "not" | "never")
                && matches!(before(1), "really" | "just" | "even" | "exactly"));
        if denied && roadblock != Roadblock::Reassuring {
            continue;
        }
        // Someone else's words, reported or quoted: "he told you not to worry", "they keep
        // saying that you should", "“all good”". The listener's own "I think you …" is not.
        const LINKS: &[&str] = &[
            "you",
            "them",
            "him",
            "her",
            "me",
            "us",
            "that",
            "to",
            "it",
            "not",
            "they",
            "he",
            "she",
            "people",
            "everyone",
            "someone",
            "the",
            "a",
            "just",
            "was",
            "is",
            "were",
            "are",
            "yourself",
            "himself",
            "herself",
            "themselves",
        ];
        let reporter = (1..=3).find(|&back| {
            REPORTING.contains(&before(back)) && (1..back).all(|b| LINKS.contains(&before(b)))
        });
        let reported = reporter.is_some_and(|back| before(back + 1) != "i")
            && !matches!(roadblock, Roadblock::Praising | Roadblock::Diverting);
        // A label someone else gave ("they called admin useless", "like a liar" as a
        // feeling) is content, not the listener calling names or judging.
        let labelled_by_others = matches!(roadblock, Roadblock::NameCalling | Roadblock::Judging)
            && body[..m.first].iter().any(|w| {
                matches!(
                    w.norm.as_str(),
                    "told"
                        | "said"
                        | "called"
                        | "calling"
                        | "hearing"
                        | "heard"
                        | "saying"
                        | "says"
                        | "tells"
                        | "wrote"
                        | "labelled"
                        | "labeled"
                        | "branded"
                        | "accused"
                        | "story"
                )
            });
        let happened = roadblock == Roadblock::Warning
            && matches!(before(1), "has" | "have" | "had" | "is" | "was" | "already");
        // "feel like a fraud", "treated like a child": how they are made to feel. "Sounds like a
        // control freak" calls someone one.
        const MADE_TO_FEEL: &[&str] = &[
            "feel", "feels", "felt", "feeling", "made", "treated", "look", "looks", "looked",
            "looking",
        ];
        let simile = roadblock == Roadblock::NameCalling
            && matches!(before(1), "a" | "an")
            && (MADE_TO_FEEL.contains(&before(2))
                || (before(2) == "like" && MADE_TO_FEEL.contains(&before(3))));
        let attributed = third_party_says(&body[..m.first]);
        if reported
            || labelled_by_others
            || simile
            || happened
            || attributed
            || matched.iter().all(|w| w.quoted)
        {
            continue;
        }
        let describing = matched.first().is_some_and(|w| w.norm == "you")
            && (RELATIVE.contains(&before(1))
                || matches!(before(1), "something" | "someone" | "anything" | "anyone"));
        if describing || said_by_them(context, matched, body.get(m.end)) {
            continue;
        }
        let span = span_of(matched, sentence);
        let overlaps_same = hits
            .iter()
            .any(|h| h.roadblock == roadblock && h.span.overlaps(&span));
        if !overlaps_same {
            hits.push(RoadblockHit { roadblock, span });
        }
    }
}

/// Someone else's view is being reported: "Sven worries that …", "Siobhán explains they …
/// and a template would help". What follows is theirs, not the listener's move.
fn third_party_says(before: &[Word]) -> bool {
    const SAYS: &[&str] = &[
        "says",
        "said",
        "explains",
        "explained",
        "suggests",
        "suggested",
        "argues",
        "argued",
        "proposes",
        "proposed",
        "warns",
        "warned",
        "insists",
        "insisted",
        "notes",
        "noted",
        "adds",
        "added",
        "asks",
        "asked",
        "tells",
        "told",
        "thinks",
        "thought",
        "worries",
        "worried",
        "feels",
        "felt",
        "wants",
        "wanted",
        "reckons",
        "believes",
        "claims",
        "claimed",
        "mentions",
        "mentioned",
        "writes",
        "wrote",
        "replies",
        "replied",
        "answered",
        "points",
        "admits",
        "admitted",
        "agrees",
        "agreed",
        "objects",
        "prefers",
        "hopes",
    ];
    before.iter().enumerate().any(|(i, w)| {
        SAYS.contains(&w.norm.as_str())
            && i > 0
            && !matches!(
                before[i - 1].norm.as_str(),
                "i" | "you" | "we" | "just" | "never" | "not"
            )
    })
}

/// The words are the speaker's own, given back: "your mistake" after "it was my mistake",
/// "you should have" after "I should have".
fn said_by_them(context: &Context, matched: &[Word], next: Option<&Word>) -> bool {
    let mut run: Vec<&str> = matched.iter().map(|w| swap_person(&w.norm)).collect();
    // "Don't lift a pencil" is an order even when they said "I don't know": a negative
    // command is theirs only with its verb.
    if run == ["do", "not"] {
        run.extend(next.map(|w| swap_person(&w.norm)));
    }
    run.len() >= 2 && context.said.windows(run.len()).any(|w| w == run.as_slice())
}

/// Words skipped before looking at how a clause starts.
const LEAD_INS: &[&str] = &[
    "so",
    "well",
    "ok",
    "okay",
    "honestly",
    "look",
    "and",
    "but",
    "just",
    "please",
    "oh",
    "then",
    "now",
    "seriously",
    "really",
    "simply",
    "also",
    "maybe",
    "perhaps",
    "mabye",
    "maybee",
    "possibly",
    "next",
    "time",
    "today",
    "tomorrow",
    "first",
    "always",
    "never",
    "definitely",
];

fn lead(words: &[Word]) -> &[Word] {
    let skip = words
        .iter()
        .take_while(|w| LEAD_INS.contains(&w.norm.as_str()))
        .count();
    &words[skip..]
}

/// A clause opening with a bare verb gives an order ("Send it today"); after "maybe" or
/// "perhaps" it advises ("maybe write it down").
fn imperative(words: &[Word], sentence: usize, softened: bool) -> Option<RoadblockHit> {
    let softened = softened
        || words.iter().take(3).any(|w| {
            matches!(
                w.norm.as_str(),
                "maybe" | "perhaps" | "mabye" | "maybee" | "possibly"
            )
        });
    let rest = lead(words);
    let verb = rest.first()?;
    // "“Keep going” is all you've had": someone's words quoted, not the listener's order.
    if verb.quoted {
        return None;
    }
    // "Print's the one": a possessive or a contraction, not a bare verb.
    if verb.end - verb.start != verb.norm.len() {
        return None;
    }
    let verb_only = IMPERATIVE_VERBS.contains(&verb.norm.as_str());
    if !verb_only && !NOUN_OR_VERB.contains(&verb.norm.as_str()) {
        return None;
    }
    // "Tell me more" and "Let me check I understood" invite the speaker, they do not order.
    if rest
        .get(1)
        .is_some_and(|w| matches!(w.norm.as_str(), "me" | "us"))
    {
        return None;
    }
    // A command goes on to what is to be done ("Email the client", "Stay off the threads");
    // "Record month, tight cash" lists, and only looks like one.
    const OBJECTS: &[&str] = &[
        "him",
        "her",
        "them",
        "it",
        "your",
        "yourself",
        "the",
        "a",
        "an",
        "this",
        "that",
        "those",
        "these",
        "to",
        "up",
        "down",
        "out",
        "off",
        "back",
        "on",
        "in",
        "over",
        "away",
        "now",
        "today",
        "tomorrow",
        "everything",
        "anything",
        "something",
        "some",
        "more",
        "less",
        "straight",
        "directly",
        "first",
        "all",
        "every",
        "their",
        "his",
        "our",
        "my",
        "with",
        "about",
        "for",
        "and",
        "or",
        "at",
        "by",
        "no",
        "not",
        "ahead",
        "before",
        "after",
        "home",
        "quiet",
        "calm",
        "honest",
        "clear",
        "someone",
        "somebody",
        "people",
        "one",
        "yes",
    ];
    match rest.get(1) {
        _ if verb_only || softened => {}
        None => {}
        Some(next) if OBJECTS.contains(&next.norm.as_str()) => {}
        Some(_) => return None,
    }
    Some(RoadblockHit {
        roadblock: if softened {
            Roadblock::Advising
        } else {
            Roadblock::Ordering
        },
        span: span_of(&rest[..rest.len().min(3)], sentence),
    })
}

/// A clause about the listener's own experience ("I had the same last year").
fn talks_about_self(words: &[Word]) -> bool {
    let rest = lead(words);
    let opens_with_self = rest
        .iter()
        .take(3)
        .any(|w| matches!(w.norm.as_str(), "i" | "my" | "me"));
    let empathic = rest.iter().any(|w| {
        matches!(
            w.norm.as_str(),
            "sorry"
                | "glad"
                | "thank"
                | "thanks"
                | "understand"
                | "hear"
                | "see"
                | "get"
                | "appreciate"
        )
    });
    let with_them = rest
        .iter()
        .any(|w| matches!(w.norm.as_str(), "you" | "your" | "yours"));
    opens_with_self && !empathic && !with_them
}

/// The listener owning their part: "I should have told you", "that was my mistake".
fn owns_a_mistake(words: &[Word]) -> bool {
    let text: Vec<&str> = words.iter().map(|w| w.norm.as_str()).collect();
    let has = |seq: &[&str]| text.windows(seq.len()).any(|w| w == seq);
    has(&["should", "have"])
        || has(&["my", "mistake"])
        || has(&["my", "fault"])
        || has(&["my", "bad"])
        || has(&["on", "me"])
        || has(&["was", "mine"])
        || has(&["got", "it", "wrong"])
        || has(&["got", "that", "wrong"])
        || has(&["was", "wrong"])
        || has(&["i", "did", "not"])
        || has(&["i", "dropped"])
        || has(&["i", "missed"])
        || has(&["i", "forgot"])
        || has(&["i", "let", "you"])
        || has(&["i", "am", "sorry"])
        || has(&["i", "apologise"])
        || has(&["i", "apologize"])
        || has(&["responsibility"])
}

/// Feeling words and phrases in one clause, phrases first; a word after "not" is skipped
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
        let Some(family) = lex.family_of_word(word) else {
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

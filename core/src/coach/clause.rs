//! The shape of one clause of a reply, read from its structure rather than from whole
//! phrases: what opens it (fillers, a hedge, a tentative opener, a framing such as "let me
//! check I have this"), what closes it (a tag such as "…, isn't it?" or a check-back),
//! whether and how it asks, and whom it is about. The coach decides what each clause does
//! from this shape (see `analysis`).

use std::ops::Range;

use super::lexicon::listening::{self, AUXILIARIES, TAG_PRONOUNS, TAG_WORDS};
use super::pattern::PatternSet;
use super::text::Word;

/// Words that open a clause without changing what it does ("so", "oh", "honestly").
const FILLERS: &[&str] = &[
    "so", "well", "oh", "ah", "ugh", "oof", "ouch", "wow", "yeah", "hmm", "mm", "mmm", "hm", "ok",
    "okay", "look", "honestly", "and", "but", "then", "now", "gosh", "god", "man", "aw", "aww",
    "yikes", "jeez", "blimey", "argh", "urgh", "hey", "um", "uh", "er", "erm", "right", "alright",
    "wait", "yes", "yep", "sigh", "see", "also", "still", "though", "ooh", "eek", "phew", "ha",
    "haha", "lol", "dang", "damn", "crikey", "bless", "just", "sorry", "ahh", "ohh", "uff", "pfff",
];

/// Words that, after a comma, start a new clause ("…, but you should have…").
const CLAUSE_JOINERS: &[&str] = &[
    "but",
    "though",
    "although",
    "however",
    "yet",
    "still",
    "anyway",
    "otherwise",
    "meanwhile",
    "plus",
    "besides",
    "except",
];

/// Words that open a question asking for something ("what", "why", …).
const WH_WORDS: &[&str] = &[
    "what", "why", "how", "when", "where", "who", "whom", "which", "whose",
];

/// Who a clause is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// "You …", "Your …", "Part of you …".
    Speaker,
    /// "That sounds …", "It's been …", "Being told …", "Must be …": their situation.
    Experience,
    /// "I …", "My …": the listener.
    Listener,
    /// Anyone or anything else ("The vendor …", "They …").
    Other,
    /// No subject: a fragment ("Exhausting.") or a bare verb ("Email her.").
    None,
}

/// How a clause asks, if it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A statement (also one closed by a tag: the tag is the check).
    Statement,
    /// A statement said as a question ("You're worried it'll happen again?").
    Rising,
    /// An inverted yes/no question ("Did you tell her?", "Are you feeling stuck?").
    Inverted,
    /// A wh-question ("When did she say that?").
    Wh,
}

/// What a clause is, as far as its frame goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    /// The clause's words, as indices into its sentence.
    pub words: Range<usize>,
    /// The content after fillers, hedges, tentative openers and framings, and before a tag
    /// or trailing check.
    pub body: Range<usize>,
    /// A hedge ("I might be wrong, but"), a tentative opener or a framing, as word ranges.
    pub hedge: Option<Range<usize>>,
    pub tentative: Option<Range<usize>>,
    pub framing: Option<Range<usize>>,
    /// A check-back: the whole clause, or its closing tag ("…, right?").
    pub check: Option<Range<usize>>,
    /// The closing words are a tag on a statement ("…, isn't it?").
    pub tagged: bool,
    /// The sentence opens with "so", as a summary does.
    pub summarising: bool,
    pub form: Form,
    pub subject: Subject,
}

impl Shape {
    /// The clause is nothing but a check-back, framing or hedge.
    pub fn only_frame(&self) -> bool {
        self.body.is_empty()
    }
}

/// Splits a sentence's words into clauses: at a comma followed by "but", "though" and the
/// like, and at "but" itself.
pub fn clauses(words: &[Word]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // "Tell me if I'm wrong, you felt …": an invitation to correct that opens the sentence
    // ends at its comma, and what follows is the reading it offers.
    let mut aside_end = invitation_aside(words, 0);
    for (i, w) in words.iter().enumerate().skip(1) {
        // A check set off by commas mid-sentence ("…, if I've understood you, so …") is a
        // clause of its own, and so is what follows it.
        let aside = w.after_comma && {
            aside_end = check_aside(words, i).or(aside_end);
            aside_end.is_some_and(|end| end > i)
        };
        // "…its just crickets am i close maybe ask them…": a check typed without its commas
        // is a clause of its own all the same, and so is what follows it.
        let bare_check = unpunctuated_check(words, i);
        if bare_check.is_some() {
            aside_end = bare_check;
        }
        let joiner = w.norm == "but"
            || aside
            || bare_check.is_some()
            || aside_end == Some(i)
            || (w.after_comma
                && CLAUSE_JOINERS.contains(&w.norm.as_str())
                && !is_afterthought(words, i))
            || (w.after_comma && i + 1 < words.len() && is_clause_opener(&words[i..]))
            || (w.after_comma && correction_follows(words, i));
        if joiner && i - start >= 2 {
            out.push(start..i);
            start = i;
        }
    }
    out.push(start..words.len());
    out
}

/// What may trail a check's words and still be the check: "have I got that", "did I get it
/// right", "did i miss anything", "or is that reading too much in".
const CHECK_TAIL: &[&str] = &[
    "that",
    "this",
    "it",
    "right",
    "rite",
    "correct",
    "correctly",
    "wrong",
    "so",
    "then",
    "in",
    "into",
    "anything",
    "anyting",
    "something",
];

/// Where a check the listener asks of their own reading ("am I close", "have I got that
/// right", "did I miss anything") ends, when one starts at `at` in the middle of a clause.
fn unpunctuated_check(words: &[Word], at: usize) -> Option<usize> {
    // "…, or am I reading too much into it": an alternative reading is the closing check's.
    if at < 3 || words[at].after_comma || norm(words, at - 1) == "or" {
        return None;
    }
    if !matches!(norm(words, at), "am" | "have" | "did") || norm(words, at + 1) != "i" {
        return None;
    }
    let end = opener(&listening::lexicon().checks, words, at)
        .filter(|m| m.start == at && m.end - m.start >= 3)?
        .end;
    // One that closes the sentence ("…did i get that right") is read as a closing check.
    let rest = (end..words.len()).find(|&j| !CHECK_TAIL.contains(&words[j].norm.as_str()));
    rest.map(|_| end)
}

/// Where a comma-delimited check that starts at `at` ends ("if I've understood you" up to
/// the next comma, or the sentence's end), when one does.
fn check_aside(words: &[Word], at: usize) -> Option<usize> {
    if norm(words, at) != "if" {
        return invitation_aside(words, at);
    }
    let m = opener(&listening::lexicon().framings, words, at).filter(|m| m.start == at)?;
    (m.end..=(m.end + 2).min(words.len()))
        .find(|&j| j == words.len() || words[j].after_comma)
        .filter(|&j| j < words.len())
}

/// Where an invitation to correct set off by a comma ends ("so, tell me if I'm off, what
/// was promised …"; "and stop me if I'm wrong,"), when a reading follows it.
fn invitation_aside(words: &[Word], at: usize) -> Option<usize> {
    let first = at + fillers(&words[at..]);
    // "You're exhausted, I'd guess, and …": a hedge between commas is an aside too.
    if let Some(comma) = (first + 1..(first + 4).min(words.len())).find(|&j| words[j].after_comma) {
        if at > 0 && whole_hedge(words, first..comma) {
            return Some(comma);
        }
    }
    let m = opener(&listening::lexicon().checks, words, at)?;
    if m.start != first || !matches!(norm(words, first), "tell" | "correct" | "stop") {
        return None;
    }
    (m.end..(m.end + 6).min(words.len())).find(|&j| words[j].after_comma && j + 2 < words.len())
}

/// Whether the words of `range` are a hedge and nothing else ("I'd guess", "I think").
fn whole_hedge(words: &[Word], range: Range<usize>) -> bool {
    let first = range.start + fillers(&words[range.clone()]);
    first < range.end
        && listening::lexicon()
            .hedges
            .find_opening(&words[first..range.end], 1)
            .into_iter()
            .any(|(_, m)| m.first == 0 && m.end == range.end - first)
}

/// "…, so tell me if I'm off", "…, correct me if not": after a comma, an invitation to
/// correct what came before is a check of its own, not part of that clause.
fn correction_follows(words: &[Word], at: usize) -> bool {
    let next = at + fillers(&words[at..]);
    invites_correction(words, next, words.len())
        || opener(&listening::lexicon().checks, words, at)
            .is_some_and(|m| matches!(norm(words, m.start), "tell" | "correct" | "stop" | "let"))
}

/// "That's my read, anyway." and "That's what I'm picking up, anyway, so tell me if I'm
/// off": an "anyway" that closes what came before (at the sentence's end, or before an
/// invitation to correct it) is an afterthought, not a change of subject.
fn is_afterthought(words: &[Word], at: usize) -> bool {
    norm(words, at) == "anyway"
        && (at + 1 == words.len()
            || (words[at + 1].after_comma && correction_follows(words, at + 1)))
}

/// After a comma, a new subject with its verb ("…, you should …", "…, I had …") starts a
/// new clause; a list ("…, the deadline, the client") does not.
fn is_clause_opener(rest: &[Word]) -> bool {
    let first = rest[0].norm.as_str();
    let second = rest.get(1).map_or("", |w| w.norm.as_str());
    let person = matches!(first, "you" | "i" | "we" | "they" | "he" | "she");
    let situation = matches!(first, "it" | "that");
    (person
        && (AUXILIARIES.contains(&second)
            || matches!(
                second,
                "should" | "need" | "needs" | "have" | "had" | "did" | "know" | "feel" | "think"
            )))
        || (situation && matches!(second, "sounds" | "seems" | "looks" | "must" | "feels"))
}

fn norm(words: &[Word], i: usize) -> &str {
    words.get(i).map_or("", |w| w.norm.as_str())
}

/// The first match of `set` that starts within the clause's opening fillers.
fn opener(set: &PatternSet<()>, words: &[Word], at: usize) -> Option<Range<usize>> {
    let starts = fillers(&words[at..]) + 1;
    set.find_opening(&words[at..], starts)
        .into_iter()
        .map(|(_, m)| (at + m.first)..(at + m.end))
        .find(|m| m.start < at + starts)
}

/// How many fillers open `words`. "Well done" praises: its "well" is not a filler.
fn fillers(words: &[Word]) -> usize {
    (0..words.len())
        .take_while(|&i| {
            FILLERS.contains(&words[i].norm.as_str())
                && !(words[i].norm == "well" && norm(words, i + 1) == "done")
        })
        .count()
}

/// A closing tag on a statement: "…, isn't it?", "…, right?", "…, haven't you".
fn closing_tag(words: &[Word], range: &Range<usize>, asks: bool) -> Option<usize> {
    let n = range.end;
    if n < range.start + 3 {
        return None;
    }
    let last = norm(words, n - 1);
    // "…, right?" "…, yeah?"
    if TAG_WORDS.contains(&last) && (words[n - 1].after_comma || asks) {
        let from = if norm(words, n - 2) == "or" {
            n - 2
        } else {
            n - 1
        };
        return Some(from);
    }
    // "…, am I right?"
    if last == "right" && norm(words, n - 2) == "i" && norm(words, n - 3) == "am" {
        return Some(n - 3);
    }
    if !TAG_PRONOUNS.contains(&last) {
        return None;
    }
    // "…, isn't it?" (is not it), "…, haven't you?", "…, is it?"
    let negated = norm(words, n - 2) == "not";
    let aux_at = if negated { n - 3 } else { n - 2 };
    if aux_at < range.start + 2 || !AUXILIARIES.contains(&norm(words, aux_at)) {
        return None;
    }
    let long = n - range.start > 5;
    // "nobody even said well done did they": a positive tag after a negative statement is a
    // tag, typed without its comma or question mark.
    let negative_before = !negated
        && words[range.start..aux_at].iter().any(|w| {
            matches!(
                w.norm.as_str(),
                "nobody" | "never" | "not" | "nothing" | "none" | "noone" | "no"
            )
        });
    (words[aux_at].after_comma
        || (negated && (asks || long))
        || (asks && long)
        || (negative_before && long))
        .then_some(aux_at)
}

/// Reads the shape of the clause `range` of `words`; `asks` is whether the sentence ends
/// with a question mark and this is its last clause.
pub fn shape(words: &[Word], range: Range<usize>, asks: bool) -> Shape {
    let lex = listening::lexicon();
    let mut at = range.start;
    let mut hedge = None;
    let mut tentative = None;
    let mut framing = None;
    let mut check = None;
    let mut tagged = false;

    // A whole clause that checks: "Is that right?", "Did I miss anything?", "Correct me if…";
    // also after the name of the one it asks ("Lucía, is that fair?").
    let named = range.end > range.start + 2
        && words[range.start + 1].after_comma
        && opener(&lex.checks, words, range.start + 1).is_some_and(|m| m.start == range.start + 1);
    let check_at = if named { range.start + 1 } else { at };
    if let Some(m) = opener(&lex.checks, words, check_at).filter(|m| m.start < range.end) {
        let short = range.end - range.start <= 9;
        let or_check = matches!(
            norm(words, m.start),
            "or" | "correct" | "tell" | "stop" | "let"
        );
        // "Sorry if I've got the wrong end of the stick, but …": a check that is the whole
        // clause, however long.
        let whole = m.end == range.end;
        // "Is that it, or is it more the way he said it?": the alternative offered after
        // the check is offered for correction too.
        // "Have I got the gist, or is there more to it?": the check may run on a few words
        // to its comma.
        let alternative = (m.end..range.end.min(m.end + 4))
            .find(|&i| words[i].after_comma)
            .is_some_and(|c| opener(&lex.checks, words, c).is_some_and(|n| n.start == c));
        if (short || or_check || alternative || whole) && m.end <= range.end {
            check = Some(if named { range.start } else { m.start }..range.end);
        }
    }
    // "I understood correctly?", "I got that right?": the listener asking after their own
    // understanding, in the words of following and nothing else.
    if check.is_none() && asks && listener_asks_if_following(&words[range.clone()]) {
        check = Some(range.start..range.end);
    }
    // "Have I summarised that fairly?", alone or with an alternative after its comma; and
    // "Say so if I've misread it".
    if check.is_none() {
        let question = listener_question(words, range.clone()).is_some_and(|end| {
            end == range.end || opener(&lex.checks, words, end).is_some_and(|n| n.start == end)
        });
        if question || invites_correction(words, at, range.end) {
            check = Some(range.start..range.end);
        }
    }
    if check.is_none() {
        let aside = || whole_hedge(words, range.clone()).then(|| range.clone());
        if let Some(m) = opener(&lex.hedges, words, at)
            .filter(|m| m.end <= range.end)
            .or_else(aside)
        {
            // The hedge runs to its "but", if it has one close by ("I might be off here, but …"),
            // or to the clause's end when only a word or two follow ("…wrong here").
            let end = (m.end..range.end.min(m.end + 4))
                .find(|&i| words[i].norm == "but")
                .map_or(m.end, |i| i + 1);
            // "Not sure I'm reading this right": the rest of the clause is still the hedge.
            let rest = &words[end.min(range.end)..range.end];
            let hedging = rest.len() <= 7
                && rest.iter().all(|w| {
                    matches!(
                        w.norm.as_str(),
                        "i" | "am"
                            | "reading"
                            | "this"
                            | "that"
                            | "right"
                            | "wrong"
                            | "off"
                            | "here"
                            | "it"
                            | "have"
                            | "got"
                            | "may"
                            | "might"
                            | "be"
                            | "on"
                            | "the"
                            | "mark"
                            | "way"
                            | "totally"
                            | "completely"
                            | "quite"
                            | "a"
                            | "bit"
                            | "understanding"
                            | "following"
                            | "hearing"
                            | "you"
                            | "correctly"
                            | "properly"
                            | "but"
                            | "about"
                            | "so"
                            | "though"
                            | "base"
                            | "track"
                    )
                });
            let end = if range.end - end <= 2 || hedging {
                range.end
            } else {
                end
            };
            hedge = Some(m.start..end);
            at = end;
            // "I might have this wrong, so stop me if so": the hedge's own invitation to
            // correct it.
            let next = at + fillers(&words[at.min(range.end)..range.end]);
            if invites_correction(words, next, range.end) {
                check = Some(next..range.end);
            }
        }
        if let Some(m) = opener(&lex.framings, words, at).filter(|m| m.end <= range.end) {
            // A framing runs to where the summary starts: "let me check I have this", or to
            // the clause's end when what follows is only about following ("… I'm following").
            // Not past a comma: "If I've understood you, put it in writing" orders after it.
            let end = (m.end..range.end)
                .take(4)
                .take_while(|&i| i == m.end || !words[i].after_comma)
                .find(|&i| {
                    matches!(
                        norm(words, i),
                        "this" | "that" | "it" | "right" | "correctly"
                    )
                })
                .map_or(m.end, |i| i + 1);
            let rest = &words[end.min(range.end)..range.end];
            let only_following = rest.len() <= 8
                && rest.iter().all(|w| {
                    matches!(
                        w.norm.as_str(),
                        "i" | "am"
                            | "have"
                            | "got"
                            | "follow"
                            | "following"
                            | "followed"
                            | "understood"
                            | "understand"
                            | "heard"
                            | "hear"
                            | "this"
                            | "that"
                            | "it"
                            | "right"
                            | "correctly"
                            | "the"
                            | "whole"
                            | "picture"
                            | "straight"
                            | "clear"
                            | "you"
                            | "properly"
                            | "so"
                            | "sure"
                            | "get"
                            | "getting"
                            | "with"
                            | "along"
                            | "here"
                            | "is"
                            | "what"
                            | "hearing"
                            | "all"
                            | "of"
                            | "everything"
                            | "story"
                            | "details"
                            | "facts"
                            | "far"
                            | "now"
                            | "my"
                            | "understanding"
                            | "reading"
                            | "summary"
                    )
                });
            // Or to the comma that closes it: "Just so I'm clear, has Leon …".
            let comma = (m.end..range.end.min(m.end + 7)).find(|&i| words[i].after_comma);
            // "Let me just make sure I've followed this properly", "Let me make sure I have
            // the sequence": what the framing checks has the listener for its subject, so it
            // is part of the framing up to the clause's next comma or its end.
            let about_listener = listener_complement(words, m.end..range.end).then(|| {
                (m.end + 1..range.end)
                    .find(|&i| words[i].after_comma)
                    .unwrap_or(range.end)
            });
            let end = match (comma, about_listener) {
                _ if only_following => range.end,
                (_, Some(e)) if e > end => e,
                (Some(c), _) if c > end => c,
                _ => end,
            };
            framing = Some(m.start..end);
            at = end;
            // "I want to be sure I understand you, so stop me if this is off": a check after
            // the framing's comma checks too.
            let next = at + fillers(&words[at.min(range.end)..range.end]);
            if let Some(c) = opener(&lex.checks, words, next).filter(|c| c.start == next) {
                if matches!(
                    norm(words, c.start),
                    "stop" | "correct" | "tell" | "let" | "or"
                ) || range.end - next <= 6
                {
                    check = Some(next..range.end);
                }
            }
        }
        if let Some(m) = opener(&lex.tentative, words, at).filter(|m| m.end <= range.end) {
            tentative = Some(m.clone());
            at = m.end;
        }
    }
    at += fillers(&words[at.min(range.end)..range.end]);
    let mut end = range.end;
    // A tag left alone by the clause split ("…, though, do you?"): a check on what came before.
    if check.is_none() && is_bare_tag(&words[at.min(end)..end]) {
        check = Some(at.min(end)..end);
        tagged = true;
        end = at.min(end);
    }
    let mut stripped = false;
    if check.is_none() {
        if let Some(tag) = closing_tag(words, &(at.min(end)..end), asks) {
            check = Some(tag..end);
            tagged = true;
            end = tag;
        } else if let Some(m) = trailing_check(words, at.min(end)..end) {
            check = Some(m.clone());
            end = m.start;
            stripped = true;
        }
    } else {
        end = at.max(range.start);
        at = end;
    }
    let body = at.min(end)..end;
    // "I can see why you're cross": after an opener, a wh-word starts what they live
    // through, not a question typed without its mark.
    let body_asks = tentative.is_none() && sounds_like_question(&words[body.clone()]);
    let asks = asks || body_asks;
    // A check stripped from the end leaves a statement ("The date moved, is that right"),
    // unless what is left asks a question of its own ("Have you tried X, or have I got
    // this wrong").
    let form = if !asks || tagged || (stripped && !body_asks) || body.is_empty() {
        Form::Statement
    } else {
        question_form(&words[body.clone()])
    };
    let subject = subject_of(&words[body.clone()], tentative.is_some());
    Shape {
        words: range,
        body,
        hedge,
        tentative,
        framing,
        check,
        tagged,
        summarising: words.first().is_some_and(|w| w.norm == "so"),
        form,
        subject,
    }
}

/// After a framing, words whose subject is the listener ("I've followed this", "make sure I
/// have the sequence"): the framing's own object, not a new statement.
fn listener_complement(words: &[Word], range: Range<usize>) -> bool {
    let lead = words[range.clone()]
        .iter()
        .take_while(|w| {
            matches!(
                w.norm.as_str(),
                "just"
                    | "make"
                    | "sure"
                    | "check"
                    | "see"
                    | "if"
                    | "whether"
                    | "that"
                    | "be"
                    | "quickly"
                    | "to"
                    | "really"
                    | "double"
            )
        })
        .count();
    let at = range.start + lead;
    at + 1 < range.end
        && norm(words, at) == "i"
        && !words[at].after_comma
        && matches!(
            norm(words, at + 1),
            "have"
                | "had"
                | "got"
                | "get"
                | "am"
                | "understand"
                | "understood"
                | "follow"
                | "followed"
                | "heard"
                | "hear"
                | "caught"
                | "read"
                | "did"
                | "do"
                | "know"
        )
}

/// A yes/no question whose subject is the listener asks after their own reading ("Have I
/// summarised that fairly?", "Did I get the gist"), whatever its verb, unless it tells,
/// offers or asks what to do. Returns where the question ends: its comma or the clause's end.
fn listener_question(words: &[Word], range: Range<usize>) -> Option<usize> {
    let at = range.start + fillers(&words[range.clone()]);
    if !matches!(
        norm(words, at),
        "have" | "did" | "do" | "am" | "was" | "had"
    ) || norm(words, at + 1) != "i"
        || words.get(at + 1).is_none_or(|w| w.after_comma)
    {
        return None;
    }
    let end = (at + 2..range.end)
        .find(|&i| words[i].after_comma)
        .unwrap_or(range.end);
    let asked = &words[(at + 2).min(end)..end];
    let about_reading = !asked.is_empty()
        && asked.len() <= 5
        && !asked.iter().any(|w| {
            matches!(
                w.norm.as_str(),
                "tell"
                    | "told"
                    | "say"
                    | "said"
                    | "mention"
                    | "mentioned"
                    | "ever"
                    | "need"
                    | "to"
                    | "ask"
                    | "asked"
                    | "show"
                    | "shown"
                    | "showed"
                    | "give"
                    | "given"
                    | "gave"
                    | "send"
                    | "sent"
                    | "share"
                    | "shared"
                    | "do"
                    | "done"
                    | "help"
                    | "upset"
                    | "offended"
                    | "hurt"
            )
        });
    about_reading.then_some(end)
}

/// An imperative asking to be told when the listener is wrong: "Say so if I've misread it",
/// "stop me if so", "shout if this is off".
fn invites_correction(words: &[Word], at: usize, end: usize) -> bool {
    let at = at + fillers(&words[at.min(end)..end]);
    let verb = matches!(
        norm(words, at),
        "say" | "stop" | "tell" | "correct" | "shout" | "flag" | "interrupt" | "holler" | "push"
    );
    let condition = (at + 1..end.min(at + 4)).find(|&i| norm(words, i) == "if");
    verb && condition.is_some_and(|c| {
        c + 1 < end
            && matches!(
                norm(words, c + 1),
                "i" | "so" | "not" | "this" | "that" | "it" | "my" | "any" | "anything"
            )
    })
}

/// A short question in the listener's own words about following: "I understood correctly",
/// "I got that right", "I am following you".
fn listener_asks_if_following(clause: &[Word]) -> bool {
    let start = fillers(clause);
    let rest = &clause[start..];
    rest.len() >= 2
        && rest.len() <= 6
        && rest[0].norm == "i"
        && matches!(
            rest.last().map_or("", |w| w.norm.as_str()),
            "right"
                | "correctly"
                | "well"
                | "good"
                | "properly"
                | "correct"
                | "you"
                | "it"
                | "that"
                | "this"
        )
        && rest[1..].iter().all(|w| {
            matches!(
                w.norm.as_str(),
                "understood"
                    | "understand"
                    | "got"
                    | "get"
                    | "have"
                    | "heard"
                    | "hear"
                    | "follow"
                    | "followed"
                    | "following"
                    | "am"
                    | "read"
                    | "caught"
                    | "you"
                    | "this"
                    | "that"
                    | "it"
                    | "right"
                    | "correctly"
                    | "well"
                    | "good"
                    | "properly"
                    | "correct"
                    | "everything"
                    | "all"
            )
        })
}

/// A clause that is only a tag: "do you", "isn't it", "right".
fn is_bare_tag(words: &[Word]) -> bool {
    match words {
        [one] => TAG_WORDS.contains(&one.norm.as_str()) && one.norm != "no",
        [aux, pronoun] => {
            AUXILIARIES.contains(&aux.norm.as_str())
                && TAG_PRONOUNS.contains(&pronoun.norm.as_str())
        }
        [aux, not, pronoun] => {
            AUXILIARIES.contains(&aux.norm.as_str())
                && not.norm == "not"
                && TAG_PRONOUNS.contains(&pronoun.norm.as_str())
        }
        _ => false,
    }
}

/// A check at the end of a clause without a comma before it: "… is that right", "… have I
/// got that".
fn trailing_check(words: &[Word], range: Range<usize>) -> Option<Range<usize>> {
    let lex = listening::lexicon();
    let len = range.end - range.start;
    if len < 3 {
        return None;
    }
    // ("Still wobbly, is that fair?").
    (range.start + 1..range.end.saturating_sub(1))
        .filter(|&i| (i >= range.start + 3 || words[i].after_comma) && range.end - i <= 8)
        .find_map(|i| {
            let found = lex.checks.find_all(&words[i..range.end]);
            let opener = norm(words, i);
            // "… or have I got the situation wrong" doubts the listener's own reading, so it
            // runs to the end of the clause whatever follows; other checks must end it ("…,
            // or is it time to find another job" is advice, not a check).
            let doubts_self = opener == "or"
                && matches!(norm(words, i + 1), "have" | "did" | "am" | "was" | "do")
                && norm(words, i + 2) == "i";
            // What may trail a check's words: "have I got that", "did I get it right".
            let rest_checks = |from: usize| {
                range.end - from <= 3
                    && words[from..range.end]
                        .iter()
                        .all(|w| CHECK_TAIL.contains(&w.norm.as_str()))
            };
            let reaches = |m: &super::pattern::Match| {
                doubts_self || (rest_checks(i + m.end) && range.end - i <= 6)
            };
            // Any check that reaches the end: "am I near" is one, "am I near the mark" a
            // longer one, and only the longer runs to the end.
            found
                .iter()
                .find(|(_, m)| m.first == 0 && reaches(m))
                .filter(|_| {
                    matches!(
                        opener,
                        "is" | "have" | "did" | "am" | "does" | "or" | "if" | "as"
                    )
                })
                .map(|_| i..range.end)
        })
}

/// How a question clause asks.
fn question_form(body: &[Word]) -> Form {
    let first = norm(body, 0);
    let second = norm(body, 1);
    if WH_WORDS.contains(&first) {
        // "What gets to you most is that …?" states, it does not ask.
        let cleft = first == "what"
            && !AUXILIARIES.contains(&second)
            && body
                .iter()
                .skip(3)
                .any(|w| matches!(w.norm.as_str(), "is" | "was"));
        let saying = matches!(second, "you") && norm(body, 2) == "are" && norm(body, 3) == "saying";
        return if cleft || saying {
            Form::Rising
        } else {
            Form::Wh
        };
    }
    if AUXILIARIES.contains(&first) && !second.is_empty() {
        return Form::Inverted;
    }
    Form::Rising
}

/// A question typed without its question mark: "which client was it", "did you tell her".
fn sounds_like_question(body: &[Word]) -> bool {
    let first = norm(body, 0);
    let second = norm(body, 1);
    if body.len() < 2 {
        return false;
    }
    // Questions run together without punctuation: "who scored it did you appeal".
    let run_on = first != "you"
        && body.windows(2).skip(1).any(|pair| {
            matches!(
                pair[0].norm.as_str(),
                "did" | "do" | "have" | "are" | "were" | "can" | "could"
            ) && pair[1].norm == "you"
                && !pair[1].after_comma
        });
    if run_on && WH_WORDS.contains(&first) {
        return true;
    }
    match first {
        "why" => true,
        "what" | "when" | "where" | "who" | "which" | "how" => {
            AUXILIARIES.contains(&second)
                || (body.len() > 2 && AUXILIARIES.contains(&norm(body, 2)))
        }
        _ => {
            AUXILIARIES.contains(&first)
                && matches!(
                    second,
                    "you" | "they" | "he" | "she" | "anyone" | "anybody" | "someone" | "we"
                )
        }
    }
}

/// Gerunds that open a clause about their situation ("Being told …", "Having to …").
fn is_gerund(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && !matches!(
            word,
            "nothing"
                | "something"
                | "anything"
                | "everything"
                | "morning"
                | "evening"
                | "thing"
                | "during"
                | "bring"
                | "spring"
        )
}

fn subject_of(body: &[Word], tentative: bool) -> Subject {
    let Some(first) = body.first().map(|w| w.norm.as_str()) else {
        return Subject::None;
    };
    let second = norm(body, 1);
    match first {
        "you" | "your" | "yourself" | "yours" | "y'all" => Subject::Speaker,
        "part" | "both" | "all" | "some" | "none" | "each"
            if body.iter().take(4).any(|w| w.norm == "you") =>
        {
            Subject::Speaker
        }
        // "“I'll try my best” has turned out to mean …": someone's words quoted as the
        // subject, not the listener talking about themselves.
        "i" | "my" | "me" | "mine" | "myself" if body[0].quoted => Subject::Experience,
        "i" | "my" | "me" | "mine" | "myself" => {
            // "I think you …", "I reckon they …": the listener's view of their situation.
            let opinion = matches!(
                second,
                "think" | "reckon" | "bet" | "suspect" | "believe" | "feel"
            );
            let about_you = body
                .iter()
                .skip(2)
                .take(3)
                .any(|w| w.norm == "you" || w.norm == "your");
            // "I bet he's sulking", "I reckon she …": the listener's view of someone else, not
            // the listener's own story.
            let opinion = opinion || (second == "would" && norm(body, 2) == "bet");
            if tentative || (opinion && about_you) {
                Subject::Experience
            } else if opinion {
                Subject::Other
            } else {
                Subject::Listener
            }
        }
        "that" | "it" | "this" | "which" | "everything" | "there" | "these" | "those" | "such"
        | "what" | "how"
            if !matches!(second, "you") || first == "what" || first == "how" =>
        {
            Subject::Experience
        }
        "must" | "sounds" | "sound" | "seems" | "seem" | "feels" | "no" | "quite" | "bit" | "a"
        | "so" | "such" | "really" | "pretty" | "tough" | "hard" | "rough" | "big" | "awful"
        | "horrible" | "not" | "like" | "too" | "very" | "totally" | "completely"
        | "absolutely" => Subject::Experience,
        word if is_gerund(word) || matches!(word, "being" | "having" | "getting") => {
            Subject::Experience
        }
        "he" | "she" | "they" | "we" | "our" | "their" | "his" | "her" | "the" | "everyone"
        | "nobody" | "someone" | "people" | "one" | "another" | "every" | "both" | "none"
        | "all" | "some" => Subject::Other,
        _ if tentative => Subject::Experience,
        _ if body.len() <= 1 => Subject::None,
        _ => Subject::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::text::Text;

    fn shapes(source: &str) -> Vec<Shape> {
        let text = Text::new(source);
        let mut out = Vec::new();
        for (i, sentence) in text.sentences.iter().enumerate() {
            let words = text.sentence_words(i);
            let parts = clauses(words);
            let last = parts.len() - 1;
            for (j, part) in parts.into_iter().enumerate() {
                out.push(shape(words, part, sentence.question_mark && j == last));
            }
        }
        out
    }

    #[test]
    fn tags_close_a_statement() {
        for reply in [
            "It's been a rough month, hasn't it?",
            "That stings, doesn't it?",
            "So the deadline moved again, right?",
            "you have been carrying this on your own havent you",
            "six months clean and nobody upstairs even said well done did they",
        ] {
            let s = &shapes(reply)[0];
            assert!(s.tagged, "{reply}: {s:?}");
            assert_eq!(s.form, Form::Statement, "{reply}");
        }
    }

    #[test]
    fn whole_clause_checks_and_framings() {
        for reply in [
            "Is that right?",
            "Did I miss anything?",
            "Have I got that?",
            "Or is it more that?",
            "fair summary?",
            "Is that part of what hurts?",
            "Is that part of it?",
            "That about it?",
            "I say it right?",
            "Did I say it right?",
            "Is furious the word?",
            "I understood good?",
            "Do correct me if I've misread that.",
            "That's what I'm picking up, anyway",
            "Right so far?",
            "Is that right so far?",
            "That the gist?",
            "that it?",
            "Right track?",
            "That how it landed?",
            "Would you put it that way?",
            "That's how it sounds to me, anyway",
            "Lucía, is that fair?",
            "Unless I've misunderstood the situation?",
        ] {
            let s = &shapes(reply)[0];
            assert!(s.check.is_some() && s.only_frame(), "{reply}: {s:?}");
        }
        // An invitation to correct after a comma is a check of its own, and an "anyway"
        // before it closes the clause it follows.
        for reply in [
            "You're stuck in the middle, so tell me if I'm off.",
            "That's what I'm picking up, anyway, so tell me if I'm off.",
        ] {
            let s = shapes(reply);
            assert_eq!(s.len(), 2, "{reply}: {s:?}");
            assert!(s[1].check.is_some() && s[1].only_frame(), "{reply}: {s:?}");
        }
        // A change of subject keeps its "anyway".
        assert_eq!(
            shapes("That's rough, anyway, did you see the match?").len(),
            2
        );
        let s = &shapes("Let me check I have this: the date moved twice.")[0];
        assert!(s.framing.is_some() && s.only_frame(), "{s:?}");
        // A framing runs to its comma when it names what may be misread.
        for (reply, framed) in [
            (
                "If I've got the problem right, maybe roster one more person.",
                7,
            ),
            ("Just so I'm clear on the facts, what was the deadline?", 8),
        ] {
            let s = &shapes(reply)[0];
            assert_eq!(
                s.framing.as_ref().map(|r| r.len()),
                Some(framed),
                "{reply}: {s:?}"
            );
        }
    }

    #[test]
    fn question_forms() {
        assert_eq!(
            shapes("You're worried it will happen again?")[0].form,
            Form::Rising
        );
        assert_eq!(shapes("Did you tell her?")[0].form, Form::Inverted);
        assert_eq!(shapes("When did she say that?")[0].form, Form::Wh);
        assert_eq!(
            shapes("So what gets to you most is that nobody told you?")[0].form,
            Form::Rising
        );
    }

    #[test]
    fn hedges_and_subjects() {
        let s = &shapes("I might be off here, but is it that you're carrying the blame?");
        assert!(s.iter().any(|c| c.hedge.is_some()), "{s:?}");
        assert_eq!(
            shapes("Being told that in public hurts.")[0].subject,
            Subject::Experience
        );
        assert_eq!(
            shapes("You care about getting it right.")[0].subject,
            Subject::Speaker
        );
        assert_eq!(
            shapes("I had the same last year.")[0].subject,
            Subject::Listener
        );
        assert_eq!(
            shapes("I imagine you're exhausted.")[0].subject,
            Subject::Speaker
        );
        // Someone's words quoted as the subject are what they live through, not the listener.
        assert_eq!(
            shapes("So \u{201c}I'll try my best\u{201d} has turned out to mean the date slips.")[0]
                .subject,
            Subject::Experience
        );
    }

    #[test]
    fn clauses_split_at_but() {
        let text = Text::new("I get that it feels insulting, but you're being precious about it.");
        assert_eq!(clauses(text.sentence_words(0)).len(), 2);
    }
}

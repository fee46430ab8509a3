//! What the coach returns: the flags, the score, the feeling words, the hints with their
//! spans, and (with annotations) what was captured and missed. Serialises to the JSON the
//! CLI prints.

use serde::Serialize;

use super::lexicon::roadblocks::Roadblock;

/// The coach's verdict on one reply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// 0–100: how well the reply works as an active-listening reflection.
    pub score: u8,
    /// The reply reflects the speaker's content or feeling back to them, in its own words.
    pub reflection: bool,
    /// The reply is mainly a question.
    pub question: bool,
    /// The reply repeats the statement nearly word for word.
    pub parroting: bool,
    /// The roadblocks found, each once, in Gordon's order.
    pub roadblocks: Vec<Roadblock>,
    pub feeling: FeelingReport,
    /// Coaching lines: what went well first, then what got in the way, then what to try.
    pub hints: Vec<Hint>,
    /// Present when the exercise has annotations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<AnnotationReport>,
}

impl Assessment {
    /// One sentence for screen readers when feedback appears.
    pub fn announcement(&self) -> String {
        let count = |kind| self.hints.iter().filter(|h| h.kind == kind).count();
        format!(
            "Feedback ready. Score {} out of 100: {}. {} went well, {} got in the way.",
            self.score,
            self.band(),
            count(HintKind::WentWell),
            count(HintKind::GotInTheWay)
        )
    }

    /// The score in words, for the learner: coaching, not grading. The scoring keeps the
    /// number within the words' band (a non-reflection stays below 35, a reply with a
    /// roadblock below 60); this says so again, whatever the number.
    pub fn band(&self) -> &'static str {
        match self.score {
            _ if !self.reflection => "Not a reflection yet",
            _ if !self.roadblocks.is_empty() || self.parroting => "Partly there",
            80..=100 => "A strong reflection",
            60..=79 => "A good reflection to build on",
            35..=59 => "Partly there",
            _ => "Not a reflection yet",
        }
    }
}

/// Feeling words in the reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FeelingReport {
    /// Some feeling word appears.
    pub named: bool,
    /// A feeling is attributed to the speaker (not to the listener, not dismissed).
    pub reflected: bool,
    pub words: Vec<FeelingWord>,
}

/// One feeling word or phrase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeelingWord {
    pub text: String,
    pub family: &'static str,
    pub reflected: bool,
    pub start: usize,
    pub end: usize,
}

/// Which way a hint points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HintKind {
    WentWell,
    GotInTheWay,
    TryNext,
}

/// One coaching line, tied to the part of the reply that prompted it. A hint about
/// something missing spans the whole reply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hint {
    pub kind: HintKind,
    /// A stable identifier: a roadblock name, or one of `named_feeling`, `captured_point`,
    /// `checked_understanding`, `tentative`, `parroting`, `name_feeling`, `add_check`,
    /// `reflect_first`, `key_point`, `shorter`, `empty`.
    pub code: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// More words behind the same hint, as `[start, end]` pairs: every feeling named, every
    /// check made. Left out of the JSON when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<(usize, usize)>,
}

impl Hint {
    /// Every run of words the hint points at, its first span first.
    pub fn spans(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        std::iter::once((self.start, self.end)).chain(self.also.iter().copied())
    }
}

/// Annotation coverage.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AnnotationReport {
    pub feelings: Captured,
    pub key_points: Captured,
}

/// Expected items, split by whether the reply picked them up.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Captured {
    pub captured: Vec<String>,
    pub missed: Vec<String>,
}

//! The moves of good listening the coach recognises and praises: tentative openers that
//! offer a reading without insisting, checks that hand the story back to the speaker,
//! and the shapes of a reflective question.

use std::sync::OnceLock;

use crate::coach::pattern::PatternSet;

/// Openers that offer a reflection tentatively ("it sounds like", "I imagine").
#[rustfmt::skip]
const TENTATIVE: &[&str] = &[
    "it sounds like", "sounds like", "it sounds", "that sounds", "sounds", "it seems like", "it seems",
    "seems like", "you seem", "you sound", "i imagine", "i can imagine", "i wonder if", "i am guessing",
    "i guess you", "i sense", "i get the sense", "i hear that", "i can hear", "i hear", "what i am hearing",
    "i am hearing", "if i understand", "if i have understood", "it must be", "it must have", "that must",
    "must have felt", "must feel", "must be", "it looks like", "i can see", "what you are saying is",
    "you are saying that", "you are saying", "so you are saying", "am i right that", "correct me if",
];

/// Checks that invite correction ("is that right?").
#[rustfmt::skip]
const CHECKS: &[&str] = &[
    "is that right", "is that it", "is that close", "is that fair", "is that how it feels",
    "is that how you feel", "is that what you mean", "is that what happened", "have i got that right",
    "have i got that", "did i get that right", "did i get that", "do i have that right",
    "am i hearing that right", "am i hearing you right", "am i hearing you", "am i right", "am i close",
    "does that sound right", "does that fit", "does that sound about right", "is that about right",
    "correct me if i am wrong", "did i understand", "have i understood", "tell me if i am wrong",
    "tell me if i have got that wrong", "^ right $", "^ yes $", "or is it", "or is there more",
];

/// Question shapes that reflect rather than probe ("are you feeling …?", "is it that …?").
#[rustfmt::skip]
const REFLECTIVE_QUESTIONS: &[&str] = &[
    "^ are you feeling", "^ do you feel", "^ does it feel", "^ is it that", "^ are you worried",
    "^ are you saying", "^ would it be fair to say", "^ so you are", "^ so you feel", "^ it sounds like",
    "^ sounds like", "^ does it seem", "^ you are", "^ you feel", "^ you have",
];

/// Compiled pattern lists.
pub struct Listening {
    pub tentative: PatternSet<()>,
    pub checks: PatternSet<()>,
    pub reflective_questions: PatternSet<()>,
}

/// The lists, compiled on first use.
pub fn lexicon() -> &'static Listening {
    static LEXICON: OnceLock<Listening> = OnceLock::new();
    let compile = |list: &[&'static str]| PatternSet::new(list.iter().map(|p| ((), *p)));
    LEXICON.get_or_init(|| Listening {
        tentative: compile(TENTATIVE),
        checks: compile(CHECKS),
        reflective_questions: compile(REFLECTIVE_QUESTIONS),
    })
}

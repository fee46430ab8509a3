//! Gordon's twelve roadblocks to communication, as phrase patterns over normalised words
//! (contractions expanded: "don't" is "do not", "you'd" is "you would"). A match marks
//! the words that triggered it, so the coach can point at them.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::coach::pattern::PatternSet;

/// One of the twelve roadblocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Roadblock {
    Ordering,
    Warning,
    Moralizing,
    Advising,
    Lecturing,
    Judging,
    Praising,
    NameCalling,
    Interpreting,
    Reassuring,
    Probing,
    Diverting,
}

impl Roadblock {
    /// All twelve, in Gordon's order.
    pub const ALL: [Roadblock; 12] = [
        Roadblock::Ordering,
        Roadblock::Warning,
        Roadblock::Moralizing,
        Roadblock::Advising,
        Roadblock::Lecturing,
        Roadblock::Judging,
        Roadblock::Praising,
        Roadblock::NameCalling,
        Roadblock::Interpreting,
        Roadblock::Reassuring,
        Roadblock::Probing,
        Roadblock::Diverting,
    ];

    /// The snake_case name used in JSON and content files.
    pub fn name(self) -> &'static str {
        match self {
            Roadblock::Ordering => "ordering",
            Roadblock::Warning => "warning",
            Roadblock::Moralizing => "moralizing",
            Roadblock::Advising => "advising",
            Roadblock::Lecturing => "lecturing",
            Roadblock::Judging => "judging",
            Roadblock::Praising => "praising",
            Roadblock::NameCalling => "name_calling",
            Roadblock::Interpreting => "interpreting",
            Roadblock::Reassuring => "reassuring",
            Roadblock::Probing => "probing",
            Roadblock::Diverting => "diverting",
        }
    }

    /// How the learner reads it in their history.
    pub fn label(self) -> &'static str {
        match self {
            Roadblock::Ordering => "ordering",
            Roadblock::Warning => "warning",
            Roadblock::Moralizing => "moralizing",
            Roadblock::Advising => "advice",
            Roadblock::Lecturing => "lecturing",
            Roadblock::Judging => "judging",
            Roadblock::Praising => "praise",
            Roadblock::NameCalling => "name-calling",
            Roadblock::Interpreting => "interpreting",
            Roadblock::Reassuring => "reassurance",
            Roadblock::Probing => "probing",
            Roadblock::Diverting => "turning to yourself",
        }
    }

    /// The roadblock with this name.
    pub fn from_name(name: &str) -> Option<Roadblock> {
        Roadblock::ALL.into_iter().find(|r| r.name() == name)
    }

    /// A short, kind explanation of why this gets in the way, and what to try instead.
    pub fn hint(self) -> &'static str {
        match self {
            Roadblock::Ordering => "This tells them what to do. Before any direction, show them you understood what happened and how it feels.",
            Roadblock::Warning => "This warns of consequences, which can feel like a threat when they came to be heard. Reflect their worry instead.",
            Roadblock::Moralizing => "This says what they ought to do, which can sound like a lecture on values. Stay with their experience for now.",
            Roadblock::Advising => "This jumps to a solution before they feel heard. Reflect first; offer ideas later, if they ask for them.",
            Roadblock::Lecturing => "This argues with facts or general rules, which can make their experience seem beside the point. Reflect what it is like for them.",
            Roadblock::Judging => "This judges what they did, which tends to make people defend themselves rather than open up. Describe what you heard without a verdict.",
            Roadblock::Praising => "Praise here can brush past what they are going through. Acknowledge the difficulty before anything else.",
            Roadblock::NameCalling => "Labelling someone (them or others) closes the conversation. Describe the behaviour and their reaction to it instead.",
            Roadblock::Interpreting => "This guesses at hidden motives, which can feel like being analysed. Reflect what they actually said and felt.",
            Roadblock::Reassuring => "Reassurance can tell them their worry is not welcome. Acknowledge the feeling first; comfort lands better after that.",
            Roadblock::Probing => "A question asks for more before showing you heard what they already said. Reflect first, then ask one open question if you need to.",
            Roadblock::Diverting => "This turns the conversation to you. Keep the spotlight on their experience; your story can wait.",
        }
    }

    /// How much the roadblock lowers the score.
    pub fn penalty(self) -> i32 {
        match self {
            Roadblock::NameCalling => 45,
            Roadblock::Judging | Roadblock::Diverting => 40,
            Roadblock::Ordering | Roadblock::Warning | Roadblock::Moralizing => 35,
            Roadblock::Advising
            | Roadblock::Lecturing
            | Roadblock::Interpreting
            | Roadblock::Reassuring => 30,
            Roadblock::Praising | Roadblock::Probing => 25,
        }
    }
}

/// Patterns for each roadblock except probing and diverting, which are found from the
/// shape of the sentence (a question; talk about oneself) as well as from these.
#[rustfmt::skip]
const PATTERNS: &[(Roadblock, &[&str])] = &[
    (Roadblock::Ordering, &[
        "make sure you", "^ make sure",
        "you are going to have to", "i need you to", "i want you to", "^ go and", "^ do not !worry|stress|take|be|panic",
        "^ stop", "get it over with", "^ never !mind",
    ]),
    (Roadblock::Warning, &[
        "if you do not", "if you keep", "if you carry on", "if you continue", "if this happens again", "if nobody", "if you are not careful",
        "you would better", "you had better", "better watch", "or else", "or they will", "or it will", "or you will",
        "you will regret", "be careful", "watch out", "careful what", "you could lose", "you will lose", "you might lose",
        "will burn out", "you will be the one", "might not trust", "will stop trusting", "they will never", "will definitely",
        "you will end up", "mark my words", "is going to backfire", "will backfire",
    ]),
    (Roadblock::Moralizing, &[
        "ought", "you should never", "you should always", "should never", "should always", "your responsibility", "a responsibility to", "have a responsibility",
        "the right thing", "right thing to do", "basic honesty", "basic respect", "basic courtesy", "only fair",
        "a good leader", "a good manager", "a fair company", "a professional would", "professionals", "it is wrong to",
        "it is your duty", "you are supposed to", "people are supposed to", "should know better", "it is only right",
        "what is the point",
    ]),
    (Roadblock::Advising, &[
        "one thing that might help", "it might help", "what might help", "might help to", "it could help", "would help if you", "it may help",
        "you should !have|not|never|always", "maybe you should", "why do not you", "why not", "have you tried", "have you thought about",
        "have you considered", "you could !be|have|feel|not", "you might !be|have|feel|not|lose", "you can always", "i suggest", "i would suggest",
        "i recommend", "i would recommend", "my advice", "if i were you", "how about", "what about trying", "^ try",
        "try to", "the best thing", "what you need to do", "it would help to", "it is better to", "it would be better",
        "^ next time", "next time you", "^ consider", "one option", "you may want to", "you might want to", "set up a", "suggest proposing",
        "^ ask", "^ talk to", "^ speak to", "^ email", "^ message", "^ write down",
    ]),
    (Roadblock::Lecturing, &[
        "that is why", "all the time", "always takes", "is just how it is", "that is the nature of",
        "the fact is", "the facts are", "the reality is", "the thing is", "^ actually", "studies show", "research shows",
        "the research shows|says|suggests", "research says", "the data shows|says|suggests", "well documented", "well known", "it is known", "is how * work|works",
        "that is how !you|it|she|he|they|i", "that is just how", "that is the way", "every * book", "says so", "most common", "a numbers game",
        "let me explain", "you have to understand", "you need to understand", "you must understand", "for legal reasons",
        "are usually", "is usually", "usually announced", "in most teams", "in most companies", "most people",
        "learn best", "statistically", "in general", "generally speaking", "that is normal", "it is normal",
    ]),
    (Roadblock::Judging, &[
        "naive", "you should know", "you overthink", "you should not be",
        "you should have", "you should not have", "you probably should have", "should not have", "your fault", "your own fault",
        "your choice", "that is on you", "careless", "you are wrong", "you were wrong", "overreacting",
        "overreacted", "too sensitive", "you are being too|a|so|dramatic|unreasonable|negative|silly", "a bit negative", "that is negative", "not anyone fault",
        "nobody asked you to", "you have to accept", "that was a mistake", "your problem", "you brought", "were just better",
        "your mistake", "you messed up", "you were impatient", "that is silly",
    ]),
    (Roadblock::Praising, &[
        "excellent", "brave of you", "exactly the kind of", "the kind of * we need", "you are a natural", "so clever", "you always do great",
        "you are so dedicated|good|talented|strong|smart|capable|professional|resilient", "you are the best", "you are one of the", "you did a * job", "great job", "well done",
        "good job", "you are a star", "a star", "you are amazing", "you are brilliant", "brilliant", "fantastic",
        "impressive", "you are talented", "so talented", "how valuable you are", "valuable", "so dedicated",
        "the best engineer", "always the best", "the best ones", "not many people could", "you are great",
        "you are such a good", "proud of you", "amazing", "you are incredible", "most reliable", "so reliable",
    ]),
    (Roadblock::NameCalling, &[
        "cowboys|cowboy", "like children", "like babies", "amateurs|amateur", "muppets", "clueless", "pathetic", "spoiled", "entitled", "snake|snakes",
        "control freak", "lazy", "snowflake|snowflakes", "flake|flakes", "robot", "liar|liars", "glory hunter", "^ typical",
        "idiot|idiots", "stupid", "drama queen", "crybaby", "diva", "jerk", "clown|clowns", "useless", "incompetent",
        "dinosaur|dinosaurs", "a baby", "princess", "moron", "toxic", "psycho", "lunatic",
    ]),
    (Roadblock::Interpreting, &[
        "looking for approval", "more than you need", "maybe you are more", "you are more * about", "more worried about how you", "you just need", "what you need is",
        "you are just|only saying|doing|upset|angry|jealous|tired|worried|trying|annoyed|scared|afraid|insecure|bitter|frustrated|stressed|overthinking|sensitive|pretending|complaining|looking",
        "you are mostly", "you are probably", "you probably !should", "you are really just",
        "you just want", "you only want", "what you really", "what you actually", "the real reason", "the real problem",
        "the real issue", "deep down", "reading too much", "you are projecting", "maybe you wanted", "maybe you want",
        "maybe you are really", "i think you are really", "i think you * because", "i think you * * because",
        "because you were impatient", "because you feel like an outsider", "is just insecure", "you secretly",
        "you are mostly upset", "what is really going on", "you feel talked over yourself",
    ]),
    (Roadblock::Reassuring, &[
        "sort itself out", "will sort itself", "try not to worry", "not to worry", "they will understand", "i am sure it", "it went great", "it will blow over", "will blow over", "it always works out", "happens to the best of us",
        "do not worry", "do not stress", "do not panic", "do not take it personally", "do not be silly", "it will be fine",
        "it will be okay", "it will be ok", "it will be alright", "you will be fine", "they will be fine", "will be fine",
        "it will work out", "will work out", "everything will", "i am sure", "i am certain", "of course they", "no big deal",
        "not a big deal", "not that bad", "could be worse", "^ at least", "at least you", "cheer up", "hang in there", "will get better",
        "these things happen", "happens to everyone", "^ it happens", "happen all the time", "will come around",
        "it is only temporary", "only temporary", "only a couple", "nothing to worry", "everyone knows", "was not personal", "not personal",
        "look on the bright side", "there will be other", "probably just habit", "do not mean anything", "people noticed",
        "not the end of the world", "you will get over it", "it is fine", "do not let it get to you", "always renew",
        "family comes first", "you will manage", "chin up",
    ]),
    (Roadblock::Probing, &[
        "why did you", "why did not you", "why have not you", "why do not people", "why did she", "why did he",
        "why did they", "why did not anyone", "why did not she", "did you tag", "did you put", "have you reported",
    ]),
    (Roadblock::Diverting, &[
        "same here", "same thing happened to me", "happened to me", "me too", "i know what that is like",
        "i know exactly how", "that reminds me", "reminds me of", "^ when i", "^ when my", "i once", "i used to",
        "i had the same", "i was in the same", "story of my life", "i feel that way too", "let me tell you about",
        "speaking of", "on another note", "by the way", "changing the subject", "enough about", "in my day",
        "i have been there", "i went through",
    ]),
];

/// Telling someone what they must do ("you need to …") orders them, unless they said it
/// of themselves first ("I have to tell the team"): then it reflects their situation.
#[rustfmt::skip]
pub const OBLIGATIONS: &[&str] = &[
    "you need to !understand|know|hear", "you have to !understand|accept|know",
    "you must !understand|know|feel|be", "you have got to",
];

/// How a statement mentions an obligation (its speaker's, or "the one who has to").
#[rustfmt::skip]
pub const OWN_OBLIGATIONS: &[&str] = &[
    "need|needs", "has|have|had to", "must", "have got to", "supposed to",
];

/// Verbs whose bare form opening a sentence gives an order ("Send it", "Stop waiting").
#[rustfmt::skip]
pub const IMPERATIVE_VERBS: &[&str] = &[
    "tell", "send", "stop", "go", "call", "turn", "push", "write", "put", "make", "forward",
    "talk", "take", "get", "give", "quit", "decline", "refuse", "email", "escalate", "block",
    "cancel", "document", "fix", "move", "pick", "set", "start", "delete", "report", "speak",
    "check", "find", "read", "remind", "raise", "ignore", "leave", "drop", "skip", "say", "ask",
    "mute", "book", "schedule", "reply", "respond", "insist", "demand", "confront", "complain",
    "let", "keep", "focus", "calm", "relax", "be", "grow", "toughen", "man", "deal", "accept",
    "forget",
];

/// Compiled [`OBLIGATIONS`] and [`OWN_OBLIGATIONS`].
pub fn obligations() -> &'static (PatternSet<()>, PatternSet<()>) {
    static COMPILED: OnceLock<(PatternSet<()>, PatternSet<()>)> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let compile = |list: &[&'static str]| PatternSet::new(list.iter().map(|s| ((), *s)));
        (compile(OBLIGATIONS), compile(OWN_OBLIGATIONS))
    })
}

/// Every roadblock pattern, compiled into one set tagged by roadblock.
pub fn patterns() -> &'static PatternSet<Roadblock> {
    static COMPILED: OnceLock<PatternSet<Roadblock>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        PatternSet::new(
            PATTERNS
                .iter()
                .flat_map(|(roadblock, sources)| sources.iter().map(|s| (*roadblock, *s))),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for roadblock in Roadblock::ALL {
            assert_eq!(Roadblock::from_name(roadblock.name()), Some(roadblock));
            assert_eq!(serde_json::to_value(roadblock).unwrap(), roadblock.name());
            assert!(roadblock.hint().len() > 40);
        }
    }

    #[test]
    fn every_roadblock_has_patterns() {
        for roadblock in Roadblock::ALL {
            let count = PATTERNS
                .iter()
                .find(|(r, _)| *r == roadblock)
                .map_or(0, |(_, p)| p.len());
            assert!(count >= 5, "{roadblock:?} has {count} patterns");
        }
    }
}

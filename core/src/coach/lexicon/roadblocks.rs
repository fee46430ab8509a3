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
        "^ stop", "get it over with",
        "do not make excuses", "get on with it", "get over it", "deal with it", "suck it up", 
        "you need to just", "you just need to !feel", "you have got to", "you gotta", 
    ]),
    (Roadblock::Warning, &[
        "if you do not", "if you keep", "if you carry on", "if you continue", "if this happens again", "if nobody", "if you are not careful",
        "you would better", "you had better", "better watch", "or else", "or they will", "or it will", "or you will",
        "you will regret", "be careful", "watch out", "careful what", "you could lose", "you will lose", "you might lose",
        "will burn out", "you will be the one", "might not trust", "will stop trusting", "they will never", "will definitely",
        "you will end up", "mark my words", "is going to backfire", "will backfire",
        "^ careful", "careful though", "careful not", "be careful", "you could be in * trouble", "you could be in trouble", "in real trouble",
        "blow up in your face", "blows up in your face", "will blow up", "is going to blow up", "going to come back", "come back to bite",
        "will bite you", "that is how people end up", "that is how you end up", "how people get hurt", "end up in hospital",
        "somebody is going to", "someone is going to", "somebody will get", "someone will get", "you will have lost", "you have lost them",
        "will start to resent", "will eat the cost", "they will expect", "they will stop", 
        "you will be the next", "you will be next", "will be the next one", "before it is too late", "asking for trouble",
        "you are playing with fire", "that will cost you", "it will cost you", "you will lose", "will not forget", "will remember this",
        "people keep score", "it will not end well", "this will not end well", "you will burn", "you will regret", "you will pay",
        "will blame you", "careful what you",
        "you are finished", "you will be finished", "may well decide", "will decide", "find out at", "and be furious", "get burned", "you will get burned", "gets killed", "get killed", "gets hurt", "or it is on you", "it will be on you", "is going to fall",
        "you will have resignations", "will know you", "out the door", "will start wondering", "not doing yourself any", "you will never get", "do this a few times", "carry on like this", "if you let this slide", "let this slide", "will pull the same", "this arrangement will not last", "will not last",
        "will land on you", "going to land on you", "head on the block", "do not get comfy|comfortable|complacent", "how * lose their jobs", "how people lose their jobs", "just so you know",
        "your * on the line", "kiss * goodbye", "kiss * * goodbye", "i would not say that too loudly", "get labelled|labeled", "people who complain", "your * * on the line", "and you could end up", "you could end up", "^ be careful|carefull", "^ careful|carefull",
        "have your head", "matter of time", "on your watch", "before something serious",
        "that will wreck", "will wreck", "will ruin", "will cost you", "your reputation that", "could end up in", "could show up in", "will count against", "would count against", "could count against", "might count against", "'ll count against", "count against your", "counts against your", "do not get renewed", "will not renew", "simple as",
        "taking a real risk", "you are taking a risk", "people have died", "people who complained", "got moved to", "best not fight", "carry on like that",
        "could|might|will|would get you dropped|fired|sacked|replaced|cut|benched|blacklisted", "could|might|will|would get you quietly|just dropped|fired|sacked|replaced|cut", "your career is|will be done|over|finished", "that is your career done|over", "you can forget about", "watch what happens", "see what happens to your", "it is never going to stop", "is never going to stop",
    ]),
    (Roadblock::Moralizing, &[
        "ought", "you should never", "you should always", "should never", "should always", "your responsibility", "a responsibility to", "have a responsibility",
        "right thing to do", "basic honesty", "basic respect", "basic courtesy", "only fair",
        "a good leader", "a good manager", "a fair company", "a professional would", "professionals", "it is wrong to",
        "it is your duty", "you are supposed to !be|have", "people are supposed to", "should know better", "it is only right",
        "what is the point",
        "owe it to", "owe them", "you owe", "we owe", "first loyalty", "loyalty should", "part of the job", "part of your job",
        "part of what we", "what colleagues are for", "what friends are for", "what teams are for", "a good * owns", "a good * does", "a good * would",
        "a good * always", "a good * never", "every * should", "should be doing", "the best policy", "comes before", "come before",
        "we have to own", "you have to own", "you should not look at", "you should not see", "you should not think",
        "a lesson for next time", "is a lesson", "is not fair on|to them", "not fair on|to the others", "you should not make promises", "you ought", "we ought", "it is our job", "it is your job to", "professional duty",
        "professional obligation", "obligation", "it is not right to", "that is not how we",
        "always be honest", "honesty is", "should always be", "should never be", "must always", "is expected of",
        "we all have to", "pull our weight", "pull your weight", "the right thing is", "deserve honesty", "deserve the truth", "deserve to know", "safety comes first", "honesty comes first", "comes first always", "always comes first", "a decent *", "rules are rules", "not our place", "not your place", "that is the whole job", "exists for a reason", "respects the", "full stop", "a duty to", "your duty", "our duty", "duty of care", "have a duty",
        "set the example", "set an example", "a right to know", "an honest business", "owes them", "pull their own weight", "basic teamwork", "you should respect",
        "once you commit", "see it through", "what a good * ought", "ought to do", "you can not let * down",
        "is part of being", "part of owning", "what being a", "what integrity looks like", "integrity is", "has to protect", "should accept", "it comes with", "a question of principle", "deserve the honest", "someone has to", "has every right to", "what the role is for", "are supposed to muck", "nothing to hide", "what being accountable means", "take a bit more care", "should take more care", "we have all got to", "we all have got to", "a proper professional", "should have been doing all along", "what the job is for", "that is the job of",
        "you should be more understanding|patient|grateful|thankful|supportive|flexible|careful", "should be grateful", "should really know better", "should still give", "a team player", "you should not be promising", "should not matter", "you should not mind", "doing your job properly", "they have every right to",
        "you should be more|patient|open|understanding|grateful|thankful|supportive|flexible|honest|positive",
        "sort of owe", "kind of owe", "you do owe", "^ a professional", "is the least * owed", "the least they deserve", "the least you can", "the commitment we", "we all signed up", "should be above", "it is not responsible", "is not professional", "unprofessional",
        "sets a bad precedent", "set a bad precedent",
        "you should honour", "should honour", "should honor", "a proper * does", "not in it for",
        "is simply|just|only the minimum", "the bare minimum", "expect a pat on the back", "a pat on the back for", "are|is supposed to represent", "should not be in it for", "a real|true|good volunteer|professional|colleague|teammate does|would", "does it for the families|kids|team|patients|love", "is a safeguarding duty", "is your job to",
    ]),
    (Roadblock::Advising, &[
        "one thing that might help", "it might help", "what might help", "might help to", "it could help", "would help if you", "it may help",
        "you should !have|not|never|always", "maybe you should", "why do not you", "why not", "have you tried", "have you thought about",
        "have you considered", "you could !be|have|feel|not", "you might !be|have|feel|not|lose", "you can always", "i suggest", "i would suggest",
        "i recommend", "i would recommend", "my advice", "if i were you", "how about", "what about trying", "^ try",
        "the best thing", "what you need to do", "it would help to", "it is better to", "it would be better",
        "^ next time", "next time you", "^ consider", "one option", "you may want to", "you might want to", "suggest proposing",
                "have you tried", "have you thought of", "have you asked * to", "have you asked", "have you spoken to", "have you talked to",
        "have you raised", "have you looked into", "have you checked with", "have you flagged", "have you considered",
        "^ i would open|start|lead|say|go|ask|send|tell|write|suggest|recommend|push|focus|mention|frame|raise|keep|make|get|bring|offer|talk|speak|email|call|ring|book|block|set|let|put|take|reply|respond|just|probably|definitely|honestly|flag|escalate|document|log|loop|copy|cc|plan|prepare|draft|try|stick|check",
        "if i were in your shoes", "in your shoes i would", "what i would do", "what i did was", "you could just", "could you not", "can you not",
        "would it help to", "would it help if you", "might be worth", "could be worth", "worth a try", "worth trying", "worth asking",
        "worth talking", "worth raising", "worth flagging", "one idea", "my suggestion", "is it possible to",
        "maybe is possible", "^ maybe you can", "^ perhaps you can", "^ you can make|try|ask|send|set|put|write|book|suggest|offer|propose|add|create|draft|share|bring|email|call|build|start|raise|flag|prepare|schedule|arrange", "might stop this|that|it happening", "would stop this|that|it happening", "could stop this|that|it happening", "what if you", "what if we", "how about you", "you might try", "you could try", "you could always", "try asking",
        "try talking", "try telling", "^ maybe you could", "^ perhaps you could", "^ maybe just", "^ maybe try", "why not just",
        "did you try to|asking|talking|telling|calling|emailing", "did you think about|of", "did you consider", "have you tried to",
        "the trick is", "the key is to", "the easiest thing is", "the easiest thing would be", "the easiest way is", "what about asking|telling|sending|putting|getting|emailing|tagging", "the answer is to", "all you need to do", "all you have to do", "the solution is", "a quick fix",
        "block out", "set a boundary", "set boundaries", "put it in writing", "get it in writing",
        "would help", "might help", "could help", "^ is possible to", "^ is it possible to", "best of both", "how about a", "what about a",
        "would be safer", "would save you", "that would save", "next time say", "maybe next time", "maybe it would be",
        "you need proper", "you need a proper", "you need better", "you need some", "get proper", "get yourself",
        // A suggestion asked as a question ("Could you skip the next one?"); asking them to
        // say more ("Could you tell me …?") is a question, not advice.
        "^ could|can you !tell|say|explain|share|describe|clarify|elaborate|expand|walk|give|help|remember|recall|believe|imagine|see|think|have|be|not|please|talk|let|send|show|hear|understand|feel|blame|bear|stand|live",
        "quickest fix", "simplest fix", "easiest fix", "the best fix", "quickest way to", "simplest way to", "might be time for", "might be time to", "maybe pop", "pop into", "i would apply|go|push|ask anyway",
    ]),
    (Roadblock::Lecturing, &[
        "that is why", "always takes", "is just how it is", "that is the nature of",
        "the fact is", "the facts are", "the reality is", "the thing is", "^ actually", "studies show", "research shows",
        "the research shows|says|suggests", "research says", "the data shows|says|suggests", "well documented", "well known", "it is known", "is how * work|works",
        "that is how !you|it|she|he|they|i", "that is just how", "that is the way", "every * book", "says so", "most common", "a numbers game",
        "let me explain", "you have to understand", "you need to understand", "you must understand", "for legal reasons",
        "are usually", "is usually", "usually announced", "in most teams", "in most companies", "most people",
        "learn best", "statistically", "in general", "generally speaking", "that is normal", "it is normal",
        "basically means", "means not yet", "always slip", "always slips", "always change", "always happens", "that always happens", "always keep",
        "normally takes", "normally summarised", "is normally", "are normally", "typically", "generally", "usually just", "usually means",
        "rarely", "inevitably", "well-known", "well-documented", "well documented", "a well", "it is a known", "it is standard", "standard practice",
        "is required", "are required", "required by", "by law", "the law says", "legally required", "exists precisely", "exists because", "is there because",
        "a lot of firms", "a lot of companies", "a lot of teams", "a lot of people", "most firms", "most companies", "most contact", "most teams",
        "most clients", "most managers", "most people", "most of the time", "in any sector", "any sector", "research consistently", 
        "it takes about", "takes about", "on average", "the average", "one of the main", "which is why", "that is why",
        "that is freelance life", "that is * life", "that is life", "that is business", "that is the job", "that is corporate", 
        "that is post for you", "that is just * for you", "is simply", "it is simply", "it is just how", 
        "how things work", "how it goes", "that is how it", "the nature of", "the norm", "the culture here", 
        "in this industry", "in this business", "in the industry", "in our industry", 
        "people get", "people stop", "people tend", "people always", "people usually", "everybody knows",
        "is just how", "just means", "just how * say", "well established", "are under huge pressure", "are measured on", "outside the company", "unavoidable", "frequently", "every supervisor knows", "only one metric", "for confidentiality reasons", "for * reasons", "run short", "only funds", "in a lot of", "seniority sets", "in finance", "always means", "nobody means it",
        "nobody hits that", "legally", "because it follows", "easy to miss", "is exactly why", "which is exactly why", "why those|these|the rules|limits|checks exist", "rules exist", "exist for a reason", "helps nobody", "in most organisations", "in most organizations", "lies with", "gone up across", "across the whole", "the whole trade", "expected to speak", "about * minutes of", "is about * of",
        "there for a reason", "is a probability", "defaults to", "on projects like this", "you can not suit everyone", "can not please everyone", "they are trained to", "the facts of it", "rules say", "the rules are",
        "never work", "never works", "do not work for", "does not work for", "never work for",
        "depend on the", "depends on the", "always fade", "unless they are", "have to be the same", "otherwise the", "does the trick", "everyone is stretched", "that is just grassroots",
        "in line with the market", "under the complaints", "is treated as", "rather than against", "research on", "studies of", "shows markedly", "regardless of what", "on the back of", "tend to backfire",
        "there has always been", "it is cultural", "goes back decades", "that is exactly what * is for", "is exactly what * is for", "is standard across", "standard across the", "set centrally", "just following the", "they are for audits", "go straight into", "the contract lets", "is what * is for",
        "exactly what * * is for", "a proper * catches", "a proper * * catches",
        "pretty standard", "is standard in",
        "policy requires", "requires some form", "nobody chooses", "calibrated against", "is actually about average", "it is set by", "is automatic", "it is automatic",
        "number one cause|source|reason|complaint", "the whole industry", "nationally", "systemic", "where the industry is going", "always take time", "always takes time", "always move when", "only look at the", "only care about the", "that is just what happens", "is just what happens", "is how * works", "that is how * works",
        "is standard now", "standard now", "for * compliance", "for compliance",
        "slip all the time", "slips all the time", "the evidence says", "what the evidence says", "happen at every", "happens at every", "always wins", "do not count in", "does not count in", "do not require", "does not require", "are what count",
        "is where every|everyone|everybody|everything is going", "is where * is going", "is the future of", "is just the future", "the trade-off of", "that is the trade-off", "does not wait for anyone|anybody|nobody", "waits for no one|nobody", "in big orgs|organisations|organizations|companies|firms", "someone|somebody always ends up|gets|eats", "is what keeps the", "those calls|things|rules do matter", "slip|slips whenever", "the credit always",
    ]),
    (Roadblock::Judging, &[
        "naive", "you should know", "you overthink", "you should not be",
        "you should have", "you should not have", "you probably should have", "should not have", "your fault", "your own fault",
        "your choice", "that is on you", "careless", "you are wrong", "you were wrong", "overreacting",
        "overreacted", "too sensitive", "you are being too|a|so|dramatic|unreasonable|negative|silly", "a bit negative", "that is negative", "not anyone fault",
        "nobody asked you to", "you have to accept", "that was a mistake", "your problem", "you brought", "were just better",
        "your mistake", "you messed up", "you were impatient", "that is silly",
        "kind of on you", "partly on you", "that is on your", "your side changed", "to be fair your",
        "to be fair you", "a bad call", "a poor call", "a big mistake", "a mistake frankly", "was a mistake", "was the mistake", "the mistake here",
        "a bad idea", "a bad move", "reckless", "irresponsible", "that is what happens when", "what happens when you", "part of the problem",
        "you did go", "you did volunteer", "you did agree", "you did sign", "you did say", "you did choose", "you did ask", "you did promise",
        "you did offer", "you did accept", "you asked for it", "you kind of asked for it", "asked for it", "a long time without",
        "a bit much", "not exactly a safeguard", "should of", "should not of", "you are overthinking", "overthinking",
        "reading too much", "reading way too much", "way too much into", "too much into", "long enough to have", "a management problem",
        "a you problem", "your own doing", "brought it on", "had every right", "that is a bit", "a bit precious", "being precious",
        "precious about", "being dramatic", "you made it worse", 
        "you got it wrong", "you should know better", "your bad", "to be honest you",
        "frankly you", "they had a point", "has a point",
        "optimistic of you", "a bit optimistic", "being a bit sensitive", "you are probably being", "brought this on yourself", "brought that on yourself",
        "see her|his|their point", "should have cross-checked|double-checked|checked", "maybe if you had|gave|were|did",
        "blindly", "comes with the territory", "came across a bit|little strong|blunt|harsh|rude", "come across a bit|little strong|blunt|harsh|rude", "if your tone is off", "you can not write off", "not up to scratch", "not up to spec", "not up to standard", "got your hopes up", "you got ahead of yourself",
        "cheesy", "silly", "daft", "ridiculous", "not a big ask", "petty", "oversensitive", "thin-skinned", "paranoid",
        "well you did", "but you did", "you did agree", "you did volunteer", "you did go along", "you did sign", "you did read", "you did choose", "you did promise", "you did say yes", "was your call", "that was your call", "your call $", "nobody made you", "you could have !been|done", "could have checked", "could have caught", "a bit late to", "bit late to", "sloppy", "had no business", "no business making", "a pretty basic", "basic miss", "basic mistake", "one job $", "walk all over you", "management failure", "a failure", "you let the loud", "pretty weak", "was weak", "were weak", "you should of", "should have known", "you really should",
        "own goal", "looks bad on you", "no wonder he", "no wonder she", "you can not really complain", "can not really complain", "^ if you had|would gone|read|checked|listened|come|been|kept|followed|spoken|planned|started|looked|paid|turned|answered|replied|called|rung|phoned|done|booked|sent|told|written", "if your * were|was up to date", "reflects badly on you", "a bad look for you", "that one is on you", "is on you", "always going to end", "pretty basic", "you can not expect", "can not really blame them", "can not blame them", "terrible thing to", "pretty vague", "pretty vauge", "no wonder they", "pretty much on you", "way too long", "should have known better", "a rookie",
        "^ well you", "forced you to", "always going to backfire", "going to backfire", "the whole point of", "to be fair to", "a bit of a cliché", "no wonder nobody", "if you had flagged", "if you had said", "if you had asked", "you would not be in this position", "that was rash", "rash", "kinda on you", "was not ready", "never yours to", "probably were a bit",
        "bit late for", "what did you expect", "nobody held a gun", "held a gun to your head", "you signed up for", "the trade-off you", "you are the one letting", "a management choice", "not giving * a chance", "always going to be a gamble", "your finest moment", "finest moment", "let this drag", "let it drag", "left it a while", "so of course he|she|they", "should have started", "not the right job for you", "the right job for you", "a little bit too", "too short in your", "cold feet",
        "overanalyzing", "overanalysing", "over-analysing", "over-analyzing", "you did not exactly", "you did just", "did not you check|read|look|ask|think", "did you not check|read|look|ask|think",
        "to be fair $",
        "gaming the system", "have it both ways", "not briefing", "did not read * properly", "did not read it properly", "you did not tell anyone", "a bit ungrateful", "bit ungrateful", "you do report a lot", "that is on whoever",
        "you let them get away", "when you took the job", "you had your chance", "you have never said no", "you never said no", "set the precedent", "so of course it", "of course it keeps", "your one job", "literally your", "in your job description", "was the wrong call", "the wrong call", "dug your heels", "nobody is forcing you", "nobody forced you", "a bit over the top", "kind of basic", "you were too harsh", "too soft on", "you lot never", "not exactly patient", "might have caught it", "would have caught it", "would have been sensible", "rather on you", "was not clear enough", "were not clear enough", "was not clear enough", "a gap you left", "you let it become", "you have let it become", "you have had months", "had months to", "asking for trouble", "how many times now", "no offence", "that is really slow", "is on your team", "you kind of hid", "instead of checking", "without checking first", "you did not check", "you did not confirm", "you did not flag", "you did not push back",
        "get to you too much", "you let * get to you", "you let them walk",
        "poor judgement", "poor judgment", "on your part", "volunteered yourself",
        "what you get for", "a planning problem on your end", "problem on your end", "should know this by now", "you should know by now", "let it go on far too long", "lost touch with", "you have been remote too long", "you can see why they thought",
        "you lot did", "did vote for", "not exactly blameless", "were not exactly", "that is the risk when|if you", "is|are asking for it !is|was", "you never put yourself forward", "if you had taken|read|listened|checked|asked * you would", "if you would taken|read|listened|checked|asked", "still forgetting", "a bit unfair to hold", "unfair to hold",
    ]),
    (Roadblock::Praising, &[
        "excellent", "brave of you", "you are exactly the kind of", "the kind of * we need", "you are a natural", "so clever", "you always do great",
        "you are so dedicated|good|talented|strong|smart|capable|professional|resilient", "you are the best", "you are one of the", "you did a * job", "great job", "well done", "love you", "the one who actually carries", "carries that|the|this team", "always the cleanest|best|strongest", "would be lost without you", "great work", "eagle eyes|eye", "shows what a", "what a thoughtful|great|brilliant", "founders|leaders|people like you", "you will make the right call",
        "good job", "you are a star", "a star", "going to be such a good|great", "going to be a great|brilliant|fantastic", "will make a great|brilliant|fantastic", "such a great thing", "a real compliment", "that is a compliment", "you are amazing", "you are brilliant", "brilliant", "fantastic",
        "impressive", "you are talented", "so talented", "how valuable you are", "valuable", "so dedicated",
        "the best engineer", "always the best", "the best ones", "not many people could", "you are great",
        "you are such a good", "proud of you", "amazing", "you are incredible", "most reliable", "so reliable",
        "you are a machine", "you are a legend", "you are a hero", "you are a rock", "you are a gem", "you are a saint", "you are the kindest",
        "you are * the kindest|sharpest|smartest|strongest|fastest|nicest|best|brightest", "you are the kindest|sharpest|smartest|strongest|fastest|nicest|brightest",
        "you are * the most", "you are the most", "the most caring person", "the most organised person", "the most careful person", "one of the most", "one of the best", "the best * i have",
        "the best * we have", "easily the best", "best boss", "lucky to have you", "love that about you", "so brave", "really brave",
        "very brave", "handled it brilliantly", "handled it so well", "handled it really well", "handled it perfectly", 
        "a great manager", "a great dev", "a great lead", "a great teacher", "a great colleague", "a great friend", "a great boss",
        "great manager", "great teacher", "good teacher", "very good teacher", "that is what makes you", "what makes you great",
        "i do not know how you do it", "never have guessed", "would never have guessed", "is so good", "is really good",
        "is honestly so good", "is excellent", "are excellent", "better than anyone", "better than most", "you are clearly a", "clearly a great",
        "obviously a great", "you obviously care", "you clearly care", "so principled", "so kind", "so generous", "so thoughtful", "so caring",
        "so organised", "so organized", "so careful", "so professional", "so patient", "so smart", "so strong", "so good at", "really good at",
        "great at", "brilliant at", "amazing at", "you are doing amazing", "you are doing brilliantly", "you are so good", "any * would be lucky",
        "would be lucky to have", "they are lucky", "he is lucky", "she is lucky", "superstar", "rock star", "rockstar", "legend",
        "irreplaceable", "gorgeous", "crazy not to", "ahead of most", "must be so good", "puts you ahead", "the fastest", "you are the fastest", "perfect $", "were perfect", "was perfect",
        "the best at", "one of our best", "one of the best", "they have ever used", "they have ever had", "incredible", "way above", "nobody upstairs forgets", "you know that $", "the best forecaster", "the best * in",
        "better * than most", "a better * than", "better than most of",
        "is outstanding", "outstanding", "one of their best", "you must be one of",
        "are so good", "is so good", "never run so smoothly", "far too good for", "do not deserve you", "better than you", "you are the box", "real heroes", "the real hero", "such a sharp eye", "a real talent", "eating out of your hand", "you are the real",
        "good on you", "you were absolutely right to", "you were right to", "real courage", "says a lot about you", "that says a lot about", "of the best readers",
        "the backbone of", "good that you",
        "are heroes", "the best in the",
        "absolute hero", "absolute heroes", "absolute legend",
        "you guys are legends|heroes|amazing|stars|rockstars", "you are legends|heroes|rockstars", "is unreal $", "was textbook", "textbook stuff", "a model engineer|employee|colleague|professional|volunteer", "you will smash|nail|ace it|the", "you always do $", "your english is great|perfect|fine|excellent|brilliant",
    ]),
    (Roadblock::NameCalling, &[
        "cowboys|cowboy", "like children", "like babies", "amateurs|amateur", "muppets", "clueless", "pathetic", "spoiled", "entitled", "snake|snakes",
        "control freak", "lazy", "snowflake|snowflakes", "flake|flakes", "flaky|flakey", "such a suit", "lab rats", "are all the same", "a nightmare", "desk jockey|jockeys", "ungrateful", "know-it-all|know-it-alls", "know it all|alls", "snob|snobs", "robot", "liar|liars", "glory hunter", "^ typical",
        "idiot|idiots", "stupid", "drama queen", "crybaby", "diva", "jerk", "clown|clowns", "useless", "incompetent",
        "dinosaur|dinosaurs", "a baby", "princess", "moron", "toxic", "psycho", "lunatic",
        "bunch of", "a right bunch", "hacks", "leeches", "leech", "cheapskates", "cheapskate", "weasels", "weasel", "coward", "cowards", "brat",
        "brats", "show-offs", "show-off", "smart-arses", "smart-arse", "smartarse", "clique", "schoolkids", "buzzword", "micromanager",
        "micromanagers", "control freaks", "piece of work", "jobsworth", "jobsworths", "bully", "bullies", "tyrant", "dictator",
        "prima donna", "narcissist", "sociopath", "bean counters", "bean counter", "pencil pushers", "penny pinchers", "slave driver",
        "know-it-all", "busybody", "gossips", "drama queens", "spineless", "gutless", "two-faced", "arrogant", "smug", "snob", "snobs", "snobby",
        "pompous", "clowns", "muppet", "numpty", "numpties", "plonker", "wally", "dinosaurs", "dino", "luddite", "luddites", "wannabe", "hypocrite",
        "hypocrites", "freeloader", "freeloaders", "parasite", "parasites", "vultures", "sharks", "a real piece", "^ classic",
        "classic $", "typical $", "a real jerk", "prats", "prat", "tossers",
        "idiotic", "halfwits", "nitpicker", "nitpickers", "pedant", "pedants", "precious lot", "divas", "babies", 
        "a bit of a slacker", "slacker", "slackers", "she|he|they sound|sounds like a nightmare", "you absolute", "you total", "needy", "control freak",
        "absolute nightmares", "nightmares", "grumpy old", "old blokes", "box ticker", "box-ticker", "fun-sponges", "fun sponges", "lazy hack", "the lot of them", "controll freak",
        "childish", "sloppy subs", "dinosuars", "room full of",
        "^ you big", "^ you little", "you rookie", "^ you old", "grumpy grannies", "whizzkid", "chancers", "lone wolf", "that lot $", "army of",
        "is a joke", "are a joke", "a liability", "liabilty", "the grumpy",
        "a shambles", "boss type",
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
        "i think what is really", "i think what is", "what is really", "i think you just", "i think you are just",
        "i think you only", "i think you are only", "i think you are scared", "i think you are afraid", "i think you resent", "i think you hold",
        "i think you are looking", "i think this is less", "i think this is more", "i think it is less", "i think it is more", 
        "an excuse", "is an excuse", "impostor syndrome", "imposter syndrome", "looking for reasons",
        "looking for a reason", "you have never liked", "you never liked", "you just resent", "you just do not want", "you do not actually",
        "you do not really want", "you are only putting up", "you only put up", "because you are scared", "because you are afraid",
        "because you think you", "probably covering", "covering himself", "covering herself",
        "covering themselves", "is probably insecure", "probably just insecure", "probably threatened", "is threatened", "feels threatened by you",
        "is jealous", "are jealous", "probably jealous", "is intimidated", "are intimidated", "you just want", "you secretly want", "really about",
        "is really about", "it is really about", "this is really about", "all about your", "pride talking", 
        "deep down you", "subconsciously", "you are projecting", "projecting", "you are reading into", "you are in denial", "in denial",
        "i reckon you are annoyed|upset|angry|jealous|scared|worried|frustrated", "using you as a scapegoat", "to hide his|her|their own", "to cover his|her|their own", "what you really want", "what you actually want",
        "testing you", "testing how much", "the real issue is", "you are only * because", "you are only * * because", "you only * because", "you are just * because", "you just * because", "because you can not stand", "can not stand admitting", "do not want to admit", "because you are drowning", "he|she|they probably just think|thinks|want|wants|feel|feels|need|needs", "he|she|they probably think|thinks|want|wants|feel|feels", "he|she|they just want|wants", "covering for", "you wanted to prove", "want to prove yourself", "trying to prove",
        "just an excuse", "not really about", "not actually about", "because you do not want to", "and that is why you", "which is why you keep", "you feel threatened", "you want them to like you", "you miss having", "keep an eye on them", "more like you are scared", "you are scared for", "part of you just wants", "enjoying being proved", "probably enjoying", "you always have to be perfect", "this sounds more like",
        "than you realise", "than you realize", "than you think you are", "you do not really trust", "you are not actually", "to prove something", "taking it more personally", "more personally than",
        "you are just|only disappointed|hurt|sad|embarrassed|tired|confused|upset|nervous|defensive|bored|ashamed|guilty|lonely|resentful|bitter|threatened|envious|overwhelmed|afraid|scared|jealous|insecure|avoiding|angling|protecting|covering|hiding|sulking|proud|stubborn|looking for|after", "you are actually relieved|glad|pleased|happy|enjoying|angry|afraid|scared|jealous|more|less|hoping|looking|trying|after", "taking it out on", "takes it out on", "angling for", "fishing for", "what you are really after", "what this is really about", "you never wanted her|him|them", "personally because you", "the one who is really", "are not really angry at you", "nearest target", "building a case", "still smarting", "looking for a way to prove", "you are really after", "you only said yes to", "you never really trusted", "what really bothers you is", "rescue you from", "because you were worried about losing", "you are only after", "you are just after", "went looking for", "looking for proof", "already suspected", "already decided he|she|they", "already made up your mind", "^ you are not angry|upset|mad|annoyed|frustrated|scared|worried|sad|hurt|jealous|disappointed|stressed|really", "you are not really", "what you really feel", "what you are really feeling",
        "he|she|they is|are probably|clearly|obviously anxious|scared|worried|jealous|threatened|insecure|trying|testing|hoping|waiting|covering|protecting|annoyed|sulking|bitter|afraid|nervous", "he|she|they is|are sulking", "on purpose", "quietly buried", "make you the villain", "easier than admitting", "easier to make you", "i bet he|she|they", "i would bet", "my guess is", "if you ask me", "i wonder if you are actually", "you are actually more", "you are angry at * because", "to feel useful", "to get you to", "laying it on", "he clearly needed", "she clearly needed", "because they are scared", "because he is scared", "because she is scared", "wanted to remind",
        "touched a nerve", "you already suspect", "something to hide", "you need to be needed", "that is why it bothers you", "maybe you feel guilty", "because deep down", "you are secretly",
        "have to prove yourself",
        "you are just enjoying", "she is playing you", "he is playing you", "they are playing you", "you just want your name on", "hoping you will decide for them",
        "you are just afraid|scared|worried of|that", "half hoping for|that", "marking her|his|their territory", "trying to look in charge|important|busy|good", "probably testing whether|if you", "is testing whether|if you",
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
        "i would not worry", "would not worry", "i would not lose", "not lose any sleep", "lose sleep over", "i would not read too much",
        "would not read too much", "do not read too much", "probably just", 
        "only teasing", "only joking", "just teasing", "just joking", "just banter", "just venting", "they do not really", "do not be so hard",
        "do not be too hard", "do not beat yourself", "you will be totally fine", "you will be totally", "totally fine", "you will be okay",
        "you will be alright", "loads of time", "plenty of time", "no news is good news", "people forget", "nobody reads", "nobody remembers",
        "nobody cares", "nobody notices", "nobody minds", 
        "nobody thinks", "no one thinks", "everyone underestimates", "everyone does it", "everyone has been", "everyone gets", "everyone makes",
        "everybody does", "everybody has", "not exactly a", "poor you", 
        "calms down", "will have calmed", "will calm down", "will not even blink", "will not even notice", "will be forgotten",
        "all be forgotten", "forgotten by", "try not to let", "do not let it", "you are doing fine",
        "you are doing great", "you are doing well", "doing just fine", "doing fine", "nothing personal", "not personal", "just busy",
        "probably busy", "of course you matter", "of course you are valued", "of course they", "it is not that bad",
        "not that big", "not so bad", "it could be worse", "look on the bright side", "silver lining", "on the bright side", "cheer up",
        "chin up", "it is fine", "it will be fine", "it will all be fine", "it will be okay", "all good", "no harm done", "no harm",
        "blow over", "blows over", "it will pass", "these things pass", "happens all the time", "happens to everyone",
        "happens to all of us", "we have all been there", "we all make mistakes", "everyone makes mistakes", "happens everywhere", "you are not alone",
        "it is normal to", "that is normal", "totally normal", "perfectly normal", "so common", "very common", "really common",
        "will not even remember", "bounce back", "bounces back", "he is fine", "she is fine", "they are fine", "they will not mind", "will not mind", "a great bunch", "is nothing", "hardly anyone", "they will be okay", "it will all work out", "it always does", "will not matter", "would not matter", "do not be embarrassed", "everyone finds", "you did everything you could", "it is the system", "rotten luck", "it is normal", "its normal",
        "you were only doing your job", "only doing your job", "^ relax", "you can relax", "do not overthink", "no need to overthink", "no need to worry", "will average out", "will even out", "will balance out", "nobody will even remember", "nobody will remember", "no one will remember", "no one will even remember", "can relax now", "rest easy", "breathe easy", "you can stop worrying", "not on you", "you can not catch every", "i doubt anyone", "barely notice", "barely look", "will pick up", "i promise", "could have been a whole", "could have been worse", "does not make you a bad", "everyone is messed up", "everyone has messed up", "do not worry so much", "early days", "will settle in", "will settle down", "soon enough",
        "part of the furniture", "basically a formality", "a formality", "nobody fails", "think of it as", "it will pay off", "you will see", "hardly the end of the world", "will never know", "you are only the messenger", "do not feel bad", "you are not missing much", "trust me", "would not take it to heart", "nobody * thinks", "nobody * * thinks", "no one * thinks", "nobody is looking", "no one is looking", "everyone is too busy", "too busy to notice", "they will wait", "of course you are needed|wanted|valued|welcome|missed", "could not do * without you", "could not do any of it without", "would never get rid of", "never get rid of you|us", "nobody means anything", "no one means anything", "slip|slips|move|moves|change|changes all the time", "forget fast", "will not sink", "do not sweat it", "do not sweat", "do not be doubting", "do not doubt yourself", "you are well able", "do not take it to heart", "not take it to heart", "would not give it another thought", "not give it a second thought", "such a small thing", "always pay in the end", "they always pay", "not cold at all", "no no",
        "begrudge you", "nobody is going to mind", "no one is going to mind", "nobody is going to care", "no one is going to care", "get this everywhere", "gets this everywhere",
        "does that to everyone", "they will sort it", "it is on the list", "not about you personally", "nothing about you personally",
        "rite of passage", "it gets easier", "gets easier", "it passes", "will come round", "come round once", "be over it", "in no time", "no such thing as a stupid", "nothing to be embarrassed", "nothing to be ashamed", "did not mean anything by", "not mean anything by", "^ never mind", "nobody takes it seriously", "nobody will take it seriously", "no one takes it seriously", "nobody really looks", "no need to feel", "do not be sad", "does not mean anything", "plenty more out there", "come and go", "obviously not about you", "not about you at all", "does not mean you are doing", "half as much as you think", "get cleared up", "gets cleared up", "you will pick it up", "catch the next one", "they always do", "no worries", "everyone feels", "everybody feels", "everyone goes through", "everybody goes through", "everyone misses", "everybody misses", "just a rough patch", "always comes through", "will forget all about", "over it by now", "not really a big deal", "not big deal", "only a misunderstanding", "you are getting paid either way", "i doubt it would ever", "do not give it another thought", "you will be grand", "you will smash it", "nobody will hold it against", "no one will hold it against", "will not hold it against",
        "not as bad as you think", "not as bad as it seems", "everyone struggles", "everybody struggles", "does get easier", "nobody is going to blame you", "no one is going to blame you", "nobody will blame you", "generic reminder", "sent it to everyone", "sends it to everyone",
        "nobody|no one even notices|noticed|cares", "probably did not even notice", "did not even notice", "chaos for everyone", "we have all had days|weeks|nights like that", "will be lighter", "will be better", "it is probably fine", "more robust than people think", "it will definitely happen", "is really on it", "most people are lovely|fine|nice|great",
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
        "makes me think of", "make me think of", "takes me back", "that takes me", "our * once", "my * once", "once sent", "once had", "once did",
        "btw", "by the way", "did you see", "did you hear", "did you catch", "did you watch", "did you end up", "did you get a chance",
        "have you seen the", "have you heard about", "on a different note", "on another note", "on an unrelated", "unrelated", "random but",
        "random question", "quick question", "before i forget", "while i have you", "while i have got you", "speaking of", "talking of",
        "changing the subject", "change of subject", "in other news", "^ anyway", "anyways", "also did you", "what are you up to",
        "what are you doing for", "the game last", "reminds me", "remind me of", "that is like when",
        "i remember when", "i remember once", "back when i", "back in my", "at my old", "at my last", "in my old", "in my last", "my old job",
        "my last job", "my last team", "my old team", "my old boss", "my last boss", "my first job", "when i started", "when i was", 
        "i once", "i used to", "same thing happened", "same happened to me", "same with me", "same for me", "me too", "same here",
        "did you get to", "did you go to", "did you ever get", "did you manage to", "did you make it to", "are you still ok", "are you still okay", "are you still good", "are you still on", "are you still free", "are you still up for", "remind me to tell you", "we had something like", "we had the same", "years ago", "the whole saga", "unreal $",
        "this remind me", "this reminds me", "moving on", "tell me about it", "our courier", "on another topic", "meanwhile did you", "while we are at it",
        "^ funny we|our|my", "our school", "mine is just|only", "mine has just", "my cousin", "i covered", "have you got photos|pictures", "how did the * turn out", "is that the place with", "is that the one with",
        "^ before we get into that|this|it", "^ so about the", "did you get it sent", "did you send it yet", "mine literally", "my two|three|kids are", "can we quickly look at", "can we quickly go over", "while we are on", "can we talk about something else",
        "ours never", "ours always", "^ same with our|my|us|me", "last week i", "last month i", "yesterday i",
        "did i ever tell you", "how is the weather", "how is the weather there",
        "while i think of it", "while i remember", "are you coming to the",
        "ours is", "mine is", "we tried * once", "we tried that once", "have you had the|their|it", "did you ever sort", "^ oh man", "^ ha we|i|my|our", "congrats on the", "hows the|your", "how is the rain|weather", "is the wifi", "speaking of which", "unrelated but", "totally unrelated",
        "our office heating", "that is my * favourite|favorite", "my yoga",
        "we used to do that", "there was this one time", "this one time we|i",
    ]),
];

/// Telling someone what they must do ("you need to …") orders them, unless they said it
/// of themselves first ("I have to tell the team"): then it reflects their situation.
#[rustfmt::skip]
pub const OBLIGATIONS: &[&str] = &[
    "you need to !understand|know|hear", "you have to !understand|accept|know",
    "you must !understand|know|feel|be|have|get|find|think|wonder|hate|dread|wish|miss|want|need|worry|sometimes|really|be",
    "you have got to !be|feel|wonder",
];

/// How a statement mentions an obligation (its speaker's, or "the one who has to").
#[rustfmt::skip]
pub const OWN_OBLIGATIONS: &[&str] = &[
    "need|needs", "has|have|had to", "must", "have got to", "supposed to",
];

/// Verbs whose bare form opening a sentence gives an order ("Send it", "Stop waiting").
#[rustfmt::skip]
pub const IMPERATIVE_VERBS: &[&str] = &[
    "tell", "send", "stop", "go", "write", "put", "make", "forward", "talk", "take", "get",
    "give", "quit", "decline", "refuse", "escalate", "cancel", "delete", "speak", "find",
    "read", "remind", "raise", "ignore", "leave", "drop", "skip", "say", "ask", "mute", "reply",
    "respond", "insist", "demand", "confront", "complain", "let", "keep", "be", "toughen",
    "accept", "forget", "own", "untick", "tick", "switch", "stay", "correct", "chase", "bring",
    "share", "prepare", "offer", "explain", "apologise", "apologize", "admit", "breathe",
    "delegate", "prioritise", "prioritize", "decide", "choose", "remove", "add", "unplug",
    "learn", "rehearse", "shrug", "inform", "warn", "invite", "include", "grab", "negotiate",
    "lodge", "reject", "agree", "commit", "deliver", "finish", "double-check", "recheck",
    "confirm", "verify", "clarify", "propose", "suggest", "stick", "resign", "do",
    "rotate", "alternate", "untick", "reschedule", "rearrange", "stagger", "join", "visit", "redo", "resend", "rebook",
];

/// Verbs that are also nouns or adjectives ("record month", "post office"): an order only
/// when what follows is its object ("Post the update", "Call her").
#[rustfmt::skip]
pub const NOUN_OR_VERB: &[&str] = &[
    "call", "turn", "push", "email", "block", "document", "fix", "move", "pick", "set", "start",
    "report", "check", "book", "schedule", "focus", "calm", "relax", "grow", "man", "deal",
    "log", "message", "ping", "ring", "phone", "text", "flag", "loop", "copy", "cc", "present",
    "post", "update", "draft", "plan", "sit", "hold", "run", "show", "pull", "sort", "stand",
    "contact", "reach", "follow", "slow", "rest", "batch", "change", "swap", "trade", "cut",
    "limit", "close", "open", "note", "record", "track", "lock", "ditch", "bin", "practise",
    "practice", "prep", "walk", "hand", "pass", "request", "head", "hire", "fire", "pay",
    "charge", "invoice", "bill", "quote", "file", "screenshot", "save", "print", "sign",
    "promise", "ship", "patch", "review", "pitch", "lead", "bite", "vent", "sleep", "back",
    "roster", "pair", "roll", "eat",
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

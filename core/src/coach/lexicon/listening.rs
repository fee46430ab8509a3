//! The moves of good listening the coach recognises: tentative openers that offer a
//! reading without insisting, hedges ("I might be wrong, but"), framings that announce a
//! summary ("let me check I have this"), check-backs that hand the story back to the
//! speaker, and the shapes of a question that reflects rather than probes.

use std::sync::OnceLock;

use crate::coach::pattern::PatternSet;

/// Openers that offer a reading tentatively ("it sounds like", "I imagine").
#[rustfmt::skip]
const TENTATIVE: &[&str] = &[
    "^ it sounds to me like", "^ sounds to me like", "^ it sounds to me as if", "^ sounds to me as if",
    "^ it seems to me", "^ seems to me", "^ it sounds like", "^ sounds like", "^ it sounds", "^ that sounds", "^ sounds", "^ it seems like", "^ it seems",
    "^ seems like", "^ seems", "^ you seem", "^ you sound", "^ i imagine", "^ i can imagine", "^ i would imagine",
    "^ i wonder if", "^ i am wondering if", "^ i wonder whether", "^ i am guessing", "^ i guess", "^ my guess is",
    "^ i sense", "^ i get the sense", "^ i get the feeling", "^ i have a feeling", "^ i get the impression",
    "^ i am sensing", "^ i hear that", "^ i can hear", "^ i hear", "^ what i am hearing is", "^ what i hear is",
    "^ i am hearing", "^ what i am getting is", "^ if i understand", "^ if i have understood", "^ it looks like",
    "^ looks like", "^ i can see", "^ i can tell", "^ i gather", "^ i suspect", "^ i reckon", "^ my sense is",
    "^ what you are saying is", "^ you are saying that", "^ you are saying", "^ so you are saying",
    "^ it feels like", "^ feels like", "^ it feels as if", "^ it feels as though", "^ maybe", "^ perhaps",
    "^ possibly", "^ it might be that", "^ could it be", "^ i get that", "^ i understand that", "^ i see that",
    "^ am i right that", "^ it is almost like", "^ almost like", "^ kind of like", "^ a bit like",
];

/// Hedges that soften what follows: the listener owns that they may be wrong.
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "^ i realise|realize|know i might|may|could be wrong|off", "^ maybe i am reading too much", "^ i might be reading too much",
    "^ i may be reading too much", "^ i could be reading too much", "^ i am probably reading too much", "^ maybe i am overthinking", "^ i might be wrong", "^ i may be wrong", "^ i could be wrong", "^ maybe i am wrong", "^ i might be off",
    "^ i may be off", "^ i could be off", "^ maybe i am off", "^ i might have this wrong", "^ i may have this wrong",
    "^ maybe i have got this wrong", "^ maybe i have this wrong", "^ maybe i got this wrong", "^ i might have got this wrong",
    "^ i am not sure", "^ not sure", "^ i might be reading", "^ i may be reading", "^ i might be misreading",
    "^ maybe i am misreading", "^ i might be way off", "^ i could be way off", "^ i am probably wrong",
    "^ i might be wrong here", "^ i might|may|could be totally|completely|slightly|well|way off|wrong", "^ i might|may|could be a bit|little off|wrong", "^ tell me if i am wrong", "^ correct me if i am wrong", "^ stop me if",
    "^ i do not want to put words in your mouth", "^ without putting words in your mouth", "^ i am only guessing",
    "^ just guessing", "^ i am just guessing", "^ i think $", "^ i guess $", "^ i imagine $", "^ i reckon $",
    "^ i suppose $", "^ i would say $", "^ i bet $", "^ maybe $", "^ perhaps $", "^ i would guess $", "^ i feel $",
    "^ if that makes sense $", "^ if i am honest $",
    // "If I've got the wrong end of the stick, …": the idiom for misreading.
    "^ if i have|had|am got|getting|get the wrong end of the stick",
    "^ i might|may|could have|be got|getting the wrong end of the stick",
];

/// Framings that announce a summary or a check of understanding.
#[rustfmt::skip]
const FRAMINGS: &[&str] = &[
    "^ let me check", "^ let me make sure", "^ let me see if", "^ let me recap", "^ let me summarise",
    "^ let me summarize", "^ let me sum up", "^ let me get this straight", "^ let me be sure", "^ let me just check",
    "^ let me play that back", "^ let me play it back", "^ let me repeat", "^ let me try to sum", "^ let me see whether",
    "^ let me say back", "^ let me reflect back", "^ let me try", "^ i want to make sure", "^ i want to check",
    "^ i just want to check", "^ i just want to make sure", "^ just so i", "^ i just want to be sure", "^ i want to be sure", "^ i just want to understand", "^ i want to understand", "^ just checking", "^ just to check", "^ just to be clear", "^ just to be sure", "^ quick check", "^ to make sure i", "^ to check i",
    "^ so i am sure i", "^ so i am clear|sure", "^ so that i am clear|sure", "^ so i have this|it right", "^ to be clear", "^ if i have this right", "^ if i have got this right", "^ if i got this right",
    "^ if i have it right", "^ if i have that right", "^ if i have understood", "^ if i understood",
    "^ if i understand", "^ if i heard you right", "^ if i am hearing you", "^ if i am following", "^ if i follow",
    "^ if i have|had followed|heard|read|caught|got you|that|this|it", "^ if i get|got you|that|this|it", "^ from what you say|said|describe|described", "^ from what you tell|told me", "^ from what you are|have saying|describing|said|described|told", "^ from what i hear|heard|gather|understand|see", "^ from what i can tell|see|gather", "^ from what i am hearing", "^ if i followed|caught you|that|this|it", "^ if i am reading you|that|this|it",
    "^ here is what i am hearing", "^ here is what i heard", "^ here is what i have got", "^ here is what i understand",
    "^ what i am hearing is", "^ what i heard is", "^ what i have got is", "^ so what i have is", "^ so far i have",
    "^ to sum up", "^ in short", "^ so to sum up", "^ so in short", "^ to recap", "^ so to recap", "^ quick recap",
    "^ let me see", "^ let me think if i have", "^ let me lay out", "^ let me lay it out", "^ let me put it together",
    "^ let me spell", "^ let me try and sum", "^ let me try to put", "^ to summarise", "^ to summarize", "^ in summary",
    "^ so to summarise", "^ so to summarize", "^ summing up", "^ so summing up", "^ if i can sum", "^ if i sum",
    "^ i think i get|follow|understand|see|have it|this|you|that", "^ i think i follow|understand $",
    "^ am i close|right if i say|said", "^ am i right in|to think|thinking", "^ am i reading|hearing this|that|you right", "^ am i close", "^ i check|confirm|repeat|summarise|summarize",
    "^ let me gather", "^ let me pull", "^ so let me", "^ okay let me", "^ let me just",
    "^ let me quickly|briefly|also|first check|confirm|recap|see|make|sum|summarise|summarize", "^ let me confirm",
    "^ i want|wanted to confirm", "^ just to confirm", "^ to confirm i",
    "^ assuming i have|am got|understood|read|heard|following|getting|reading", "^ unless i have|am misread|misheard|misunderstood|missed|reading|getting",
    // "If I've got the problem right,": what the listener may have got wrong, named.
    "^ if i have|had got|understood|read|heard|grasped the|your|their * right|correctly|properly",
    "^ if i got|understood|read|heard|grasped the|your|their * right|correctly|properly",
    // "If that's the situation, …", "If I'm hearing this right, …": the reading is theirs to correct.
    "^ if that is the situation|case|picture|story", "^ if i am hearing|reading|getting|following|understanding|seeing this|that|it|you right|correctly|properly",
    "^ what * is|are|was saying", "^ what * * is|are|was saying",
    // "If it's the new app you mean, …": which thing they meant, offered for correction.
    "^ if it|that is * you mean|meant", "^ if it|that is * * you mean|meant", "^ if it|that is * * * you mean|meant", "^ if you mean|meant",
    "^ if i am getting|hearing|following|reading|understanding this|that|it|you",
    "^ i think you mean|are saying", "^ i think what you mean|are saying is",
    "^ if i have|had got|caught|grasped the gist", "^ if i got|get|caught the gist", "^ if i get|gets you|that|this|it right|correctly",
];

/// Check-backs that invite correction ("is that right?"), wherever they stand.
#[rustfmt::skip]
const CHECKS: &[&str] = &[
    "^ is|was|would|does that|this be|sound|seem|right|fair|correct|accurate|close|closer|nearer|nearly|fairer|better|warmer|true|it|about|roughly|a|an|the|how|where|what|so|more|roughly|near|somewhere|anywhere|everything|all|any",
    "^ did|have|do|am|was|could|can|has i get|got|have|understand|understood|hear|heard|read|miss|missed|capture|captured|follow|followed|sum|summarise|summarize|gotten|misread|misunderstand|misunderstood|catch|caught|right|close|off|on|missing|reading|hearing|getting|following|understanding|wrong|way|tracking|with|mistaken|misreading|misunderstanding|near|far|in|along|there|onto|nearly",
    "^ does|do that|this sound|fit|match|ring|capture|sum|cover|reflect|describe|land|resonate|make|about|seem",
    "^ right|yes|yeah|yep|correct|fair|true|no|close|accurate|ok|okay|yeah|eh|sure|agreed $",
    "^ fair summary|enough|reading|picture|account", "^ fair to say", "^ accurate summary|picture|enough", "^ sound right|about|fair|accurate", "^ close enough", "^ about right",
    "^ or is it", "^ or is that", "^ or am i", "^ or have i", "^ or did i", "^ or was it", "^ or is there", "^ or are there",
    "^ or not", "^ or does it", "^ or maybe", "^ or something else", "^ or more that", "^ or is this",
    "^ correct me", "^ do correct|stop me", "^ do tell me if|where|what", "^ do let me know if", "^ do say if|so", "^ tell me if i|this|that|it|my|we", "^ tell me what i", "^ let me know if i|this|that|it|my|we", "^ stop me if", "^ tell me where i",
    "^ how did|would|had i do", "^ how am i doing", "^ how close did i get", "^ anything missing", "^ is anything missing", "^ missing anything", "^ anything left out",
    "^ what did i miss", "^ what have i missed", "^ what am i missing", "^ anything i missed", "^ anything i have missed",
    "^ anything i am missing", "^ did i leave anything", "^ have i left anything", "^ anything else i should",
    "^ what did i get wrong", "^ where did i go wrong", "^ how close is that", "^ how close am i", "^ how far off am i",
    "^ am i close", "^ am i right", "^ am i on the right", "^ am i reading", "^ am i hearing", "^ am i getting",
    "^ would you say that is", "^ would that be fair", "^ would that be right", "^ would that be about",
    "^ does it sound like i", "^ have i got", "^ did i get", "^ have i understood", "^ did i understand",
    "^ is that a fair", "^ is that the gist", "^ is that the heart", "^ is that what", "^ is that how", "^ is that where",
    "^ is that roughly", "^ is that close", "^ is that more or less", "^ is that about", "^ is this right",
    "^ does|would|could|will that|this help", "^ does|do that|this make sense", "^ does|would that|this work for you",
    "^ i understand $", "^ i understand right|correctly $", "^ i understand|understood correct|good|well|properly $", "^ i get it right $", "^ i have it right $",
    "^ is right|correct|true $", "^ is|was it so $", "^ is|was it like so|this|that $", "^ i have this|that|it correct|right $", "^ i got this|that|it correct|right $",
    "^ is there anything else", "^ is there anything i", "^ anything else", "^ is there more", "^ is there something else",
    "^ what else should i", "^ what have i left out", "^ have i left out", "^ what would you correct", "^ what did i leave",
    "^ have i missed", "^ did i miss", "^ can|could|may i just check", "^ can|could|may i check", "^ can|could|may i make sure", "^ what would you add", "^ anything to add", "^ what else",
    // "Sorry if I've got the wrong end of the stick, but …": an apology for misreading
    // invites correction as "correct me if I'm wrong" does.
    "^ sorry|apologies if i have|had|am got|getting|get the wrong end of the stick", "^ forgive me if i have|had|am got|getting the wrong end of the stick",
    "^ forgive me if i", "^ sorry if i", "^ excuse me if i", "^ apologies if i", "^ feel free to correct", "^ happy to be corrected", "^ please correct me", "^ please tell me if", "^ i could|may|might be wrong $",
    "^ i may|might|could have this|that|it wrong", "^ i may|might|could have got this|that|it wrong", "^ is that your experience",
    "^ or is something else", "^ or is there something else", "^ or is it something else", "^ anything i have left out", "^ anything i left out", "^ tell me more if",
    "^ that is what i am hearing", "^ that is what i heard", "^ that is how i hear it", "^ is that what is going on",
    // The listener owning the reading just given: "That's what I'm picking up", "That's my read".
    "^ that|this is what i am picking|sensing|getting|gathering|taking|reading|seeing", "^ that|this is what i picked|sensed|got|gathered|took|read|see|sense",
    "^ that|this is my read|reading|sense|take|understanding|impression $",
    // Part of what was just said, offered for correction: "Is that part of what hurts?"
    "^ is|was that|this part|some|much|most|half|all of what|why|how", "^ is|was that|this part|some|much|most|half|all of it|this|that $",
    // Said without its verb, as people type: "That about it?", "That right?"
    "^ that|this right|fair|correct|accurate|close|true $", "^ that|this about right|it $", "^ that|this sound|seem right|fair|accurate|about $",
    // The listener asking after their own words: "Did I say it right?", "I put that fairly?"
    "^ did|have i say|said|put|word|worded|phrase|phrased|describe|described|sum|summed that|this|it right|correctly|fairly|well|properly|up",
    "^ i say|said|put|worded|phrased|described that|this|it right|correctly|fairly|well|properly $",
    // Asking whether the word for their feeling fits: "Is frustrated the right word?"
    "^ is|was that|this your read|reading|sense|take|experience|understanding|impression|view", "^ is|was * the right|best|correct|wrong word|words|term|label", "^ is|was * * the right|best|correct|wrong word|words|term|label",
    "^ is|was * the word|term $", "^ is|was * * the word|term $",
    "^ would|could * be the right|best|correct|wrong word|words|term|label", "^ would|could * * be the right|best|correct|wrong word|words|term|label",
    // An alternative reading offered for correction: "Or is the issue something else?"
    "^ or is|are|was|were|am|has|have|had|did i|it|that|this|the|there|something|anything|my|what|part|some|maybe|perhaps|more|less|just|a|an",
    // "Can I play that back?", "Am I near the mark?", "…, if that's the right word", "…, as I
    // understand it,", "… or more the workload?": the listener's reading, offered for correction.
    "^ can|could|may i play|read|say|sum|reflect|repeat|feed|give that|this|it back|up", "^ can|could|may i try|attempt to sum|summarise|summarize|recap|check|play|say|put", "^ can|could|may i summarise|summarize|recap|sum", "^ let me try|put this|that|it back", "^ is that rihgt|rigth|rite|ryt|rigt|rght",
    "^ am i near|on|off the mark", "^ am i close to|near the mark", "^ am i wide of the mark", "^ if that is the right|best|correct word|term", "^ if that is not the right|best|correct word|term", "^ if that is the word|term", "^ is|was * the word|term",
    "^ as i understand|see|read|hear|get it|that|this|things|you|her|him|them $", "^ or more|less|rather|mostly|mainly|partly the|that|a|an|about|because|just|your|you",
    // "Something missing?", "That everything?", "Or does that overstate it?"
    "^ something|anything missing", "^ something|anything left out", "^ is something missing", "^ that|this everything|all $", "^ or does|would that|this",
    // "Not sure I've understood, but …", "…, or have I misunderstood the question?"
    "^ not sure i have understood|followed|got|read|heard|caught|grasped", "^ not sure i understood|follow|followed|got|get|understand|caught",
    "^ i am not sure i have understood|followed|got|read|heard|caught", "^ i am not sure i understood|follow|followed|got|get|understand",
    "^ did|have i get|got|understand|understood|misunderstood|misread|read|follow|followed|miss|missed the|your question|point|situation|gist|story|problem",
    "^ or did|have i get|got|understand|understood|misunderstood|misread|read|follow|followed|miss|missed the|your question|point|situation|gist|story|problem",
    "^ or am i reading|making too much|more", "^ or is that reading too much", "^ am i reading too much",
    "^ did i miss anyting|anythin|somthing|something",
    // A check closing a sentence: "…, if I've got that right."
    "^ if i have got that|this|it right|correctly $", "^ if i got|have|had that|this|it right|correctly $",
    "^ if i understand|understood|heard|read|follow|followed you|that|this|it|things right|correctly|properly $",
    "^ if i understand|understood|follow|followed|heard correctly|properly|right $",
    "^ if i am hearing|reading|following|understanding you|that|this|it right|correctly|properly $",
    "^ if i am following|understanding|hearing|reading $",
    // How far the reading holds: "Right so far?", "Is that right so far?"
    "^ right|correct|accurate|fair|close|good|ok|okay so far $",
    // Said without its verb: "That the gist?", "that it?", "Right track?", "That how it landed?"
    "^ that|this it $", "^ that|this the gist|picture|story|idea|situation|crux|heart|point|size $", "^ that|this about the size of it",
    "^ that|this how it landed|lands|feels|felt|sounds|looks|is|was $", "^ right track|reading|idea|picture|direction|gist $", "^ on the right track|lines $",
    "^ would|do|does|could you put|say|describe it|that that|this way", "^ would|do|does|could you put|say|describe it|that like that|this", "^ would you say that is fair|right|accurate|about right",
    // The listener owning the reading as theirs: "That's how it sounds to me, anyway."
    "^ that|this is how it|that|this sounds|sounded|lands|landed|comes|came|reads|read|looks|looked|seems|seemed|strikes|struck", "^ is how it|that|this sounds|lands|comes|reads|looks|seems",
    "^ as i understand|understood|read|hear|heard|see it|that|this|you|her|him|them $",
    "^ if i am hearing|reading|following|getting|understanding you|that|this|it $",
    "^ if i have|had got the|that|this|it|your * right|straight|correctly $", "^ if i have got it|that|this straight $",
    "^ unless i have|had|am misread|misheard|misunderstood|missed|got|reading|getting|misreading|missing", "^ is|am that|this|i right|correct|accurate|fair|close so far $",
];

/// Words that close a declarative as a tag ("…, right?", "…, isn't it?").
pub const TAG_WORDS: &[&str] = &[
    "right", "yeah", "yes", "no", "eh", "correct", "true", "ok", "okay", "yep", "innit", "ja",
];

/// Auxiliaries that open a tag ("…, isn't it?", "…, haven't you?") or an inverted question.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will",
    "would", "should", "shall", "may", "might", "must", "am",
];

/// Pronouns a tag ends with.
pub const TAG_PRONOUNS: &[&str] = &[
    "it", "you", "they", "he", "she", "that", "there", "we", "i", "this",
];

/// Inverted questions that reflect ("are you feeling …?", "is it that …?", "does it feel like …?").
#[rustfmt::skip]
const REFLECTIVE_QUESTIONS: &[&str] = &[
    "^ are you feeling", "^ are you a bit", "^ are you quite", "^ are you really", "^ are you kind of",
    "^ are you sort of", "^ are you starting to", "^ are you left", "^ are you stuck", "^ are you torn",
    "^ are you wondering", "^ are you thinking", "^ are you saying", "^ are you still", "^ are you carrying",
    "^ are you feeling like", "^ are you more", "^ are you mostly", "^ are you partly",
    "^ are you worried", "^ are you afraid", "^ are you scared", "^ are you concerned", "^ are you anxious",
    "^ are you nervous", "^ are you upset", "^ are you angry", "^ are you hurt", "^ are you frustrated",
    "^ are you annoyed", "^ are you tired", "^ are you disappointed", "^ are you embarrassed", "^ are you ashamed",
    "^ are you getting", "^ are you finding", "^ are you holding", "^ are you as", "^ are you so",
    "^ is the part", "^ is the bit", "^ is the thing", "^ is it starting", "^ is it wearing", "^ is it getting",
    "^ is it beginning", "^ is that what hurts|stings|bothers|worries", "^ has it started", "^ have you started to feel",
    "^ does it bother you", "^ does that bother you", "^ does it hurt", "^ does that hurt", "^ does it sting",
    "^ do you feel", "^ do you kind of feel", "^ do you sort of feel", "^ do you wish", "^ do you worry",
    "^ do you think that|they|he|she|people|it|the|everyone|nobody", "^ do you find", "^ do you sense",
    "^ did it feel", "^ did that feel", "^ did you feel", "^ did it leave you", "^ did that leave you",
    "^ does it feel", "^ does that feel", "^ does this feel", "^ does it seem", "^ does that seem", "^ does it sometimes",
    "^ does part of you", "^ does some part of you", "^ does it make you", "^ does that make you", "^ does it leave you",
    "^ is it that", "^ is it more", "^ is it less", "^ is it also", "^ is it partly", "^ is it mostly", "^ is it like",
    "^ is it the", "^ is it about", "^ is it a bit", "^ is it hard", "^ is it really", "^ is that because",
    "^ is the hardest|worst|toughest|main|real|biggest|hard|painful|frustrating", "^ is part of",
    "^ is|was .. the hardest|worst|toughest|main|real|biggest|most|painful|frustrating part|bit|thing",
    "^ is what hurts|stings|bothers|worries|gets", "^ would it be fair to say", "^ would it be true to say",
    "^ would it be right to say", "^ could it be that", "^ could it be", "^ might it be",
    "^ have you been feeling", "^ have you been left", "^ have you been carrying", "^ have you felt",
    "^ has it been", "^ has this been", "^ has that been", "^ has it left you", "^ has it made you", "^ has this left you",
    "^ was it", "^ was that", "^ were you", "^ must be", "^ must have", "^ that|this|it must", "^ sounds", "^ that|it sounds", "^ feels like", "^ that|it feels",
];

/// Compiled pattern lists.
pub struct Listening {
    pub tentative: PatternSet<()>,
    pub hedges: PatternSet<()>,
    pub framings: PatternSet<()>,
    pub checks: PatternSet<()>,
    pub reflective_questions: PatternSet<()>,
}

/// The lists, compiled on first use.
pub fn lexicon() -> &'static Listening {
    static LEXICON: OnceLock<Listening> = OnceLock::new();
    let compile = |list: &[&'static str]| PatternSet::new(list.iter().map(|p| ((), *p)));
    LEXICON.get_or_init(|| Listening {
        tentative: compile(TENTATIVE),
        hedges: compile(HEDGES),
        framings: compile(FRAMINGS),
        checks: compile(CHECKS),
        reflective_questions: compile(REFLECTIVE_QUESTIONS),
    })
}
